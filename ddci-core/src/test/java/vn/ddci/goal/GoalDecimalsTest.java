package vn.ddci.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.assessment.SeedFigures;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Measure;
import vn.ddci.goal.GoalOutcome.Verdict;
import vn.ddci.text.PlanText;

/**
 * A target score or gain with more decimals than the framework publishes (94.995 where scores are
 * published to 2 decimals) is refused when judged; should an outcome of one reach the text anyway,
 * its figures keep the goal's own digits instead of contradicting themselves ("đạt 95,0 điểm, vượt
 * mục tiêu 0,01 điểm (mục tiêu 95,00 điểm)").
 */
class GoalDecimalsTest {
  private static final Year Y = Year.of(2023);
  private static final UnitAssessment SEED = UnitAssessment.of(SeedFigures.standing2023());

  @Test
  void judging_aTargetWithMoreDecimalsThanPublished_isRefused_namingMeasureYearAndValue() {
    Goal g = Goal.score(Measure.total(), Y, new BigDecimal("94.995"));
    assertThatThrownBy(() -> GoalCheck.check(g, SEED))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageStartingWith("goal for TOTAL, 2023: target score 94.995 has more decimals than")
        .hasMessageContaining(" the 2 that framework '");
    Goal gain = Goal.scoreGain(Measure.total(), Y, new BigDecimal("0.001"));
    assertThatThrownBy(() -> GoalCheck.check(gain, SEED))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageStartingWith("goal for TOTAL, 2023: score gain 0.001 has more decimals");
    // trailing zeros are not decimals: 80.4500 is 80.45, met exactly
    GoalOutcome exact =
        GoalCheck.check(Goal.score(Measure.total(), Y, new BigDecimal("80.4500")), SEED);
    assertThat(exact.verdict()).isEqualTo(Verdict.MET);
    assertThat(exact.scoreMargin().orElseThrow()).isZero();
  }

  @Test
  void theText_ofATargetWithMoreDecimals_keepsItsDigits() {
    Goal g = Goal.score(Measure.total(), Y, new BigDecimal("94.995"));
    BigDecimal score = new BigDecimal("95.00");
    GoalOutcome o =
        GoalOutcome.builder(g, SeedFigures.SO_NGOAI_VU)
            .score(score)
            .verdict(Verdict.MET)
            .scoreMargin(score.subtract(g.points().orElseThrow()))
            .build();
    assertThat(PlanText.vietnamese().goal(o))
        .isEqualTo("đạt 95,00 điểm, vượt mục tiêu 0,005 điểm (mục tiêu 94,995 điểm)");
    assertThat(PlanText.english().goal(o))
        .isEqualTo("95.00 points, 0.005 points above the goal of 94.995 points");
  }
}
