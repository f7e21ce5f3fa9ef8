package vn.ddci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ddci.io.DdciIoException;
import vn.ddci.io.PlanJson;
import vn.ddci.plan.Division;
import vn.ddci.plan.Plan;
import vn.ddci.plan.Responsibility;
import vn.ddci.plan.Role;
import vn.ddci.plan.Task;

/**
 * The seed plan's draft, read back with POI. The seed plan is the examples' golden JSON file
 * (ddci-examples/src/test/resources/golden/seed-plan.json), read with ddci-io's PlanJson.
 */
class PlanDocumentTest {
  private static final Path SEED_JSON =
      Paths.get("../ddci-examples/src/test/resources/golden/seed-plan.json");

  private static Plan seed() {
    return PlanJson.read(SEED_JSON);
  }

  private static XWPFDocument read(byte[] bytes) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  private static List<String> headings(XWPFDocument doc, String style) {
    return doc.getParagraphs().stream()
        .filter(p -> style.equals(p.getStyle()))
        .map(XWPFParagraph::getText)
        .collect(Collectors.toList());
  }

  private static String body(XWPFDocument doc) {
    return doc.getParagraphs().stream()
        .map(XWPFParagraph::getText)
        .collect(Collectors.joining("\n"));
  }

  private static String text(XWPFTable t) {
    return t.getRows().stream()
        .flatMap(r -> r.getTableCells().stream())
        .map(XWPFTableCell::getText)
        .collect(Collectors.joining("\n"));
  }

  @Test
  void theSeedDraft_hasSectionsItoIV_inOrder_asWordHeadings(@TempDir Path dir) throws IOException {
    Path file = PlanDocument.of(seed()).write(dir.resolve("ke-hoach.docx"));

    try (InputStream in = Files.newInputStream(file);
        XWPFDocument doc = new XWPFDocument(in)) {
      List<String> h1 = headings(doc, PlanDocument.HEADING_1);
      assertThat(h1).hasSize(4);
      assertThat(h1.get(0)).startsWith("I. MỤC ĐÍCH, YÊU CẦU");
      assertThat(h1.get(1)).startsWith("II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN DDCI NĂM 2023");
      assertThat(h1.get(2)).startsWith("III. GIẢI PHÁP THỰC HIỆN");
      assertThat(h1.get(3)).startsWith("IV. TỔ CHỨC THỰC HIỆN");
      // the styles exist, with an outline level, so the navigation pane lists them
      assertThat(doc.getStyles().getStyle(PlanDocument.HEADING_1).getCTStyle().getPPr())
          .satisfies(ppr -> assertThat(ppr.getOutlineLvl().getVal().intValue()).isZero());
      assertThat(headings(doc, PlanDocument.HEADING_2))
          .anySatisfy(h -> assertThat(h).contains("Tính minh bạch và tiếp cận thông tin"));
    }
    assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void aPlanWithGoals_listsThemInSectionI_andOneWithout_hasNoGoalsHeading() throws IOException {
    Plan seed = seed();
    Plan withGoals =
        seed.withGoals(
            List.of(
                vn.ddci.goal.Goal.rank(
                    vn.ddci.framework.Measure.total(), seed.year(), 10, 25))); // invented

    try (XWPFDocument doc =
            new XWPFDocument(new ByteArrayInputStream(PlanDocument.of(withGoals).toBytes()));
        XWPFDocument without =
            new XWPFDocument(new ByteArrayInputStream(PlanDocument.of(seed).toBytes()))) {
      assertThat(headings(doc, PlanDocument.HEADING_2))
          .startsWith("1. Mục đích", "2. Mục tiêu phấn đấu năm 2024");
      assertThat(body(doc)).contains("- Tổng điểm: 10/25");
      assertThat(headings(without, PlanDocument.HEADING_2)).noneMatch(h -> h.contains("Mục tiêu"));
    }
  }

  @Test
  void theSeedDraft_containsEveryTaskOfSectionIII_withItsLeadAndSupportDivisions()
      throws IOException {
    Plan plan = seed();
    assertThat(plan.tasks()).hasSize(10);
    try (XWPFDocument doc = read(PlanDocument.of(plan).toBytes())) {
      List<String> paragraphs =
          doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.toList());
      for (Task t : plan.tasks()) {
        int at = paragraphs.indexOf(t.number() + ". " + t.title());
        assertThat(at).as("task %s", t.number()).isNotNegative();
        String roles =
            paragraphs.subList(at + 1, paragraphs.size()).stream()
                .filter(p -> p.startsWith("Đơn vị chủ trì thực hiện: "))
                .findFirst()
                .orElseThrow();
        for (Division d : t.divisions(Role.LEAD)) {
          assertThat(roles).as("lead of %s", t.number()).contains(d.name());
        }
        for (Division d : t.divisions(Role.SUPPORT)) {
          assertThat(roles).as("support of %s", t.number()).contains("phối hợp: ", d.name());
        }
        for (String activity : t.activities()) {
          assertThat(paragraphs).contains("- " + activity);
        }
      }
      // 7.1 has no lead, as written; it is monitored by Văn phòng Sở
      assertThat(body(doc))
          .contains("Đơn vị chủ trì thực hiện: chưa có; theo dõi, tổng hợp báo cáo: Văn phòng Sở");
    }
  }

