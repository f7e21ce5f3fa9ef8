package vn.ddci.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.YearQuarter;
import vn.ddci.PciData;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.assessment.YearOverYear;
import vn.ddci.framework.Block;
import vn.ddci.framework.Component;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.RankingRule;
import vn.ddci.name.NameMatcher;
import vn.ddci.plan.Division;
import vn.ddci.plan.Plan;
import vn.ddci.progress.QuarterlyReport;
import vn.ddci.progress.ReportLog;
import vn.ddci.progress.ReportingCoverage;
import vn.ddci.progress.Status;
import vn.ddci.progress.TaskProgress;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

class ExportsTest {
  private static final Block SBN = Frameworks.LANG_SON_DEPARTMENT_BLOCK;

  @TempDir Path dir;

  @Test
  void thePci2016Table_writtenAsCsvAndAsXlsx_readsBackEqual() throws IOException {
    ResultTable pci2016 = PciData.tables().get(2016);
    Path csv = dir.resolve("pci-2016.csv");
    Path xlsx = dir.resolve("pci-2016.xlsx");

    ResultTableCsv.write(pci2016, csv);
    ResultTableExcel.write(pci2016, xlsx);

    assertThat(ResultTableCsv.read(csv, TableOptions.of(Frameworks.PCI_PROVINCES)).byYear())
        .isEqualTo(Map.of(Year.of(2016), pci2016));
    assertThat(
            ResultTableExcel.read(xlsx, "PCI 2016", TableOptions.of(Frameworks.PCI_PROVINCES))
                .table())
        .isEqualTo(pci2016);
    assertThat(Files.readString(csv, StandardCharsets.UTF_8))
        .startsWith("\uFEFFNăm,Đơn vị,Gia nhập thị trường");
  }

  @Test
  void resultTables_roundTripThroughCsvAndXlsx_atTheEdgesOfTheScale() {
    qt().withExamples(30)
        .forAll(
            lists().of(integers().between(0, 1000)).ofSizeBetween(8, 8), integers().between(1, 40))
        .checkAssert(
            (hundredths, units) -> {
              List<Scorecard> cards = new ArrayList<>();
              for (int u = 0; u < units; u++) {
                Scorecard.Builder card =
                    Scorecard.builder().unit(Unit.of("Sở số " + u + " – Đắk Lắk", SBN)).year(2023);
                List<Component> components = SBN.framework().components();
                for (int i = 0; i < components.size(); i++) {
                  card.score(
                      components.get(i), BigDecimal.valueOf((hundredths.get(i) + u) % 1001, 2));
                }
                cards.add(
                    card.givenTotal(
                            Score.of(BigDecimal.valueOf((hundredths.get(0) * 7 + u) % 10001, 2)))
                        .build());
              }
              ResultTable table = ResultTable.of(SBN, Year.of(2023), cards);
              Path csv = dir.resolve("t.csv");
              Path xlsx = dir.resolve("t.xlsx");
              ResultTableCsv.write(table, csv);
              ResultTableExcel.write(table, xlsx);
              assertThat(ResultTableCsv.read(csv, TableOptions.of(SBN)).table()).isEqualTo(table);
              assertThat(ResultTableExcel.read(xlsx, TableOptions.of(SBN)).table())
                  .isEqualTo(table);
            });
  }

