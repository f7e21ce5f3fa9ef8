package vn.ddci.uncertainty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import vn.ddci.framework.Precision;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;
import vn.ddci.ranking.Ranking;

/**
 * Ranks one replication's scores by a block's rule, fast and as {@link
 * vn.ddci.engine.Scores#ranking} does: at the rule's decimals a score is rounded half to even on
 * the double; higher first; ties by the policy; ORDINAL orders tied units by the unrounded score,
 * then by name as {@link Ranking} does. A missing score (NaN) gets no rank (NaN), and the others
 * are ranked among themselves. Not thread-safe: one per worker.
 */
final class Ranks {
  private final TiePolicy policy;
  private final OptionalInt decimals;
  private final double scale;
  private final int[] byName;
  private final int[] order;
  private final double[] key;

  Ranks(RankingRule rule, int[] byName) {
    this.policy = rule.policy();
    this.decimals = rule.precision().decimalPlaces();
    this.scale = decimals.isPresent() ? Math.pow(10, decimals.getAsInt()) : 1;
    this.byName = byName;
    this.order = new int[byName.length];
    this.key = new double[byName.length];
  }

  /**
   * Each unit's place when the names are sorted as {@link Ranking} sorts tied units under ORDINAL
   * (computed once per run: the collator is slow).
   */
  static int[] nameOrder(List<String> unitNames) {
    int n = unitNames.size();
    Map<Named, BigDecimal> level = new LinkedHashMap<>();
    for (int u = 0; u < n; u++) {
      level.put(new Named(unitNames.get(u), u), BigDecimal.ZERO);
    }
    List<Named> sorted =
        Ranking.of(level, RankingRule.of(TiePolicy.ORDINAL, Precision.FULL)).order();
    int[] byName = new int[n];
    for (int i = 0; i < n; i++) {
      byName[sorted.get(i).index] = i;
    }
    return byName;
  }

  /**
   * Ranks the scores.
   *
   * @param scores one per unit, NaN when missing
   * @param ranks receives the rank of each unit under the policy (NaN when missing)
   * @param competition receives each unit's competition rank (NaN when missing), which the median
   *     class reads whatever the policy; under ORDINAL no unit is tied, and it is the position
   * @return the number of units ranked
   */
  int rank(double[] scores, double[] ranks, double[] competition) {
    int n = 0;
    for (int u = 0; u < scores.length; u++) {
      if (Double.isNaN(scores[u])) {
        ranks[u] = Double.NaN;
        competition[u] = Double.NaN;
      } else {
        key[u] = rounded(scores[u]);
        order[n++] = u;
      }
    }
    sort(scores, n);
    int i = 0;
    int dense = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && key[order[j + 1]] == key[order[i]]) {
        j++;
      }
      dense++;
      int tied = j - i + 1;
      for (int k = i; k <= j; k++) {
        int u = order[k];
        competition[u] = policy == TiePolicy.ORDINAL ? k + 1 : i + 1; // never tied: as the core
        switch (policy) {
          case ORDINAL:
            ranks[u] = k + 1;
            break;
          case DENSE:
            ranks[u] = dense;
            break;
          case FRACTIONAL:
            ranks[u] = i + 1 + (tied - 1) / 2.0;
            break;
          case COMPETITION:
          default:
            ranks[u] = i + 1;
        }
      }
      i = j + 1;
    }
    return n;
  }

  /** The value compared: the score, or its published rounding (half even on the double). */
  private double rounded(double v) {
    if (decimals.isEmpty()) {
      return v;
    }
    double s = v * scale;
    double f = Math.floor(s);
    double frac = s - f;
    if (Math.abs(frac - 0.5) > 1e-6 && Math.abs(s) < 1e15) {
      return (frac < 0.5 ? f : f + 1) / scale;
    }
    return new BigDecimal(v).setScale(decimals.getAsInt(), RoundingMode.HALF_EVEN).doubleValue();
  }

  /** Sorts order[0, n) best first: rounded value, then unrounded, then name (insertion sort). */
  private void sort(double[] scores, int n) {
    for (int a = 1; a < n; a++) {
      int u = order[a];
      int b = a - 1;
      while (b >= 0 && before(u, order[b], scores)) {
        order[b + 1] = order[b];
        b--;
      }
      order[b + 1] = u;
    }
  }

  private boolean before(int u, int v, double[] scores) {
    if (key[u] != key[v]) {
      return key[u] > key[v];
    }
    if (scores[u] != scores[v]) {
      return scores[u] > scores[v];
    }
    return byName[u] < byName[v];
  }

  /** A unit as {@link Ranking} orders tied units: by its name, which is its toString(). */
  private static final class Named {
    final String name;
    final int index;

    Named(String name, int index) {
      this.name = name;
      this.index = index;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
