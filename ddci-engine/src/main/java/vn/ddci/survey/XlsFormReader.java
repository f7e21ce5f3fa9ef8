package vn.ddci.survey;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import vn.ddci.DdciValidationException;
import vn.ddci.io.DdciIoException;
import vn.ddci.name.Names;

/** Reads an open XLSForm workbook into a {@link Questionnaire} (internal; see {@link XlsForm}). */
final class XlsFormReader {
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

  private final String source;
  private final Workbook workbook;
  private final List<Skipped> skipped = new ArrayList<>();
  private Optional<String> defaultLanguage = Optional.empty();

  XlsFormReader(String source, Workbook workbook) {
    this.source = source;
    this.workbook = workbook;
  }

  Questionnaire read() {
    Sheet survey = null;
    Sheet choices = null;
    Sheet settings = null;
    List<String> others = new ArrayList<>();
    for (Sheet s : workbook) {
      String name = s.getSheetName();
      switch (name.strip().toLowerCase(Locale.ROOT)) {
        case "survey":
          survey = survey == null ? s : twice(survey, s);
          break;
        case "choices":
          choices = choices == null ? s : twice(choices, s);
          break;
        case "settings":
          settings = settings == null ? s : twice(settings, s);
          break;
        default:
          others.add(name);
      }
    }
    if (survey == null) {
      List<String> names = new ArrayList<>();
      workbook.forEach(s -> names.add(s.getSheetName()));
      throw DdciIoException.of(
          source, "has no sheet named survey (an XLSForm's questions); its sheets: " + names, null);
    }
    Questionnaire.Builder b = Questionnaire.builder();
    if (settings != null) {
      readSettings(settings, b);
    }
    Map<String, ChoiceList> lists = choices == null ? Map.of() : readChoices(choices);
    Survey s = readSurvey(survey, lists, choices == null);
    for (String other : others) {
      skipped.add(
          Skipped.sheet(
              other, "sheet not read: a questionnaire is read from survey, choices and settings"));
    }
    try {
      return b.choiceLists(lists)
          .addAllQuestions(s.questions)
          .addAllGroups(s.groups)
          .addAllSkipped(skipped)
          .build();
    } catch (DdciValidationException e) {
      throw DdciIoException.of(source, e.getMessage(), e);
    }
  }

  private Sheet twice(Sheet first, Sheet second) {
    throw DdciIoException.of(
        source,
        "has two sheets named "
            + first.getSheetName()
            + " and "
            + second.getSheetName()
            + ": sheet names are read ignoring case",
        null);
  }

  // ------------------------------------------------------------------------------ settings

  private void readSettings(Sheet sheet, Questionnaire.Builder b) {
    if (sheet.getRow(0) == null) {
      return;
    }
    Header h = header(sheet, false);
    Row values = sheet.getRow(1);
    if (values == null) {
      return;
    }
    text(sheet, values, h, "form_title").ifPresent(b::title);
    text(sheet, values, h, "form_id").ifPresent(b::formId);
    text(sheet, values, h, "version").ifPresent(b::version);
    defaultLanguage = text(sheet, values, h, "default_language");
    defaultLanguage.ifPresent(b::defaultLanguage);
  }

  // ------------------------------------------------------------------------------- choices

