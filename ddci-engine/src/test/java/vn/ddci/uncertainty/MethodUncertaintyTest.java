package vn.ddci.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.engine.Aggregate;
import vn.ddci.engine.Aggregate.Mean;
import vn.ddci.engine.Aggregate.MissingChildren;
import vn.ddci.engine.Build;
import vn.ddci.engine.Dataset;
import vn.ddci.engine.Impute;
import vn.ddci.engine.IndicatorTree;
import vn.ddci.engine.Node;
import vn.ddci.engine.Normalise;
import vn.ddci.engine.Pipeline;
import vn.ddci.engine.Screen;
import vn.ddci.engine.Stage;
import vn.ddci.engine.Step;
import vn.ddci.engine.Treat;
import vn.ddci.framework.Precision;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;
import vn.ddci.uncertainty.MethodChoice.Alternative;
import vn.ddci.uncertainty.MethodUncertainty.Combination;
import vn.ddci.uncertainty.MethodUncertainty.Result;
import vn.ddci.uncertainty.MethodUncertainty.Sensitivity;

/** Method uncertainty on the small index: draws, distributions, sensitivities and named errors. */
class MethodUncertaintyTest {
  private static final RankingRule RULE = RankingRule.of(TiePolicy.COMPETITION, Precision.FULL);
  private static final Aggregate ARITHMETIC =
      Aggregate.of(Mean.ARITHMETIC, MissingChildren.RENORMALISE);
  private static final Aggregate GEOMETRIC =
      Aggregate.of(Mean.GEOMETRIC, MissingChildren.RENORMALISE);
  private static final Pipeline PIPELINE =
      Pipeline.of(Treat.winsorise(), Normalise.minMax(1, 100), ARITHMETIC);
  private static final Build BUILD = PIPELINE.run(SmallIndex.TREE, SmallIndex.DATA);

  /**
   * An index of two indicators whose order min-max and rank normalisation disagree on (u1 and u6
   * each have one extreme value), and without outliers, so that treatment changes nothing.
   */
  private static final IndicatorTree TWO =
      IndicatorTree.of(
          Node.root("Index"), Node.indicator("a", "Index"), Node.indicator("b", "Index"));

  private static final Dataset TWO_DATA =
      Dataset.builder()
          .units("u1", "u2", "u3", "u4", "u5", "u6")
          .column("a", 10, 20, 30, 40, 50, 97)
          .column("b", 90, 35, 40, 45, 50, 5)
          .build();

  private static final Build TWO_BUILD = PIPELINE.run(TWO, TWO_DATA);

  /** Normalisation that moves ranks: min-max against rank. */
  private static final MethodChoice NORMALISATION =
      MethodChoice.replacing(
          "normalisation", Normalise.class, Normalise.minMax(1, 100), Normalise.rank());

  /** Treatment on or off: the small index has no outlier, so it moves nothing. */
  private static final MethodChoice TREATMENT = MethodChoice.onOrOff("treatment", Treat.class);

  /** Each unit's competition rank on a column: 1 + the units scored strictly higher. */
  private static double[] ranks(double[] scores) {
    double[] r = new double[scores.length];
    for (int i = 0; i < scores.length; i++) {
      r[i] = 1;
      for (double s : scores) {
        r[i] += s > scores[i] ? 1 : 0;
      }
    }
    return r;
  }

  // ---------------------------------------------------------------- what a run gives

  @Test
  void aSingleAlternativeEqualToTheNominal_givesZeroWidthIntervals_andSensitivity0() {
    for (MethodChoice nominalOnly :
        List.of(
            MethodChoice.replacing("normalisation", Normalise.class, Normalise.minMax(1, 100)),
            MethodChoice.of("normalisation", Normalise.class, Alternative.kept()))) {
      Result r = MethodUncertainty.of(BUILD, List.of(nominalOnly), Replications.of(50), RULE);

      Uncertainty u = r.uncertainty();
      assertThat(u.measures()).containsExactly("Index", "Q", "P");
      for (String measure : u.measures()) {
        double[] nominal = BUILD.scores().column(measure);
        for (int i = 0; i < u.units().size(); i++) {
          Distribution d = u.distribution(measure, u.units().get(i));
          assertThat(d.nominalScore()).hasValue(nominal[i]);
          assertThat(d.scores()).as("%s %s", measure, d.unit()).containsOnly(nominal[i]);
          assertThat(d.scoreInterval(0.9).width()).isZero();
          assertThat(d.rankInterval(0.9).width()).isZero();
          assertThat(d.ranks()).containsOnly(d.nominalRank().getAsDouble());
        }
        assertThat(r.sensitivity(measure)).extracting(Sensitivity::value).containsExactly(0.0);
      }
      assertThat(r.sensitivity()).extracting(Sensitivity::factor).containsExactly("normalisation");
      assertThat(r.combinations())
          .singleElement()
          .extracting(Combination::replications)
          .isEqualTo(50);
    }
  }

