package vn.ddci.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.assessment.SeedFigures;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.goal.Goal;
import vn.ddci.goal.GoalCheck;
import vn.ddci.goal.GoalOutcome;
import vn.ddci.result.PublishedFigures;
import vn.ddci.result.PublishedStanding;
import vn.ddci.result.Unit;

/**
 * Every sentence pattern of the goals' outcomes, in Vietnamese and English, on the seed's 2023
 * standing judged against goals INVENTED for these tests (the seed does not state its goals).
 */
class GoalTextTest {
  private static final Framework F = Frameworks.LANG_SON_DEPARTMENTS;
  private static final Year Y = Year.of(2023);
  private static final UnitAssessment SEED = UnitAssessment.of(SeedFigures.standing2023());
  private static final PlanText VI = PlanText.vietnamese();
  private static final PlanText EN = PlanText.english();

  private static Measure m(String code) {
    return Measure.of(F.component(code));
  }

  private static GoalOutcome o(Goal g) {
    return GoalCheck.check(g, SEED);
  }

  private static void says(Goal g, String vi, String en) {
    assertThat(VI.goal(o(g))).isEqualTo(vi);
    assertThat(EN.goal(o(g))).isEqualTo(en);
  }

  @Test
  void score_overExactlyAndUnder() {
    says(
        Goal.score(Measure.total(), Y, new BigDecimal("80.00")),
        "đạt 80,45 điểm, vượt mục tiêu 0,45 điểm (mục tiêu 80,00 điểm)",
        "80.45 points, 0.45 points above the goal of 80.00 points");
    says(
        Goal.score(Measure.total(), Y, new BigDecimal("80.45")),
        "đạt 80,45 điểm, đạt đúng mục tiêu 80,45 điểm",
        "80.45 points, exactly the goal of 80.45 points");
    says(
        Goal.score(Measure.total(), Y, new BigDecimal("81.00")),
        "đạt 80,45 điểm, chưa đạt mục tiêu 81,00 điểm (thiếu 0,55 điểm)",
        "80.45 points, short of the goal of 81.00 points by 0.55 points");
  }

  @Test
  void rank_aheadExactlyAndBehind() {
    says(
        Goal.rank(Measure.total(), Y, 17, 25),
        "xếp hạng 15/25, vượt mục tiêu 17/25 (2 bậc)",
        "rank 15/25, 2 places better than the goal of 17/25");
    says(
        Goal.rank(Measure.total(), Y, 15, 25),
        "xếp hạng 15/25, đạt đúng mục tiêu 15/25",
        "rank 15/25, exactly the goal of 15/25");
    says(
        Goal.rank(Measure.total(), Y, 12, 25),
        "xếp hạng 15/25, chưa đạt mục tiêu 12/25 (kém 3 bậc)",
        "rank 15/25, short of the goal of 12/25 by 3 places");
  }

  @Test
  void aboveTheMedian_metAndNot() {
    says(
        Goal.aboveMedian(m("LEGAL_INSTITUTIONS"), Y),
        "xếp hạng 05/25, trên trung vị, đạt mục tiêu xếp hạng trên trung vị",
        "rank 05/25, above the median, goal met (above the median)");
    says(
        Goal.aboveMedian(m("DYNAMISM"), Y),
        "xếp hạng 20/25, dưới trung vị, chưa đạt mục tiêu xếp hạng trên trung vị (kém 8 bậc)",
        "rank 20/25, below the median, goal not met (above the median): 8 places short");
  }

  @Test
  void atTheMedian_isSaidSo_andNotMet() {
    UnitAssessment a =
        UnitAssessment.of(
            SeedFigures.builder2023("DYNAMISM")
                .putComponents(F.component("DYNAMISM"), PublishedFigures.ofRank(13))
                .build());
    GoalOutcome at = GoalCheck.check(Goal.aboveMedian(m("DYNAMISM"), Y), a);
    assertThat(VI.goal(at))
        .isEqualTo(
            "xếp hạng 13/25, bằng trung vị, chưa đạt mục tiêu xếp hạng trên trung vị (kém 1 bậc)");
    assertThat(EN.goal(at))
        .isEqualTo("rank 13/25, at the median, goal not met (above the median): 1 place short");
  }

