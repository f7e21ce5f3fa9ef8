package vn.ddci.uncertainty;

import static vn.ddci.internal.Checks.checkArgument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.ddci.engine.Build;
import vn.ddci.engine.Scores;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.survey.Resampler;
import vn.ddci.survey.Responses;
import vn.ddci.survey.SurveyIndex;
import vn.ddci.survey.SurveyIndicators;

/**
 * Sampling uncertainty by the respondent bootstrap (bootstrap người trả lời): each replication
 * draws, within each unit (and stratum, when one is named), as many rows as the unit has, with
 * replacement, and goes from those answers to the scores as the index does: indicators, the
 * pipeline, the total and the components; then ranks them by the block's rule.
 *
 * <pre>{@code
 * Uncertainty u = SurveyBootstrap.of(ddci, answers2023, Replications.of(1000).withSeed(7));
 * Distribution d = u.distribution(SurveyIndex.ROOT, "U01");
 * d.rankInterval(0.9);              // [3.0, 11.0] (90 %)
 * d.probabilityAboveMedian();       // 0.97
 * }</pre>
 *
 * <p>The measures are the total ({@link SurveyIndex#ROOT}, on the framework's total scale, 0–100)
 * and the components by code (0–10), each unrounded; ranks are taken at the block's rule (Lạng Sơn:
 * equal published scores share a rank). A row is one respondent's rating of one unit: a firm that
 * rated three units is drawn, or not, separately for each.
 */
public final class SurveyBootstrap {
  private SurveyBootstrap() {}

  /**
   * Bootstraps respondents within each unit.
   *
   * @param index the index
   * @param answers one year's answers
   * @param replications how many, seed, threads
   * @return the distributions of the total and the components
   * @throws vn.ddci.DdciValidationException as {@link SurveyIndex#score} does
   */
  public static Uncertainty of(SurveyIndex index, Responses answers, Replications replications) {
    return run(index, answers, Optional.empty(), replications);
  }

  /**
   * Bootstraps respondents within each unit and stratum: the rows of a unit that share the
   * attribute's value (firm size, say, when sampling weights were set by size) are drawn among
   * themselves, so each stratum keeps its size in every replication.
   *
   * @param index the index
   * @param answers one year's answers, with the attribute
   * @param stratum the attribute naming each row's stratum, e.g. "quy_mo"
   * @param replications how many, seed, threads
   * @return the distributions of the total and the components
   * @throws vn.ddci.DdciValidationException if the answers have no such attribute, and as {@link
   *     SurveyIndex#score} does
   */
  public static Uncertainty stratified(
      SurveyIndex index, Responses answers, String stratum, Replications replications) {
    Objects.requireNonNull(stratum, "stratum");
    return run(index, answers, Optional.of(stratum), replications);
  }

  private static Uncertainty run(
      SurveyIndex index, Responses answers, Optional<String> stratum, Replications replications) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(replications, "replications");
    int[][] cells = cells(answers, stratum);
    Framework f = index.block().framework();
    double totalFactor = f.totalMax().doubleValue() / f.componentMax().doubleValue();
    List<String> measures = new ArrayList<>();
    measures.add(SurveyIndex.ROOT);
    f.components().stream().map(Component::code).forEach(measures::add);
    Build nominalBuild =
        index
            .pipeline()
            .run(index.tree(), SurveyIndicators.of(answers, index.definitions()).dataset());
    List<String> units = nominalBuild.scores().units();
    double[][] nominal = new double[measures.size()][units.size()];
    measure(nominalBuild.scores(), measures, totalFactor, nominal);
    List<String> names = new ArrayList<>();
    units.forEach(u -> names.add(answers.unitName(u).orElse(u)));
    Resampler resampler = SurveyIndicators.resampler(answers, index.definitions());
    String what = "bootstrap of respondents within unit" + stratum.map(s -> " and " + s).orElse("");
    return Runner.run(
        what,
        replications,
        index.block().rankingRule(),
        measures,
        units,
        names,
        nominal,
        () -> {
          int[] m = new int[answers.size()];
          return (replication, random, scores) -> {
            java.util.Arrays.fill(m, 0);
            for (int[] cell : cells) {
              for (int j = 0; j < cell.length; j++) {
                m[cell[random.nextInt(cell.length)]]++;
              }
            }
            SurveyIndicators ind = resampler.resample(m);
            Scores s = index.pipeline().run(index.tree(), ind.dataset()).scores();
            checkArgument(s.units().equals(units), "a replication scored other units");
            measure(s, measures, totalFactor, scores);
          };
        });
  }

  /** The total on its scale and each component, into out[measure][unit]. */
  static void measure(Scores s, List<String> measures, double totalFactor, double[][] out) {
    for (int k = 0; k < measures.size(); k++) {
      double[] column = s.column(measures.get(k));
      if (k == 0) {
        for (int u = 0; u < column.length; u++) {
          column[u] *= totalFactor;
        }
      }
      System.arraycopy(column, 0, out[k], 0, column.length);
    }
  }

  /** The rows of each unit (and stratum), the cells drawn from. */
  static int[][] cells(Responses answers, Optional<String> stratum) {
    List<String> strata = stratum.map(answers::attribute).orElse(null);
    Map<String, List<Integer>> cells = new LinkedHashMap<>();
    for (int i = 0; i < answers.size(); i++) {
      String key = answers.unit(i) + (strata == null ? "" : "\u0000" + strata.get(i));
      cells.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    return cells.values().stream()
        .map(rows -> rows.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
  }
}
