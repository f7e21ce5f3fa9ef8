package vn.ddci.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ddci.io.AtomicFiles;
import vn.ddci.io.DdciIoException;
import vn.ddci.io.PoiLogging;

/**
 * Reads and writes questionnaires in XLSForm (biểu mẫu XLSForm), the Excel layout in which ODK,
 * KoBoToolbox, SurveyCTO and Ona define a survey.
 *
 * <pre>{@code
 * Questionnaire q = XlsForm.read(Path.of("ddci-2024.xlsx"));
 * XlsForm.write(q.withNonAnswers("agree5", List.of("99")), Path.of("ddci-2024-checked.xlsx"));
 * }</pre>
 *
 * <h2>What is read</h2>
 *
 * <p>A workbook (.xlsx or legacy .xls, at most {@link #MAX_BYTES}) with a sheet {@code survey}, and
 * optionally {@code choices} and {@code settings}. Sheet names and column names are compared
 * ignoring case and surrounding spaces; other sheets and columns are not read, and are reported in
 * {@link Questionnaire#skipped()}. Row 1 of each sheet is its header.
 *
 * <ul>
 *   <li>{@code survey}: {@code type} and {@code name} (required), {@code label}, {@code
 *       label::Language (code)} (also the legacy {@code label:Language}), {@code required}, {@code
 *       constraint}, {@code relevant}, {@code unit}.
 *   <li>{@code choices}: {@code list_name} (or {@code list name}) and {@code name} (required),
 *       {@code label}, {@code label::Language}, and {@code non_answer} (yes/no, this library's own
 *       column: it overrides the rule of {@link Choice#isNonAnswer()}).
 *   <li>{@code settings}, row 2: {@code form_title}, {@code form_id}, {@code version}, {@code
 *       default_language}.
 * </ul>
 *
 * <p>A label in the default language is the {@code label} column; without one, the column of the
 * settings' {@code default_language}; without one, the first language column that has a label. A
 * question needs a label; a choice or a group may have none. A number typed in a cell reads without
 * ".0" (a code 1 reads "1"); a formula reads by its cached value; {@code required} reads yes/true/1
 * as required, no/false/0 as not, and anything else as a condition.
 *
 * <h2>Types</h2>
 *
 * <ul>
 *   <li>Questions: {@code select_one LIST}, {@code select_multiple LIST}, either with {@code
 *       or_other}, {@code integer}, {@code decimal}, {@code text}; and pyxform's legacy spellings
 *       ({@code select one from LIST}, {@code select all that apply from LIST or specify other},
 *       {@code int}, {@code string}, …). A select's list must be in the {@code choices} sheet.
 *   <li>Structure: {@code begin group} / {@code end group} (or {@code begin_group} …), whose names
 *       make the question's {@link Question#path() path}; {@code begin repeat} / {@code end repeat}
 *       and the legacy {@code begin loop over LIST} / {@code end loop}.
 *   <li>Skipped, with a reason: the other XLSForm types (note, calculate, hidden, acknowledge,
 *       date, time, dateTime, geopoint, geotrace, geoshape, range, image, audio, video, file,
 *       barcode, rank, select_one_from_file, select_one_external, osm, xml-external, csv-external)
 *       and the metadata (start, end, today, deviceid, username, audit, …).
 *   <li><b>Repeats</b>: a question inside a repeat is answered once per repetition, while a
 *       questionnaire holds questions answered once per respondent, so it is skipped, with the
 *       repeat's name in the reason; so is the repeat itself.
 *   <li><b>An unknown type is an error</b>, not skipped: a misspelt {@code integr} or {@code
 *       select_on} would otherwise drop a scored question without anyone noticing.
 * </ul>
 *
 * <h2>Errors</h2>
 *
 * <p>Every problem is a {@link DdciIoException} naming the file, sheet, row, column and value, and
 * nothing is returned half-read: a missing {@code survey} sheet or {@code type}/{@code name}
 * column; a select whose list is not in {@code choices}; a question name given twice (ignoring
 * case, among every named row that is not a group or repeat) or not an XLSForm name; a question
 * without a label; a group or repeat without a name, never ended, or ended by the wrong {@code
 * end}; a group path begun twice; a row with a name or label but no type; a choice without a list
 * or a code, or given twice in its list; a column given twice; a cell holding an error or a control
 * character.
 */
public final class XlsForm {
  /** The largest workbook read: 16 MiB. */
  public static final long MAX_BYTES = WorkbookFiles.MAX_BYTES;

  /** An underscore that an .xlsx reader would take as the start of an escape: "_x0041_" is "A". */
  private static final Pattern OOXML_ESCAPE = Pattern.compile("_(?=x[0-9A-Fa-f]{4}_)");

  private XlsForm() {}

