package vn.ddci.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;

/** A goal holds the figures of its kind only, and refuses figures that cannot be a goal. */
class GoalTest {
  private static final Year Y2023 = Year.of(2023);
  private static final Measure TOTAL = Measure.total();
  private static final Measure DYNAMISM =
      Measure.of(Frameworks.LANG_SON_DEPARTMENTS.component("DYNAMISM"));

  @Test
  void factories_holdTheFiguresOfTheirKindOnly() {
    Goal score = Goal.score(TOTAL, Y2023, new BigDecimal("64.00"));
    assertThat(score.kind()).isEqualTo(Goal.Kind.SCORE);
    assertThat(score.points()).contains(new BigDecimal("64.00"));
    assertThat(score.rank()).isEmpty();
    assertThat(score.bottom()).isEmpty();
    assertThat(score.places()).isEmpty();

    Goal rank = Goal.rank(TOTAL, Y2023, 10, 25);
    assertThat(rank.rank()).hasValue(10);
    assertThat(rank.outOf()).hasValue(25);
    assertThat(rank.points()).isEmpty();

    assertThat(Goal.outOfBottom(DYNAMISM, Y2023, 5).bottom()).hasValue(5);
    assertThat(Goal.rankGain(TOTAL, Y2023, 3).places()).hasValue(3);
    assertThat(Goal.scoreGain(TOTAL, Y2023, BigDecimal.valueOf(2)).points())
        .contains(BigDecimal.valueOf(2));
    assertThat(Goal.aboveMedian(DYNAMISM, Y2023).measure()).isEqualTo(DYNAMISM);
  }

  @Test
  void toString_namesMeasureYearAndGoal() {
    assertThat(Goal.score(TOTAL, Y2023, new BigDecimal("64.00")))
        .hasToString("Goal[TOTAL 2023: score ≥ 64.00]");
    assertThat(Goal.rank(TOTAL, Y2023, 10, 25)).hasToString("Goal[TOTAL 2023: rank 10/25]");
    assertThat(Goal.aboveMedian(DYNAMISM, Y2023))
        .hasToString("Goal[DYNAMISM 2023: above the median]");
    assertThat(Goal.outOfBottom(DYNAMISM, Y2023, 5))
        .hasToString("Goal[DYNAMISM 2023: out of the bottom 5]");
    assertThat(Goal.scoreGain(TOTAL, Y2023, new BigDecimal("2.00")))
        .hasToString("Goal[TOTAL 2023: +2.00 points]");
    assertThat(Goal.rankGain(TOTAL, Y2023, 1)).hasToString("Goal[TOTAL 2023: up 1 place]");
  }

  @Test
  void equalGoals_areEqual() {
    assertThat(Goal.rank(TOTAL, Y2023, 10, 25)).isEqualTo(Goal.rank(TOTAL, Y2023, 10, 25));
    assertThat(Goal.rank(TOTAL, Y2023, 10, 25)).isNotEqualTo(Goal.rank(TOTAL, Y2023, 11, 25));
  }

  @Test
  void badFigures_areRefusedByName() {
    assertThatThrownBy(() -> Goal.score(TOTAL, Y2023, new BigDecimal("-1")))
        .isInstanceOf(DdciValidationException.class)
        .hasMessage("goal for TOTAL, 2023: a target score must not be negative, got -1");
    assertThatThrownBy(() -> Goal.scoreGain(DYNAMISM, Y2023, BigDecimal.ZERO))
        .isInstanceOf(DdciValidationException.class)
        .hasMessage("goal for DYNAMISM, 2023: a score gain must be above zero, got 0");
    assertThatThrownBy(() -> Goal.rank(TOTAL, Y2023, 26, 25))
        .isInstanceOf(DdciValidationException.class)
        .hasMessage("goal for TOTAL, 2023: target rank 26 is outside 1–25");
    assertThatThrownBy(() -> Goal.rank(TOTAL, Y2023, 0, 25))
        .hasMessage("goal for TOTAL, 2023: target rank 0 is outside 1–25");
    assertThatThrownBy(() -> Goal.rank(TOTAL, Y2023, 1, 0))
        .hasMessageStartingWith("goal for TOTAL, 2023: a block has 1 to");
    assertThatThrownBy(() -> Goal.outOfBottom(DYNAMISM, Y2023, 0))
        .hasMessageStartingWith("goal for DYNAMISM, 2023: the bottom group of 0 is outside 1–");
    assertThatThrownBy(() -> Goal.rankGain(TOTAL, Y2023, -3))
        .hasMessageStartingWith("goal for TOTAL, 2023: a rank gain of -3 is outside 1–");
    assertThatThrownBy(() -> Goal.aboveMedian(TOTAL, Year.of(1900)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageStartingWith("goal for TOTAL, 1900: year 1900 is outside");
    assertThatThrownBy(() -> Goal.score(TOTAL, Y2023, new BigDecimal("1E+100")))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageStartingWith("goal for TOTAL, 2023: score 1E+100 is outside");
  }
}
