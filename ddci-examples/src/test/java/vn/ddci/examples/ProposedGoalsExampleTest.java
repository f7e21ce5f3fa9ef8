package vn.ddci.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.framework.Component;
import vn.ddci.framework.Measure;
import vn.ddci.ranking.BlockRanking;
import vn.ddci.result.PublishedStanding;
import vn.ddci.result.ResultTable;
import vn.ddci.text.PlanText;

/** The worked example's proposed goal table for 2024, from the illustrative whole 2023 table. */
class ProposedGoalsExampleTest {

  @Test
  void theIllustrativeTable_keepsEveryFigureTheSeedStates() {
    ResultTable table = IllustrativeResults.table2023();
    BlockRanking ranking = BlockRanking.of(table);
    PublishedStanding seed = SeedPlan.standing2023();

    assertThat(table.isWhole(Measure.total())).isTrue();
    assertThat(table.size()).isEqualTo(25);
    assertThat(ranking.standing(SeedPlan.SO_NGOAI_VU, Measure.total()).rank()).isEqualTo(15);
    assertThat(ranking.findLeaderScore(Measure.total()).orElseThrow())
        .isEqualByComparingTo("87.77");
    assertThat(ranking.medianScore(Measure.total())).isEqualByComparingTo("81.34");
    for (Component c : table.block().framework().components()) {
      Measure m = Measure.of(c);
      assertThat(ranking.standing(SeedPlan.SO_NGOAI_VU, m).rank())
          .as(c.code())
          .isEqualTo(seed.components().get(c).rank());
      assertThat(ranking.standing(SeedPlan.SO_NGOAI_VU, m).tiedCount())
          .as(c.code())
          .isEqualTo(seed.components().get(c).tiedCount());
    }
  }

  @Test
  void printsRank10ForTheTotal_theFourBelowTheMedianToTheMedianRank_andTheSplit() {
    List<String> lines = SeedAssessment.proposedGoals(PlanText.vietnamese());

    assertThat(lines.get(0))
        .isEqualTo("BẢNG MỤC TIÊU ĐỀ XUẤT NĂM 2024 (DỮ LIỆU MINH HỌA – illustrative data)");
    // the 10th total is 83.62: 3.17 points above 80.45, and level shares rank 10
    assertThat(lines.get(2)).isEqualTo("Tổng điểm | 80,45 – 15/25 | 10/25 | +3,17 | +3,18 | 100,0 %");
    assertThat(lines.subList(3, 7))
        .extracting(l -> l.substring(0, l.indexOf(" | ")))
        .containsExactly(
            "Tính minh bạch và tiếp cận thông tin",
            "Chi phí không chính thức",
            "Dịch vụ hỗ trợ doanh nghiệp",
            "Tính năng động và hiệu lực của hệ thống");
    assertThat(lines.subList(3, 7))
        .allSatisfy(l -> assertThat(l).contains("xếp hạng trung vị (13/25)"));
    // the four reach the median rank with 1.81 points, 1.25 × 1.81 = 2.2625 of the total; the
    // other 0.9075 goes to the two with headroom, in proportion to it: 0.18 and 0.55 (0.9125)
    assertThat(lines)
        .contains(
            "Chi phí thời gian | – | – | – | +0,18 | 7,1 %",
            "Thiết chế pháp lý | – | – | – | +0,55 | 21,7 %");
    assertThat(lines.get(lines.size() - 1))
        .startsWith("* Trọng số các chỉ số thành phần là giả định");
  }
}
