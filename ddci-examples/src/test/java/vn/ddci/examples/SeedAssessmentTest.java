package vn.ddci.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.plan.Plan;
import vn.ddci.progress.ReportLog;
import vn.ddci.text.Language;
import vn.ddci.text.NumberStyle;
import vn.ddci.text.PlanText;

/** The worked example prints the seed's section II in the plan's own words and figures. */
class SeedAssessmentTest {
  private static final NumberStyle VI = NumberStyle.of(Language.VIETNAMESE);
  private final List<String> lines =
      PlanText.vietnamese().sectionII(UnitAssessment.of(SeedPlan.standing2023()));

  @Test
  void printsTheTotal_score_rank_gapToTheLeader_andLastYear() {
    assertThat(lines)
        .contains(
            "Tổng điểm: 80,45 điểm, xếp hạng 15/25, mức độ cải thiện +5,82 điểm, xếp thứ 10/25 về"
                + " cải thiện, năm 2022 đạt 74,63 điểm, cách đơn vị đứng đầu 7,32 điểm, thấp hơn"
                + " điểm trung vị 0,89 điểm");
  }

  @Test
  void printsFourOfEightAboveTheMedian_thenFourBelow() {
    assertThat(lines).contains("a) 04/08 chỉ số thành phần có xếp hạng trên trung vị:");
    assertThat(lines)
        .contains("b) 04/08 chỉ số thành phần có xếp hạng dưới trung vị cần tập trung cải thiện:");
    int above = lines.indexOf("a) 04/08 chỉ số thành phần có xếp hạng trên trung vị:");
    assertThat(lines.subList(above + 1, above + 5))
        .allSatisfy(l -> assertThat(l).startsWith("- "))
        .extracting(l -> l.substring(2, l.indexOf(':')))
        .containsExactly(
            "Chi phí thời gian",
            "Cạnh tranh bình đẳng",
            "Thiết chế pháp lý",
            "Vai trò người đứng đầu");
  }

  @Test
  void printsEachComponentInThePlansStyle() {
    assertThat(lines)
        .contains(
            "- Tính minh bạch và tiếp cận thông tin: xếp hạng 17/25, giảm 15 bậc so với năm 2022,"
                + " mức độ cải thiện −1,92 điểm",
            "- Chi phí thời gian: xếp hạng 02/25, mức độ cải thiện −1,29 điểm, xếp thứ 18/25 về cải"
                + " thiện",
            "- Cạnh tranh bình đẳng: 10 điểm, xếp hạng 01/25 (đồng vị trí bậc 1 với 02 đơn vị"
                + " khác), tăng 23 bậc so với năm 2022, mức độ cải thiện +5,20 điểm",
            "- Chi phí không chính thức: xếp hạng 23/25, giữ nguyên vị trí so với năm 2022, mức độ"
                + " cải thiện −1,18 điểm");
  }

  @Test
  void numbers_useTheDecimalCommaAndTheMinusSign() {
    assertThat(VI.figure(new BigDecimal("-1.92"), 2)).isEqualTo("−1,92");
    assertThat(VI.signed(new BigDecimal("5.20"), 2)).isEqualTo("+5,20");
    assertThat(VI.count(4, 8)).isEqualTo("04/08");
  }

  @Test
  void afterTheAssessment_printsCoverageResponsibilitiesAndReporting() {
    Plan plan = IllustrativeProgress.plan();
    List<String> coverage = PlanText.vietnamese().sectionIII(plan);
    List<String> matrix = PlanText.vietnamese().responsibilityMatrix(plan);
    List<String> reporting =
        PlanText.vietnamese()
            .withIllustrativeLabel(IllustrativeProgress.LABEL)
            .reporting(
                ReportLog.of(plan, IllustrativeProgress.reports(plan)), LocalDate.of(2024, 7, 15));

    assertThat(coverage.get(1))
        .isEqualTo(
            "08/08 chỉ số thành phần có nhiệm vụ; 04/04 chỉ số dưới trung vị và 05/05 chỉ số cần"
                + " ưu tiên (dưới trung vị hoặc giảm điểm) có nhiệm vụ với đơn vị chủ trì");
    assertThat(coverage).contains("6. Chỉ số Thiết chế pháp lý: 02 nhiệm vụ");
    assertThat(coverage).contains("Nhiệm vụ chưa có đơn vị chủ trì: 7.1 (Vai trò người đứng đầu)");
    assertThat(matrix)
        .anySatisfy(l -> assertThat(l).matches("Văn phòng Sở +\\. +\\. +C +C .* 3/1/1"));
    assertThat(reporting.get(0)).contains("DỮ LIỆU MINH HỌA");
    assertThat(reporting)
        .contains(
            "Quý 1/2024 (hạn 10/04/2024): nhận 15/15 (100,0 %)",
            "  Nộp muộn: Trung tâm Thông tin và Dịch vụ đối ngoại (1.1, 1.2, 4.1, 5.1, 6.2, 8.1)",
            "Quý 2/2024 (hạn 10/07/2024): nhận 09/15 (60,0 %)",
            "  Thiếu: Trung tâm Thông tin và Dịch vụ đối ngoại (1.1, 1.2, 4.1, 5.1, 6.2, 8.1)");
    assertThat(reporting).noneMatch(l -> l.startsWith("Quý 3"));
    assertThat(reporting.get(reporting.size() - 1))
        .contains("8 ngày (10 → 7) ngày 30/06/2024, theo lộ trình 8,51 ngày")
        .endsWith("đúng tiến độ");
  }

  @Test
  void writesTheFiles_andReadsThePlanBackEqual(@TempDir Path dir) {
    Plan plan = IllustrativeProgress.plan();
    ReportLog log = ReportLog.of(plan, IllustrativeProgress.reports(plan));

    List<String> lines =
        SeedAssessment.writeFiles(UnitAssessment.of(SeedPlan.standing2023()), plan, log, dir);

    assertThat(lines)
        .contains(
            "- ke-hoach-2024.json: kế hoạch (JSON), đọc lại giống hệt",
            "- danh-gia-2023.json: đánh giá năm 2023 (JSON), đọc lại giống hệt");
    assertThat(dir.toFile().list())
        .containsExactlyInAnyOrder(
            "ke-hoach-2024.json",
            "danh-gia-2023.json",
            "danh-gia-2023.xlsx",
            "bao-cao-quy.xlsx",
            "bao-cao-quy.json",
            "bao-cao-2024-q1-lanh-su.json",
            "bao-cao-2024-q1-trung-tam.json",
            "bao-cao-2024-q2-lanh-su.json",
            "mau-bao-cao-quy-3.xlsx");
    assertThat(lines)
        .contains(
            "- bao-cao-2024-q1-lanh-su.json, bao-cao-2024-q1-trung-tam.json,"
                + " bao-cao-2024-q2-lanh-su.json: báo cáo quý đã nhận (minh họa)");
  }
}
