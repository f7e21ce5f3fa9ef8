package vn.ddci.survey;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import vn.ddci.DdciValidationException;
import vn.ddci.io.AtomicFiles;
import vn.ddci.io.DdciIoException;

/**
 * Reads the answers a survey tool exports (xuất dữ liệu khảo sát): ODK, KoBoToolbox and SurveyCTO
 * write one row per submission and one column per question, named by the question or by its group
 * path ({@code minh_bach/tm2}), answers as codes or as labels. A row is one respondent's rating of
 * one unit.
 *
 * <pre>{@code
 * SurveyExport.Read read = SurveyExport.read(Path.of("export.csv"), questionnaire,
 *     ExportColumns.of("_uuid", "thong_tin/don_vi").withWeight("_weight")
 *         .withAttributes("loai_hinh", "quy_mo"));
 * read.responses();     // what is scored
 * read.problems();      // what was left out, read as not answered, or flagged — and why
 * }</pre>
 *
 * <p>Nothing invalid is used silently. A row without a respondent id or a unit (or naming a unit
 * not in the unit question's list) and a second row of the same respondent and unit are left out;
 * an answer that is neither a code nor a label of its list, a number that cannot be read and a
 * negative number (or a percentage above 100) are read as not answered; a row giving the same point
 * to every Likert item (10 or more) and a question answered by fewer than half the rows are
 * flagged. Each is an {@link ExportProblem} naming row, column and value. Problems of the file
 * itself (not UTF-8 CSV, not a readable workbook, no such column) are a {@link DdciIoException},
 * naming the sheet too for a workbook.
 *
 * <h2>CSV and Excel exports</h2>
 *
 * <p>The file's extension says how it is read: {@code .csv} is CSV (UTF-8, with or without a byte
 * order mark); {@code .xlsx} and legacy {@code .xls} are an Excel export, as ODK, KoBoToolbox and
 * SurveyCTO also write them, read from the first sheet (header in row 1, one row per submission, at
 * most {@link XlsForm#MAX_BYTES}); any other extension is refused. Both become the same table of
 * text, read alike from there. In a workbook a text cell reads stripped, a number as the shortest
 * decimal without ".0" (a code 1 stored as the number 1.0 reads "1", 12.5 reads "12.5"), a boolean
 * as TRUE or FALSE, a formula by its cached value, a blank cell as not answered; a cell holding an
 * error (#N/A) is a {@link DdciIoException}. A date stored as a number reads as that number. Rows
 * are numbered as a spreadsheet shows them (the header is row 1) and an entirely blank row, in
 * either format, is skipped but still counted, so that a problem's row is the row an analyst sees.
 * {@link #write} writes CSV only.
 */
public final class SurveyExport {
  /** The header of the sampling weights' column that {@link #write} adds to weighted answers. */
  public static final String WEIGHT_COLUMN = "_weight";

  /** Likert items a row must answer alike to be flagged as straight-lining. */
  public static final int STRAIGHT_LINING_ITEMS = 10;

  private SurveyExport() {}

  /** What reading an export gives: the answers scored and the problems found. */
  public static final class Read {
    private final Responses responses;
    private final ImmutableList<ExportProblem> problems;
    private final ImmutableList<String> ignoredColumns;

    private Read(Responses responses, List<ExportProblem> problems, List<String> ignoredColumns) {
      this.ignoredColumns = ImmutableList.copyOf(ignoredColumns);
      this.responses = responses;
      this.problems = ImmutableList.copyOf(problems);
    }

    /**
     * Returns the answers read, rows left out excluded.
     *
     * @return the responses
     */
    public Responses responses() {
      return responses;
    }

    /**
     * Returns what was left out, read as not answered, or flagged, in row order.
     *
     * @return the problems
     */
    public List<ExportProblem> problems() {
      return problems;
    }

    /**
     * Returns the columns not read: neither the respondent's, the unit's nor the weight's, nor a
     * scored question of the questionnaire (a tool's metadata such as {@code _submission_time}, a
     * text question, a header the questionnaire does not know).
     *
     * @return their headers, in file order
     */
    public List<String> ignoredColumns() {
      return ignoredColumns;
    }

