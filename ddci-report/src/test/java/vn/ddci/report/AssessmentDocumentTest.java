package vn.ddci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.io.DdciIoException;
import vn.ddci.text.Language;
import vn.ddci.text.PlanText;

/** The seed's section II as a Word document, read back with POI. */
class AssessmentDocumentTest {
  private static final UnitAssessment SEED = UnitAssessment.of(ReportFixtures.seed2023());

  private static XWPFDocument read(byte[] bytes) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  private static List<String> styled(XWPFDocument doc, String style) {
    return doc.getParagraphs().stream()
        .filter(p -> style.equals(p.getStyle()))
        .map(XWPFParagraph::getText)
        .collect(Collectors.toList());
  }

  private static List<List<String>> cells(XWPFTable t) {
    return t.getRows().stream()
        .map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList())
        .toList();
  }

  @Test
  void vietnamese_sectionTwoAsHeadingsAndParagraphs_thenTheTable() throws IOException {
    try (XWPFDocument doc = read(AssessmentDocument.of(SEED, Language.VIETNAMESE).toBytes())) {
      List<String> lines = PlanText.vietnamese().sectionII(SEED);

      assertThat(doc.getParagraphs().get(0).getText())
          .isEqualTo("Sở Ngoại vụ – Khối sở, ban, ngành");
      assertThat(styled(doc, PlanDocument.HEADING_1)).containsExactly(lines.get(0));
      assertThat(styled(doc, PlanDocument.HEADING_2))
          .containsExactlyElementsOf(lines.stream().filter(l -> l.matches("\\d+\\. .*")).toList());
      String body =
          doc.getParagraphs().stream()
              .map(XWPFParagraph::getText)
              .collect(Collectors.joining("\n"));
      // every line of the section is in the document, in order
      assertThat(body).containsSubsequence(lines);
      assertThat(doc.getTables()).hasSize(1);
      assertThat(cells(doc.getTables().get(0)))
          .containsExactlyElementsOf(PlanText.vietnamese().table(SEED));
    }
  }

  @Test
  void english() throws IOException {
    try (XWPFDocument doc = read(AssessmentDocument.of(SEED, Language.ENGLISH).toBytes())) {
      assertThat(styled(doc, PlanDocument.HEADING_1))
          .containsExactly("II. Assessment of the DDCI 2023 results");
      assertThat(cells(doc.getTables().get(0)).get(1))
          .containsExactly(
              "Total", "80.45", "15/25", "74.63", "–", "+5.82", "–", "below the median");
    }
  }

  @Test
  void write_wholeOrNothing_andAFolderIsRefusedByName(@TempDir Path dir) throws IOException {
    Path file =
        AssessmentDocument.of(SEED, Language.VIETNAMESE).write(dir.resolve("danh-gia.docx"));

    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
      assertThat(doc.getTables()).hasSize(1);
    }
    assertThatThrownBy(() -> AssessmentDocument.of(SEED, Language.VIETNAMESE).write(dir))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining(dir.toString());
    assertThat(AssessmentDocument.of(SEED, Language.ENGLISH).toString())
        .isEqualTo("AssessmentDocument[Sở Ngoại vụ 2023, ENGLISH]");
  }
}
