package vn.ddci.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.engine.Build;
import vn.ddci.framework.Precision;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;

/** Which weights the noise moves, how far, and what a run with it draws. */
class WeightNoiseTest {
  private static final RankingRule RULE = RankingRule.of(TiePolicy.COMPETITION, Precision.FULL);
  private static final Build BUILD = SmallIndex.build();

  // ---------------------------------------------------------------- the fraction

  @Test
  void aFractionThatCouldTurnAWeightNegative_isRefusedSayingSo() {
    for (double f : new double[] {1.01, -0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> WeightNoise.uniform(f))
          .as("fraction %s", f)
          .isInstanceOf(DdciValidationException.class)
          .hasMessageContaining("±" + f)
          .hasMessageContaining("a weight could turn negative");
    }
  }

  @Test
  void zeroAndOne_areAccepted() {
    assertThat(WeightNoise.uniform(0).fraction()).isZero();
    assertThat(WeightNoise.uniform(1).fraction()).isEqualTo(1.0);
  }

  @Test
  void levelZero_isRefusedNamingIt() {
    assertThatThrownBy(() -> WeightNoise.uniform(0.2).atLevels(2, 0))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("level 0");
  }

  // ---------------------------------------------------------------- resolve

  @Test
  void resolve_byLevel_choosesEveryNodeOfTheLevels_inTheTreesOrder_withTheFraction() {
    assertThat(WeightNoise.uniform(0.25).atLevels(1).resolve(SmallIndex.TREE))
        .containsExactly(
            Map.entry("a", 0.25), Map.entry("b", 0.25), Map.entry("c", 0.25), Map.entry("d", 0.25));
    assertThat(WeightNoise.uniform(0.25).atLevels(2).resolve(SmallIndex.TREE))
        .containsOnlyKeys("P", "Q");
  }

  @Test
  void resolve_byCode_andByLevel_addUp() {
    assertThat(WeightNoise.uniform(0.1).atLevels(2).atNodes("c").resolve(SmallIndex.TREE).keySet())
        .containsExactly("P", "Q", "c");
  }

  @Test
  void resolve_neverChoosesTheRoot() {
    assertThat(WeightNoise.uniform(0.5).atLevels(1, 2, 3).resolve(SmallIndex.TREE))
        .hasSize(6)
        .doesNotContainKey("Index");
    assertThat(WeightNoise.uniform(0.5).atNodes("Index", "a").resolve(SmallIndex.TREE))
        .containsOnlyKeys("a");
  }

  @Test
  void resolve_aNodeTheTreeLacks_isRefusedNamingIt() {
    assertThatThrownBy(() -> WeightNoise.uniform(0.2).atNodes("a", "ZZ").resolve(SmallIndex.TREE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("ZZ")
        .hasMessageContaining("not a node of the tree");
  }

  @Test
  void resolve_aLevelTheTreeLacks_isRefusedNamingIt() {
    assertThatThrownBy(() -> WeightNoise.uniform(0.2).atLevels(2, 4).resolve(SmallIndex.TREE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("level 4");
  }

  @Test
  void resolve_choosingNothing_isRefused() {
    assertThatThrownBy(() -> WeightNoise.uniform(0.2).resolve(SmallIndex.TREE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("moves no weight");
    // the root alone, at its level or by its code, has no weight to move
    assertThatThrownBy(() -> WeightNoise.uniform(0.2).atLevels(3).resolve(SmallIndex.TREE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("moves no weight");
    assertThatThrownBy(() -> WeightNoise.uniform(0.2).atNodes("Index").resolve(SmallIndex.TREE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("moves no weight");
  }

  @Test
  void aRunWithNoiseTheTreeLacks_isRefusedBeforeAnyReplication() {
    assertThatThrownBy(
            () ->
                WeightUncertainty.of(
                    BUILD,
                    WeightNoise.uniform(0.2).atNodes("ZZ"),
                    Replications.of(10).withCancellation(() -> true),
                    RULE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("ZZ");
  }

  @Test
  void toString_tellsTheFractionLevelsAndNodes() {
    assertThat(WeightNoise.uniform(0.25).atLevels(2, 3))
        .hasToString("weights ±25.0 % at levels [2, 3]");
    assertThat(WeightNoise.uniform(0.5).atNodes("P")).hasToString("weights ±50.0 % of [P]");
  }

  // ---------------------------------------------------------------- what a run draws

  @Test
  void noNoise_givesTheNominalScoresAndRanksInEveryReplication() {
    Uncertainty u =
        WeightUncertainty.of(
            BUILD, WeightNoise.uniform(0).atLevels(1, 2), Replications.of(60).withThreads(2), RULE);

    for (String measure : u.measures()) {
      double[] nominal = BUILD.scores().column(measure);
      for (int i = 0; i < u.units().size(); i++) {
        Distribution d = u.distribution(measure, u.units().get(i));
        assertThat(d.nominalScore()).hasValue(nominal[i]);
        assertThat(d.scores()).as("%s %s", measure, d.unit()).containsOnly(nominal[i]);
        assertThat(d.ranks()).containsOnly(d.nominalRank().getAsDouble());
        assertThat(d.rankInterval(0.9).width()).isZero();
        assertThat(d.missing()).isZero();
      }
    }
  }

  @Test
  void noiseOnOneIndicator_leavesTheAggregatesThatDoNotDependOnItAtTheirNominalScores() {
    Uncertainty u =
        WeightUncertainty.of(
            BUILD, WeightNoise.uniform(0.5).atNodes("a"), Replications.of(80).withThreads(1), RULE);

    double[] q = BUILD.scores().column("Q");
    for (int i = 0; i < u.units().size(); i++) {
      assertThat(u.distribution("Q", u.units().get(i)).scores()).containsOnly(q[i]);
    }
    // and it does move P and the index of a unit whose a and b differ
    for (String measure : new String[] {"P", "Index"}) {
      Distribution d = u.distribution(measure, "u3");
      assertThat(d.scoreQuantile(0)).as(measure).isLessThan(d.scoreQuantile(1));
    }
  }

  @Test
  void everyDrawnWeight_liesWithinTheFractionOfTheNominal_andTheDrawsSpanIt() {
    double f = 0.5;
    Uncertainty u =
        WeightUncertainty.of(
            BUILD, WeightNoise.uniform(f).atNodes("a"), Replications.of(500).withSeed(3), RULE);

    // u1: a = 0, b = 1, b weighs 1: P = 1 / (w_a + 1), so w_a = 1 / P − 1
    double[] p = u.distribution("P", "u1").scores();
    double low = Double.MAX_VALUE;
    double high = 0;
    for (double score : p) {
      double w = 1 / score - 1;
      assertThat(w).isBetween((1 - f) - 1e-12, (1 + f) + 1e-12);
      low = Math.min(low, w);
      high = Math.max(high, w);
    }
    assertThat(low).isLessThan(1 - f + 0.05);
    assertThat(high).isGreaterThan(1 + f - 0.05);
  }

  @Test
  void anAggregateTheNoiseDoesNotReach_hasAPointScoreIntervalAtItsNominalScore() {
    Uncertainty u =
        WeightUncertainty.of(
            BUILD, WeightNoise.uniform(0.5).atNodes("a"), Replications.of(100), RULE);

    for (String unit : u.units()) {
      Distribution d = u.distribution("Q", unit);
      double nominal = d.nominalScore().getAsDouble();
      assertThat(d.scoreInterval(0.9)).as(unit).isEqualTo(Interval.of(nominal, nominal, 0.9));
    }
  }
}