  private Map<String, ChoiceList> readChoices(Sheet sheet) {
    Header h = header(sheet, true);
    String listColumn = "list_name";
    for (String required : List.of(listColumn, "name")) {
      if (!h.columns.containsKey(required)) {
        throw DdciIoException.atRow(
            source, sheet.getSheetName(), 1, "no column " + required + " in the header", null);
      }
    }
    Map<String, List<Choice>> byList = new LinkedHashMap<>();
    Map<String, Integer> firstRow = new HashMap<>();
    Map<String, Integer> codeRows = new HashMap<>();
    for (Row row : sheet) {
      if (row.getRowNum() == 0) {
        continue;
      }
      int r = row.getRowNum() + 1;
      String list = text(sheet, row, h, listColumn).orElse("");
      String code = text(sheet, row, h, "name").orElse("");
      Labels labels = labels(sheet, row, h);
      if (list.isEmpty() && code.isEmpty()) {
        if (labels.any()) {
          throw DdciIoException.atRow(
              source,
              sheet.getSheetName(),
              r,
              "a choice with a label needs list_name and name",
              null);
        }
        continue;
      }
      if (code.isEmpty()) {
        throw atCell(sheet, r, h, "name", "", "choice of list " + list + " has no name (code)");
      }
      if (list.isEmpty()) {
        throw atCell(sheet, r, h, listColumn, "", "choice " + code + " names no list_name");
      }
      Integer before = codeRows.putIfAbsent(list + "\u0000" + code, r);
      if (before != null) {
        throw atCell(
            sheet,
            r,
            h,
            "name",
            code,
            "choice " + code + " is given twice in list " + list + " (also row " + before + ")");
      }
      try {
        Choice.Builder c = Choice.builder().code(code).labels(labels.byLanguage);
        labels.main().ifPresent(c::label);
        Optional<String> flag = text(sheet, row, h, "non_answer");
        if (flag.isPresent()) {
          Optional<Boolean> yes = yesNo(flag.get());
          if (yes.isEmpty()) {
            throw atCell(
                sheet, r, h, "non_answer", flag.get(), "non_answer is yes or no (or empty)");
          }
          c.isNonAnswer(yes.get());
        }
        byList.computeIfAbsent(list, k -> new ArrayList<>()).add(c.build());
        firstRow.putIfAbsent(list, r);
      } catch (DdciValidationException e) {
        throw DdciIoException.atRow(source, sheet.getSheetName(), r, e.getMessage(), e);
      }
    }
    Map<String, ChoiceList> lists = new LinkedHashMap<>();
    byList.forEach(
        (name, choices) -> {
          try {
            lists.put(name, ChoiceList.of(name, choices));
          } catch (DdciValidationException e) {
            throw atCell(sheet, firstRow.get(name), h, listColumn, name, e.getMessage());
          }
        });
    return lists;
  }

  // -------------------------------------------------------------------------------- survey

  private static final class Survey {
    final List<Question> questions = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
  }

  /** An open group or repeat. */
  private static final class Frame {
    final boolean repeat;
    final String name;
    final int row;
    final String type;

    /** The group's path, for a group outside repeats. */
    final Optional<String> path;

    /** The group to keep if it holds a question, for a group outside repeats. */
    final Optional<Group> group;

    boolean used;

    Frame(
        boolean repeat,
        String name,
        int row,
        String type,
        Optional<String> path,
        Optional<Group> group) {
      this.repeat = repeat;
      this.name = name;
      this.row = row;
      this.type = type;
      this.path = path;
      this.group = group;
    }
  }

