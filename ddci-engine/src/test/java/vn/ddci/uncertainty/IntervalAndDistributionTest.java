package vn.ddci.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;

/** Intervals, and a unit's distribution over replications: what it reads and what it refuses. */
class IntervalAndDistributionTest {

  private static Distribution distribution(
      int replications, double[] scores, double[] ranks, int aboveMedian) {
    return new Distribution("HN", "Index", 50, 2, replications, scores, ranks, aboveMedian);
  }

  // ---------------------------------------------------------------- Interval

  @Test
  void anIntervalWithANaNEnd_isRefused() {
    assertThatThrownBy(() -> Interval.of(Double.NaN, 1, 0.9))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("[NaN, 1.0] is not an interval");
    assertThatThrownBy(() -> Interval.of(1, Double.NaN, 0.9))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("[1.0, NaN] is not an interval");
  }

  @Test
  void anUpperEndBelowTheLower_isRefusedNamingBoth() {
    assertThatThrownBy(() -> Interval.of(2, 1.5, 0.9))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("[2.0, 1.5] is not an interval");
  }

  @Test
  void aLevelOutsideZeroOne_isRefusedNamingIt() {
    for (double level : new double[] {0, 1, 1.5, -0.1, Double.NaN}) {
      assertThatThrownBy(() -> Interval.of(1, 2, level))
          .as("level %s", level)
          .isInstanceOf(DdciValidationException.class)
          .hasMessageContaining("confidence level " + level)
          .hasMessageContaining("outside (0, 1)");
    }
  }

  @Test
  void aPointInterval_isAnInterval_ofWidthZero() {
    Interval i = Interval.of(3, 3, 0.5);

    assertThat(i.width()).isZero();
    assertThat(i.contains(3)).isTrue();
    assertThat(i.contains(Math.nextUp(3.0))).isFalse();
  }

  @Test
  void contains_includesBothEnds_andNothingOutside() {
    Interval i = Interval.of(42.95, 57.05, 0.9);

    assertThat(i.contains(42.95)).isTrue();
    assertThat(i.contains(57.05)).isTrue();
    assertThat(i.contains(50)).isTrue();
    assertThat(i.contains(42.9)).isFalse();
    assertThat(i.contains(57.06)).isFalse();
    assertThat(i.contains(Double.NaN)).isFalse();
    assertThat(i.lower()).isEqualTo(42.95);
    assertThat(i.upper()).isEqualTo(57.05);
    assertThat(i.level()).isEqualTo(0.9);
  }

  @Test
  void width_isUpperMinusLower() {
    assertThat(Interval.of(1.5, 4, 0.9).width()).isEqualTo(2.5);
    assertThat(Interval.of(-3, -1, 0.5).width()).isEqualTo(2.0);
  }

  @Test
  void widenedToWhole_takesTheFloorAndTheCeiling_andKeepsTheLevel() {
    assertThat(Interval.of(42.95, 57.05, 0.9).widenedToWhole()).isEqualTo(Interval.of(42, 58, 0.9));
    assertThat(Interval.of(3, 7, 0.8).widenedToWhole()).isEqualTo(Interval.of(3, 7, 0.8));
    assertThat(Interval.of(-1.5, 0.5, 0.8).widenedToWhole()).isEqualTo(Interval.of(-2, 1, 0.8));
  }

  @Test
  void intervals_areEqualByEndsAndLevel() {
    assertThat(Interval.of(1, 2, 0.9)).isEqualTo(Interval.of(1, 2, 0.9));
    assertThat(Interval.of(1, 2, 0.9)).hasSameHashCodeAs(Interval.of(1, 2, 0.9));
    assertThat(Interval.of(1, 2, 0.9)).isNotEqualTo(Interval.of(1, 2, 0.8));
    assertThat(Interval.of(1, 2, 0.9)).isNotEqualTo(Interval.of(1, 2.5, 0.9));
    assertThat(Interval.of(1, 2, 0.9)).isNotEqualTo(Interval.of(0.5, 2, 0.9));
    assertThat(Interval.of(1, 2, 0.9)).hasToString("[1.0, 2.0] (90.0 %)");
  }

  // ---------------------------------------------------------------- Distribution

  @Test
  void theTailsOfALevel_areDecimal_soNinetyPercentReadsQ5AndQ95Exactly() {
    assertThat(Interval.tail(0.9, -1)).isEqualTo(0.05);
    assertThat(Interval.tail(0.9, 1)).isEqualTo(0.95);
    assertThat(Interval.tail(0.95, -1)).isEqualTo(0.025);
    assertThat((1 - 0.9) / 2).isNotEqualTo(0.05); // why: the double arithmetic misses it
  }

  @Test
  void scoreAndRankIntervals_areTheirTailQuantiles() {
    double[] scores = IntStream.rangeClosed(1, 100).asDoubleStream().toArray();
    double[] ranks = new double[100];
    Arrays.fill(ranks, 0, 5, 42);
    Arrays.fill(ranks, 5, 95, 43);
    Arrays.fill(ranks, 95, 100, 50);
    Distribution d = distribution(100, scores, ranks, 0);

    assertThat(d.scoreInterval(0.9)).isEqualTo(Interval.of(5.95, 95.05, 0.9));
    assertThat(d.rankInterval(0.9).lower()).isEqualTo(42.95);
    // h = 94.05: between the 95th (43) and 96th (50) ranks, 0.05 of the way
    assertThat(d.rankInterval(0.9).upper()).isCloseTo(43.35, within(1e-12));
    assertThat(d.rankInterval(0.9).widenedToWhole()).isEqualTo(Interval.of(42, 44, 0.9));
    assertThat(d.medianRank()).isEqualTo(43.0);
  }

