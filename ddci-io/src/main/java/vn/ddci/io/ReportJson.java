package vn.ddci.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.threeten.extra.YearQuarter;
import vn.ddci.io.JsonSupport.Where;
import vn.ddci.progress.QuarterlyReport;
import vn.ddci.progress.Status;
import vn.ddci.progress.TaskProgress;

/**
 * Quarterly reports as JSON, lossless, with a {@code schemaVersion} (1); strict like {@link
 * PlanJson}: unknown fields, a missing field or a wrong version are rejected with the path.
 *
 * <pre>{@code
 * ReportJson.write(report, Path.of("target/q1-lanh-su.json"));
 * QuarterlyReport back = ReportJson.read(Path.of("target/q1-lanh-su.json"));
 * }</pre>
 */
public final class ReportJson {
  private ReportJson() {}

  /**
   * Returns a report as JSON text.
   *
   * @param report the report
   * @return the JSON, indented, ending with a line break
   */
  public static String toJson(QuarterlyReport report) {
    Objects.requireNonNull(report, "report");
    List<Dto.Progress> entries = new ArrayList<>();
    for (TaskProgress e : report.entries()) {
      entries.add(
          new Dto.Progress(
              e.task(),
              e.status().name(),
              e.percent(),
              e.narrative(),
              e.reason().orElse(null),
              e.actuals().isEmpty() ? null : e.actuals()));
    }
    return JsonSupport.write(
        new Dto.Report(
            JsonSupport.SCHEMA_VERSION,
            ModelJson.division(report.division()),
            report.quarter().toString(),
            report.submitted().toString(),
            report.correction(),
            entries));
  }

  /**
   * Writes a report to a file, atomically.
   *
   * @param report the report
   * @param file the target file; replaced if it exists
   * @throws DdciIoException if the file cannot be written
   */
  public static void write(QuarterlyReport report, Path file) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(file, "file");
    JsonSupport.writeAtomically(file, toJson(report));
  }

  /**
   * Reads a report from a file.
   *
   * @param file the JSON file
   * @return the report
   * @throws DdciIoException naming the file, path and value when anything is wrong
   */
  public static QuarterlyReport read(Path file) {
    Objects.requireNonNull(file, "file");
    return report(JsonSupport.read(file, Dto.Report.class), file.toString());
  }

  /**
   * Reads a report from JSON text.
   *
   * @param json the JSON
   * @param source the name to give in messages
   * @return the report
   * @throws DdciIoException naming the source, path and value when anything is wrong
   */
  public static QuarterlyReport fromJson(String json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    return report(JsonSupport.parse(json, source, Dto.Report.class), source);
  }

  private static QuarterlyReport report(Dto.Report dto, String source) {
    Where at = new Where(source, "$");
    JsonSupport.checkVersion(dto.schemaVersion(), at);
    String quarter = at.field("quarter").required(dto.quarter());
    QuarterlyReport.Builder report =
        QuarterlyReport.builder()
            .division(ModelJson.division(dto.division(), at.field("division")))
            .quarter(at.field("quarter").convert(quarter, () -> quarter(quarter)))
            .submitted(PlanJson.date(dto.submitted(), at.field("submitted")))
            .correction(at.field("correction").required(dto.correction()));
    List<Dto.Progress> entries = at.field("entries").required(dto.entries());
    for (int i = 0; i < entries.size(); i++) {
      Where here = at.field("entries").index(i);
      Dto.Progress e = here.required(entries.get(i));
      String status = here.field("status").required(e.status());
      report.addEntries(
          here.convert(
              e.task(),
              () ->
                  TaskProgress.builder()
                      .task(here.field("task").required(e.task()))
                      .status(Enums.of(Status.class, status))
                      .percent(here.field("percent").required(e.percent()))
                      .narrative(here.field("narrative").required(e.narrative()))
                      .reason(java.util.Optional.ofNullable(e.reason()))
                      .actuals(e.actuals() == null ? Map.of() : e.actuals())
                      .build()));
    }
    return at.convert(null, report::build);
  }

  /** A quarter as the library writes it, "2024-Q1", and no other spelling. */
  private static YearQuarter quarter(String text) {
    if (!text.matches("\\d{4}-Q[1-4]")) {
      throw new vn.ddci.DdciValidationException(
          "a quarter is written as 2024-Q1, got \"" + text + "\"");
    }
    return YearQuarter.parse(text);
  }
}