  private Survey readSurvey(Sheet sheet, Map<String, ChoiceList> lists, boolean noChoicesSheet) {
    String sn = sheet.getSheetName();
    Header h = header(sheet, true);
    for (String required : List.of("type", "name")) {
      if (!h.columns.containsKey(required)) {
        throw DdciIoException.atRow(
            source, sn, 1, "no column " + required + " in the header", null);
      }
    }
    Survey survey = new Survey();
    Deque<Frame> open = new ArrayDeque<>();
    List<Frame> begun = new ArrayList<>();
    Map<String, Integer> groupRows = new HashMap<>();
    Map<String, Integer> nameRows = new HashMap<>();
    for (Row row : sheet) {
      if (row.getRowNum() == 0) {
        continue;
      }
      int r = row.getRowNum() + 1;
      String typeText = text(sheet, row, h, "type").map(this::collapse).orElse("");
      String name = text(sheet, row, h, "name").orElse("");
      Labels labels = labels(sheet, row, h);
      if (typeText.isEmpty()) {
        if (!name.isEmpty() || labels.any()) {
          throw atCell(sheet, r, h, "type", "", "a row with a name or a label needs a type");
        }
        if (hasContent(row)) {
          skipped.add(Skipped.row(sn, r, "", "", "a row without type, name or label (a comment)"));
        }
        continue;
      }
      XlsFormType type = XlsFormType.parse(typeText);
      Optional<Frame> repeat = open.stream().filter(f -> f.repeat).findFirst();
      switch (type.role) {
        case BEGIN_GROUP:
        case BEGIN_REPEAT:
          {
            boolean isRepeat = type.role == XlsFormType.Role.BEGIN_REPEAT;
            checkName(sheet, r, h, name, isRepeat ? "a repeat" : "a group");
            Optional<String> path = Optional.empty();
            Optional<Group> group = Optional.empty();
            if (!isRepeat && repeat.isEmpty()) {
              String p = open.isEmpty() ? name : open.peek().path.orElseThrow() + "/" + name;
              Integer before = groupRows.putIfAbsent(p, r);
              if (before != null) {
                throw atCell(
                    sheet,
                    r,
                    h,
                    "name",
                    name,
                    "group " + p + " is begun twice (also row " + before + ")");
              }
              path = Optional.of(p);
              group = Optional.of(group(sheet, row, r, h, p, labels));
            }
            if (isRepeat) {
              skipped.add(
                  Skipped.row(
                      sn,
                      r,
                      typeText,
                      name,
                      repeat
                          .map(this::inRepeat)
                          .orElse(
                              "a repeat: its questions are answered once per repetition, and a"
                                  + " questionnaire keeps questions answered once per"
                                  + " respondent")));
            }
            Frame f = new Frame(isRepeat, name, r, typeText, path, group);
            open.push(f);
            begun.add(f);
            break;
          }
        case END_GROUP:
        case END_REPEAT:
          {
            boolean isRepeat = type.role == XlsFormType.Role.END_REPEAT;
            if (open.isEmpty()) {
              throw atCell(sheet, r, h, "type", typeText, "nothing begun here is to end");
            }
            Frame top = open.peek();
            if (top.repeat != isRepeat) {
              throw atCell(
                  sheet,
                  r,
                  h,
                  "type",
                  typeText,
                  "'"
                      + top.type
                      + "' "
                      + top.name
                      + " of row "
                      + top.row
                      + " must end first, with end "
                      + (top.repeat ? "repeat" : "group"));
            }
            open.pop();
            break;
          }
        case UNKNOWN:
        case MALFORMED:
          throw atCell(
              sheet,
              r,
              h,
              "type",
              typeText,
              type.role == XlsFormType.Role.UNKNOWN
                  ? "unknown question type: not an XLSForm type (a misspelling?); a questionnaire"
                      + " keeps select_one LIST, select_multiple LIST, integer, decimal and text"
                  : type.reason);
        case SKIP:
          unique(sheet, r, h, name, nameRows);
          skipped.add(
              Skipped.row(sn, r, typeText, name, repeat.map(this::inRepeat).orElse(type.reason)));
          break;
        case QUESTION:
          {
            checkName(sheet, r, h, name, "a question");
            unique(sheet, r, h, name, nameRows);
            Optional<ChoiceList> list = Optional.empty();
            if (type.list.isPresent()) {
              String l = type.list.get();
              list = Optional.ofNullable(lists.get(l));
              if (list.isEmpty()) {
                throw atCell(
                    sheet,
                    r,
                    h,
                    "type",
                    typeText,
                    "choice list "
                        + l
                        + (noChoicesSheet
                            ? " cannot be found: the workbook has no choices sheet"
                            : " is not in the choices sheet"));
              }
            }
            if (repeat.isPresent()) {
              skipped.add(Skipped.row(sn, r, typeText, name, inRepeat(repeat.get())));
              break;
            }
            survey.questions.add(question(sheet, row, r, h, name, type, list, labels, open));
            open.forEach(f -> f.used = true);
            break;
          }
        default:
          throw new AssertionError(type.role);
      }
    }
    if (!open.isEmpty()) {
      Frame f = open.peek();
      throw atCell(
          sheet,
          f.row,
          h,
          "type",
          f.type,
          f.name + " never ends: no end " + (f.repeat ? "repeat" : "group") + " follows");
    }
    for (Frame f : begun) {
      if (f.used) {
        f.group.ifPresent(survey.groups::add);
      }
    }
    return survey;
  }