  @Test
  void scoresAndRanks_areSortedCopies() {
    double[] scores = {3, 1, 2};
    double[] ranks = {2, 3, 1};
    Distribution d = distribution(3, scores, ranks, 1);

    assertThat(d.scores()).containsExactly(1, 2, 3);
    assertThat(d.ranks()).containsExactly(1, 2, 3);
    d.scores()[0] = 99;
    d.ranks()[0] = 99;
    assertThat(d.scores()).containsExactly(1, 2, 3);
    assertThat(d.ranks()).containsExactly(1, 2, 3);
    assertThat(d.meanScore()).isEqualTo(2.0);
    assertThat(d.meanRank()).isEqualTo(2.0);
  }

  @Test
  void probabilityInTop_isTheShareOfAllReplicationsRankedKOrBetter_missingOnesIncluded() {
    // 8 replications, the unit scored in 5: ranks 1, 1, 2, 3, 5
    Distribution d = distribution(8, new double[] {9, 9, 8, 7, 5}, new double[] {5, 1, 3, 1, 2}, 3);

    assertThat(d.missing()).isEqualTo(3);
    assertThat(d.replications()).isEqualTo(8);
    assertThat(d.probabilityInTop(1)).isEqualTo(2 / 8.0);
    assertThat(d.probabilityInTop(2)).isEqualTo(3 / 8.0);
    assertThat(d.probabilityInTop(3)).isEqualTo(4 / 8.0);
    assertThat(d.probabilityInTop(4)).isEqualTo(4 / 8.0);
    assertThat(d.probabilityInTop(5)).isEqualTo(5 / 8.0);
    assertThat(d.probabilityInTop(100)).isEqualTo(5 / 8.0);
  }

  @Test
  void probabilityInTop_ofRankZero_isRefused() {
    Distribution d = distribution(2, new double[] {1, 2}, new double[] {1, 2}, 1);

    assertThatThrownBy(() -> d.probabilityInTop(0))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("top 0 is not a rank");
  }

  @Test
  void probabilityAboveMedian_isTheCountAboveOverEveryReplication() {
    Distribution d = distribution(8, new double[] {9, 9, 8, 7, 5}, new double[] {5, 1, 3, 1, 2}, 3);

    assertThat(d.probabilityAboveMedian()).isEqualTo(3 / 8.0);
    assertThat(
            distribution(4, new double[] {1, 1, 1, 1}, new double[] {1, 1, 1, 1}, 4)
                .probabilityAboveMedian())
        .isEqualTo(1.0);
  }

  @Test
  void missing_isZeroWhenEveryReplicationScoredTheUnit() {
    assertThat(distribution(3, new double[] {1, 2, 3}, new double[] {1, 2, 3}, 0).missing())
        .isZero();
  }

  @Test
  void nominalFigures_areEmptyWhenTheUnitHasNoScore() {
    Distribution none =
        new Distribution("HN", "Index", Double.NaN, Double.NaN, 2, new double[0], new double[0], 0);
    Distribution some = distribution(1, new double[] {50}, new double[] {2}, 0);

    assertThat(none.nominalScore()).isEmpty();
    assertThat(none.nominalRank()).isEmpty();
    assertThat(some.nominalScore()).hasValue(50);
    assertThat(some.nominalRank()).hasValue(2);
    assertThat(none.unit()).isEqualTo("HN");
    assertThat(none.measure()).isEqualTo("Index");
  }

  @Test
  void intervalLevelsOutsideZeroOne_areRefusedNamingThem() {
    Distribution d = distribution(3, new double[] {1, 2, 3}, new double[] {1, 2, 3}, 0);
    for (double level : new double[] {0, 1, 1.5, Double.NaN}) {
      assertThatThrownBy(() -> d.rankInterval(level))
          .as("rank, level %s", level)
          .isInstanceOf(DdciValidationException.class)
          .hasMessageContaining("confidence level " + level);
      assertThatThrownBy(() -> d.scoreInterval(level))
          .as("score, level %s", level)
          .isInstanceOf(DdciValidationException.class)
          .hasMessageContaining("confidence level " + level);
    }
  }

  @Test
  void intervalsOfAUnitNeverScored_areRefusedNamingTheUnitAndMeasure() {
    Distribution none =
        new Distribution("HN", "Index", Double.NaN, Double.NaN, 4, new double[0], new double[0], 0);

    assertThat(none.missing()).isEqualTo(4);
    assertThatThrownBy(() -> none.scoreInterval(0.9))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("HN")
        .hasMessageContaining("score")
        .hasMessageContaining("Index");
    assertThatThrownBy(() -> none.rankInterval(0.9))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("HN")
        .hasMessageContaining("rank")
        .hasMessageContaining("Index");
    assertThatThrownBy(none::meanScore)
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("HN");
    assertThat(none.probabilityInTop(1)).isZero();
    assertThat(none).hasToString("Distribution[HN, Index, no score in 4]");
  }

  @Test
  void aScoreEqualInEveryReplication_hasAPointInterval() {
    double[] scores = new double[100];
    Arrays.fill(scores, 93.71);
    double[] ranks = new double[100];
    Arrays.fill(ranks, 1);
    Distribution d = new Distribution("HN", "P", 93.71, 1, 100, scores, ranks, 100);

    assertThat(d.scoreInterval(0.9)).isEqualTo(Interval.of(93.71, 93.71, 0.9));
    assertThat(d.toString()).contains("HN");
  }
}