  @Test
  void anAssessment_asXlsx_hasVietnameseHeadersAFrozenRowAndARowPerMeasure() throws IOException {
    ResultTable t2016 = PciData.tables().get(2016);
    ResultTable t2015 = PciData.tables().get(2015);
    YearOverYear yoy =
        YearOverYear.of(
            t2016,
            t2015,
            RankingRule.PCI,
            NameMatcher.builder().alias("Bắc Kạn", "Bắc Cạn").build());
    UnitAssessment hue = yoy.assess("TT.Huế");
    Path xlsx = dir.resolve("hue.xlsx");

    Exports.xlsx(hue, xlsx);

    try (InputStream in = Files.newInputStream(xlsx);
        Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Xếp hạng 2016");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Tổng điểm");
      assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("23/63");
      assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(6.0);
      assertThat(sheet.getLastRowNum()).as("the total and ten sub-indices").isEqualTo(11);
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    }
    assertThat(AssessmentJson.toJson(hue))
        .contains("\"schemaVersion\" : 3")
        .contains("\"rankChange\" : 6");
    assertThat(AssessmentJson.fromJson(AssessmentJson.toJson(hue), "hue.json")).isEqualTo(hue);
  }

  @Test
  void reportingCoverage_asCsv_listsExpectedReceivedAndLateItems() throws IOException {
    Plan plan = PlanJsonTest.plan("Kế hoạch", 10);
    Division ls = plan.reportingRule().reporters().get(0);
    QuarterlyReport late =
        QuarterlyReport.builder()
            .division(ls)
            .quarter(YearQuarter.of(2024, 1))
            .submitted(LocalDate.of(2024, 4, 20))
            .addEntries(
                TaskProgress.builder().task("2.1").status(Status.IN_PROGRESS).percent(30).build())
            .build();
    ReportLog log = ReportLog.of(plan, List.of(late));
    List<ReportingCoverage> quarters =
        List.of(log.coverage(YearQuarter.of(2024, 1)), log.coverage(YearQuarter.of(2024, 2)));
    Path csv = dir.resolve("coverage.csv");

    Exports.csv(quarters, csv);

    assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8))
        .containsExactly(
            "\uFEFFQuý,Hạn nộp,Đơn vị,Nhiệm vụ,Phải báo cáo,Đã nhận,Nộp muộn",
            "2024-Q1,2024-04-10,Phòng Lãnh sự - Hợp tác quốc tế,2.1,có,có,có",
            "2024-Q2,2024-07-10,Phòng Lãnh sự - Hợp tác quốc tế,2.1,có,không,không");
  }

  @Test
  void resultTablesAndCoverage_asJson_keepEveryDigitInAStableOrder() throws IOException {
    ResultTable pci2016 = PciData.tables().get(2016);
    Plan plan = PlanJsonTest.plan("Kế hoạch", 10);
    ReportLog log = ReportLog.of(plan, List.of());

    String table = Exports.toJson(pci2016);
    String coverage = Exports.toJson(List.of(log.coverage(YearQuarter.of(2024, 1))));

    assertThat(table)
        .startsWith("{\n  \"schemaVersion\" : 3,\n  \"block\" : {")
        .contains("\"ENTRY\" : 9.283225059509277")
        .contains("\"publishedTier\" : \"Rất tốt\"");
    assertThat(coverage)
        .startsWith("{\n  \"schemaVersion\" : 3,\n  \"quarters\" : [ {")
        .contains("\"percent\" : 0.0")
        .contains(
            "\"missing\" : [ {\n"
                + "      \"division\" : \"Phòng Lãnh sự - Hợp tác quốc tế\",\n"
                + "      \"task\" : \"2.1\"");
  }

  @Test
  void csvHeaders_canBeMappedByTheCaller() throws IOException {
    Path csv = dir.resolve("short.csv");
    ResultTable pci2016 = PciData.tables().get(2016);
    ResultTableCsv.write(pci2016, csv);
    String text =
        Files.readString(csv, StandardCharsets.UTF_8)
            .replace("Dịch vụ hỗ trợ doanh nghiệp", "Hỗ trợ DN");
    Files.writeString(csv, text, StandardCharsets.UTF_8);

    assertThat(
            ResultTableCsv.read(
                    csv,
                    TableOptions.of(Frameworks.PCI_PROVINCES)
                        .withHeaders(Map.of("Hỗ trợ DN", "BUSINESS_SUPPORT")))
                .byYear())
        .containsEntry(Year.of(2016), pci2016);
  }
}