  @Test
  void ofTwoFactors_theOneThatMovesRanks_comesFirstAndPositive_theOtherIsExactly0() {
    for (Result r :
        List.of(
            MethodUncertainty.of(
                TWO_BUILD, List.of(TREATMENT, NORMALISATION), Replications.of(200), RULE),
            MethodUncertainty.of(
                TWO_BUILD,
                List.of(TREATMENT, NORMALISATION),
                WeightNoise.uniform(0.3).atLevels(1),
                Replications.of(200).withSeed(5),
                RULE))) {
      assertThat(r.sensitivity())
          .extracting(Sensitivity::factor)
          .containsExactly("normalisation", "treatment");
      assertThat(r.sensitivity().get(0).value()).isPositive();
      assertThat(r.sensitivity().get(1).value()).isZero();
      for (String measure : r.uncertainty().measures()) {
        assertThat(r.sensitivity(measure))
            .filteredOn(s -> s.factor().equals("treatment"))
            .extracting(Sensitivity::value)
            .containsExactly(0.0);
      }
    }
  }

  @Test
  void withoutNoise_theSensitivity_isTheMeanAbsoluteRankShiftBetweenTheTwoAlternatives() {
    Result r =
        MethodUncertainty.of(
            TWO_BUILD, List.of(TREATMENT, NORMALISATION), Replications.of(40), RULE);

    // treatment changes nothing, so every switch of normalisation compares min-max with rank
    Build minMax = TWO_BUILD;
    Build rank = TWO_BUILD.rerun(PIPELINE.replace(Normalise.class, Normalise.rank()));
    for (String measure : List.of("Index")) {
      double[] a = ranks(minMax.scores().column(measure));
      double[] b = ranks(rank.scores().column(measure));
      double shift = 0;
      for (int i = 0; i < a.length; i++) {
        shift += Math.abs(a[i] - b[i]);
      }
      Sensitivity s = r.sensitivity(measure).get(0);
      assertThat(s.factor()).isEqualTo("normalisation");
      assertThat(s.value()).as(measure).isCloseTo(shift / a.length, within(1e-12));
    }
    assertThat(r.sensitivity("Index").get(0).value()).isGreaterThan(0);
  }

  @Test
  void anInertFactor_isExactly0_andWithoutNoiseTheOtherIsTheSameWhateverIsDrawn() {
    double[] a = ranks(TWO_BUILD.scores().column("Index"));
    double[] b =
        ranks(
            TWO_BUILD
                .rerun(PIPELINE.replace(Normalise.class, Normalise.rank()))
                .scores()
                .column("Index"));
    double shift = 0;
    for (int i = 0; i < a.length; i++) {
      shift += Math.abs(a[i] - b[i]);
    }
    double exact = shift / a.length;
    qt().withExamples(60)
        .forAll(
            longs().all(), integers().between(1, 40), integers().between(1, 3), booleans().all())
        .checkAssert(
            (seed, n, threads, noisy) -> {
              Replications reps = Replications.of(n).withSeed(seed).withThreads(threads);
              List<MethodChoice> choices = List.of(TREATMENT, NORMALISATION);
              Result r =
                  noisy
                      ? MethodUncertainty.of(
                          TWO_BUILD, choices, WeightNoise.uniform(0.4).atLevels(1), reps, RULE)
                      : MethodUncertainty.of(TWO_BUILD, choices, reps, RULE);
              Map<String, Double> byFactor = new java.util.HashMap<>();
              r.sensitivity().forEach(x -> byFactor.put(x.factor(), x.value()));
              assertThat(byFactor.get("treatment")).isZero();
              if (!noisy) {
                assertThat(byFactor.get("normalisation")).isCloseTo(exact, within(1e-12));
              } else {
                assertThat(byFactor.get("normalisation")).isGreaterThanOrEqualTo(0);
              }
            });
  }

