package vn.ddci.report;

import static vn.ddci.report.Word.BODY_PT;
import static vn.ddci.report.Word.borderless;
import static vn.ddci.report.Word.cellLine;
import static vn.ddci.report.Word.heading;
import static vn.ddci.report.Word.headingStyles;
import static vn.ddci.report.Word.paragraph;
import static vn.ddci.report.Word.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.io.AtomicFiles;
import vn.ddci.io.DdciIoException;
import vn.ddci.io.PoiLogging;
import vn.ddci.plan.ComponentCoverage;
import vn.ddci.plan.Plan;
import vn.ddci.plan.Task;
import vn.ddci.text.Language;
import vn.ddci.text.PlanText;

/**
 * A plan as an editable Word draft (.docx, dự thảo kế hoạch) that a department starts from, laid
 * out as a Vietnamese administrative plan: the header block (the issuing body on the left, "CỘNG
 * HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" on the right, the number and the
 * date line) as a borderless two-column table; the title "KẾ HOẠCH" and the plan's title, centred
 * and bold; sections I to IV as Word headings (section I with the plan's goals, mục tiêu phấn đấu,
 * when it sets any) (styles {@code Heading1} and {@code Heading2}, so the navigation pane lists
 * them); section III's tasks grouped by component, each with its activities and its lead and
 * supporting divisions; the responsibility table (a row per division, a column per task, C/P/T);
 * and the signature block with the recipients (nơi nhận) and the signer. The text is set in Times
 * New Roman, 14 pt (13 pt in tables), and the words are those of {@link PlanText}.
 *
 * <p>The model holds neither the plan's number nor its date nor the issuing body's superior: the
 * number ("Số: /KH-") and the day and month of the date line are left blank for the department to
 * fill in.
 *
 * <p>Section II comes from the unit's assessment. When there is none, section II keeps its heading,
 * so that the sections stay numbered I to IV, and says in one paragraph that the results are not
 * available (see {@link #NO_ASSESSMENT}).
 *
 * <pre>{@code
 * PlanDocument.of(plan).write(Path.of("ke-hoach-ddci-2024.docx"));
 * }</pre>
 */
public final class PlanDocument {
  /** The paragraph of section II when the plan has no assessment. */
  public static final String NO_ASSESSMENT =
      "Chưa có kết quả đánh giá DDCI của đơn vị; nội dung đánh giá được bổ sung khi có kết quả"
          + " công bố.";

  /** Word's style of the section headings (I to IV). */
  public static final String HEADING_1 = Word.HEADING_1;

  /** Word's style of the headings inside a section (section III's components). */
  public static final String HEADING_2 = Word.HEADING_2;

  private final Plan plan;
  private final Optional<UnitAssessment> assessment;
  private final PlanText text = PlanText.of(Language.VIETNAMESE);

