package vn.ddci.io;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.ddci.assessment.MeasureAssessment;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.progress.ReportItem;
import vn.ddci.progress.ReportingCoverage;
import vn.ddci.ranking.Standing;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;

/**
 * Writes assessments and reporting coverage for people to read and exchange: CSV (UTF-8 with a byte
 * order mark), a formatted .xlsx (Vietnamese headers, frozen header row, column widths, numbers
 * shown with two decimals and stored with every digit a spreadsheet keeps), and JSON (an
 * assessment's JSON is {@link AssessmentJson}'s); and result tables as JSON. Result tables are
 * written as CSV and .xlsx by {@link ResultTableCsv#write(ResultTable, Path)} and {@link
 * ResultTableExcel#write(ResultTable, Path)}, which read them back.
 *
 * <pre>{@code
 * Exports.xlsx(assessment, Path.of("target/danh-gia.xlsx"));
 * Exports.csv(coverage, Path.of("target/bao-cao-q1.csv"));
 * }</pre>
 */
public final class Exports {
  private Exports() {}

  /**
   * Writes an assessment as CSV: a row for the total and one per component.
   *
   * @param assessment the assessment
   * @param file the target file, replaced whole
   * @throws DdciIoException if the file cannot be written
   */
  public static void csv(UnitAssessment assessment, Path file) {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(file, "file");
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
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(file, "file");
    TableWriter.xlsx(List.of(table(assessment)), file);
  }

  /**
   * Returns a result table as JSON: the block with its framework and ranking rule, the year, the
   * block size, the published median and average, and each unit's published scores (missing ones
   * left out), given total, published rank and tier.
   *
   * @param table the table
   * @return the JSON, schema version 2
   */
  public static String toJson(ResultTable table) {
    Objects.requireNonNull(table, "table");
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
    json.put("blockSize", table.blockSize());
    table.publishedMedianScore().ifPresent(m -> json.put("publishedMedianScore", m.value()));
    table.publishedMeanScore().ifPresent(m -> json.put("publishedMeanScore", m.value()));
    json.put("scorecards", cards);
    return JsonSupport.write(json);
  }

  /**
   * Returns the reporting coverage of quarters as JSON: per quarter its due date, percent, the
   * percent per division, and the expected, received, missing and late items.
   *
   * @param coverages the coverage of one or more quarters
   * @return the JSON, schema version 2
   */
  public static String toJson(List<ReportingCoverage> coverages) {
    Objects.requireNonNull(coverages, "coverages")
        .forEach(c -> Objects.requireNonNull(c, "a coverage"));
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
    return items.stream()
        .map(i -> ordered("division", i.division().name(), "task", i.task()))
        .toList();
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
    Objects.requireNonNull(coverages, "coverages")
        .forEach(c -> Objects.requireNonNull(c, "a coverage"));
    Objects.requireNonNull(file, "file");
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
    Objects.requireNonNull(coverages, "coverages")
        .forEach(c -> Objects.requireNonNull(c, "a coverage"));
    Objects.requireNonNull(file, "file");
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
    Objects.requireNonNull(coverages, "coverages")
        .forEach(c -> Objects.requireNonNull(c, "a coverage"));
    Objects.requireNonNull(file, "file");
    TableWriter.xlsx(List.of(table(coverages)), file);
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
        new Table(
            "Báo cáo quý",
            "Quý",
            "Hạn nộp",
            "Đơn vị",
            "Nhiệm vụ",
            "Phải báo cáo",
            "Đã nhận",
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