    /**
     * Returns the problems of one kind.
     *
     * @param kind the kind
     * @return those problems
     */
    public List<ExportProblem> problems(ExportProblem.Kind kind) {
      return problems.stream()
          .filter(p -> p.kind() == kind)
          .collect(ImmutableList.toImmutableList());
    }

    @Override
    public String toString() {
      return "SurveyExport.Read["
          + responses
          + ", "
          + problems.size()
          + " problems, "
          + ignoredColumns.size()
          + " columns not read]";
    }
  }

  /**
   * Reads an export.
   *
   * @param file the export: {@code .csv}, {@code .xlsx} or {@code .xls}
   * @param questionnaire the questionnaire the answers follow
   * @param respondentColumn the column of the respondent's id (e.g. {@code _uuid}, {@code ma_dn})
   * @param unitQuestion the select-one question naming the unit rated, by name or path
   * @return the answers and the problems
   * @throws DdciIoException naming the file (and sheet) and column when its extension is not .csv,
   *     .xlsx or .xls, it cannot be read, lacks the respondent or unit column, or no row is left
   */
  public static Read read(
      Path file, Questionnaire questionnaire, String respondentColumn, String unitQuestion) {
    return read(file, questionnaire, ExportColumns.of(respondentColumn, unitQuestion));
  }

  /**
   * Reads an export whose rows carry sampling weights (trọng số mẫu). A row whose weight is
   * missing, not a number or not positive is left out, and named.
   *
   * @param file the export: {@code .csv}, {@code .xlsx} or {@code .xls}
   * @param questionnaire the questionnaire the answers follow
   * @param respondentColumn the column of the respondent's id
   * @param unitQuestion the select-one question naming the unit rated, by name or path
   * @param weightColumn the column of the weights, if the survey has them
   * @return the answers and the problems
   * @throws DdciIoException naming the file (and sheet) and column when its extension is not .csv,
   *     .xlsx or .xls, it cannot be read, lacks a column, or no row is left
   */
  public static Read read(
      Path file,
      Questionnaire questionnaire,
      String respondentColumn,
      String unitQuestion,
      Optional<String> weightColumn) {
    Objects.requireNonNull(weightColumn, "weightColumn");
    ExportColumns columns = ExportColumns.of(respondentColumn, unitQuestion);
    return read(file, questionnaire, weightColumn.map(columns::withWeight).orElse(columns));
  }