  @Test
  void theResponsibilityTable_hasARowPerDivision_andAColumnPerTask() throws IOException {
    Plan plan = seed();
    Responsibility r = Responsibility.of(plan);
    try (XWPFDocument doc = read(PlanDocument.of(plan).toBytes())) {
      List<XWPFTable> tables = doc.getTables();
      assertThat(tables).hasSize(3); // header block, responsibility table, signature block
      XWPFTable table = tables.get(1);
      List<XWPFTableRow> rows = table.getRows();
      assertThat(rows).hasSize(r.matrix().rowKeySet().size() + 1);
      assertThat(rows.get(0).getTableCells().stream().map(XWPFTableCell::getText))
          .containsExactlyElementsOf(
              java.util.stream.Stream.concat(
                      java.util.stream.Stream.of("Đơn vị"), plan.tasks().stream().map(Task::number))
                  .collect(Collectors.toList()));
      int i = 1;
      for (Division d : r.matrix().rowKeySet()) {
        List<XWPFTableCell> cells = rows.get(i++).getTableCells();
        assertThat(cells.get(0).getText()).isEqualTo(d.name());
        for (int j = 0; j < plan.tasks().size(); j++) {
          Role role = r.matrix().get(d, plan.tasks().get(j).number());
          if (role == Role.LEAD) {
            assertThat(cells.get(j + 1).getText()).isEqualTo("C");
          } else if (role == Role.SUPPORT) {
            assertThat(cells.get(j + 1).getText()).isEqualTo("P");
          } else if (role == Role.MONITOR) {
            assertThat(cells.get(j + 1).getText()).isEqualTo("T");
          }
        }
      }
      // 7.1: Văn phòng Sở monitors
      int column = plan.tasks().indexOf(plan.task("7.1").orElseThrow()) + 1;
      assertThat(
              rows.stream()
                  .filter(row -> row.getCell(0).getText().equals("Văn phòng Sở"))
                  .findFirst()
                  .orElseThrow()
                  .getCell(column)
                  .getText())
          .isEqualTo("T");
    }
  }

  @Test
  void headerTitleAndSignature_areThere_inTimesNewRoman_withDiacriticsIntact() throws IOException {
    Plan plan = seed();
    try (XWPFDocument doc = read(PlanDocument.of(plan).toBytes())) {
      String header = text(doc.getTables().get(0));
      assertThat(header)
          .contains(
              "SỞ NGOẠI VỤ",
              "Số:",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc",
              "năm 2024");
      assertThat(doc.getTables().get(0).getCTTbl().getTblPr().getTblBorders().getTop().getVal())
          .hasToString("none");
      XWPFParagraph title =
          doc.getParagraphs().stream()
              .filter(p -> p.getText().equals("KẾ HOẠCH"))
              .findFirst()
              .orElseThrow();
      assertThat(title.getAlignment())
          .isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
      assertThat(title.getRuns().get(0).isBold()).isTrue();
      assertThat(body(doc))
          .contains(plan.title())
          .contains("Thực hiện Kế hoạch số 36/KH-UBND ngày 06/02/2024 của UBND tỉnh")
          .contains("- Dịch vụ hỗ trợ doanh nghiệp: xếp hạng 25/25")
          .contains("Đầu mối theo dõi, đôn đốc, tổng hợp: ");
      assertThat(text(doc.getTables().get(2)))
          .contains("Nơi nhận:", "- UBND tỉnh (b/c)", "GIÁM ĐỐC", "Trịnh Tuyết Mai");
      for (XWPFParagraph p : doc.getParagraphs()) {
        for (XWPFRun r : p.getRuns()) {
          assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
          assertThat(r.getFontSizeAsDouble()).isIn(13.0, 14.0);
        }
      }
    }
  }

  @Test
  void aPlanWithoutAssessment_saysInSectionIIThatTheResultsAreNotAvailable() throws IOException {
    Plan seed = seed();
    Plan plan = Plan.builder().from(seed).assessment(java.util.Optional.empty()).build();
    PlanDocument draft = PlanDocument.of(plan);
    assertThat(draft.assessment()).isEmpty();
    try (XWPFDocument doc = read(draft.toBytes())) {
      List<String> h1 = headings(doc, PlanDocument.HEADING_1);
      assertThat(h1).hasSize(4);
      assertThat(h1.get(1)).isEqualTo("II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN DDCI NĂM 2023");
      assertThat(body(doc)).contains(PlanDocument.NO_ASSESSMENT).doesNotContain("Tổng điểm: ");
      assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
          .anySatisfy(p -> assertThat(p).startsWith(seed.tasks().get(0).number() + ". "));
    }
    // and an assessment given explicitly is the one section II reports
    try (XWPFDocument doc =
        read(PlanDocument.of(plan, seed.assessment().orElseThrow()).toBytes())) {
      assertThat(body(doc)).contains("Tổng điểm: ").doesNotContain(PlanDocument.NO_ASSESSMENT);
    }
  }

  @Test
  void aFileThatCannotBeWritten_isTheLibrarysException_namingThePath(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-folder").resolve("ke-hoach.docx");
    PlanDocument draft = PlanDocument.of(seed());

    assertThatThrownBy(() -> draft.write(missing))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining(missing.toString())
        .satisfies(e -> assertThat(((DdciIoException) e).source()).isEqualTo(missing.toString()));
    assertThatThrownBy(() -> draft.write(dir))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining(dir.toString());
    assertThat(missing).doesNotExist();
  }

  @Test
  void anExistingFile_isReplacedWhole(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ke-hoach.docx");
    Files.writeString(file, "old");
    PlanDocument.of(seed()).write(file);
    try (InputStream in = Files.newInputStream(file);
        XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(headings(doc, PlanDocument.HEADING_1)).hasSize(4);
    }
  }
}
