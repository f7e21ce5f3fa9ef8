package vn.ddci.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ddci.assessment.Confidence;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.survey.SurveyIndex;
import vn.ddci.text.PlanText;
import vn.ddci.uncertainty.ChangeUncertainty;

class SurveyUncertaintyTest {
  private static Map<Year, SurveyIndex.Result> results;
  private static ChangeUncertainty change;

  @BeforeAll
  static void run() {
    results = SurveyDdci.results();
    change = SurveyUncertainty.analysis();
  }

  private static Confidence.Builder confidence(int from, int to) {
    return Confidence.builder()
        .level(0.9)
        .method("test")
        .rankFrom(1)
        .rankTo(5)
        .rankChangeFrom(from)
        .rankChangeTo(to)
        .scoreChangeFrom(BigDecimal.ZERO)
        .scoreChangeTo(BigDecimal.ONE)
        .probabilityScoreRose(0.5)
        .probabilityRankRose(0.5);
  }

  @Test
  void theIntervalPhrase_saysTheRangeInPlaces_andWhetherTheChangeIsReal() {
    assertThat(PlanText.vietnamese().interval(confidence(3, 11).build()))
        .isEqualTo("khoảng tin cậy 90 %: từ 3 đến 11 bậc");
    assertThat(PlanText.vietnamese().interval(confidence(-4, -1).build()))
        .isEqualTo("khoảng tin cậy 90 %: giảm từ 1 đến 4 bậc");
    assertThat(PlanText.vietnamese().interval(confidence(-2, 4).build()))
        .isEqualTo(
            "khoảng tin cậy 90 %: từ giảm 2 đến tăng 4 bậc, thay đổi không có ý nghĩa thống kê");
    assertThat(PlanText.vietnamese().interval(confidence(0, 2).build()))
        .isEqualTo("khoảng tin cậy 90 %: từ 0 đến 2 bậc, thay đổi không có ý nghĩa thống kê");
    assertThat(PlanText.vietnamese().interval(confidence(0, 0).build()))
        .isEqualTo("khoảng tin cậy 90 %: giữ");
    assertThat(PlanText.vietnamese().interval(confidence(2, 2).build()))
        .isEqualTo("khoảng tin cậy 90 %: tăng đúng 2 bậc");
  }

  @Test
  void theTable_givesEveryDepartmentItsRankInterval_aroundItsRank() {
    List<String> lines = SurveyUncertainty.table(results.get(Year.of(2023)).table(), change);

    assertThat(lines).hasSize(27);
    assertThat(lines.get(0)).contains("Hạng (KTC 90 %)");
    for (String line : lines.subList(1, 26)) {
      String[] f = line.trim().split("\\s+");
      int rank = Integer.parseInt(f[0].substring(0, 2));
      int from = Integer.parseInt(f[2]);
      int to = Integer.parseInt(f[4]);
      assertThat(from).as(line).isLessThanOrEqualTo(rank);
      assertThat(to).as(line).isGreaterThanOrEqualTo(rank);
    }
    assertThat(lines.get(26)).contains("có ý nghĩa thống kê");
  }

  @Test
  void soNgoaiVusSectionII_statesTheIntervals_andWhichChangesAreSignificant() {
    UnitAssessment a = SurveyUncertainty.assessment(results, change);

    List<String> text = PlanText.vietnamese().sectionII(a);
    assertThat(text.get(2)).startsWith("Tổng điểm:").contains("khoảng tin cậy 90 %:");
    assertThat(text.stream().filter(l -> l.contains("khoảng tin cậy 90 %")).count()).isEqualTo(9);
    assertThat(PlanText.vietnamese().confidenceNote(a)).contains("bootstrap", "xác suất");
    String significant = PlanText.vietnamese().significantChanges(a);
    a.components()
        .forEach(
            (c, m) ->
                assertThat(significant.contains(c.nameVi()))
                    .as(c.code())
                    .isEqualTo(m.confidence().orElseThrow().rankChangeIsSignificant()));
  }

  @Test
  void publishedResultsWithoutAnswers_sayNoIntervalCanBeComputed() {
    UnitAssessment a =
        UnitAssessment.of(
            results.get(Year.of(2023)).table(), results.get(Year.of(2022)).table(), "Sở Ngoại vụ");

    assertThat(PlanText.vietnamese().confidenceNote(a))
        .startsWith("Không tính được khoảng tin cậy");
    assertThat(String.join("\n", PlanText.vietnamese().sectionII(a)))
        .doesNotContain("khoảng tin cậy");
  }

  @Test
  void soNgoaiVusTargets_haveTheirChances_withTheProposedSplit() {
    List<String> lines = SurveyUncertainty.targets(PlanText.vietnamese());

    // the proposed goal table: the total (rank 09/25 already meets 10/25), the two components
    // below the median with the points to reach the median rank, then the note on weights
    assertThat(lines.get(0)).startsWith("BẢNG MỤC TIÊU ĐỀ XUẤT NĂM 2024").contains("minh hoạ");
    assertThat(lines.get(2)).startsWith("Tổng điểm | 64,33 – 09/25 | 10/25 | đã đạt | ");
    assertThat(lines.get(3)).startsWith("Chi phí thời gian | 4,01 – 19/25 | xếp hạng trung vị");
    int chances =
        lines.indexOf(
            "Khả năng đạt mục tiêu năm 2024 với phân bổ đề xuất (dữ liệu tổng hợp, minh hoạ):");
    assertThat(lines.get(chances - 1)).startsWith("* Trọng số các chỉ số thành phần là giả định");
    assertThat(lines.get(chances + 1))
        .isEqualTo(
            "- Khả năng đạt mục tiêu 10/25 về tổng điểm: 100 % (500 lần lấy mẫu lại dữ liệu khảo"
                + " sát năm trước)");
    assertThat(lines.subList(chances + 2, lines.size()))
        .hasSize(2)
        .allMatch(l -> l.startsWith("- Khả năng đạt mục tiêu xếp hạng trung vị (13/25) về "));
  }
}
