package vn.ddci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.YearQuarter;
import vn.ddci.assessment.SeedFigures;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.cli.Cli.Run;
import vn.ddci.framework.Measure;
import vn.ddci.goal.Goal;
import vn.ddci.io.AssessmentJson;
import vn.ddci.io.PlanJson;
import vn.ddci.io.ReportJson;
import vn.ddci.plan.Division;
import vn.ddci.plan.Plan;
import vn.ddci.plan.Task;
import vn.ddci.progress.QuarterlyReport;
import vn.ddci.progress.Status;
import vn.ddci.progress.TaskProgress;

/** {@code ddci plan} and {@code ddci report} on the seed plan. */
class PlanAndReportTest {
  /** The seed plan as the examples' golden JSON file holds it. */
  private static final Path SEED =
      Paths.get("../ddci-examples/src/test/resources/golden/seed-plan.json");

  private static final Division LANH_SU = Division.specialised("Phòng Lãnh sự - Hợp tác quốc tế");

  @Test
  void plan_coverageTasksAndMatrix() {
    Plan plan = PlanJson.read(SEED);

    Run r = Cli.run("plan", SEED.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.lines().get(0)).isEqualTo("Sở Ngoại vụ: " + plan.title());
    assertThat(r.out())
        .contains("III. GIẢI PHÁP THỰC HIỆN", "chỉ số thành phần có nhiệm vụ", "Văn phòng Sở");
    // every task is listed with its title
    for (Task t : plan.tasks()) {
      assertThat(r.out()).contains(t.title());
    }
    // the matrix: the legend, then a row per division
    assertThat(r.out()).contains("C", "P");
    for (Division d : plan.divisions()) {
      assertThat(r.out()).contains(d.name());
    }
  }

