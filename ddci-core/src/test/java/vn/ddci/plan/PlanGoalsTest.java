package vn.ddci.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.goal.Goal;
import vn.ddci.result.Unit;

/** A plan's goals (mục tiêu phấn đấu): none by default, and checked against the plan. */
class PlanGoalsTest {
  private static final Unit NGOAI_VU = Unit.of("Sở Ngoại vụ", Frameworks.LANG_SON_DEPARTMENT_BLOCK);
  private static final Division VP = Division.of("Văn phòng Sở");
  private static final Year Y = Year.of(2024);
  private static final Measure DYNAMISM =
      Measure.of(Frameworks.LANG_SON_DEPARTMENTS.component("DYNAMISM"));

  private static Plan.Builder plan() {
    return Plan.builder()
        .issuingUnit(NGOAI_VU)
        .year(2024)
        .title("Cải thiện, nâng cao Chỉ số DDCI năm 2024")
        .legalBasis("Kế hoạch số 36/KH-UBND ngày 06/02/2024 của UBND tỉnh")
        .focalPoint(VP)
        .reportingRule(ReportingRule.quarterly(List.of(VP), VP, 10))
        .signer(Signer.of("Giám đốc", "Nguyễn Văn A"));
  }

  @Test
  void goals_areEmptyByDefault_andKeptInOrder() {
    Plan none = plan().build();
    assertThat(none.goals()).isEmpty();
    List<Goal> goals =
        List.of(Goal.rank(Measure.total(), Y, 10, 25), Goal.aboveMedian(DYNAMISM, Y));
    Plan with = none.withGoals(goals);
    assertThat(with.goals()).containsExactlyElementsOf(goals);
    assertThat(with).isEqualTo(plan().addAllGoals(goals).build()).isNotEqualTo(none);
    assertThat(with).hasToString("Plan[Sở Ngoại vụ 2024, 0 tasks, 2 goals]");
    assertThat(with.withGoals(List.of())).isEqualTo(none);
  }

  @Test
  void aComponentOutsideTheFramework_isRefused() {
    Measure land = Measure.of(Frameworks.LANG_SON_DISTRICTS.component("LAND_ACCESS"));
    assertThatThrownBy(() -> plan().addGoals(Goal.aboveMedian(land, Y)).build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageStartingWith(
            "plan of 'Sở Ngoại vụ' for 2024: Goal[LAND_ACCESS 2024: above the median] names"
                + " component LAND_ACCESS")
        .hasMessageContaining("not in framework");
  }

  @Test
  void aTargetScoreOutsideTheScale_isRefused() {
    assertThatThrownBy(
            () -> plan().addGoals(Goal.score(DYNAMISM, Y, new BigDecimal("10.5"))).build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessage(
            "plan of 'Sở Ngoại vụ' for 2024: Goal[DYNAMISM 2024: score ≥ 10.5] lies outside the"
                + " scale 0–10");
    assertThat(
            plan().addGoals(Goal.score(Measure.total(), Y, new BigDecimal("100"))).build().goals())
        .hasSize(1);
  }

  @Test
  void aTargetWithMoreDecimalsThanPublished_isRefused() {
    assertThatThrownBy(
            () -> plan().addGoals(Goal.score(Measure.total(), Y, new BigDecimal("94.995"))).build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessage(
            "plan of 'Sở Ngoại vụ' for 2024: the goal for TOTAL, 2024: target score 94.995 has more"
                + " decimals than the 2 that framework 'DDCI Lạng Sơn – khối sở, ban, ngành'"
                + " publishes");
    assertThatThrownBy(
            () -> plan().addGoals(Goal.scoreGain(DYNAMISM, Y, new BigDecimal("0.125"))).build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("DYNAMISM, 2024: score gain 0.125 has more decimals");
    // trailing zeros are not decimals
    assertThat(
            plan()
                .addGoals(Goal.score(Measure.total(), Y, new BigDecimal("95.0000")))
                .build()
                .goals())
        .hasSize(1);
  }

  @Test
  void twoGoalsOfOneKindForOneMeasureAndYear_areRefused() {
    assertThatThrownBy(
            () ->
                plan()
                    .addGoals(
                        Goal.rank(Measure.total(), Y, 10, 25),
                        Goal.rank(Measure.total(), Y, 12, 25))
                    .build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessage("plan of 'Sở Ngoại vụ' for 2024: two goals of kind RANK for TOTAL in 2024");
    // another kind, measure or year is not a duplicate
    assertThat(
            plan()
                .addGoals(
                    Goal.rank(Measure.total(), Y, 10, 25),
                    Goal.aboveMedian(Measure.total(), Y),
                    Goal.rank(DYNAMISM, Y, 10, 25),
                    Goal.rank(Measure.total(), Y.plusYears(1), 8, 25))
                .build()
                .goals())
        .hasSize(4);
  }
}
