package vn.ddci.report;

import static vn.ddci.report.Word.BODY_PT;
import static vn.ddci.report.Word.cellLine;
import static vn.ddci.report.Word.headingStyles;
import static vn.ddci.report.Word.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.io.AtomicFiles;
import vn.ddci.io.DdciIoException;
import vn.ddci.io.PoiLogging;
import vn.ddci.text.Language;
import vn.ddci.text.PlanText;

/**
 * A unit's section II as a Word document (.docx, báo cáo đánh giá): a title naming the unit and its
 * block, the section's text as {@link PlanText#sectionII} writes it (its heading and numbered parts
 * as Word headings), and the table of {@link PlanText#table}: the total and every component with
 * score, rank, last year's, the changes and the place against the median. In Vietnamese or English,
 * laid out as {@link PlanDocument} is (Times New Roman 14 pt, headings {@code Heading1} and {@code
 * Heading2}); to be pasted into a plan or sent on its own.
 *
 * <pre>{@code
 * AssessmentDocument.of(assessment, Language.VIETNAMESE).write(Path.of("danh-gia-2023.docx"));
 * }</pre>
 */
public final class AssessmentDocument {
  private final UnitAssessment assessment;
  private final PlanText text;

  private AssessmentDocument(UnitAssessment assessment, Language language) {
    this.assessment = Objects.requireNonNull(assessment, "assessment");
    this.text = PlanText.of(Objects.requireNonNull(language, "language"));
  }

  /**
   * Returns the document of an assessment.
   *
   * @param assessment the unit's assessment
   * @param language the language of the words and numbers
   * @return the document
   */
  public static AssessmentDocument of(UnitAssessment assessment, Language language) {
    return new AssessmentDocument(assessment, language);
  }

  /**
   * Returns the assessment the document reports.
   *
   * @return the assessment
   */
  public UnitAssessment assessment() {
    return assessment;
  }

  /**
   * Returns the language of the document.
   *
   * @return Vietnamese or English
   */
  public Language language() {
    return text.language();
  }

  /**
   * Returns the document as the bytes of a .docx file.
   *
   * @return the bytes
   */
  public byte[] toBytes() {
    return Word.bytes(this::writeTo);
  }

  /**
   * Writes the document to a file, whole or not at all: into a temporary file beside it, then moved
   * over it at once.
   *
   * @param file the .docx file
   * @return the file
   * @throws DdciIoException if the file cannot be written (its folder is missing or read-only, or
   *     it is a folder), naming it
   */
  public Path write(Path file) {
    Objects.requireNonNull(file, "file");
    AtomicFiles.write(file, this::writeTo);
    return file;
  }

  private void writeTo(OutputStream out) throws IOException {
    PoiLogging.quietWhenUnconfigured();
    try (XWPFDocument doc = new XWPFDocument()) {
      headingStyles(doc);
      XWPFParagraph title = doc.createParagraph();
      title.setAlignment(ParagraphAlignment.CENTER);
      title.setSpacingAfter(240);
      run(
          title,
          assessment.unit().name() + " – " + assessment.unit().block().name(),
          BODY_PT,
          true,
          false);
      Word.section(doc, text.sectionII(assessment));
      table(doc, text.table(assessment));
      doc.write(out);
    }
  }

  private static void table(XWPFDocument doc, List<List<String>> rows) {
    doc.createParagraph();
    XWPFTable t = doc.createTable(rows.size(), rows.get(0).size());
    t.setWidth("100%");
    for (int i = 0; i < rows.size(); i++) {
      XWPFTableRow row = t.getRow(i);
      if (i == 0) {
        row.setRepeatHeader(true);
      }
      for (int j = 0; j < rows.get(i).size(); j++) {
        cellLine(row.getCell(j), rows.get(i).get(j), i == 0, false);
      }
    }
  }

  @Override
  public String toString() {
    return "AssessmentDocument["
        + assessment.unit().name()
        + " "
        + assessment.year()
        + ", "
        + text.language()
        + "]";
  }
}
