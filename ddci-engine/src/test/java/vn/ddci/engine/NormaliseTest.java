package vn.ddci.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;

/** Every normalisation, on small data computed by hand from its formula. */
class NormaliseTest {

  private static final String[] UNITS = {"A", "B", "C", "D", "E"};

  private static Node.Builder x() {
    return Node.builder().code("x").kind(Node.Kind.INDICATOR).parent("Index");
  }

  private static IndicatorTree tree(Node x) {
    return IndicatorTree.of(Node.root("Index"), x);
  }

  private static final IndicatorTree UP = tree(x().build());
  private static final IndicatorTree DOWN = tree(x().direction(Direction.NEGATIVE).build());

  private static Dataset data(double... x) {
    return Dataset.builder().units(Arrays.copyOf(UNITS, x.length)).column("x", x).build();
  }

  private static double[] normalise(Normalise step, IndicatorTree tree, Dataset d) {
    return step.apply(d, tree).dataset().column("x");
  }

  /** Each value to 1e-12, NaN matching NaN (and 0.0 matching −0.0). */
  private static void assertClose(double[] actual, double... expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      if (Double.isNaN(expected[i])) {
        assertThat(actual[i]).as("value %s", i).isNaN();
      } else {
        assertThat(actual[i]).as("value %s", i).isCloseTo(expected[i], within(1e-12));
      }
    }
  }

  // ---------------------------------------------------------------- min-max

  @Test
  void minMax_givesTheBestUnitTheUpperBound_theWorstTheLower_theRestInProportion() {
    assertThat(normalise(Normalise.minMax(0, 100), UP, data(2, 4, 6, 8, 10)))
        .containsExactly(0, 25, 50, 75, 100);
  }

  @Test
  void minMax_toOneTen_isLPlusTheShareOfTheRangeTimesUMinusL() {
    assertThat(normalise(Normalise.minMax(1, 10), UP, data(2, 4, 6, 8, 10)))
        .containsExactly(1, 3.25, 5.5, 7.75, 10);
  }

  @Test
  void minMax_withNegativeDirection_givesTheLowestValueTheUpperBound() {
    assertThat(normalise(Normalise.minMax(0, 100), DOWN, data(2, 4, 6, 8, 10)))
        .containsExactly(100, 75, 50, 25, 0);
    assertThat(normalise(Normalise.minMax(1, 10), DOWN, data(2, 4, 6, 8, 10)))
        .containsExactly(10, 7.75, 5.5, 3.25, 1);
  }

  @Test
  void minMax_leavesMissingValuesMissing_andTakesBoundsFromThePresentOnes() {
    Dataset d =
        Dataset.builder().units(UNITS).column("x", 0, 4, 6, 8, 10).missing("x", "A").build();

    double[] y = normalise(Normalise.minMax(0, 100), UP, d);

    assertClose(y, Double.NaN, 0, 100.0 / 3, 200.0 / 3, 100);
  }

  @Test
  void minMax_withUpperNotAboveLower_isRefusedNamingBoth() {
    assertThatThrownBy(() -> Normalise.minMax(10, 1))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("[10.0, 1.0]");
  }

  // ---------------------------------------------------------------- z-score

  @Test
  void zScore_isMPlusSTimesTheDeviationOverTheSampleSd() {
    double[] x = {3, 1, 4, 1, 5};
    double mean = Mean.of(x).getAsDouble();
    double sd = StandardDeviation.of(x).getAsDouble();

    double[] y = normalise(Normalise.zScore(10, 2), UP, data(x));

    for (int u = 0; u < x.length; u++) {
      assertThat(y[u]).isCloseTo(10 + 2 * (x[u] - mean) / sd, within(1e-12));
    }
    // sd with n − 1: Σ(x − 2.8)² = 12.8, over 4
    assertThat(sd).isCloseTo(Math.sqrt(12.8 / 4), within(1e-15));
  }

  @Test
  void zScore_withNegativeDirection_mirrorsAroundTheMean() {
    double[] up = normalise(Normalise.zScore(10, 2), UP, data(3, 1, 4, 1, 5));
    double[] down = normalise(Normalise.zScore(10, 2), DOWN, data(3, 1, 4, 1, 5));

    for (int u = 0; u < up.length; u++) {
      assertThat(down[u]).isCloseTo(20 - up[u], within(1e-12));
    }
  }

  @Test
  void zScore_ignoresMissingValues_whichStayMissing() {
    Dataset d = Dataset.builder().units(UNITS).column("x", 3, 1, 0, 1, 5).missing("x", "C").build();
    double[] present = {3, 1, 1, 5};
    double mean = Mean.of(present).getAsDouble();
    double sd = StandardDeviation.of(present).getAsDouble();

    double[] y = normalise(Normalise.zScore(0, 1), UP, d);

    assertThat(y[2]).isNaN();
    assertThat(y[4]).isCloseTo((5 - mean) / sd, within(1e-12));
  }

  // ---------------------------------------------------------------- goalposts

  @Test
  void goalposts_scoreTheShareOfTheWayFromLowToHigh_truncatedAndAudited() {
    IndicatorTree tree = tree(x().goalposts(Goalposts.of(0, 10)).build());

    Stage s = Normalise.goalposts(100).apply(data(-5, 0, 5, 10, 15), tree);

    assertThat(s.dataset().column("x")).containsExactly(0, 0, 50, 100, 100);
    assertThat(s.audit()).hasSize(2).allMatch(e -> e.action() == AuditEntry.Action.TRUNCATED);
    assertThat(s.audit().get(0).unit()).contains("A");
    assertThat(s.audit().get(0).before()).hasValue(-5.0);
    assertThat(s.audit().get(0).after()).hasValue(0.0);
    assertThat(s.audit().get(1).unit()).contains("E");
    assertThat(s.audit().get(1).before()).hasValue(15.0);
    assertThat(s.audit().get(1).after()).hasValue(100.0);
  }

  @Test
  void goalposts_withNegativeDirection_giveTheLowGoalpostFullMarks() {
    IndicatorTree tree =
        tree(x().direction(Direction.NEGATIVE).goalposts(Goalposts.of(0, 10)).build());

    Stage s = Normalise.goalposts(10).apply(data(-5, 0, 2.5, 10, 15), tree);

    assertClose(s.dataset().column("x"), 10, 10, 7.5, 0, 0);
    assertThat(s.audit()).extracting(e -> e.unit().orElseThrow()).containsExactly("A", "E");
  }

  @Test
  void goalposts_absentFromAnIndicator_areRefusedNamingIt() {
    assertThatThrownBy(() -> Normalise.goalposts(100).apply(data(1, 2), UP))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("x", "goalposts");
  }

  // ---------------------------------------------------------------- distance to target

  @Test
  void distanceToTarget_uncapped_scoresBeyondTheTargetAboveTheScale() {
    IndicatorTree tree = tree(x().target(8).build());

    Stage s = Normalise.distanceToTarget(100, false).apply(data(2, 4, 6, 8, 10), tree);

    double[] y = s.dataset().column("x");
    assertThat(y[0]).isEqualTo(0);
    assertThat(y[1]).isCloseTo(100.0 / 3, within(1e-12));
    assertThat(y[3]).isEqualTo(100);
    assertThat(y[4]).isCloseTo(400.0 / 3, within(1e-12));
    assertThat(s.audit()).isEmpty();
  }

  @Test
  void distanceToTarget_capped_scoresBeyondTheTargetAsTheScale_andAuditsIt() {
    IndicatorTree tree = tree(x().target(8).build());

    Stage s = Normalise.distanceToTarget(100, true).apply(data(2, 4, 6, 8, 10), tree);

    assertThat(s.dataset().column("x")[4]).isEqualTo(100);
    assertThat(s.dataset().column("x")[1]).isCloseTo(100.0 / 3, within(1e-12));
    assertThat(s.audit())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditEntry.Action.TRUNCATED);
              assertThat(e.unit()).contains("E");
              assertThat(e.before()).hasValue(10.0);
              assertThat(e.after()).hasValue(100.0);
            });
  }

  @Test
  void distanceToTarget_withNegativeDirection_measuresFromTheHighestValueDown() {
    IndicatorTree tree = tree(x().direction(Direction.NEGATIVE).target(3).build());

    double[] y = normalise(Normalise.distanceToTarget(1, false), tree, data(2, 4, 6, 8, 10));

    for (int u = 0; u < 5; u++) {
      assertThat(y[u]).isCloseTo((10 - (2 + 2 * u)) / 7.0, within(1e-15));
    }
  }

  @Test
  void distanceToTarget_withoutATarget_isRefusedNamingTheIndicator() {
    assertThatThrownBy(() -> Normalise.distanceToTarget(1, true).apply(data(1, 2), UP))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("x", "no target");
  }

  @Test
  void distanceToTarget_withTheTargetAtTheWorstValue_isRefusedNamingIt() {
    IndicatorTree tree = tree(x().target(1).build());

    assertThatThrownBy(() -> Normalise.distanceToTarget(1, true).apply(data(1, 2), tree))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("x", "target 1.0", "worst");
  }

  // ---------------------------------------------------------------- rank and percentile

  @Test
  void rank_givesTheBestUnitN_tiesShareTheLowerRank_missingStaysMissing() {
    Dataset d = Dataset.builder().units(UNITS).column("x", 3, 5, 5, 9, 0).missing("x", "E").build();

    double[] y = normalise(Normalise.rank(), UP, d);

    assertThat(Arrays.copyOf(y, 4)).containsExactly(1, 2, 2, 4);
    assertThat(y[4]).isNaN();
  }

  @Test
  void rank_withNegativeDirection_givesTheLowestValueN() {
    assertThat(normalise(Normalise.rank(), DOWN, data(3, 5, 5, 9))).containsExactly(4, 2, 2, 1);
  }

  @Test
  void percentile_isRankMinusOneOverNMinusOne_timesTheScale() {
    Dataset d = Dataset.builder().units(UNITS).column("x", 3, 5, 5, 9, 0).missing("x", "E").build();

    double[] y = normalise(Normalise.percentile(100), UP, d);

    assertThat(y[0]).isEqualTo(0);
    assertThat(y[1]).isCloseTo(100.0 / 3, within(1e-12));
    assertThat(y[2]).isEqualTo(y[1]);
    assertThat(y[3]).isEqualTo(100);
    assertThat(y[4]).isNaN();
  }

  // ---------------------------------------------------------------- bounds pooled over years

  private static final Dataset YEAR_1 = data(1, 5, 9);
  private static final Dataset YEAR_2 = data(1, 5, 13);

  @Test
  void pooledBounds_areTheSameForBothYears() {
    double[] y1 = normalise(Normalise.minMax(0, 100).pooledWith(List.of(YEAR_2)), UP, YEAR_1);
    double[] y2 = normalise(Normalise.minMax(0, 100).pooledWith(List.of(YEAR_1)), UP, YEAR_2);

    // bounds 1 and 13 in both years
    assertClose(y1, 0, 100.0 * 4 / 12, 100.0 * 8 / 12);
    assertClose(y2, 0, 100.0 * 4 / 12, 100);
  }

  @Test
  void unitWhoseValueDidNotChange_keepsItsScoreOnlyWhenBoundsArePooled() {
    double b1 = normalise(Normalise.minMax(0, 100), UP, YEAR_1)[1];
    double b2 = normalise(Normalise.minMax(0, 100), UP, YEAR_2)[1];
    double p1 = normalise(Normalise.minMax(0, 100).pooledWith(List.of(YEAR_2)), UP, YEAR_1)[1];
    double p2 = normalise(Normalise.minMax(0, 100).pooledWith(List.of(YEAR_1)), UP, YEAR_2)[1];

    assertThat(b1).isCloseTo(50, within(1e-12));
    assertThat(b2).isCloseTo(100.0 / 3, within(1e-12));
    assertThat(p1).isEqualTo(p2);
  }

  @Test
  void pooledZScore_takesMeanAndSdOverEveryYearsValues() {
    double[] all = {1, 5, 9, 1, 5, 13};
    double mean = Mean.of(all).getAsDouble();
    double sd = StandardDeviation.of(all).getAsDouble();

    double[] y = normalise(Normalise.zScore(0, 1).pooledWith(List.of(YEAR_2)), UP, YEAR_1);

    assertThat(y[2]).isCloseTo((9 - mean) / sd, within(1e-12));
  }

  @Test
  void pooling_aMethodWithoutBounds_isRefusedNamingIt() {
    assertThatThrownBy(() -> Normalise.rank().pooledWith(List.of(YEAR_2)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("RANK");
  }

  @Test
  void pooledDatasetLackingTheIndicator_isRefusedNamingIt() {
    Dataset other = Dataset.builder().units("A").column("y", 1).build();

    assertThatThrownBy(() -> Normalise.minMax(0, 1).pooledWith(List.of(other)).apply(YEAR_1, UP))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("x", "pooled");
  }

  // ---------------------------------------------------------------- constant columns

  @Test
  void constantColumn_isRefusedNamingTheIndicator() {
    assertThatThrownBy(() -> Normalise.minMax(0, 100).apply(data(4, 4, 4), UP))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("indicator x", "4.0", "whenConstant");
    assertThatThrownBy(() -> Normalise.zScore(10, 2).apply(data(4, 4, 4), UP))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("indicator x");
  }

  @Test
  void percentileOfAColumnWhoseUnitsAreAllEqual_isRefusedUnlessARuleIsChosen() {
    assertThatThrownBy(() -> Normalise.percentile(100).apply(data(4, 4, 4), UP))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("indicator x", "whenConstant");

    Stage s =
        Normalise.percentile(100).whenConstant(Normalise.Constant.MIDDLE).apply(data(4, 4, 4), UP);

    assertThat(s.dataset().column("x")).containsExactly(50, 50, 50);
  }

  @Test
  void rankOfAColumnWhoseUnitsAreAllEqual_tiesThemAtRankOne() {
    assertThat(normalise(Normalise.rank(), UP, data(4, 4, 4))).containsExactly(1, 1, 1);
  }

  @Test
  void distanceToTarget_ofAColumnWhoseUnitsAreAllEqual_isDefinedByTheTarget() {
    IndicatorTree tree = tree(x().target(8).build());

    double[] y = normalise(Normalise.distanceToTarget(100, true), tree, data(4, 4, 4));

    assertThat(y).containsExactly(0, 0, 0);
  }

  @Test
  void goalposts_lowerBetter_scoreAValueAtTheUpperGoalpostPositiveZero() {
    IndicatorTree tree =
        tree(x().direction(Direction.NEGATIVE).goalposts(Goalposts.of(0, 10)).build());

    double[] y = normalise(Normalise.goalposts(100), tree, data(10));

    assertThat(Double.doubleToRawLongBits(y[0])).isEqualTo(Double.doubleToRawLongBits(0.0));
  }

  @Test
  void constantColumn_isScoredByTheChosenRule_andAudited() {
    Dataset d = Dataset.builder().units(UNITS).column("x", 4, 4, 4, 0, 4).missing("x", "D").build();

    for (Object[] c :
        new Object[][] {
          {Normalise.Constant.LOWER, 1.0},
          {Normalise.Constant.MIDDLE, 5.5},
          {Normalise.Constant.UPPER, 10.0}
        }) {
      Normalise.Constant rule = (Normalise.Constant) c[0];
      double score = (double) c[1];

      Stage s = Normalise.minMax(1, 10).whenConstant(rule).apply(d, DOWN);

      double[] y = s.dataset().column("x");
      assertThat(y[3]).as(rule.toString()).isNaN();
      assertThat(new double[] {y[0], y[1], y[2], y[4]}).as(rule.toString()).containsOnly(score);
      assertThat(s.audit())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.action()).isEqualTo(AuditEntry.Action.CONSTANT_SCORED);
                assertThat(e.column()).contains("x");
                assertThat(e.after()).hasValue(score);
                assertThat(e.note()).contains(rule.toString());
              });
    }
  }

  @Test
  void constantColumnUnderZScore_scoresTheMean_andOnlyTheMean() {
    assertThat(
            normalise(
                Normalise.zScore(10, 2).whenConstant(Normalise.Constant.MIDDLE), UP, data(4, 4)))
        .containsExactly(10, 10);
    assertThatThrownBy(
            () ->
                Normalise.zScore(10, 2)
                    .whenConstant(Normalise.Constant.UPPER)
                    .apply(data(4, 4), UP))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("indicator x", "MIDDLE");
  }

  @Test
  void columnConstantInEveryYearPooled_isRefusedSayingSo() {
    assertThatThrownBy(
            () -> Normalise.minMax(0, 1).pooledWith(List.of(data(4, 4))).apply(data(4, 4), UP))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("indicator x", "every year pooled");
  }

  @Test
  void columnConstantThisYearButNotPooled_isScoredOnThePooledBounds() {
    double[] y =
        normalise(Normalise.minMax(0, 100).pooledWith(List.of(data(0, 8))), UP, data(4, 4));

    assertThat(y).containsExactly(50, 50);
  }
}