  @Test
  void everyReplication_hasTheScoresOfTheCombinationItDrew() {
    Result r =
        MethodUncertainty.of(
            BUILD,
            List.of(
                NORMALISATION,
                MethodChoice.replacing("aggregation", Aggregate.class, ARITHMETIC, GEOMETRIC)),
            Replications.of(120).withSeed(9).withThreads(2),
            RULE);

    assertThat(r.combinations()).hasSize(4);
    assertThat(r.combinations()).extracting(Combination::replications).allMatch(n -> n > 0);
    assertThat(r.combinations().stream().mapToInt(Combination::replications).sum()).isEqualTo(120);
    assertThat(r.combinations().get(1).choices())
        .containsExactly(
            Map.entry("normalisation", Alternative.replacedBy(Normalise.minMax(1, 100))),
            Map.entry("aggregation", Alternative.replacedBy(GEOMETRIC)));
    for (String measure : r.uncertainty().measures()) {
      for (int i = 0; i < r.uncertainty().units().size(); i++) {
        List<Double> expected = new ArrayList<>();
        for (Combination c : r.combinations()) {
          double direct =
              c.pipeline().run(SmallIndex.TREE, SmallIndex.DATA).scores().column(measure)[i];
          for (int k = 0; k < c.replications(); k++) {
            expected.add(direct);
          }
        }
        double[] sorted = expected.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        assertThat(r.uncertainty().distribution(measure, r.uncertainty().units().get(i)).scores())
            .isEqualTo(sorted);
      }
    }
  }

  @Test
  void theSameSeed_givesTheSameNumbers_onOneTwoAndEightThreads() {
    List<Result> runs = new ArrayList<>();
    for (int threads : new int[] {1, 2, 8}) {
      runs.add(
          MethodUncertainty.of(
              BUILD,
              List.of(NORMALISATION, TREATMENT),
              WeightNoise.uniform(0.25).atLevels(1, 2),
              Replications.of(300).withSeed(11).withThreads(threads),
              RULE));
    }
    Result one = runs.get(0);
    for (Result other : runs.subList(1, 3)) {
      SameRuns.assertSame(one, other);
      assertThat(other.combinations())
          .extracting(Combination::replications)
          .isEqualTo(one.combinations().stream().map(Combination::replications).toList());
    }
    Result seed12 =
        MethodUncertainty.of(
            BUILD,
            List.of(NORMALISATION, TREATMENT),
            WeightNoise.uniform(0.25).atLevels(1, 2),
            Replications.of(300).withSeed(12).withThreads(2),
            RULE);
    assertThat(seed12.uncertainty().distribution("Index", "u3").scores())
        .isNotEqualTo(one.uncertainty().distribution("Index", "u3").scores());
  }

  @Test
  void chosenMeasures_areCollected_andTheFirstIsTheSensitivitysDefault() {
    Result r =
        MethodUncertainty.of(
            BUILD, List.of(NORMALISATION), Replications.of(30), RULE, List.of("P", "Index"));

    assertThat(r.uncertainty().measures()).containsExactly("P", "Index");
    assertThat(r.sensitivity()).isEqualTo(r.sensitivity("P"));
    assertThat(r.uncertainty().what()).isEqualTo("method choices normalisation (2)");
  }

  @Test
  void anAddedStep_goesToItsPlaceInCoinrsOrder() {
    Dataset data =
        Dataset.builder()
            .units("u1", "u2", "u3", "u4")
            .column("a", 10, 20, 30, 40)
            .column("b", 5, 1, 7, 3)
            .column("c", 1, 2, 3, 4)
            .missing("d", "u2")
            .value("d", "u1", 4)
            .value("d", "u3", 8)
            .value("d", "u4", 6)
            .group("g", "x", "x", "y", "y")
            .build();
    Build noImputation =
        Pipeline.of(Normalise.minMax(1, 100), ARITHMETIC).run(SmallIndex.TREE, data);
    Impute groupMean = Impute.groupMean("g");
    Result r =
        MethodUncertainty.of(
            noImputation,
            List.of(
                MethodChoice.of(
                    "imputation",
                    Impute.class,
                    Alternative.removed(),
                    Alternative.added(groupMean))),
            Replications.of(20),
            RULE);

    assertThat(r.combinations().get(0).pipeline()).isEqualTo(noImputation.pipeline());
    assertThat(r.combinations().get(1).pipeline().steps())
        .containsExactly(groupMean, Normalise.minMax(1, 100), ARITHMETIC);
    double[] imputed =
        Pipeline.of(groupMean, Normalise.minMax(1, 100), ARITHMETIC)
            .run(SmallIndex.TREE, data)
            .scores()
            .column("Q");
    assertThat(r.combinations().get(1).build().scores().column("Q")).isEqualTo(imputed);
  }

