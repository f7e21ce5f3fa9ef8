package vn.ddci.uncertainty;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import vn.ddci.DdciValidationException;
import vn.ddci.engine.Build;
import vn.ddci.engine.Pipeline;
import vn.ddci.engine.Reweighting;
import vn.ddci.engine.Step;

/**
 * Every combination of alternatives of a {@link MethodUncertainty} analysis, built: combination c
 * holds factor i's alternative at digit i of c, in a mixed radix whose digits are the factors'
 * numbers of alternatives, the last factor's digit changing fastest.
 */
final class Combinations {
  private final List<MethodChoice> choices;
  private final int[] sizes;
  private final int[] stride;

  /** How many combinations: the product of the factors' numbers of alternatives. */
  final int count;

  /** Combination c's build, with the nominal weights. */
  final List<Build> builds = new ArrayList<>();

  /** Combination c's build, ready to rerun its aggregation with other weights. */
  final List<Reweighting> reweightings = new ArrayList<>();

  private Combinations(List<MethodChoice> choices, int count) {
    this.choices = choices;
    this.count = count;
    int f = choices.size();
    this.sizes = new int[f];
    this.stride = new int[f];
    int s = 1;
    for (int i = f - 1; i >= 0; i--) {
      sizes[i] = choices.get(i).alternatives().size();
      stride[i] = s;
      s *= sizes[i];
    }
  }

  /**
   * Builds every combination by {@link Build#rerun(Pipeline)}, each from the build (the nominal one
   * or a combination's built before it) that shares the longest run of first steps with it.
   *
   * @throws DdciValidationException if there are more than {@value
   *     MethodUncertainty#MAX_COMBINATIONS} combinations, or the engine refuses one (its message,
   *     after the alternatives of the combination)
   */
  static Combinations build(Build nominal, List<MethodChoice> choices) {
    long count = 1;
    for (MethodChoice c : choices) {
      count *= c.alternatives().size();
      checkArgument(
          count <= MethodUncertainty.MAX_COMBINATIONS,
          "method choices %s: more than %s combinations of alternatives to build",
          choices.stream().map(MethodChoice::factor).collect(Collectors.toList()),
          MethodUncertainty.MAX_COMBINATIONS);
    }
    Combinations combos = new Combinations(choices, (int) count);
    List<Build> built = new ArrayList<>();
    built.add(nominal);
    for (int c = 0; c < combos.count; c++) {
      Pipeline p = combos.pipeline(nominal.pipeline(), c);
      Build from = closest(built, p);
      try {
        Build b = from.rerun(p);
        combos.reweightings.add(Reweighting.of(b));
        combos.builds.add(b);
        built.add(b);
      } catch (DdciValidationException e) {
        throw new DdciValidationException(
            "method uncertainty, " + combos.label(c) + ": " + e.getMessage(), e);
      }
    }
    return combos;
  }

  /** The nominal pipeline with combination c's alternatives, applied in the factors' order. */
  private Pipeline pipeline(Pipeline nominal, int c) {
    Pipeline p = nominal;
    for (int i = 0; i < choices.size(); i++) {
      p = choices.get(i).apply(p, level(c, i));
    }
    return p;
  }

  /** The first of the builds that shares the longest run of first steps with a pipeline. */
  private static Build closest(List<Build> builds, Pipeline p) {
    Build from = builds.get(0);
    int shared = -1;
    for (Build b : builds) {
      int n = sharedSteps(b.pipeline().steps(), p.steps());
      if (n > shared) {
        shared = n;
        from = b;
      }
    }
    return from;
  }

  private static int sharedSteps(List<Step> a, List<Step> b) {
    int n = 0;
    while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
      n++;
    }
    return n;
  }

  /** How many factors. */
  int factors() {
    return sizes.length;
  }

  /** The index of factor i's alternative in combination c. */
  int level(int c, int i) {
    return c / stride[i] % sizes[i];
  }

  /** Draws one alternative per factor, in order, and returns the combination. */
  int draw(SplittableRandom random) {
    int c = 0;
    for (int i = 0; i < sizes.length; i++) {
      c += random.nextInt(sizes[i]) * stride[i];
    }
    return c;
  }

  /** Combination c's alternative of each factor, in the factors' order. */
  ImmutableMap<String, MethodChoice.Alternative> choices(int c) {
    ImmutableMap.Builder<String, MethodChoice.Alternative> b = ImmutableMap.builder();
    for (int i = 0; i < sizes.length; i++) {
      b.put(choices.get(i).factor(), choices.get(i).alternatives().get(level(c, i)));
    }
    return b.build();
  }

  /** Combination c as an error message names it: "normalisation = …, aggregation = …". */
  String label(int c) {
    return choices(c).entrySet().stream()
        .map(e -> e.getKey() + " = " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /**
   * Sums, for each measure k and factor i, the absolute rank shifts of every unit ranked in both
   * between combination c and each combination that differs from it in factor i alone, and counts
   * them.
   *
   * @param c the combination
   * @param ranks its ranks [measure][unit]
   * @param ranksOf another combination's ranks, read before the next call
   * @param sum receives [measure][factor]
   * @param count receives [measure][factor]
   */
  void shifts(
      int c, double[][] ranks, IntFunction<double[][]> ranksOf, double[][] sum, long[][] count) {
    for (double[] s : sum) {
      Arrays.fill(s, 0);
    }
    for (long[] n : count) {
      Arrays.fill(n, 0);
    }
    for (int i = 0; i < sizes.length; i++) {
      int own = level(c, i);
      for (int a = 0; a < sizes[i]; a++) {
        if (a == own) {
          continue;
        }
        double[][] other = ranksOf.apply(c + (a - own) * stride[i]);
        for (int k = 0; k < ranks.length; k++) {
          double[] x = ranks[k];
          double[] y = other[k];
          for (int j = 0; j < x.length; j++) {
            if (!Double.isNaN(x[j]) && !Double.isNaN(y[j])) {
              sum[k][i] += Math.abs(x[j] - y[j]);
              count[k][i]++;
            }
          }
        }
      }
    }
  }
}
