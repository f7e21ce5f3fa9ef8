package vn.ddci.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.YearQuarter;
import vn.ddci.framework.Frameworks;
import vn.ddci.plan.Division;
import vn.ddci.plan.Plan;
import vn.ddci.progress.QuarterlyReport;
import vn.ddci.progress.Status;
import vn.ddci.progress.TaskProgress;
import vn.ddci.result.Unit;

class ReportTemplateTest {
  private static final Division LS = Division.specialised("Phòng Lãnh sự - Hợp tác quốc tế");
  private static final YearQuarter Q1 = YearQuarter.of(2024, 1);

  @TempDir Path dir;

  private final Plan plan = PlanJsonTest.plan("Kế hoạch DDCI 2024", 10);

  @Test
  void theTemplate_hasARowPerTaskOfTheDivision_withADropDownAndValidatedColumns()
      throws IOException {
    Path file = template();

    try (InputStream in = Files.newInputStream(file);
        Workbook workbook = WorkbookFactory.create(in)) {
      Sheet report = workbook.getSheet("Báo cáo");
      assertThat(report.getRow(6).getCell(0).getStringCellValue()).isEqualTo("2.1");
      assertThat(report.getRow(6).getCell(2).getStringCellValue()).isEqualTo("phối hợp");
      assertThat(report.getRow(7)).isNull();
      assertThat(report.getDataValidations()).hasSize(2);
      assertThat(report.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 6);
      Sheet targets = workbook.getSheet("Chỉ tiêu");
      assertThat(targets.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Thời gian giải quyết");
      assertThat(workbook.isSheetHidden(workbook.getSheetIndex("_ddci"))).isTrue();
    }
  }

  @Test
  void aFilledTemplate_readsBackIntoTheReport() throws IOException {
    Path file = template();
    fill(
        file,
        wb -> {
          Sheet report = wb.getSheet("Báo cáo");
          report.getRow(3).getCell(1).setCellValue(LocalDate.of(2024, 4, 8));
          report.getRow(6).createCell(3).setCellValue("đang triển khai");
          report.getRow(6).createCell(4).setCellValue(40);
          report.getRow(6).createCell(5).setCellValue("Rà soát 04 TTHC");
          wb.getSheet("Chỉ tiêu").getRow(1).createCell(5).setCellValue(9);
        });

    QuarterlyReport report = ReportTemplate.read(file, plan);

    assertThat(report)
        .isEqualTo(
            QuarterlyReport.builder()
                .division(LS)
                .quarter(Q1)
                .submitted(LocalDate.of(2024, 4, 8))
                .addEntries(
                    TaskProgress.builder()
                        .task("2.1")
                        .status(Status.IN_PROGRESS)
                        .percent(40)
                        .narrative("Rà soát 04 TTHC")
                        .putActuals("Thời gian giải quyết", new BigDecimal("9.0"))
                        .build())
                .build());
  }

  @Test
  void aStatusNotInTheList_orAProgressOver100_isNamedWithSheetRowAndColumn() throws IOException {
    Path badStatus = template();
    fill(badStatus, wb -> {
      wb.getSheet("Báo cáo").getRow(3).getCell(1).setCellValue(LocalDate.of(2024, 4, 8));
      wb.getSheet("Báo cáo").getRow(6).createCell(3).setCellValue("gần xong");
      wb.getSheet("Báo cáo").getRow(6).createCell(4).setCellValue(90);
    });
    Path overHundred = dir.resolve("over.xlsx");
    Files.copy(badStatus, overHundred);
    fill(overHundred, wb -> {
      wb.getSheet("Báo cáo").getRow(6).getCell(3).setCellValue("đang triển khai");
      wb.getSheet("Báo cáo").getRow(6).getCell(4).setCellValue(150);
    });

    assertThatThrownBy(() -> ReportTemplate.read(badStatus, plan))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("sheet \"Báo cáo\", row 7, column \"D \"Tình trạng\"\", value \"gần xong\": not a status");
    assertThatThrownBy(() -> ReportTemplate.read(overHundred, plan))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("sheet \"Báo cáo\", row 7: task 2.1: progress 150% is outside 0–100");
  }

  @Test
  void aTemplateOfAnotherPlan_orWithoutADate_isRefused() throws IOException {
    Path file = template();
    Plan other = PlanJsonTest.plan("Kế hoạch khác", 10);
    Plan ofAnotherUnit =
        Plan.builder()
            .from(plan)
            .issuingUnit(Unit.of("Sở Tư pháp", Frameworks.LANG_SON_DEPARTMENT_BLOCK))
            .build();

    assertThatThrownBy(() -> ReportTemplate.read(file, ofAnotherUnit))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining(
            "is a template of 'Sở Ngoại vụ 2024', not of the plan of 'Sở Tư pháp 2024'");
    assertThatThrownBy(() -> ReportTemplate.read(file, other))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("the submission date is missing");
  }

  @Test
  void aDivisionWithoutATaskOrAQuarterOutsideThePlan_isRejected() {
    assertThatThrownBy(
            () -> ReportTemplate.write(plan, Division.of("Phòng X"), Q1, dir.resolve("x.xlsx")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no division 'Phòng X'");
    assertThatThrownBy(
            () -> ReportTemplate.write(plan, LS, YearQuarter.of(2025, 1), dir.resolve("x.xlsx")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the quarter 2025-Q1 is outside it");
  }

  private Path template() {
    Path file = dir.resolve("q1.xlsx");
    ReportTemplate.write(plan, LS, Q1, file);
    return file;
  }

  private static void fill(Path file, Consumer<Workbook> edits) throws IOException {
    Workbook workbook;
    try (InputStream in = Files.newInputStream(file)) {
      workbook = WorkbookFactory.create(in);
    }
    try (workbook) {
      edits.accept(workbook);
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
  }

  @Test
  void theGroup_cannotBeGivenATemplate() {
    assertThatThrownBy(
            () -> ReportTemplate.write(plan, Division.allSpecialised(), Q1, dir.resolve("g.xlsx")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not from the group");
  }

  @Test
  void aRowWithProgressButNoStatus_andActualsWithoutARow_areNotDroppedSilently() throws IOException {
    Path noStatus = template();
    fill(noStatus, wb -> {
      wb.getSheet("Báo cáo").getRow(3).getCell(1).setCellValue(LocalDate.of(2024, 4, 8));
      wb.getSheet("Báo cáo").getRow(6).createCell(4).setCellValue(40);
    });
    Path orphan = dir.resolve("orphan.xlsx");
    ReportTemplate.write(plan, LS, Q1, orphan);
    fill(orphan, wb -> {
      wb.getSheet("Báo cáo").getRow(3).getCell(1).setCellValue(LocalDate.of(2024, 4, 8));
      wb.getSheet("Chỉ tiêu").getRow(1).createCell(5).setCellValue(9);
    });

    assertThatThrownBy(() -> ReportTemplate.read(noStatus, plan))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("row 7, column \"D \"Tình trạng\"\", value \"\": empty, yet the row has Tiến độ (%)");
    assertThatThrownBy(() -> ReportTemplate.read(orphan, plan))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("actual values for task 2.1, whose row in \"Báo cáo\" has no status");
  }
}