  private PlanDocument(Plan plan, Optional<UnitAssessment> assessment) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.assessment = assessment;
  }

  /**
   * Returns the draft of a plan, with section II from the plan's own assessment, if it has one.
   *
   * @param plan the plan
   * @return the draft
   */
  public static PlanDocument of(Plan plan) {
    return new PlanDocument(plan, Objects.requireNonNull(plan, "plan").assessment());
  }

  /**
   * Returns the draft of a plan, with section II from the given assessment.
   *
   * @param plan the plan
   * @param assessment the unit's assessment that section II reports
   * @return the draft
   */
  public static PlanDocument of(Plan plan, UnitAssessment assessment) {
    return new PlanDocument(plan, Optional.of(Objects.requireNonNull(assessment, "assessment")));
  }

  /**
   * Returns the plan.
   *
   * @return the plan
   */
  public Plan plan() {
    return plan;
  }

  /**
   * Returns the assessment section II reports, if any.
   *
   * @return the assessment, or empty when section II says the results are not available
   */
  public Optional<UnitAssessment> assessment() {
    return assessment;
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
      header(doc);
      title(doc);
      sectionI(doc);
      sectionII(doc);
      sectionIII(doc);
      responsibilityTable(doc);
      sectionIV(doc);
      signature(doc);
      doc.write(out);
    }
  }

  // ---------------------------------------------------------------- layout

  private void header(XWPFDocument doc) {
    XWPFTable t = borderless(doc, 2);
    XWPFTableRow row = t.getRow(0);
    XWPFTableCell left = row.getCell(0);
    XWPFTableCell right = row.getCell(1);
    cellLine(left, plan.issuingUnit().name().toUpperCase(Locale.forLanguageTag("vi")), true, false);
    cellLine(left, "Số:      /KH-", false, false);
    cellLine(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false);
    cellLine(right, "Độc lập - Tự do - Hạnh phúc", true, false);
    cellLine(right, "ngày      tháng      năm " + plan.year(), false, true);
  }

  private void title(XWPFDocument doc) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingBefore(240);
    run(p, "KẾ HOẠCH", BODY_PT, true, false);
    XWPFParagraph sub = doc.createParagraph();
    sub.setAlignment(ParagraphAlignment.CENTER);
    sub.setSpacingAfter(240);
    run(sub, plan.title(), BODY_PT, true, false);
    paragraph(
        doc,
        "Thực hiện "
            + plan.legalBasis()
            + ", "
            + plan.issuingUnit().name()
            + " xây dựng Kế hoạch "
            + lowerFirst(plan.title())
            + " với những nội dung như sau:");
  }

  private void sectionI(XWPFDocument doc) {
    heading(doc, HEADING_1, "I. MỤC ĐÍCH, YÊU CẦU");
    heading(doc, HEADING_2, "1. Mục đích");
    paragraph(doc, plan.purposes());
    List<String> goals = text.goals(plan);
    if (!goals.isEmpty()) {
      heading(doc, HEADING_2, "2. " + goals.get(0).replaceAll(":$", ""));
      goals.subList(1, goals.size()).forEach(g -> paragraph(doc, g));
    }
  }

  private void sectionII(XWPFDocument doc) {
    if (assessment.isEmpty()) {
      heading(
          doc, HEADING_1, "II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN DDCI NĂM " + plan.year().minusYears(1));
      paragraph(doc, NO_ASSESSMENT);
      return;
    }
    Word.section(doc, text.sectionII(assessment.get()));
  }

  private void sectionIII(XWPFDocument doc) {
    List<String> lines = text.sectionIII(plan);
    Deque<Task> tasks = new ArrayDeque<>();
    ComponentCoverage.of(plan).tasksPerComponent().values().forEach(tasks::addAll);
    heading(doc, HEADING_1, lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      if (line.startsWith("- ") && !tasks.isEmpty()) {
        Task task = tasks.removeFirst();
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingBefore(120);
        run(p, task.number() + ". " + task.title(), BODY_PT, true, false);
        for (String activity : task.activities()) {
          paragraph(doc, "- " + activity);
        }
      } else if (line.startsWith("  ")) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        run(p, line.strip(), BODY_PT, false, true);
      } else if (line.matches("\\d+\\. .*")) {
        heading(doc, HEADING_2, line);
      } else {
        paragraph(doc, line);
      }
    }
  }

  private void responsibilityTable(XWPFDocument doc) {
    List<String> lines = text.responsibilityMatrix(plan);
    XWPFParagraph legend = doc.createParagraph();
    legend.setSpacingBefore(120);
    run(legend, lines.get(0), BODY_PT, true, false);
    List<List<String>> rows = text.responsibilityTable(plan);
    XWPFTable t = doc.createTable(rows.size(), rows.get(0).size());
    t.setWidth("100%");
    t.getRow(0).setRepeatHeader(true);
    for (int i = 0; i < rows.size(); i++) {
      XWPFTableRow row = t.getRow(i);
      for (int j = 0; j < rows.get(i).size(); j++) {
        XWPFTableCell c = row.getCell(j);
        cellLine(c, rows.get(i).get(j), i == 0, false);
        if (i > 0 && j > 0) {
          c.getParagraphs().get(0).setAlignment(ParagraphAlignment.CENTER);
        }
      }
    }
  }

  private void sectionIV(XWPFDocument doc) {
    List<String> lines = text.sectionIV(plan);
    heading(doc, HEADING_1, lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      paragraph(doc, line);
    }
  }

  private void signature(XWPFDocument doc) {
    XWPFTable t = borderless(doc, 2);
    XWPFTableCell left = t.getRow(0).getCell(0);
    XWPFTableCell right = t.getRow(0).getCell(1);
    cellLine(left, "Nơi nhận:", true, true);
    for (String recipient : plan.recipients()) {
      cellLine(left, "- " + recipient, false, false);
    }
    cellLine(right, plan.signer().title().toUpperCase(Locale.forLanguageTag("vi")), true, false);
    for (int k = 0; k < 4; k++) {
      cellLine(right, "", false, false);
    }
    cellLine(right, plan.signer().name(), true, false);
  }

  // ---------------------------------------------------------------- helpers

  private static String lowerFirst(String s) {
    return s.isEmpty()
        ? s
        : s.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + s.substring(1);
  }
}
