package vn.ddci.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;
import vn.ddci.plan.Plan;
import vn.ddci.progress.ReportLog;

/** Sections III and IV, reporting coverage and target progress, in Vietnamese and English. */
class PlanSectionsTest {
  private static final PlanText VI = PlanText.vietnamese();
  private static final PlanText EN = PlanText.english();
  private final Plan plan = TextFixtures.plan();
  private final ReportLog log = ReportLog.of(plan, TextFixtures.reports());

  @Test
  void sectionIII_vietnamese_countsCoverage_andListsTasksWithTheirDivisions() {
    List<String> lines = VI.sectionIII(plan);

    assertThat(lines.get(0))
        .isEqualTo(
            "III. GIẢI PHÁP THỰC HIỆN CẢI THIỆN NĂNG LỰC CẠNH TRANH, NÂNG CAO CHỈ SỐ DDCI NĂM"
                + " 2024");
    assertThat(lines.get(1))
        .isEqualTo(
            "03/08 chỉ số thành phần có nhiệm vụ; 01/04 chỉ số dưới trung vị và 02/05 chỉ số cần"
                + " ưu tiên (dưới trung vị hoặc giảm điểm) có nhiệm vụ với đơn vị chủ trì");
    assertThat(lines)
        .containsSubsequence(
            "1. Chỉ số Tính minh bạch và tiếp cận thông tin (ưu tiên): 01 nhiệm vụ",
            "- 1.1. Quản lý, vận hành Trang thông tin điện tử",
            "  Đơn vị chủ trì thực hiện: Trung tâm Thông tin và Dịch vụ đối ngoại; phối hợp: Phòng"
                + " Lãnh sự - Hợp tác quốc tế",
            "2. Chỉ số Chi phí thời gian (ưu tiên): 01 nhiệm vụ",
            "- 2.1. Cải cách TTHC",
            "  Đơn vị chủ trì thực hiện: Văn phòng Sở; phối hợp: Phòng Lãnh sự - Hợp tác quốc tế,"
                + " Thanh tra Sở",
            "3. Chỉ số Chi phí không chính thức (ưu tiên): chưa có nhiệm vụ",
            "7. Chỉ số Vai trò người đứng đầu: 01 nhiệm vụ",
            "  Đơn vị chủ trì thực hiện: chưa có; theo dõi, tổng hợp báo cáo: Văn phòng Sở",
            "Nhiệm vụ chưa có đơn vị chủ trì: 7.1 (Vai trò người đứng đầu)",
            "Chỉ số ưu tiên chưa có đơn vị chủ trì: Chi phí không chính thức");
  }

  @Test
  void sectionIII_english() {
    List<String> lines = EN.sectionIII(plan);

    assertThat(lines)
        .contains(
            "III. Measures to improve the DDCI in 2024",
            "3 of 8 component indices have tasks; 1 of 4 below the median and 2 of 5 priorities"
                + " (below the median, or declined) have a task with a lead",
            "1. Transparency and access to information (priority): 1 task",
            "  Lead: Văn phòng Sở; support: Phòng Lãnh sự - Hợp tác quốc tế, Thanh tra Sở",
            "4. Equal competition: no task",
            "Task without a lead: 7.1 (Role of the head of the unit)",
            "Priority without a lead: Informal charges");
  }

  @Test
  void sectionIII_withoutSectionII_countsOnlyTheCoverage() {
    Plan noAssessment = Plan.builder().from(plan).assessment(java.util.Optional.empty()).build();

    assertThat(VI.sectionIII(noAssessment).get(1)).isEqualTo("03/08 chỉ số thành phần có nhiệm vụ");
    assertThat(VI.sectionIII(noAssessment)).noneMatch(l -> l.contains("ưu tiên"));
  }

  @Test
  void responsibilityMatrix_marksRolesAndLoads() {
    assertThat(VI.responsibilityMatrix(plan))
        .anySatisfy(l -> assertThat(l).matches("Văn phòng Sở +\\. +C +T +1/0/1"));
    assertThat(EN.responsibilityMatrix(plan))
        .anySatisfy(l -> assertThat(l).matches("Thanh tra Sở +\\. +S +\\. +0/1/0"));
  }