  @Test
  void aUnitThatACombinationScreensOut_isMissingInTheReplicationsThatDrewIt() {
    Dataset data =
        Dataset.builder()
            .units("u1", "u2", "u3", "u4")
            .column("a", 10, 20, 30, 40)
            .column("b", 5, 1, 7, 3)
            .column("c", 1, 2, 3, 4)
            .missing("d", "u2")
            .value("d", "u1", 4)
            .value("d", "u3", 8)
            .value("d", "u4", 6)
            .group("g", "x", "x", "y", "y")
            .build();
    Build nominal =
        Pipeline.of(
                Impute.groupMean("g"), Screen.byMissing(0.9), Normalise.minMax(1, 100), ARITHMETIC)
            .run(SmallIndex.TREE, data);
    Result r =
        MethodUncertainty.of(
            nominal,
            List.of(MethodChoice.onOrOff("imputation", Impute.class)),
            Replications.of(50).withSeed(2),
            RULE);

    Combination off = r.combinations().get(1);
    assertThat(off.build().result().units()).doesNotContain("u2");
    Distribution u2 = r.uncertainty().distribution("Index", "u2");
    assertThat(u2.missing()).isEqualTo(off.replications()).isPositive();
    assertThat(u2.scores()).hasSize(50 - off.replications());
    assertThat(r.sensitivity().get(0).value()).isGreaterThanOrEqualTo(0);
  }

  // ---------------------------------------------------------------- named errors

  @Test
  void aFactorWithoutAlternatives_isRefusedNamingIt() {
    assertThatThrownBy(() -> MethodChoice.of("normalisation", Normalise.class))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("normalisation")
        .hasMessageContaining("has no alternative");
    assertThatThrownBy(() -> MethodChoice.replacing("normalisation", Normalise.class))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("has no alternative");
  }