  @Test
  void plan_withTheAssessment_countsPriorities_andWritesTheDraft(@TempDir Path dir)
      throws IOException {
    Path assessment = dir.resolve("danh-gia.json");
    AssessmentJson.write(UnitAssessment.of(SeedFigures.standing2023()), assessment);
    Path docx = dir.resolve("ke-hoach.docx");
    Path json = dir.resolve("ke-hoach.json");

    Run r =
        Cli.run(
            "plan",
            SEED.toString(),
            "--assessment",
            assessment.toString(),
            "-o",
            docx.toString(),
            "-o",
            json.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("chỉ số cần ưu tiên", "Đã ghi: " + docx);
    assertThat(PlanJson.read(json).assessment()).isPresent();
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in)) {
      String body =
          doc.getParagraphs().stream()
              .map(XWPFParagraph::getText)
              .collect(Collectors.joining("\n"));
      assertThat(body).contains("KẾ HOẠCH", "II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN DDCI NĂM 2023");
      for (Task t : PlanJson.read(SEED).tasks()) {
        assertThat(body).contains(t.number() + ". " + t.title());
      }
    }
  }

  @Test
  void plan_withGoals_printsThemFirst(@TempDir Path dir) {
    Plan seed = PlanJson.read(SEED);
    Path json = dir.resolve("ke-hoach.json");
    PlanJson.write(
        seed.withGoals(
            List.of(
                Goal.rank(Measure.total(), seed.year(), 10, 25), // invented
                Goal.aboveMedian(
                    Measure.of(seed.framework().component("TIME_COST")), seed.year()))),
        json);

    Run r = Cli.run("plan", json.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.lines().subList(2, 5))
        .containsExactly(
            "Mục tiêu phấn đấu năm 2024:",
            "- Tổng điểm: 10/25",
            "- Chi phí thời gian: xếp hạng trên trung vị");
  }

  @Test
  void plan_english_andBadFiles() throws IOException {
    assertThat(Cli.run("plan", SEED.toString(), "--lang", "en").out())
        .contains("III. Measures to improve the DDCI in");
    Run missing = Cli.run("plan", "khong-co.json");
    assertThat(missing.code()).isEqualTo(Ddci.FILE_NOT_FOUND);
    assertThat(missing.errLines()).containsExactly("ddci: file not found: khong-co.json");
  }

  @Test
  void plan_malformedJson_isBadData_oneLine(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("hong.json");
    Files.writeString(broken, "{\"schemaVersion\": 2, \"issuingUnit\": 7}", StandardCharsets.UTF_8);

    Run r = Cli.run("plan", broken.toString());

    assertThat(r.code()).isEqualTo(Ddci.BAD_DATA);
    assertThat(r.errLines()).as(r.err()).hasSize(1);
    assertThat(r.err()).startsWith("ddci: ").contains("hong.json");
  }

  @Test
  void report_coverageOfTheQuartersDue(@TempDir Path dir) throws IOException {
    Plan plan = PlanJson.read(SEED);
    Path q1 = dir.resolve("bao-cao-q1.json");
    ReportJson.write(report(plan, YearQuarter.of(2024, 1), LocalDate.of(2024, 4, 8)), q1);
    Path xlsx = dir.resolve("bao-phu.xlsx");
    Path svg = dir.resolve("bao-phu.svg");
    Path html = dir.resolve("bao-phu.html");

    Run r =
        Cli.run(
            "report",
            SEED.toString(),
            q1.toString(),
            "--as-of",
            "2024-04-20",
            "-o",
            xlsx.toString(),
            "-o",
            svg.toString(),
            "-o",
            html.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.lines().get(0)).isEqualTo("Tính đến ngày 20/04/2024");
    assertThat(r.lines().get(1)).startsWith("Báo cáo quý gửi ");
    // Q1 is due by 20 April, Q2 is not: only Q1 is reported on
    assertThat(r.out()).contains("Quý 1/2024").doesNotContain("Quý 2/2024");
    assertThat(r.out()).contains(LANH_SU.name() + ": ");
    assertThat(xlsx).isRegularFile();
    assertThat(Files.readString(svg, StandardCharsets.UTF_8)).startsWith("<?xml").contains("<svg");
    assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("Sở Ngoại vụ", "<svg");
  }

  @Test
  void report_noReports_englishSaysAllMissing() {
    Run r = Cli.run("report", SEED.toString(), "--as-of", "2024-04-20", "--lang", "en");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Quarterly reports to ", "received 0 of 15 (0.0%)");
  }

  @Test
  void report_reportForAnotherPlan_isBadData(@TempDir Path dir) throws IOException {
    Plan plan = PlanJson.read(SEED);
    Path q1 = dir.resolve("q1.json");
    QuarterlyReport other =
        QuarterlyReport.builder()
            .division(LANH_SU)
            .quarter(YearQuarter.of(2024, 1))
            .submitted(LocalDate.of(2024, 4, 8))
            .addEntries(
                TaskProgress.builder().task("9.9").status(Status.IN_PROGRESS).percent(10).build())
            .build();
    ReportJson.write(other, q1);

    Run r = Cli.run("report", SEED.toString(), q1.toString(), "--as-of", "2024-04-20");

    assertThat(plan.task("9.9")).isEmpty();
    assertThat(r.code()).isEqualTo(Ddci.BAD_DATA);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("9.9");
  }

  @Test
  void report_withoutAsOf_saysTheDayItUsed() {
    Run r = Cli.run("report", SEED.toString(), "--lang", "en");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.lines().get(0)).startsWith("As of ").endsWith("(today; --as-of sets another day)");
  }

  @Test
  void report_ofAKindNotRead_isAUsageError_beforeAnyWork(@TempDir Path dir) {
    Run r = Cli.run("report", SEED.toString(), dir.resolve("q1.csv").toString());

    assertThat(r.code()).isEqualTo(Ddci.USAGE);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("q1.csv", ".json", ".xlsx");
  }

  @Test
  void report_nothingToDraw_writesNoFile(@TempDir Path dir) {
    Path xlsx = dir.resolve("bao-phu.xlsx");
    Path svg = dir.resolve("bao-phu.svg");

    Run r =
        Cli.run(
            "report",
            SEED.toString(),
            "--as-of",
            "2024-01-15",
            "-o",
            xlsx.toString(),
            "-o",
            svg.toString());

    assertThat(r.code()).isEqualTo(Ddci.BAD_DATA);
    assertThat(r.err()).contains("nothing to draw", "no file written");
    assertThat(xlsx).doesNotExist();
    assertThat(svg).doesNotExist();
  }

  @Test
  void report_missingReportFile_exit3() {
    Run r = Cli.run("report", SEED.toString(), "khong-co.json");

    assertThat(r.code()).isEqualTo(Ddci.FILE_NOT_FOUND);
    assertThat(r.errLines()).containsExactly("ddci: file not found: khong-co.json");
  }

  /** Phòng Lãnh sự's report on each task where it has a role, 25 % done. */
  private static QuarterlyReport report(Plan plan, YearQuarter quarter, LocalDate submitted) {
    QuarterlyReport.Builder report =
        QuarterlyReport.builder().division(LANH_SU).quarter(quarter).submitted(submitted);
    for (Task t : plan.tasks()) {
      if (t.roleOf(LANH_SU).isPresent()) {
        report.addEntries(
            TaskProgress.builder().task(t.number()).status(Status.IN_PROGRESS).percent(25).build());
      }
    }
    return report.build();
  }
}