  @Test
  void responsibilityTable_isTheMatrixAsCells_emptyWhereNoRole() {
    java.util.List<java.util.List<String>> vi = VI.responsibilityTable(plan);

    assertThat(vi.get(0))
        .startsWith("Đơn vị")
        .hasSize(1 + plan.tasks().size())
        .containsSequence(plan.tasks().stream().map(t -> t.number()).toList());
    assertThat(vi).contains(java.util.List.of("Văn phòng Sở", "", "C", "T"));
    assertThat(EN.responsibilityTable(plan))
        .contains(java.util.List.of("Thanh tra Sở", "", "S", ""))
        .first()
        .satisfies(h -> assertThat(h.get(0)).isEqualTo("Division"));
  }

  @Test
  void sectionIV_statesTheFocalPoint_theReportingRule_andEachDivisionsResponsibilities() {
    assertThat(VI.sectionIV(plan))
        .containsExactly(
            "IV. TỔ CHỨC THỰC HIỆN",
            "Đầu mối theo dõi, đôn đốc, tổng hợp: Văn phòng Sở",
            "Phòng Lãnh sự - Hợp tác quốc tế, Trung tâm Thông tin và Dịch vụ đối ngoại báo cáo kết"
                + " quả định kỳ từng quý (04 quý) gửi Văn phòng Sở, hạn 10 ngày sau khi kết thúc"
                + " quý",
            "1. Văn phòng Sở: Là đầu mối theo dõi, đôn đốc.",
            "2. Phòng Lãnh sự - Hợp tác quốc tế: Báo cáo kết quả định kỳ từng quý.");
    assertThat(EN.sectionIV(plan))
        .contains(
            "IV. Implementation",
            "Focal point (follows up and compiles): Văn phòng Sở",
            "Phòng Lãnh sự - Hợp tác quốc tế, Trung tâm Thông tin và Dịch vụ đối ngoại report every"
                + " quarter (4 quarters) to Văn phòng Sở, due 10 days after the quarter ends");
  }

  @Test
  void reportingCoverage_countsReceivedMissingAndLate() {
    assertThat(VI.reportingCoverage(log.coverage(YearQuarter.of(2024, 1))))
        .containsExactly(
            "Quý 1/2024 (hạn 10/04/2024): nhận 03/03 (100,0 %)",
            "  Phòng Lãnh sự - Hợp tác quốc tế: 100,0 %",
            "  Trung tâm Thông tin và Dịch vụ đối ngoại: 100,0 %",
            "  Thiếu: không",
            "  Nộp muộn: Trung tâm Thông tin và Dịch vụ đối ngoại (1.1)");
    assertThat(EN.reportingCoverage(log.coverage(YearQuarter.of(2024, 2))))
        .containsExactly(
            "Q2/2024 (due 10 July 2024): received 2 of 3 (66.7%)",
            "  Phòng Lãnh sự - Hợp tác quốc tế: 100.0%",
            "  Trung tâm Thông tin và Dịch vụ đối ngoại: 0.0%",
            "  Missing: Trung tâm Thông tin và Dịch vụ đối ngoại (1.1)",
            "  Late: none");
  }

  @Test
  void reporting_coversTheQuartersDue_andTheTargets_labelledOnlyWhenAsked() {
    List<String> lines = VI.reporting(log, LocalDate.of(2024, 7, 15));

    assertThat(lines.get(0)).isEqualTo("Báo cáo quý gửi Văn phòng Sở:");
    assertThat(lines).noneMatch(l -> l.startsWith("Quý 3"));
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo(
            "Chỉ tiêu của nhiệm vụ 2.1, Thời gian giải quyết hồ sơ TTHC: 8 ngày (10 → 7) ngày"
                + " 30/06/2024, theo lộ trình 8,51 ngày – đúng tiến độ");
    assertThat(String.join("\n", lines)).doesNotContainIgnoringCase("minh họa");

    List<String> labelled =
        VI.withIllustrativeLabel("DỮ LIỆU MINH HỌA").reporting(log, LocalDate.of(2024, 7, 15));
    assertThat(labelled.get(0)).isEqualTo("Báo cáo quý gửi Văn phòng Sở (DỮ LIỆU MINH HỌA):");
    assertThat(labelled.get(labelled.size() - 1))
        .startsWith("Chỉ tiêu của nhiệm vụ 2.1 (DỮ LIỆU MINH HỌA), ");
    assertThat(EN.reporting(log, LocalDate.of(2024, 7, 15)).get(lines.size() - 1))
        .isEqualTo(
            "Target of task 2.1, Thời gian giải quyết hồ sơ TTHC: 8 ngày (10 → 7) on 30 June 2024,"
                + " the linear path expects 8.51 ngày – on track");
  }
}