  /**
   * Reads an export, with its sampling weights and the respondents' attributes when the columns
   * name them. A row whose weight is missing, not a number or not positive is left out, and named.
   * An attribute that is a select-one question of the questionnaire is read as its code (given as
   * code or label); one that is not an option of its list is named and read as not stated, which
   * {@link Responses#attribute} gives as an empty string, as it gives a blank cell.
   *
   * @param file the export: {@code .csv}, {@code .xlsx} or {@code .xls}
   * @param questionnaire the questionnaire the answers follow
   * @param columns the respondent's, unit's, weight's and attributes' columns
   * @return the answers and the problems
   * @throws DdciIoException naming the file (and sheet) and column when its extension is not .csv,
   *     .xlsx or .xls, it cannot be read, lacks a column named, or no row is left
   */
  public static Read read(Path file, Questionnaire questionnaire, ExportColumns columns) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(columns, "columns");
    String respondentColumn = columns.respondent();
    String unitQuestion = columns.unitQuestion();
    Optional<String> weightColumn = columns.weight();
    String src = file.toString();
    Question unitQ =
        questionnaire
            .question(lastPart(unitQuestion))
            .orElseThrow(
                () ->
                    DdciIoException.of(
                        src, "no question " + unitQuestion + " in the questionnaire", null));
    ChoiceList units =
        unitQ
            .choiceList()
            .orElseThrow(
                () ->
                    DdciIoException.of(
                        src, "question " + unitQuestion + " is not a select question", null));
    ExportTable table = ExportTable.read(file);
    String sheet = table.sheet();
    List<String> header = table.header();
    int idAt = header.indexOf(respondentColumn);
    if (idAt < 0) {
      throw DdciIoException.atRow(
          src, sheet, 1, "no column " + respondentColumn + " for the respondent", null);
    }
    int weightAt = weightColumn.map(header::indexOf).orElse(-2);
    if (weightAt == -1) {
      throw DdciIoException.atRow(
          src, sheet, 1, "no column " + weightColumn.get() + " for the sampling weight", null);
    }
    Map<Question, Integer> answerColumns = new LinkedHashMap<>();
    for (int c = 0; c < header.size(); c++) {
      Optional<Question> q = questionnaire.question(lastPart(header.get(c)));
      if (q.isPresent() && q.get().kind() != QuestionKind.TEXT) {
        Integer before = answerColumns.putIfAbsent(q.get(), c);
        if (before != null) {
          throw DdciIoException.atCell(
              src,
              sheet,
              1,
              header.get(c),
              header.get(c),
              "column "
                  + header.get(c)
                  + " and column "
                  + header.get(before)
                  + " are both question "
                  + q.get().name()
                  + ": which to score is not said",
              null);
        }
      }
    }
    Integer unitAt = answerColumns.remove(unitQ);
    if (unitAt == null) {
      throw DdciIoException.atRow(
          src, sheet, 1, "no column for the unit question " + unitQuestion, null);
    }
    Map<String, Integer> attributeAt = new LinkedHashMap<>();
    for (String a : columns.attributes()) {
      int at = attributeColumn(header, a, src, sheet);
      if (at == idAt || at == unitAt || at == weightAt || attributeAt.containsValue(at)) {
        throw DdciIoException.atCell(
            src,
            sheet,
            1,
            header.get(at),
            header.get(at),
            "column " + header.get(at) + " is named for attribute " + a + " and for another use",
            null);
      }
      attributeAt.put(a, at);
      questionnaire.question(lastPart(header.get(at))).ifPresent(answerColumns::remove);
    }
    List<ExportProblem> problems = new ArrayList<>();
    List<ExportTable.Line> kept = new ArrayList<>();
    List<Integer> keptRows = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> unitCodes = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Map<String, String> unitDecoder = decoder(units);
    for (ExportTable.Line rec : table.rows()) {
      int row = rec.number();
      String id = rec.cell(idAt);
      if (id.isEmpty()) {
        problems.add(
            ExportProblem.of(
                ExportProblem.Kind.NO_RESPONDENT,
                row,
                respondentColumn,
                "",
                "no respondent id; row left out"));
        continue;
      }
      String unitText = rec.cell(unitAt);
      Optional<String> unit = code(unitDecoder, unitText);
      if (unit.isEmpty()) {
        problems.add(
            ExportProblem.of(
                ExportProblem.Kind.NO_UNIT,
                row,
                header.get(unitAt),
                unitText,
                unitText.isEmpty()
                    ? "no unit rated; row left out"
                    : "not a unit of " + units.name() + "; row left out"));
        continue;
      }
      Integer first = seen.putIfAbsent(id + "\u0000" + unit.get(), row);
      if (first != null) {
        problems.add(
            ExportProblem.of(
                ExportProblem.Kind.DUPLICATE,
                row,
                respondentColumn,
                id,
                "respondent "
                    + id
                    + " rates "
                    + unit.get()
                    + " again (first at row "
                    + first
                    + "); row left out"));
        continue;
      }
      double weight = 1;
      if (weightAt >= 0) {
        String text = rec.cell(weightAt);
        weight = positive(text);
        if (!(weight > 0)) {
          problems.add(
              ExportProblem.of(
                  ExportProblem.Kind.NO_WEIGHT,
                  row,
                  header.get(weightAt),
                  text,
                  "no positive sampling weight; row left out"));
          continue;
        }
      }
      weights.add(weight);
      kept.add(rec);
      keptRows.add(row);
      ids.add(id);
      unitCodes.add(unit.get());
    }
    if (kept.isEmpty()) {
      throw DdciIoException.atRow(
          src, sheet, 0, "no row left to score (" + problems.size() + " rows left out)", null);
    }
    Responses.Builder b =
        Responses.builder()
            .respondents(ids.toArray(new String[0]))
            .units(unitCodes.toArray(new String[0]));
    if (weightAt >= 0) {
      b.weights(weights.stream().mapToDouble(Double::doubleValue).toArray());
    }
    for (Map.Entry<String, Integer> e : attributeAt.entrySet()) {
      b.attribute(
          e.getKey(),
          attributeValues(kept, keptRows, header, e.getValue(), questionnaire, problems));
    }
    java.util.Set<String> rated = new java.util.HashSet<>(unitCodes);
    for (Choice c : units.choices()) {
      if (rated.contains(c.code())) {
        b.unitName(c.code(), c.label().orElse(c.code()));
      }
    }
    int[][] likert = new int[kept.size()][];
    for (Map.Entry<Question, Integer> e : answerColumns.entrySet()) {
      Question q = e.getKey();
      String column = header.get(e.getValue());
      String[] answers = new String[kept.size()];
      Map<String, String> decoder = q.choiceList().map(SurveyExport::decoder).orElse(Map.of());
      int answered = 0;
      for (int i = 0; i < kept.size(); i++) {
        String text = kept.get(i).cell(e.getValue());
        answers[i] = clean(q, decoder, text, keptRows.get(i), column, problems);
        if (answers[i] != null) {
          answered++;
        }
      }
      if (answered * 2 < kept.size()) {
        problems.add(
            ExportProblem.of(
                ExportProblem.Kind.FEW_ANSWERS,
                0,
                column,
                null,
                answered + " of " + kept.size() + " rows answer " + q.name() + "; kept, flagged"));
      }
      if (q.isLikert()) {
        java.util.Set<String> nonAnswers = new java.util.HashSet<>();
        q.choiceList().orElseThrow().nonAnswers().forEach(c -> nonAnswers.add(c.code()));
        for (int i = 0; i < kept.size(); i++) {
          if (likert[i] == null) {
            likert[i] = new int[2]; // {items answered, the common point or -1}
          }
          boolean counts = answers[i] != null && !nonAnswers.contains(answers[i]);
          if (counts) {
            int point = Integer.parseInt(answers[i]);
            likert[i][1] = likert[i][0] == 0 || likert[i][1] == point ? point : -1;
            likert[i][0]++;
          }
        }
      }
      try {
        b.answers(q, answers);
      } catch (DdciValidationException ex) {
        throw DdciIoException.atRow(src, sheet, 1, column + ": " + ex.getMessage(), ex);
      }
    }
    for (int i = 0; i < kept.size(); i++) {
      if (likert[i] != null && likert[i][0] >= STRAIGHT_LINING_ITEMS && likert[i][1] > 0) {
        problems.add(
            ExportProblem.of(
                ExportProblem.Kind.STRAIGHT_LINING,
                keptRows.get(i),
                null,
                null,
                "all "
                    + likert[i][0]
                    + " Likert items answered "
                    + likert[i][1]
                    + "; kept, flagged"));
      }
    }
    problems.sort(
        java.util.Comparator.comparingInt((ExportProblem p) -> p.row().orElse(Integer.MAX_VALUE)));
    List<String> ignored = new ArrayList<>();
    java.util.Set<Integer> read = new java.util.HashSet<>(answerColumns.values());
    read.add(idAt);
    read.add(unitAt);
    read.add(weightAt);
    read.addAll(attributeAt.values());
    for (int c = 0; c < header.size(); c++) {
      if (!read.contains(c)) {
        ignored.add(header.get(c));
      }
    }
    return new Read(b.build(), problems, ignored);
  }

  /** The column of an attribute: its header, else the one column whose question is so named. */
  private static int attributeColumn(List<String> header, String name, String src, String sheet) {
    int at = header.indexOf(name);
    if (at >= 0) {
      return at;
    }
    for (int c = 0; c < header.size(); c++) {
      if (lastPart(header.get(c)).equals(lastPart(name))) {
        if (at >= 0) {
          throw DdciIoException.atRow(
              src,
              sheet,
              1,
              "columns "
                  + header.get(at)
                  + " and "
                  + header.get(c)
                  + " are both attribute "
                  + name
                  + ": which to read is not said",
              null);
        }
        at = c;
      }
    }
    if (at < 0) {
      throw DdciIoException.atRow(src, sheet, 1, "no column " + name + " for the attribute", null);
    }
    return at;
  }

  /** An attribute of each kept row: its code for a select-one question, else its text. */
  private static String[] attributeValues(
      List<ExportTable.Line> kept,
      List<Integer> keptRows,
      List<String> header,
      int at,
      Questionnaire questionnaire,
      List<ExportProblem> problems) {
    String column = header.get(at);
    Optional<Question> q =
        questionnaire.question(lastPart(column)).filter(x -> x.kind() == QuestionKind.SELECT_ONE);
    Map<String, String> decoder =
        q.flatMap(Question::choiceList).map(SurveyExport::decoder).orElse(Map.of());
    String[] values = new String[kept.size()];
    for (int i = 0; i < kept.size(); i++) {
      String text = kept.get(i).cell(at);
      values[i] = text;
      if (q.isPresent() && !text.isEmpty()) {
        Optional<String> code = code(decoder, text);
        if (code.isEmpty()) {
          problems.add(
              ExportProblem.of(
                  ExportProblem.Kind.UNKNOWN_CODE,
                  keptRows.get(i),
                  column,
                  text,
                  "not an option of "
                      + q.get().choiceList().orElseThrow().name()
                      + "; attribute read as not stated"));
        }
        values[i] = code.orElse("");
      }
    }
    return values;
  }

  /**
   * Writes answers as a survey tool exports them: a column of respondent ids, the unit question's,
   * a column {@value #WEIGHT_COLUMN} of the sampling weights when the answers have them, one column
   * per respondent attribute (named by its question's path when the questionnaire asks it), then
   * one column per question of the questionnaire that the answers hold, named by the question's
   * path, answers as codes. What {@link #read(Path, Questionnaire, ExportColumns)} reads back, with
   * that weight column and those attributes. Only CSV is written (UTF-8, without a byte order
   * mark); a file named {@code .xlsx} or {@code .xls} is refused, since CSV under that name would
   * not read back. A spreadsheet opens the CSV, and saved as .xlsx it reads back the same.
   *
   * @param responses the answers
   * @param questionnaire their questionnaire
   * @param file the CSV file to write
   * @param respondentColumn the header of the respondents' column, e.g. {@code _uuid}
   * @param unitQuestion the unit question's name
   * @throws DdciIoException naming the file when it is named as an Excel workbook or cannot be
   *     written
   * @throws DdciValidationException if the unit question is not in the questionnaire, or an
   *     attribute is also a question answered
   */
  public static void write(
      Responses responses,
      Questionnaire questionnaire,
      Path file,
      String respondentColumn,
      String unitQuestion) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
      throw DdciIoException.of(
          file.toString(), "is named as an Excel workbook, but exports are written as CSV", null);
    }
    Question unitQ =
        questionnaire
            .question(lastPart(unitQuestion))
            .orElseThrow(
                () ->
                    new DdciValidationException(
                        "no question " + unitQuestion + " in the questionnaire"));
    List<Question> questions = new ArrayList<>();
    for (Question q : questionnaire.questions()) {
      if (!q.equals(unitQ) && responses.questions().contains(q.name())) {
        questions.add(q);
      }
    }
    List<String> attributeHeaders = new ArrayList<>();
    for (String a : responses.attributes()) {
      if (responses.questions().contains(a) || a.equals(unitQ.name())) {
        throw new DdciValidationException(
            "attribute " + a + " is also a question answered: the export would have two columns");
      }
      attributeHeaders.add(questionnaire.question(a).map(Question::path).orElse(a));
    }
    StringBuilder out = new StringBuilder();
    try (org.apache.commons.csv.CSVPrinter p =
        new org.apache.commons.csv.CSVPrinter(out, CSVFormat.DEFAULT)) {
      List<String> header = new ArrayList<>(List.of(respondentColumn, unitQ.path()));
      if (responses.isWeighted()) {
        header.add(WEIGHT_COLUMN);
      }
      header.addAll(attributeHeaders);
      questions.forEach(q -> header.add(q.path()));
      p.printRecord(header);
      for (int row = 0; row < responses.size(); row++) {
        List<String> cells =
            new ArrayList<>(List.of(responses.respondents().get(row), responses.unit(row)));
        if (responses.isWeighted()) {
          cells.add(String.valueOf(responses.weight(row)));
        }
        for (String a : responses.attributes()) {
          cells.add(responses.attribute(a).get(row));
        }
        for (Question q : questions) {
          cells.add(text(responses, q, row));
        }
        p.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    AtomicFiles.write(file, o -> o.write(out.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(Responses r, Question q, int row) {
    if (r.isSingle(q.name())) {
      return r.chosen(q.name(), row).orElse("");
    }
    if (r.isMultiple(q.name())) {
      return r.isAnswered(q.name(), row) ? String.join(" ", r.chosenAll(q.name(), row)) : "";
    }
    java.util.OptionalDouble v = r.number(q.name(), row);
    if (v.isEmpty()) {
      return "";
    }
    double x = v.getAsDouble();
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
  }

  /** A cell's answer as the builder takes it: a code, codes, a number; null when not usable. */
  private static String clean(
      Question q,
      Map<String, String> decoder,
      String text,
      int row,
      String column,
      List<ExportProblem> problems) {
    if (text.isEmpty()) {
      return null;
    }
    if (q.kind() == QuestionKind.SELECT_ONE) {
      Optional<String> c = code(decoder, text);
      if (c.isEmpty()) {
        problems.add(unknown(q, text, row, column));
        return null;
      }
      return c.get();
    }
    if (q.kind() == QuestionKind.SELECT_MULTIPLE) {
      List<String> codes = new ArrayList<>();
      for (String part : text.split("\\s+")) {
        Optional<String> c = code(decoder, part);
        if (c.isEmpty()) {
          problems.add(unknown(q, text, row, column));
          return null;
        }
        codes.add(c.get());
      }
      return String.join(" ", codes);
    }
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      problems.add(
          ExportProblem.of(
              ExportProblem.Kind.OUT_OF_RANGE,
              row,
              column,
              text,
              "not a number; read as not answered"));
      return null;
    }
    boolean percent = q.unitOfMeasure().map("%"::equals).orElse(false);
    if (!Double.isFinite(v) || v < 0 || (percent && v > 100)) {
      problems.add(
          ExportProblem.of(
              ExportProblem.Kind.OUT_OF_RANGE,
              row,
              column,
              text,
              (percent ? "outside 0–100" : "negative or not finite") + "; read as not answered"));
      return null;
    }
    return text;
  }

  /** A positive finite number, or NaN. */
  private static double positive(String text) {
    try {
      double v = Double.parseDouble(text);
      return Double.isFinite(v) && v > 0 ? v : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static ExportProblem unknown(Question q, String text, int row, String column) {
    return ExportProblem.of(
        ExportProblem.Kind.UNKNOWN_CODE,
        row,
        column,
        text,
        "not an option of " + q.choiceList().orElseThrow().name() + "; read as not answered");
  }

  /** The code an answer names: a code of the list, or a label in any language. */
  static Optional<String> code(ChoiceList list, String text) {
    return code(decoder(list), text);
  }

  private static Optional<String> code(Map<String, String> decoder, String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String c = decoder.get(text);
    return c != null ? Optional.of(c) : Optional.ofNullable(decoder.get(key(text)));
  }

  /**
   * What each written form of an answer means: every code as written, then, choice by choice in
   * list order, its code, label and labels as compared (case, spacing, Unicode form ignored); the
   * first choice a form names keeps it.
   */
  private static Map<String, String> decoder(ChoiceList list) {
    Map<String, String> m = new HashMap<>();
    list.choices().forEach(c -> m.put(c.code(), c.code()));
    for (Choice c : list.choices()) {
      m.putIfAbsent(key(c.code()), c.code());
      c.label().ifPresent(l -> m.putIfAbsent(key(l), c.code()));
      c.labels().values().forEach(l -> m.putIfAbsent(key(l), c.code()));
    }
    return m;
  }

  private static String key(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .strip()
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ");
  }

  private static String lastPart(String column) {
    int slash = column.lastIndexOf('/');
    return slash < 0 ? column.strip() : column.substring(slash + 1).strip();
  }
}
