package vn.ddci.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.goal.GoalCheck;
import vn.ddci.goal.GoalOutcome;
import vn.ddci.text.PlanText;

/**
 * The worked example prints, after section II, whether the INVENTED 2023 goals were met, judged on
 * the seed's published 2023 figures, with margins computed by hand.
 */
class IllustrativeGoalsTest {
  private final List<GoalOutcome> outcomes =
      GoalCheck.checkAll(IllustrativeGoals.goals2023(), UnitAssessment.of(SeedPlan.standing2023()));

  @Test
  void invented2023Goals_verdictsAndMargins() {
    assertThat(outcomes)
        .extracting(GoalOutcome::verdict)
        .containsExactly(
            GoalOutcome.Verdict.MET, // 80.45 ≥ 80.00
            GoalOutcome.Verdict.NOT_MET, // 15 > 10
            GoalOutcome.Verdict.MET, // 05/25 above the median 13
            GoalOutcome.Verdict.MET, // 20/25: rank 20 is just out of the bottom 5
            GoalOutcome.Verdict.MET); // +5.82 ≥ +2.00
    assertThat(outcomes.get(1).rankMargin()).hasValue(-5);
    assertThat(outcomes.get(3).rankMargin()).hasValue(0);
  }

  @Test
  void printsTheIllustrativeGoals_labelled() {
    assertThat(
            PlanText.vietnamese().withIllustrativeLabel(IllustrativeGoals.LABEL).goalsMet(outcomes))
        .containsExactly(
            "Kết quả thực hiện mục tiêu phấn đấu năm 2023 (MỤC TIÊU MINH HỌA – illustrative goals)",
            "Sở Ngoại vụ đạt 04/05 mục tiêu phấn đấu so với kế hoạch đặt ra năm 2023, chưa đạt 01"
                + " mục tiêu.",
            "- Tổng điểm: đạt 80,45 điểm, vượt mục tiêu 0,45 điểm (mục tiêu 80,00 điểm)",
            "- Tổng điểm: xếp hạng 15/25, chưa đạt mục tiêu 10/25 (kém 5 bậc)",
            "- Thiết chế pháp lý: xếp hạng 05/25, trên trung vị, đạt mục tiêu xếp hạng trên trung"
                + " vị",
            "- Tính năng động và hiệu lực của hệ thống: xếp hạng 20/25, đạt mục tiêu ra khỏi nhóm"
                + " 05 đơn vị cuối bảng",
            "- Tổng điểm: mức độ cải thiện +5,82 điểm, vượt mục tiêu 3,82 điểm (mục tiêu tăng 2,00"
                + " điểm)");
  }
}