  @Test
  void outOfTheBottom_metAndNot() {
    says(
        Goal.outOfBottom(m("DYNAMISM"), Y, 5),
        "xếp hạng 20/25, đạt mục tiêu ra khỏi nhóm 05 đơn vị cuối bảng",
        "rank 20/25, goal met (out of the bottom 5)");
    says(
        Goal.outOfBottom(m("BUSINESS_SUPPORT"), Y, 5),
        "xếp hạng 25/25, chưa đạt mục tiêu ra khỏi nhóm 05 đơn vị cuối bảng (kém 5 bậc)",
        "rank 25/25, goal not met (out of the bottom 5): 5 places short");
  }

  @Test
  void scoreGain_overExactlyAndUnder() {
    says(
        Goal.scoreGain(Measure.total(), Y, new BigDecimal("2.00")),
        "mức độ cải thiện +5,82 điểm, vượt mục tiêu 3,82 điểm (mục tiêu tăng 2,00 điểm)",
        "score change +5.82 points, 3.82 points above the goal of +2.00 points");
    says(
        Goal.scoreGain(Measure.total(), Y, new BigDecimal("5.82")),
        "mức độ cải thiện +5,82 điểm, đạt đúng mục tiêu tăng 5,82 điểm",
        "score change +5.82 points, exactly the goal of +5.82 points");
    says(
        Goal.scoreGain(m("TIME_COST"), Y, new BigDecimal("1")),
        "mức độ cải thiện −1,29 điểm, chưa đạt mục tiêu tăng 1 điểm (thiếu 2,29 điểm)",
        "score change −1.29 points, short of the goal of +1 point by 2.29 points");
  }

  @Test
  void rankGain_upDownAndSame() {
    says(
        Goal.rankGain(m("EQUAL_COMPETITION"), Y, 3),
        "tăng 23 bậc so với năm 2022, vượt mục tiêu tăng 3 bậc (20 bậc)",
        "up 23 places since 2022, 20 places better than the goal of up 3 places");
    says(
        Goal.rankGain(m("TRANSPARENCY"), Y, 3),
        "giảm 15 bậc so với năm 2022, chưa đạt mục tiêu tăng 3 bậc (kém 18 bậc)",
        "down 15 places since 2022, short of the goal of up 3 places by 18 places");
    says(
        Goal.rankGain(m("INFORMAL_CHARGES"), Y, 1),
        "giữ nguyên vị trí so với năm 2022, chưa đạt mục tiêu tăng 1 bậc (kém 1 bậc)",
        "same rank as in 2022, short of the goal of up 1 place by 1 place");
  }

  @Test
  void cannotBeJudged_saysWhy() {
    says(
        Goal.score(m("TIME_COST"), Y, new BigDecimal("8.00")),
        "chưa đánh giá được mục tiêu 8,00 điểm: chưa công bố điểm",
        "goal 8.00 points cannot be judged: the score was not published");
    says(
        Goal.rankGain(m("BUSINESS_SUPPORT"), Y, 3),
        "chưa đánh giá được mục tiêu tăng 3 bậc: thiếu xếp hạng năm 2022 để tính thay đổi thứ hạng",
        "goal up 3 places cannot be judged: the 2022 rank needed for the rank change is missing");
    UnitAssessment noDynamism = UnitAssessment.of(SeedFigures.builder2023("DYNAMISM").build());
    GoalOutcome rank = GoalCheck.check(Goal.rank(m("DYNAMISM"), Y, 12, 25), noDynamism);
    assertThat(VI.goal(rank))
        .isEqualTo(
            "chưa đánh giá được mục tiêu xếp hạng 12/25: không có xếp hạng (chưa công bố, bảng kết"
                + " quả không đầy đủ để tính)");
    assertThat(EN.goal(rank))
        .isEqualTo(
            "goal rank 12/25 cannot be judged: the rank is unknown (not published, and the table is"
                + " too partial to compute it)");
  }

