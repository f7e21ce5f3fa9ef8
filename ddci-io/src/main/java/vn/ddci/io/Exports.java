package vn.ddci.io;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ddci.assessment.MeasureAssessment;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Component;
import vn.ddci.progress.ReportItem;
import vn.ddci.progress.ReportingCoverage;
import vn.ddci.ranking.Standing;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;

/**
 * Writes result tables, assessments and reporting coverage for people to read and exchange: CSV
 * (UTF-8 with a byte order mark), a formatted .xlsx (Vietnamese headers, frozen header row, column
 * widths, numbers shown with two decimals and stored with every digit a spreadsheet keeps), and
 * JSON (an assessment's JSON is {@link AssessmentJson}'s).
 *
 * <p>Units are written by name; their short names are not written. A result table whose units
 * have no short name, written as CSV, reads back equal with {@link ResultTableCsv#read(Path,
 * vn.ddci.framework.Block)}, and as .xlsx with {@link ResultTableExcel} (numbers of up to 15
 * significant digits, the precision of a spreadsheet cell).
 *
 * <pre>{@code
 * Exports.xlsx(assessment, Path.of("target/danh-gia.xlsx"));
 * Exports.csv(coverage, Path.of("target/bao-cao-q1.csv"));
 * }</pre>
 */
public final class Exports {
  private Exports() {}

  /**
   * Writes a result table as CSV: a row per unit with its year, scores, total, rank and tier.
   *
   * @param table the table
   * @param file the target file, replaced whole
   * @throws DdciIoException if the file cannot be written
   */
  public static void csv(ResultTable table, Path file) {
    TableWriter.csv(table(table), file);
  }

  /**
   * Writes a result table as a formatted .xlsx, in one sheet named after the block and year.
   *
   * @param table the table
   * @param file the target file, replaced whole
   * @throws DdciIoException if the file cannot be written
   */
  public static void xlsx(ResultTable table, Path file) {
    TableWriter.xlsx(List.of(table(table)), file);
  }

  /**
   * Writes an assessment as CSV: a row for the total and one per component.
   *
   * @param assessment the assessment
   * @param file the target file, replaced whole
   * @throws DdciIoException if the file cannot be written
   */
  public static void csv(UnitAssessment assessment, Path file) {
    TableWriter.csv(table(assessment), file);
  }

  /**
   * Writes an assessment as a formatted .xlsx.
   *
   * @param assessment the assessment
   * @param file the target file, replaced whole
   * @throws DdciIoException if the file cannot be written
   */
  public static void xlsx(UnitAssessment assessment, Path file) {
    TableWriter.xlsx(List.of(table(assessment)), file);
  }

