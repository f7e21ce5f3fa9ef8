package vn.ddci.uncertainty;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import vn.ddci.framework.RankingRule;

/**
 * The result of an uncertainty analysis (phân tích độ bất định): for every measure and unit, the
 * {@link Distribution} of its score and rank over the replications.
 *
 * <pre>{@code
 * Uncertainty u = WeightUncertainty.of(build, WeightNoise.uniform(0.25).atLevels(2, 3),
 *     Replications.of(1000), RankingRule.of(TiePolicy.COMPETITION, Precision.FULL));
 * u.distribution("Index", "CHE").rankInterval(0.9);   // [1.0, 3.0] (90 %)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Uncertainty {
  private final String what;
  private final Replications settings;
  private final RankingRule rule;
  private final ByMeasureAndUnit<Distribution> byKey;

  Uncertainty(
      String what,
      Replications settings,
      RankingRule rule,
      List<String> measures,
      List<String> units,
      List<Distribution> distributions) {
    this.what = what;
    this.settings = settings;
    this.rule = rule;
    this.byKey =
        new ByMeasureAndUnit<>(
            measures, units, distributions, Distribution::measure, Distribution::unit);
  }

  /**
   * Returns what varied, e.g. "weights ±25 % at levels [2, 3]".
   *
   * @return the description
   */
  public String what() {
    return what;
  }

  /**
   * Returns the number of replications.
   *
   * @return the count
   */
  public int replications() {
    return settings.count();
  }

  /**
   * Returns the seed the run drew from.
   *
   * @return the seed
   */
  public long seed() {
    return settings.seed();
  }

  /**
   * Returns the rule the replications were ranked by.
   *
   * @return the rule
   */
  public RankingRule rankingRule() {
    return rule;
  }

  /**
   * Returns the measures: node codes, the root's being the total.
   *
   * @return the measures
   */
  public List<String> measures() {
    return byKey.measures();
  }

  /**
   * Returns the units.
   *
   * @return their codes
   */
  public List<String> units() {
    return byKey.units();
  }

  /**
   * Returns a unit's distribution on a measure.
   *
   * @param measure a measure
   * @param unit a unit's code
   * @return the distribution
   * @throws vn.ddci.DdciValidationException if the measure or unit is not in the analysis
   */
  public Distribution distribution(String measure, String unit) {
    return byKey.get(measure, unit);
  }

  /**
   * Returns every unit's distribution on a measure, in unit order.
   *
   * @param measure a measure
   * @return the distributions
   * @throws vn.ddci.DdciValidationException if the measure is not in the analysis
   */
  public List<Distribution> distributions(String measure) {
    checkArgument(
        byKey.measures().contains(measure),
        "no measure %s (measures %s)",
        measure,
        byKey.measures());
    return byKey.units().stream()
        .map(u -> distribution(measure, u))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "Uncertainty[" + what + ", " + byKey.describe(settings) + "]";
  }
}