  @Test
  void firstYear_gainsCannotBeJudged() {
    PublishedStanding first =
        PublishedStanding.builder()
            .unit(SeedFigures.SO_NGOAI_VU)
            .year(2023)
            .blockSize(25)
            .total(PublishedFigures.builder().rank(15).score("80.45").build())
            .build();
    GoalOutcome gain =
        GoalCheck.check(Goal.scoreGain(Measure.total(), Y, new BigDecimal("2.00")), first);
    assertThat(VI.goal(gain))
        .isEqualTo(
            "chưa đánh giá được mục tiêu tăng 2,00 điểm: thiếu số liệu năm 2022 để tính mức độ cải"
                + " thiện");
    assertThat(EN.goal(gain))
        .isEqualTo(
            "goal +2.00 points cannot be judged: the 2022 figure needed for the gain is missing");
  }

  @Test
  void goalsMet_allMet_isTheSeedsSentence() {
    List<GoalOutcome> met =
        GoalCheck.checkAll(
            List.of(
                Goal.score(Measure.total(), Y, new BigDecimal("80.00")),
                Goal.aboveMedian(m("LEGAL_INSTITUTIONS"), Y)),
            SEED);
    assertThat(VI.goalsMet(met))
        .containsExactly(
            "Kết quả thực hiện mục tiêu phấn đấu năm 2023",
            "Sở Ngoại vụ đã đạt mục tiêu phấn đấu so với kế hoạch đặt ra năm 2023.",
            "- Tổng điểm: đạt 80,45 điểm, vượt mục tiêu 0,45 điểm (mục tiêu 80,00 điểm)",
            "- Thiết chế pháp lý: xếp hạng 05/25, trên trung vị, đạt mục tiêu xếp hạng trên trung"
                + " vị");
    assertThat(EN.withIllustrativeLabel("illustrative").goalsMet(met))
        .containsExactly(
            "Goals for 2023 (illustrative)",
            "Sở Ngoại vụ met the goals its plan set for 2023.",
            "- Total: 80.45 points, 0.45 points above the goal of 80.00 points",
            "- Legal institutions: rank 05/25, above the median, goal met (above the median)");
  }

  @Test
  void goalsMet_someNotMet_countsFaithfully() {
    List<GoalOutcome> mixed =
        GoalCheck.checkAll(
            List.of(
                Goal.score(Measure.total(), Y, new BigDecimal("64.00")),
                Goal.rank(Measure.total(), Y, 10, 25),
                Goal.score(m("TIME_COST"), Y, new BigDecimal("8.00"))),
            SEED);
    assertThat(VI.goalsMet(mixed).get(1))
        .isEqualTo(
            "Sở Ngoại vụ đạt 01/03 mục tiêu phấn đấu so với kế hoạch đặt ra năm 2023, chưa đạt 01"
                + " mục tiêu, chưa đánh giá được 01 mục tiêu.");
    assertThat(EN.goalsMet(mixed).get(1))
        .isEqualTo(
            "Sở Ngoại vụ met 1 of 3 goals its plan set for 2023; 1 not met; 1 cannot be judged.");
    List<GoalOutcome> none =
        GoalCheck.checkAll(List.of(Goal.rank(Measure.total(), Y, 10, 25)), SEED);
    assertThat(VI.goalsMet(none).get(1))
        .isEqualTo("Sở Ngoại vụ chưa đạt mục tiêu phấn đấu so với kế hoạch đặt ra năm 2023.");
    assertThat(EN.goalsMet(none).get(1))
        .isEqualTo("Sở Ngoại vụ did not meet the goals its plan set for 2023.");
  }

  @Test
  void goalsMet_noOutcome_noLine_andTwoUnitsAreRefused() {
    assertThat(VI.goalsMet(List.of())).isEmpty();
    Unit other = Unit.of("Sở Tư pháp", Frameworks.LANG_SON_DEPARTMENT_BLOCK);
    PublishedStanding s =
        PublishedStanding.builder()
            .unit(other)
            .year(2023)
            .blockSize(25)
            .total(PublishedFigures.ofRank(3))
            .build();
    Goal g = Goal.rank(Measure.total(), Y, 10, 25);
    List<GoalOutcome> two = List.of(o(g), GoalCheck.check(g, s));
    assertThatThrownBy(() -> EN.goalsMet(two))
        .isInstanceOf(DdciValidationException.class)
        .hasMessage("outcomes of two units: 'Sở Ngoại vụ' and 'Sở Tư pháp'");
  }
}
