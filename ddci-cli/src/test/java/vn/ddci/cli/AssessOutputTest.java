package vn.ddci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ddci.SharedData;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.cli.Cli.Run;
import vn.ddci.io.AssessmentJson;

/** {@code ddci assess --output}: the section and its table as files, on PCI 2015 → 2016. */
class AssessOutputTest {
  private static final String PCI = "pci/pci_2013_2016_subindices.csv";

  private static Run assess(Path dir, String... outputs) {
    String pci = SharedData.require(PCI).toString();
    String[] args = new String[6 + 2 * outputs.length];
    System.arraycopy(
        new String[] {"assess", pci, pci, "--year", "2016", "--unit=Đà Nẵng"}, 0, args, 0, 6);
    for (int i = 0; i < outputs.length; i++) {
      args[6 + 2 * i] = "-o";
      args[7 + 2 * i] = dir.resolve(outputs[i]).toString();
    }
    return Cli.run(args);
  }

  @Test
  void everyKindOfFile_writtenAndSaid(@TempDir Path dir) throws IOException {
    Run r =
        assess(dir, "danh-gia.docx", "danh-gia.html", "danh-gia.xlsx", "danh-gia.csv", "a.json");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.lines())
        .contains("Đã ghi: " + dir.resolve("danh-gia.docx"), "Đã ghi: " + dir.resolve("a.json"));
    try (InputStream in = Files.newInputStream(dir.resolve("danh-gia.docx"));
        XWPFDocument doc = new XWPFDocument(in)) {
      String body =
          doc.getParagraphs().stream()
              .map(XWPFParagraph::getText)
              .collect(Collectors.joining("\n"));
      assertThat(body).contains("II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN DDCI NĂM 2016", "Đà Nẵng");
      assertThat(doc.getTables()).hasSize(1);
      assertThat(doc.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("70,00");
    }
    UnitAssessment a = AssessmentJson.read(dir.resolve("a.json"));
    assertThat(a.unit().name()).isEqualTo("Đà Nẵng");
    assertThat(a.total().standing().format()).isEqualTo("01/63");
    try (Workbook wb = WorkbookFactory.create(dir.resolve("danh-gia.xlsx").toFile(), null, true)) {
      assertThat(wb.getNumberOfSheets()).isPositive();
    }
    String html = Files.readString(dir.resolve("danh-gia.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("Đà Nẵng", "<svg", "II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN DDCI NĂM 2016", "70,00");
    assertThat(Files.readString(dir.resolve("danh-gia.csv"), StandardCharsets.UTF_8))
        .contains("Tổng điểm,70.00139617919922,01/63,trên trung vị");
  }

  @Test
  void english_docx(@TempDir Path dir) throws IOException {
    String pci = SharedData.require(PCI).toString();
    Path docx = dir.resolve("assessment.docx");

    Run r =
        Cli.run(
            "assess",
            pci,
            pci,
            "--year",
            "2016",
            "--unit",
            "Đà Nẵng",
            "--lang",
            "en",
            "-o",
            docx.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.lines()).contains("Written: " + docx);
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
          .contains("II. Assessment of the DDCI 2016 results");
      assertThat(doc.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("Total");
    }
  }

  @Test
  void goals_ofLastYearsPlan_areJudged_withTheirMargins(@TempDir Path dir) {
    // an invented 2016 plan of Đà Nẵng: rank 1 (met) and +2 points on the total (not met: +1.67)
    vn.ddci.plan.Plan seed =
        vn.ddci.io.PlanJson.read(
            java.nio.file.Paths.get("../ddci-examples/src/test/resources/golden/seed-plan.json"));
    vn.ddci.framework.Block pci = vn.ddci.framework.Frameworks.PCI_PROVINCES;
    vn.ddci.plan.Plan plan =
        vn.ddci.plan.Plan.builder()
            .from(seed)
            .issuingUnit(vn.ddci.result.Unit.of("Đà Nẵng", pci))
            .year(2016)
            .start(java.time.LocalDate.of(2016, 1, 1))
            .end(java.time.LocalDate.of(2016, 12, 31))
            .assessment(java.util.Optional.empty())
            .tasks(java.util.List.of())
            .goals(
                java.util.List.of(
                    vn.ddci.goal.Goal.rank(
                        vn.ddci.framework.Measure.total(), java.time.Year.of(2016), 1, 63),
                    vn.ddci.goal.Goal.scoreGain(
                        vn.ddci.framework.Measure.total(),
                        java.time.Year.of(2016),
                        new java.math.BigDecimal("2"))))
            .build();
    Path json = dir.resolve("ke-hoach-2016.json");
    vn.ddci.io.PlanJson.write(plan, json);
    String pciFile = SharedData.require(PCI).toString();

    Run r =
        Cli.run(
            "assess",
            pciFile,
            pciFile,
            "--year",
            "2016",
            "--unit",
            "Đà Nẵng",
            "--goals",
            json.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Kết quả thực hiện mục tiêu phấn đấu năm 2016")
        .contains("- Tổng điểm: xếp hạng 01/63")
        .contains("chưa đạt");
    // the same plan judged for another province is refused
    Run other =
        Cli.run(
            "assess",
            pciFile,
            pciFile,
            "--year",
            "2016",
            "--unit",
            "Hà Nội",
            "--goals",
            json.toString());
    assertThat(other.code()).isEqualTo(Ddci.BAD_DATA);
    assertThat(other.err()).contains("plan of 'Đà Nẵng', not of 'Hà Nội'");
  }

  @Test
  void unknownKind_isAUsageError_beforeAnyWork(@TempDir Path dir) {
    Run r = assess(dir, "danh-gia.docx", "danh-gia.pdf");

    assertThat(r.code()).isEqualTo(Ddci.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("danh-gia.pdf", ".docx, .html, .xlsx, .csv, .json");
    assertThat(dir.resolve("danh-gia.docx")).doesNotExist();
  }

  @Test
  void folderNotThere_exit3_namingTheFile(@TempDir Path dir) {
    Run r = assess(dir, "khong-co/danh-gia.json");

    assertThat(r.code()).isEqualTo(Ddci.FILE_NOT_FOUND);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("ddci: ").contains("khong-co");
  }
}
