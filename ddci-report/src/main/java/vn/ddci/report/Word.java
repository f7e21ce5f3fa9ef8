package vn.ddci.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import vn.ddci.io.AtomicFiles;

/**
 * The layout the library's Word documents share: Times New Roman, 14 pt in the body and 13 pt in
 * tables, justified paragraphs with a first-line indent, and headings in the styles {@code
 * Heading1} and {@code Heading2} with outline levels, so that Word's navigation pane lists them.
 */
final class Word {
  static final String FONT = "Times New Roman";
  static final int BODY_PT = 14;
  static final int TABLE_PT = 13;

  /** Word's style of a section heading. */
  static final String HEADING_1 = "Heading1";

  /** Word's style of a heading inside a section. */
  static final String HEADING_2 = "Heading2";

  private Word() {}

  /** The bytes a writer of a whole document writes. */
  static byte[] bytes(AtomicFiles.Content content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      content.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Adds a section as {@link vn.ddci.text.PlanText} writes it: the first line as a {@code
   * Heading1}, numbered lines ("1. …") as {@code Heading2}, the others as paragraphs.
   */
  static void section(XWPFDocument doc, List<String> lines) {
    heading(doc, HEADING_1, lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      if (line.matches("\\d+\\. .*")) {
        heading(doc, HEADING_2, line);
      } else {
        paragraph(doc, line);
      }
    }
  }

  static XWPFTable borderless(XWPFDocument doc, int columns) {
    XWPFTable t = doc.createTable(1, columns);
    t.setWidth("100%");
    t.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    t.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    t.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    t.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    t.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    t.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    return t;
  }

  /** Adds a centred line to a cell, the first in the cell's first, empty paragraph. */
  static void cellLine(XWPFTableCell cell, String line, boolean bold, boolean italic) {
    List<XWPFParagraph> ps = cell.getParagraphs();
    XWPFParagraph p =
        ps.size() == 1 && ps.get(0).getRuns().isEmpty() ? ps.get(0) : cell.addParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    run(p, line, TABLE_PT, bold, italic);
  }

  static void heading(XWPFDocument doc, String style, String line) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(style);
    p.setSpacingBefore(HEADING_1.equals(style) ? 240 : 120);
    p.setKeepNext(true);
    run(p, line, BODY_PT, true, false);
  }

  static void paragraph(XWPFDocument doc, String line) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(567);
    run(p, line, BODY_PT, false, false);
  }

  static XWPFRun run(XWPFParagraph p, String line, int points, boolean bold, boolean italic) {
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(points);
    r.setBold(bold);
    r.setItalic(italic);
    r.setLang("vi-VN");
    r.setText(line);
    return r;
  }

  /** Heading 1 and Heading 2, with outline levels, so that Word's navigation pane lists them. */
  static void headingStyles(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    styles.setDefaultFonts(fonts);
    headingStyle(styles, HEADING_1, "heading 1", 0);
    headingStyle(styles, HEADING_2, "heading 2", 1);
  }

  static void headingStyle(XWPFStyles styles, String id, String name, int level) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal(name);
    s.addNewNext().setVal("Normal");
    s.addNewUiPriority().setVal(BigInteger.valueOf(9));
    s.addNewQFormat();
    CTPPrGeneral ppr = s.addNewPPr();
    ppr.addNewKeepNext();
    ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
    CTRPr rpr = s.addNewRPr();
    CTFonts f = rpr.addNewRFonts();
    f.setAscii(FONT);
    f.setHAnsi(FONT);
    f.setCs(FONT);
    rpr.addNewB();
    rpr.addNewSz().setVal(BigInteger.valueOf(BODY_PT * 2L));
    styles.addStyle(new XWPFStyle(s));
  }
}
