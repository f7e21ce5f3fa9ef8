package vn.ddci.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ddci.SharedData;
import vn.ddci.engine.Aggregate;
import vn.ddci.engine.Aggregate.Mean;
import vn.ddci.engine.Aggregate.MissingChildren;
import vn.ddci.engine.Build;
import vn.ddci.engine.CoinrCsv;
import vn.ddci.engine.Impute;
import vn.ddci.engine.IndexInput;
import vn.ddci.engine.Normalise;
import vn.ddci.engine.Pipeline;
import vn.ddci.engine.Step;
import vn.ddci.framework.Precision;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;
import vn.ddci.uncertainty.MethodUncertainty.Combination;
import vn.ddci.uncertainty.MethodUncertainty.Result;
import vn.ddci.uncertainty.MethodUncertainty.Sensitivity;

/**
 * Method uncertainty on COINr's ASEM example (shared/data/coinr-asem): each combination of
 * normalisation and aggregation, and of imputation on or off, scores as a direct run of its
 * pipeline, and every replication has the scores of the combination it drew.
 */
class CoinrMethodUncertaintyTest {
  private static final RankingRule COINR = RankingRule.of(TiePolicy.COMPETITION, Precision.FULL);
  private static final Aggregate ARITHMETIC =
      Aggregate.of(Mean.ARITHMETIC, MissingChildren.RENORMALISE);
  private static final Aggregate GEOMETRIC =
      Aggregate.of(Mean.GEOMETRIC, MissingChildren.RENORMALISE);

  /** min-max to [1, 100], not [0, 100]: the geometric mean needs values above 0. */
  private static final List<Normalise> NORMALISATIONS =
      List.of(Normalise.minMax(1, 100), Normalise.zScore(10, 2));

  private static final List<Aggregate> AGGREGATIONS = List.of(ARITHMETIC, GEOMETRIC);

  private static IndexInput asem;
  private static Pipeline coinr;
  private static Build build;

  @BeforeAll
  static void read() {
    asem =
        CoinrCsv.read(
            SharedData.require("coinr-asem/iData.csv"), SharedData.require("coinr-asem/iMeta.csv"));
    coinr = Pipeline.coinrDefault("EurAsia_group");
    build = asem.run(coinr);
  }

  private static MethodChoice normalisation() {
    return MethodChoice.replacing(
        "normalisation", Normalise.class, NORMALISATIONS.toArray(new Step[0]));
  }

  private static MethodChoice aggregation() {
    return MethodChoice.replacing("aggregation", Aggregate.class, ARITHMETIC, GEOMETRIC);
  }

  /** Each replication's scores are its combination's: the sorted multiset of them. */
  private static void assertEveryReplicationHasItsCombinationsScores(Result r, List<Build> direct) {
    Uncertainty u = r.uncertainty();
    for (String measure : u.measures()) {
      for (String unit : u.units()) {
        List<Double> expected = new ArrayList<>();
        int missing = 0;
        for (int c = 0; c < direct.size(); c++) {
          Build d = direct.get(c);
          int i = d.result().units().indexOf(unit);
          for (int k = 0; k < r.combinations().get(c).replications(); k++) {
            if (i < 0) {
              missing++;
            } else {
              expected.add(d.scores().column(measure)[i]);
            }
          }
        }
        Distribution dist = u.distribution(measure, unit);
        assertThat(dist.scores())
            .as("%s %s", measure, unit)
            .isEqualTo(expected.stream().mapToDouble(Double::doubleValue).sorted().toArray());
        assertThat(dist.missing()).isEqualTo(missing);
      }
    }
  }

  @Test
  void normalisationByAggregation_eachCombinationScoresAsADirectRunOfItsPipeline() {
    Result r =
        MethodUncertainty.of(
            build,
            List.of(normalisation(), aggregation()),
            Replications.of(200).withSeed(4).withThreads(2),
            COINR);

    assertThat(r.combinations()).hasSize(4);
    List<Build> direct = new ArrayList<>();
    int c = 0;
    for (Normalise n : NORMALISATIONS) {
      for (Aggregate a : AGGREGATIONS) {
        Combination combination = r.combinations().get(c++);
        assertThat(combination.choices().values())
            .containsExactly(
                MethodChoice.Alternative.replacedBy(n), MethodChoice.Alternative.replacedBy(a));
        Build run =
            coinr
                .replace(Normalise.class, n)
                .replace(Aggregate.class, a)
                .run(asem.tree(), asem.data());
        assertThat(combination.pipeline()).isEqualTo(run.pipeline());
        for (String measure : r.uncertainty().measures()) {
          assertThat(combination.build().scores().column(measure))
              .as("%s × %s: %s", n, a, measure)
              .isEqualTo(run.scores().column(measure));
        }
        assertThat(combination.replications()).isPositive();
        direct.add(run);
      }
    }
    assertEveryReplicationHasItsCombinationsScores(r, direct);
    // the nominal figures are the build's as given
    assertThat(r.uncertainty().distribution("Index", "CHE").nominalScore())
        .hasValue(build.scores().score("Index", "CHE").getAsDouble());
    assertThat(r.sensitivity()).extracting(Sensitivity::value).allMatch(v -> v > 0);
  }

  @Test
  void imputationOnOrOff_unitsTheScreenRemovesWithoutIt_areMissingInThoseReplications() {
    Result r =
        MethodUncertainty.of(
            build,
            List.of(MethodChoice.onOrOff("imputation", Impute.class), normalisation()),
            Replications.of(200).withSeed(8),
            COINR,
            List.of("Index"));

    List<Build> direct = new ArrayList<>();
    for (Pipeline imputation : List.of(coinr, Pipeline.of(withoutImpute(coinr)))) {
      for (Normalise n : NORMALISATIONS) {
        direct.add(imputation.replace(Normalise.class, n).run(asem.tree(), asem.data()));
      }
    }
    for (int c = 0; c < direct.size(); c++) {
      assertThat(r.combinations().get(c).pipeline()).isEqualTo(direct.get(c).pipeline());
    }
    assertEveryReplicationHasItsCombinationsScores(r, direct);
    assertThat(r.uncertainty().units()).isEqualTo(build.result().units());
    // without imputation the screen removes units (five in ASEM): missing where it was drawn off
    List<String> screened = new ArrayList<>(build.result().units());
    screened.removeAll(direct.get(2).result().units());
    assertThat(screened).isNotEmpty();
    int off = r.combinations().get(2).replications() + r.combinations().get(3).replications();
    assertThat(r.uncertainty().distributions("Index"))
        .filteredOn(d -> d.missing() > 0)
        .allMatch(d -> d.missing() == off)
        .extracting(Distribution::unit)
        .containsExactlyElementsOf(screened);
    assertThat(r.sensitivity()).extracting(Sensitivity::factor).hasSize(2);
  }

  private static List<Step> withoutImpute(Pipeline p) {
    List<Step> steps = new ArrayList<>(p.steps());
    steps.removeIf(s -> s instanceof Impute);
    return steps;
  }

  @Test
  void withWeightNoise_theSameSeed_givesTheSameNumbers_onOneTwoAndEightThreads() {
    List<Result> runs = new ArrayList<>();
    for (int threads : new int[] {1, 2, 8}) {
      runs.add(
          MethodUncertainty.of(
              build,
              List.of(normalisation(), aggregation()),
              WeightNoise.uniform(0.25).atLevels(2, 3),
              Replications.of(200).withSeed(11).withThreads(threads),
              COINR));
    }
    Result one = runs.get(0);
    for (Result other : runs.subList(1, 3)) {
      SameRuns.assertSame(one, other);
    }
  }
}