  /**
   * Reads a questionnaire.
   *
   * @param file the .xlsx or .xls file
   * @return the questionnaire, with what was skipped and why
   * @throws DdciIoException naming file, sheet, row, column and value when the file cannot be read
   *     or is not a valid XLSForm (see above)
   */
  public static Questionnaire read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    return WorkbookFiles.read(file, workbook -> new XlsFormReader(source, workbook).read());
  }

  /**
   * Writes a questionnaire as an XLSForm .xlsx: a {@code survey} sheet (type, name, label, a {@code
   * label::Language} column per language, required, constraint, relevant, unit), a {@code choices}
   * sheet (list_name, name, label, label columns, non_answer) and, when the questionnaire has a
   * title, id, version or default language, a {@code settings} sheet. Groups are written as {@code
   * begin group} / {@code end group} around their questions. What {@link #read(Path)} skipped is
   * not written.
   *
   * <p>{@link #read(Path)} of the file gives back the questions, choice lists, groups and settings
   * written. The file is written whole or not at all: into a temporary file beside it, then moved
   * over it.
   *
   * @param questionnaire the questionnaire
   * @param file the .xlsx file, replaced if it exists
   * @throws DdciIoException naming the file when it cannot be written
   */
  public static void write(Questionnaire questionnaire, Path file) {
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(file, "file");
    PoiLogging.quietWhenUnconfigured();
    AtomicFiles.write(
        file,
        out -> {
          try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            writeSurvey(workbook.createSheet("survey"), questionnaire);
            writeChoices(workbook.createSheet("choices"), questionnaire);
            writeSettings(workbook, questionnaire);
            workbook.write(out);
          }
        });
  }

  private static void writeSurvey(Sheet sheet, Questionnaire q) {
    Set<String> languages = new LinkedHashSet<>();
    q.questions().forEach(x -> languages.addAll(x.labels().keySet()));
    q.groups().forEach(g -> languages.addAll(g.labels().keySet()));
    List<String> header = new ArrayList<>(List.of("type", "name", "label"));
    languages.forEach(l -> header.add("label::" + l));
    header.addAll(List.of("required", "constraint", "relevant", "unit"));
    Writer w = new Writer(sheet, header);
    List<String> open = new ArrayList<>();
    for (Question question : q.questions()) {
      List<String> path = question.group().map(g -> List.of(g.split("/"))).orElse(List.of());
      int common = 0;
      while (common < open.size()
          && common < path.size()
          && open.get(common).equals(path.get(common))) {
        common++;
      }
      while (open.size() > common) {
        open.remove(open.size() - 1);
        w.row().put("type", "end group");
      }
      while (open.size() < path.size()) {
        open.add(path.get(open.size()));
        Group g = q.group(String.join("/", open)).orElseThrow();
        Map<String, String> row = w.row();
        row.put("type", "begin group");
        row.put("name", g.name());
        g.label().ifPresent(l -> row.put("label", l));
        g.labels().forEach((language, l) -> row.put("label::" + language, l));
        g.relevant().ifPresent(r -> row.put("relevant", r));
      }
      Map<String, String> row = w.row();
      row.put(
          "type",
          question.kind().xlsFormType()
              + question.choiceList().map(l -> " " + l.name()).orElse("")
              + (question.acceptsOther() ? " or_other" : ""));
      row.put("name", question.name());
      row.put("label", question.label());
      question.labels().forEach((language, l) -> row.put("label::" + language, l));
      if (question.required()) {
        row.put("required", "yes");
      }
      question.requiredCondition().ifPresent(c -> row.put("required", c));
      question.constraint().ifPresent(c -> row.put("constraint", c));
      question.relevant().ifPresent(r -> row.put("relevant", r));
      question.unitOfMeasure().ifPresent(u -> row.put("unit", u));
    }
    for (int i = 0; i < open.size(); i++) {
      w.row().put("type", "end group");
    }
    w.flush();
  }

  private static void writeChoices(Sheet sheet, Questionnaire q) {
    Set<String> languages = new LinkedHashSet<>();
    q.choiceLists()
        .values()
        .forEach(l -> l.choices().forEach(c -> languages.addAll(c.labels().keySet())));
    List<String> header = new ArrayList<>(List.of("list_name", "name", "label"));
    languages.forEach(l -> header.add("label::" + l));
    header.add("non_answer");
    Writer w = new Writer(sheet, header);
    for (ChoiceList list : q.choiceLists().values()) {
      for (Choice c : list.choices()) {
        Map<String, String> row = w.row();
        row.put("list_name", list.name());
        row.put("name", c.code());
        c.label().ifPresent(l -> row.put("label", l));
        c.labels().forEach((language, l) -> row.put("label::" + language, l));
        row.put("non_answer", c.isNonAnswer() ? "yes" : "no");
      }
    }
    w.flush();
  }

  private static void writeSettings(Workbook workbook, Questionnaire q) {
    Map<String, Optional<String>> settings =
        new java.util.LinkedHashMap<>(
            Map.of(
                "form_title", q.title(),
                "form_id", q.formId(),
                "version", q.version(),
                "default_language", q.defaultLanguage()));
    settings.values().removeIf(Optional::isEmpty);
    if (settings.isEmpty()) {
      return;
    }
    Writer w = new Writer(workbook.createSheet("settings"), new ArrayList<>(settings.keySet()));
    Map<String, String> row = w.row();
    settings.forEach((k, v) -> row.put(k, v.orElseThrow()));
    w.flush();
  }

  /** Rows of a sheet as maps from header to text, written as strings. */
  private static final class Writer {
    private final Sheet sheet;
    private final List<String> header;
    private final List<Map<String, String>> rows = new ArrayList<>();

    Writer(Sheet sheet, List<String> header) {
      this.sheet = sheet;
      this.header = header;
    }

    Map<String, String> row() {
      Map<String, String> row = new java.util.HashMap<>();
      rows.add(row);
      return row;
    }

    void flush() {
      Row first = sheet.createRow(0);
      for (int c = 0; c < header.size(); c++) {
        first.createCell(c).setCellValue(escape(header.get(c)));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        Map<String, String> values = rows.get(r);
        for (int c = 0; c < header.size(); c++) {
          String v = values.get(header.get(c));
          if (v != null) {
            row.createCell(c).setCellValue(escape(v));
          }
        }
      }
    }
  }

  /**
   * The text to give POI so that the cell reads back as written: an .xlsx reader takes {@code
   * _xHHHH_} as the character U+HHHH, so the underscore of a literal one is written as {@code
   * _x005F_}.
   */
  private static String escape(String text) {
    return OOXML_ESCAPE.matcher(text).replaceAll("_x005F_");
  }
}