  @Test
  void aFactorWithTheSameAlternativeTwice_isRefusedNamingBoth() {
    assertThatThrownBy(
            () ->
                MethodChoice.replacing(
                    "normalisation",
                    Normalise.class,
                    Normalise.rank(),
                    Normalise.minMax(0, 100),
                    Normalise.minMax(0, 100)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("normalisation")
        .hasMessageContaining("twice")
        .hasMessageContaining("alternatives 2 and 3");
  }

  @Test
  void twoAlternativesThatMakeTheSamePipeline_areRefused() {
    MethodChoice same =
        MethodChoice.of(
            "normalisation",
            Normalise.class,
            Alternative.kept(),
            Alternative.replacedBy(Normalise.minMax(1, 100)));
    assertThatThrownBy(() -> MethodUncertainty.of(BUILD, List.of(same), Replications.of(5), RULE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("normalisation")
        .hasMessageContaining("alternatives 1 (as in the pipeline) and 2")
        .hasMessageContaining("make the same pipeline");
  }

  @Test
  void anAlternativeOfAnotherKind_isRefused() {
    assertThatThrownBy(
            () ->
                MethodChoice.replacing(
                    "normalisation", Normalise.class, Normalise.rank(), ARITHMETIC))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("decides the Normalise step")
        .hasMessageContaining("is not one");
  }

  @Test
  void aFactorOfAStepThePipelineLacks_isRefused_unlessItAddsOne() {
    Build aggregateOnly = SmallIndex.build();
    assertThatThrownBy(
            () ->
                MethodUncertainty.of(
                    aggregateOnly,
                    List.of(MethodChoice.onOrOff("imputation", Impute.class)),
                    Replications.of(5),
                    RULE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("method choice imputation")
        .hasMessageContaining("the pipeline has no Impute step")
        .hasMessageContaining("Alternative.added");
    assertThatThrownBy(
            () ->
                MethodUncertainty.of(
                    aggregateOnly,
                    List.of(MethodChoice.of("imputation", Impute.class, Alternative.removed())),
                    Replications.of(5),
                    RULE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("the pipeline has no Impute step to choose for");
    // adding one is how a pipeline without the step gets it
    Result added =
        MethodUncertainty.of(
            aggregateOnly,
            List.of(
                MethodChoice.of(
                    "normalisation",
                    Normalise.class,
                    Alternative.removed(),
                    Alternative.added(Normalise.rank()))),
            Replications.of(5),
            RULE);
    assertThat(added.combinations().get(1).pipeline().steps())
        .containsExactly(Normalise.rank(), aggregateOnly.pipeline().steps().get(0));
  }

  @Test
  void addingAStepThePipelineHas_isRefused() {
    assertThatThrownBy(
            () ->
                MethodUncertainty.of(
                    BUILD,
                    List.of(
                        MethodChoice.of(
                            "normalisation",
                            Normalise.class,
                            Alternative.kept(),
                            Alternative.added(Normalise.rank()))),
                    Replications.of(5),
                    RULE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("already has a Normalise step");
  }

  @Test
  void addingAStepWhosePlaceIsNotKnown_isRefused() {
    Step own =
        new Step() {
          @Override
          public String stageName() {
            return "Own";
          }

          @Override
          public Stage apply(Dataset data, IndicatorTree tree) {
            throw new UnsupportedOperationException();
          }
        };
    assertThatThrownBy(
            () ->
                MethodChoice.of(
                    "own", own.getClass(), Alternative.removed(), Alternative.added(own)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("place in a pipeline is not known");
  }

  @Test
  void noChoice_twoChoicesOfOneName_orOfOneKind_areRefused() {
    assertThatThrownBy(() -> MethodUncertainty.of(BUILD, List.of(), Replications.of(5), RULE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("no method choice");
    MethodChoice otherNormalisation =
        MethodChoice.replacing("normalisation", Normalise.class, Normalise.zScore(10, 2));
    assertThatThrownBy(
            () ->
                MethodUncertainty.of(
                    BUILD, List.of(NORMALISATION, otherNormalisation), Replications.of(5), RULE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("two method choices are named normalisation");
    MethodChoice scale = MethodChoice.replacing("scale", Normalise.class, Normalise.zScore(10, 2));
    assertThatThrownBy(
            () ->
                MethodUncertainty.of(
                    BUILD, List.of(NORMALISATION, scale), Replications.of(5), RULE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining(
            "method choices normalisation and scale both decide the Normalise step");
  }

  @Test
  void aCombinationTheEngineRefuses_isRefusedWithTheEnginesMessage_afterItsAlternatives() {
    MethodChoice normalisation =
        MethodChoice.replacing(
            "normalisation", Normalise.class, Normalise.minMax(1, 100), Normalise.minMax(0, 100));
    MethodChoice aggregation =
        MethodChoice.replacing("aggregation", Aggregate.class, ARITHMETIC, GEOMETRIC);
    assertThatThrownBy(
            () ->
                MethodUncertainty.of(
                    BUILD, List.of(normalisation, aggregation), Replications.of(5), RULE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageStartingWith(
            "method uncertainty, normalisation = "
                + Normalise.minMax(0, 100)
                + ", aggregation = "
                + GEOMETRIC
                + ": geometric mean of ")
        .hasMessageContaining("this mean needs values above 0");
  }

  @Test
  void aCombinationWithoutAggregation_isRefusedNamingIt() {
    assertThatThrownBy(
            () ->
                MethodUncertainty.of(
                    BUILD,
                    List.of(MethodChoice.onOrOff("aggregation", Aggregate.class)),
                    Replications.of(5),
                    RULE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageStartingWith("method uncertainty, aggregation = none: ")
        .hasMessageContaining("does not end with its aggregation");
  }

  @Test
  void zeroReplications_noiseTheTreeLacks_andAMeasureThatIsNoAggregate_areRefused() {
    assertThatThrownBy(() -> Replications.of(0))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("0 replications");
    assertThatThrownBy(
            () ->
                MethodUncertainty.of(
                    BUILD,
                    List.of(NORMALISATION),
                    WeightNoise.uniform(0.2).atNodes("ZZ"),
                    Replications.of(5),
                    RULE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("ZZ");
    assertThatThrownBy(
            () ->
                MethodUncertainty.of(
                    BUILD, List.of(NORMALISATION), Replications.of(5), RULE, List.of("a")))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("measure a is not an aggregate");
    Result r = MethodUncertainty.of(BUILD, List.of(NORMALISATION), Replications.of(5), RULE);
    assertThatThrownBy(() -> r.sensitivity("a"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("no measure a");
  }

  @Test
  void aBuildThatDoesNotEndWithItsAggregation_isRefused() {
    Build normalisedOnly =
        Pipeline.of(Normalise.minMax(1, 100)).run(SmallIndex.TREE, SmallIndex.DATA);
    assertThatThrownBy(
            () ->
                MethodUncertainty.of(
                    normalisedOnly, List.of(NORMALISATION), Replications.of(5), RULE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("does not end with its aggregation");
  }

  @Test
  void toStrings_tellTheChoices() {
    assertThat(TREATMENT.alternatives())
        .extracting(Object::toString)
        .containsExactly("as in the pipeline", "none");
    assertThat(Alternative.added(Normalise.rank()).toString()).startsWith("add Normalise");
    assertThat(Arrays.asList(NORMALISATION.factor(), NORMALISATION.kind()))
        .containsExactly("normalisation", Normalise.class);
  }
}
