package vn.ddci.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.framework.Measure;
import vn.ddci.goal.Goal;
import vn.ddci.plan.Plan;

/** The goals a plan sets, as its section I lists them (invented goals). */
class PlanGoalsTextTest {
  private static final Plan PLAN = TextFixtures.plan();
  private static final Year YEAR = PLAN.year();

  private static Plan withGoals() {
    return PLAN.withGoals(
        List.of(
            Goal.rank(Measure.total(), YEAR, 10, 25),
            Goal.scoreGain(
                Measure.of(TextFixtures.F.component("TIME_COST")), YEAR, new BigDecimal("0.5")),
            Goal.aboveMedian(Measure.of(TextFixtures.F.component("LEGAL_INSTITUTIONS")), YEAR),
            Goal.outOfBottom(Measure.of(TextFixtures.F.component("BUSINESS_SUPPORT")), YEAR, 5),
            Goal.score(Measure.total(), YEAR.plusYears(1), new BigDecimal("82"))));
  }

  @Test
  void everyGoal_withItsMeasureAndTarget_theYearWhenNotThePlans() {
    assertThat(PlanText.vietnamese().goals(withGoals()))
        .containsExactly(
            "Mục tiêu phấn đấu năm " + YEAR + ":",
            "- Tổng điểm: 10/25",
            "- Chi phí thời gian: tăng 0,5 điểm",
            "- Thiết chế pháp lý: xếp hạng trên trung vị",
            "- Dịch vụ hỗ trợ doanh nghiệp: ra khỏi nhóm 05 đơn vị cuối bảng",
            "- Tổng điểm: 82 điểm (năm " + YEAR.plusYears(1) + ")");
  }

  @Test
  void english_andNoGoals() {
    assertThat(PlanText.english().goals(withGoals()))
        .startsWith("Goals for " + YEAR + ":", "- Total: 10/25", "- Time costs: +0.5 points")
        .endsWith("- Total: 82 points (" + YEAR.plusYears(1) + ")");
    assertThat(PlanText.vietnamese().goals(PLAN)).isEmpty();
  }
}