  /**
   * Returns a result table as JSON: the block with its framework, the year, and each unit's
   * scores, given total, published rank and tier.
   *
   * @param table the table
   * @return the JSON, schema version 1
   */
  public static String toJson(ResultTable table) {
    List<Map<String, Object>> cards = new ArrayList<>();
    for (Scorecard card : table.scorecards()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("unit", card.unit().name());
      card.unit().shortName().ifPresent(s -> c.put("shortName", s));
      Map<String, BigDecimal> scores = new LinkedHashMap<>();
      card.scores().forEach((component, score) -> scores.put(component.code(), score.value()));
      c.put("scores", scores);
      card.givenTotal().ifPresent(t -> c.put("givenTotal", t.value()));
      card.publishedRank().ifPresent(r -> c.put("publishedRank", r));
      card.publishedTier().ifPresent(t -> c.put("publishedTier", t));
      cards.add(c);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("schemaVersion", JsonSupport.SCHEMA_VERSION);
    json.put("block", ModelJson.unit(table.scorecards().get(0).unit()).block());
    json.put("year", table.year().getValue());
    json.put("scorecards", cards);
    return JsonSupport.write(json);
  }

  /**
   * Returns the reporting coverage of quarters as JSON: per quarter its due date, percent, the
   * percent per division, and the expected, received, missing and late items.
   *
   * @param coverages the coverage of one or more quarters
   * @return the JSON, schema version 1
   */
  public static String toJson(List<ReportingCoverage> coverages) {
    List<Map<String, Object>> quarters = new ArrayList<>();
    for (ReportingCoverage c : coverages) {
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("quarter", c.quarter().toString());
      q.put("dueDate", c.dueDate().toString());
      q.put("percent", c.percent());
      Map<String, BigDecimal> byDivision = new LinkedHashMap<>();
      c.percentByDivision().forEach((d, p) -> byDivision.put(d.name(), p));
      q.put("percentByDivision", byDivision);
      q.put("expected", items(c.expected()));
      q.put("received", items(c.received()));
      q.put("missing", items(c.missing()));
      q.put("late", items(c.late()));
      quarters.add(q);
    }
    return JsonSupport.write(
        ordered("schemaVersion", JsonSupport.SCHEMA_VERSION, "quarters", quarters));
  }

  private static List<Map<String, Object>> items(Set<ReportItem> items) {
    return items.stream().map(i -> ordered("division", i.division().name(), "task", i.task())).toList();
  }

  /** A map of keys and values in the order given, for JSON objects with a stable field order. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /**
   * Writes the reporting coverage of quarters as a JSON file (see {@link #toJson(List)}).
   *
   * @param coverages the coverage of one or more quarters
   * @param file the target file, replaced whole
   * @throws DdciIoException if the file cannot be written
   */
  public static void json(List<ReportingCoverage> coverages, Path file) {
    JsonSupport.writeAtomically(file, toJson(coverages));
  }

  /**
   * Writes the reporting coverage of quarters as CSV: a row per expected or received item.
   *
   * @param coverages the coverage of one or more quarters
   * @param file the target file, replaced whole
   * @throws DdciIoException if the file cannot be written
   */
  public static void csv(List<ReportingCoverage> coverages, Path file) {
    TableWriter.csv(table(coverages), file);
  }

  /**
   * Writes the reporting coverage of quarters as a formatted .xlsx.
   *
   * @param coverages the coverage of one or more quarters
   * @param file the target file, replaced whole
   * @throws DdciIoException if the file cannot be written
   */
  public static void xlsx(List<ReportingCoverage> coverages, Path file) {
    TableWriter.xlsx(List.of(table(coverages)), file);
  }

  static Table table(ResultTable t) {
    List<Component> components = t.block().framework().components();
    String[] headers = new String[components.size() + 5];
    headers[0] = "Năm";
    headers[1] = "Đơn vị";
    for (int i = 0; i < components.size(); i++) {
      headers[i + 2] = components.get(i).nameVi();
    }
    headers[headers.length - 3] = "Tổng điểm";
    headers[headers.length - 2] = "Xếp hạng";
    headers[headers.length - 1] = "Xếp loại";
    Table table = new Table(t.block().code() + " " + t.year(), headers);
    for (Scorecard card : t.scorecards()) {
      Object[] row = new Object[headers.length];
      row[0] = t.year().getValue();
      row[1] = card.unit().name();
      for (int i = 0; i < components.size(); i++) {
        row[i + 2] = card.score(components.get(i));
      }
      row[headers.length - 3] = card.givenTotal().map(Score::value).orElse(null);
      row[headers.length - 2] =
          card.publishedRank().isPresent() ? card.publishedRank().getAsInt() : null;
      row[headers.length - 1] = card.publishedTier().orElse(null);
      table.add(row);
    }
    return table;
  }

  static Table table(UnitAssessment a) {
    Table table =
        new Table(
            "Đánh giá " + a.year(),
            "Chỉ số",
            "Điểm " + a.year(),
            "Xếp hạng " + a.year(),
            "So với trung vị",
            "Xếp hạng " + a.lastYear(),
            "Thay đổi bậc",
            "Mức độ cải thiện (điểm)",
            "Xếp hạng cải thiện",
            "Cách đơn vị đứng đầu (điểm)",
            "Cách điểm trung vị (điểm)");
    row(table, a.total());
    a.components().values().forEach(m -> row(table, m));
    return table;
  }

  private static void row(Table table, MeasureAssessment m) {
    table.add(
        m.measure().nameVi(),
        m.score().map(Score::value).orElse(null),
        m.standing().format(),
        m.medianClass().vietnamese(),
        m.lastStanding().map(Standing::format).orElse(null),
        m.improvement().rankChange().isPresent() ? m.improvement().rankChange().getAsInt() : null,
        m.improvement().change().orElse(null),
        m.improvement().improvementRank().map(Standing::format).orElse(null),
        m.gapToLeader().orElse(null),
        m.gapToMedian().orElse(null));
  }

  static Table table(List<ReportingCoverage> coverages) {
    Table table =
        new Table("Báo cáo quý", "Quý", "Hạn nộp", "Đơn vị", "Nhiệm vụ", "Phải báo cáo", "Đã nhận",
            "Nộp muộn");
    for (ReportingCoverage c : coverages) {
      Set<ReportItem> items = new LinkedHashSet<>(c.expected());
      items.addAll(c.received());
      for (ReportItem item : items) {
        table.add(
            c.quarter().toString(),
            c.dueDate().toString(),
            item.division().name(),
            item.task(),
            c.expected().contains(item) ? "có" : "không",
            c.received().contains(item) ? "có" : "không",
            c.late().contains(item) ? "có" : "không");
      }
    }
    return table;
  }
}