  private String inRepeat(Frame repeat) {
    return "in the repeat "
        + repeat.name
        + " of row "
        + repeat.row
        + ": answered once per repetition, not once per respondent";
  }

  private void checkName(Sheet sheet, int r, Header h, String name, String what) {
    if (name.isEmpty()) {
      throw atCell(sheet, r, h, "name", "", what + " needs a name");
    }
    if (!Question.isName(name)) {
      throw atCell(
          sheet,
          r,
          h,
          "name",
          name,
          "not an XLSForm name: a letter or _, then letters, digits, _ - . (no space)");
    }
  }

  private void unique(Sheet sheet, int r, Header h, String name, Map<String, Integer> rows) {
    if (name.isEmpty()) {
      return;
    }
    Integer before = rows.putIfAbsent(name.toLowerCase(Locale.ROOT), r);
    if (before != null) {
      throw atCell(
          sheet,
          r,
          h,
          "name",
          name,
          "the name " + name + " is given twice, ignoring case (also row " + before + ")");
    }
  }

  private Question question(
      Sheet sheet,
      Row row,
      int r,
      Header h,
      String name,
      XlsFormType type,
      Optional<ChoiceList> list,
      Labels labels,
      Deque<Frame> open) {
    Optional<String> label = labels.main();
    if (label.isEmpty()) {
      throw atCell(
          sheet, r, h, h.labelColumn(), "", "question " + name + " has no label in any language");
    }
    try {
      Question.Builder q =
          Question.builder()
              .name(name)
              .kind(type.kind.orElseThrow())
              .label(label.get())
              .labels(labels.byLanguage)
              .choiceList(list)
              .acceptsOther(type.orOther);
      if (!open.isEmpty()) {
        q.group(open.peek().path.orElseThrow());
      }
      Optional<String> required = text(sheet, row, h, "required");
      if (required.isPresent()) {
        Optional<Boolean> yes = yesNo(required.get());
        if (yes.isPresent()) {
          q.required(yes.get());
        } else {
          q.requiredCondition(required.get());
        }
      }
      text(sheet, row, h, "constraint").ifPresent(q::constraint);
      text(sheet, row, h, "relevant").ifPresent(q::relevant);
      text(sheet, row, h, "unit").ifPresent(q::unitOfMeasure);
      return q.build();
    } catch (DdciValidationException e) {
      throw DdciIoException.atRow(source, sheet.getSheetName(), r, e.getMessage(), e);
    }
  }

  private Group group(Sheet sheet, Row row, int r, Header h, String path, Labels labels) {
    try {
      Group.Builder g = Group.builder().path(path).labels(labels.byLanguage);
      labels.main().ifPresent(g::label);
      text(sheet, row, h, "relevant").ifPresent(g::relevant);
      return g.build();
    } catch (DdciValidationException e) {
      throw DdciIoException.atRow(source, sheet.getSheetName(), r, e.getMessage(), e);
    }
  }

  /** yes, true, true(), 1 and no, false, false(), 0, ignoring case; empty for anything else. */
  private static Optional<Boolean> yesNo(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "yes":
      case "true":
      case "true()":
      case "1":
        return Optional.of(true);
      case "no":
      case "false":
      case "false()":
      case "0":
        return Optional.of(false);
      default:
        return Optional.empty();
    }
  }

  // ------------------------------------------------------------------------ headers, cells

  /** The columns of a sheet, by lower-case name, and its label columns by language. */
  private final class Header {
    final Sheet sheet;
    final Map<String, Integer> columns = new HashMap<>();
    final Map<String, String> written = new HashMap<>();
    final Map<String, Integer> languages = new LinkedHashMap<>();

    Header(Sheet sheet) {
      this.sheet = sheet;
    }

    String name(int index) {
      for (Map.Entry<String, Integer> e : columns.entrySet()) {
        if (e.getValue() == index) {
          return written.get(e.getKey());
        }
      }
      return "";
    }

    /** The column a missing label is reported in. */
    String labelColumn() {
      if (columns.containsKey("label")) {
        return "label";
      }
      return languages.isEmpty()
          ? "label"
          : "label::" + languages.keySet().iterator().next().toLowerCase(Locale.ROOT);
    }
  }

  private static final List<String> SURVEY_COLUMNS =
      List.of("type", "name", "label", "required", "constraint", "relevant", "unit");

  private static final List<String> CHOICES_COLUMNS =
      List.of("list_name", "list name", "name", "label", "non_answer");

  private static final List<String> SETTINGS_COLUMNS =
      List.of("form_title", "form_id", "version", "default_language");

  /**
   * Reads the header (row 1). Names are compared ignoring case and surrounding spaces; {@code
   * label::Language} and the legacy {@code label:Language} are label columns. A column given twice
   * is an error; columns not read are reported once per sheet when {@code report} is set.
   */
  private Header header(Sheet sheet, boolean report) {
    String sn = sheet.getSheetName();
    String lowerName = sn.strip().toLowerCase(Locale.ROOT);
    List<String> known =
        lowerName.equals("survey")
            ? SURVEY_COLUMNS
            : lowerName.equals("choices") ? CHOICES_COLUMNS : SETTINGS_COLUMNS;
    Header h = new Header(sheet);
    Row first = sheet.getRow(0);
    if (first == null) {
      throw DdciIoException.atRow(source, sn, 1, "the header row is empty", null);
    }
    List<String> notRead = new ArrayList<>();
    for (Cell cell : first) {
      int c = cell.getColumnIndex();
      String written = collapse(cellText(sheet, cell, first.getRowNum() + 1, ""));
      if (written.isEmpty()) {
        continue;
      }
      String lower = written.toLowerCase(Locale.ROOT);
      String key;
      if (lower.startsWith("label:")) {
        String language = written.substring(lower.startsWith("label::") ? 7 : 6).strip();
        if (language.isEmpty()) {
          throw DdciIoException.atCell(
              source, sn, 1, column(c, written), written, "no language after label::", null);
        }
        key = "label::" + language.toLowerCase(Locale.ROOT);
        if (h.columns.containsKey(key)) {
          throw twiceInHeader(sn, h, key, c, written);
        }
        h.languages.put(language, c);
      } else if (known.contains(lower)) {
        key = lower.equals("list name") ? "list_name" : lower;
        if (h.columns.containsKey(key)) {
          throw twiceInHeader(sn, h, key, c, written);
        }
      } else {
        notRead.add(written);
        continue;
      }
      h.columns.put(key, c);
      h.written.put(key, written);
    }
    if (report && !notRead.isEmpty()) {
      skipped.add(Skipped.row(sn, 1, "", "", "columns not read: " + String.join(", ", notRead)));
    }
    return h;
  }

  private DdciIoException twiceInHeader(String sn, Header h, String key, int c, String written) {
    int before = h.columns.get(key);
    return DdciIoException.atCell(
        source,
        sn,
        1,
        column(c, written),
        written,
        "the column is given twice (also column " + column(before, h.written.get(key)) + ")",
        null);
  }

  /** A row's labels: the plain label column, and the label columns by language. */
  private final class Labels {
    final Optional<String> plain;
    final Map<String, String> byLanguage;

    Labels(Optional<String> plain, Map<String, String> byLanguage) {
      this.plain = plain;
      this.byLanguage = byLanguage;
    }

    boolean any() {
      return plain.isPresent() || !byLanguage.isEmpty();
    }

    /**
     * The label in the default language: the plain label column, else the column of the settings'
     * default_language, else the first language column with a label.
     */
    Optional<String> main() {
      if (plain.isPresent()) {
        return plain;
      }
      if (defaultLanguage.isPresent()) {
        Optional<String> d = Vocabulary.inLanguage(byLanguage, defaultLanguage.get());
        if (d.isPresent()) {
          return d;
        }
      }
      return byLanguage.values().stream().findFirst();
    }
  }

  private Labels labels(Sheet sheet, Row row, Header h) {
    Optional<String> plain = text(sheet, row, h, "label");
    Map<String, String> byLanguage = new LinkedHashMap<>();
    h.languages.forEach(
        (language, c) -> {
          String t = cellText(sheet, row.getCell(c), row.getRowNum() + 1, h.name(c));
          if (!t.isEmpty()) {
            byLanguage.put(language, t);
          }
        });
    return new Labels(plain, byLanguage);
  }

  private Optional<String> text(Sheet sheet, Row row, Header h, String key) {
    Integer c = h.columns.get(key);
    if (c == null) {
      return Optional.empty();
    }
    String t = cellText(sheet, row.getCell(c), row.getRowNum() + 1, h.written.get(key));
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  /** Whether a row holds any cell that is not blank. */
  private static boolean hasContent(Row row) {
    for (Cell cell : row) {
      CellType t = cell.getCellType();
      if (t != CellType.BLANK && !(t == CellType.STRING && cell.getStringCellValue().isBlank())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A cell's text as the form means it: a string stripped and in Unicode NFC; a number without ".0"
   * (a code 1 typed as a number reads "1"); a boolean as TRUE or FALSE; a formula by its cached
   * value. A cell holding an error (#N/A, #REF!) or a control character is refused, naming it.
   */
  private String cellText(Sheet sheet, Cell cell, int r, String header) {
    if (cell == null) {
      return "";
    }
    CellType t = cell.getCellType();
    if (t == CellType.FORMULA) {
      t = cell.getCachedFormulaResultType();
    }
    String text;
    switch (t) {
      case STRING:
        text = cell.getStringCellValue();
        break;
      case NUMERIC:
        text = WorkbookFiles.number(cell.getNumericCellValue());
        break;
      case BOOLEAN:
        text = cell.getBooleanCellValue() ? "TRUE" : "FALSE";
        break;
      case ERROR:
        throw DdciIoException.atCell(
            source,
            sheet.getSheetName(),
            r,
            column(cell.getColumnIndex(), header),
            FormulaError.forInt(cell.getErrorCellValue()).getString(),
            "the cell holds an error",
            null);
      default:
        return "";
    }
    String stripped = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    try {
      Names.cleanText(stripped, "cell");
    } catch (DdciValidationException e) {
      throw DdciIoException.atCell(
          source,
          sheet.getSheetName(),
          r,
          column(cell.getColumnIndex(), header),
          stripped,
          e.getMessage(),
          e);
    }
    return stripped;
  }

  private String collapse(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  /** How messages name a column: its letter and header, "C label::Tiếng Việt (vi)". */
  private static String column(int index, String header) {
    String letter = CellReference.convertNumToColString(index);
    return header.isEmpty() ? letter : letter + " " + header;
  }

  private DdciIoException atCell(
      Sheet sheet, int r, Header h, String key, String value, String problem) {
    Integer c = h.columns.get(key);
    String col = c != null ? column(c, h.written.get(key)) : key;
    return DdciIoException.atCell(source, sheet.getSheetName(), r, col, value, problem, null);
  }
}
