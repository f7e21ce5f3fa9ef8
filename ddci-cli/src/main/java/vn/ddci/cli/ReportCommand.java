package vn.ddci.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.ddci.DdciValidationException;
import vn.ddci.io.Exports;
import vn.ddci.io.PlanJson;
import vn.ddci.io.ReportJson;
import vn.ddci.io.ReportTemplate;
import vn.ddci.plan.Plan;
import vn.ddci.progress.QuarterlyReport;
import vn.ddci.progress.ReportLog;
import vn.ddci.progress.ReportingCoverage;
import vn.ddci.report.Chart;
import vn.ddci.report.Charts;
import vn.ddci.report.HtmlReport;
import vn.ddci.text.Language;
import vn.ddci.text.PlanText;

/** {@code ddci report}: the reporting coverage of a plan's quarterly reports. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a plan (kế hoạch, JSON) and the quarterly reports (báo cáo quý) received — JSON, or"
          + " the Excel template filled in (ReportTemplate) — and prints the reporting coverage"
          + " (độ bao phủ báo cáo) of every quarter due by --as-of or with reports: items"
          + " received of those expected, each division's percent, the missing and the late"
          + " ones; then each target's progress (tiến độ chỉ tiêu).",
      "With --output: .xlsx, .csv or .json (the coverage by quarter and division), .svg or .png"
          + " (the chart), .html (a page with the chart)."
    })
final class ReportCommand extends Action {
  static final List<String> OUTPUTS = List.of("xlsx", "csv", "json", "svg", "png", "html");

  @Parameters(index = "0", paramLabel = "<plan.json>", description = "The plan, as JSON.")
  Path planFile;

  @Parameters(
      index = "1..*",
      paramLabel = "<report>",
      description = "The quarterly reports received: .json, or the filled Excel template (.xlsx).")
  List<Path> reportFiles = new ArrayList<>();

  @Option(
      names = "--as-of",
      paramLabel = "<yyyy-mm-dd>",
      description =
          "The date of the coverage and the targets' progress (tính đến ngày); default: today,"
              + " said in the output.")
  LocalDate asOf;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "<file>",
      description = "A file to write, by extension: .xlsx, .csv, .json, .svg, .png or .html.")
  List<Path> outputs = new ArrayList<>();

  @Override
  int run(PrintWriter out) {
    checkOutputs(outputs, OUTPUTS);
    for (Path file : reportFiles) {
      if (!List.of("json", "xlsx").contains(extension(file))) {
        throw usage(
            "Invalid report '"
                + file
                + "': a quarterly report is .json (ReportJson) or the filled Excel template"
                + " (.xlsx)");
      }
    }
    Plan plan = PlanJson.read(requireReadable(planFile));
    List<QuarterlyReport> reports = new ArrayList<>();
    for (Path file : reportFiles) {
      requireReadable(file);
      reports.add(
          extension(file).equals("json") ? ReportJson.read(file) : ReportTemplate.read(file, plan));
    }
    ReportLog log = ReportLog.of(plan, reports);
    LocalDate date = asOf == null ? LocalDate.now() : asOf;
    PlanText text = PlanText.of(language());
    boolean vi = language() == Language.VIETNAMESE;
    out.println(
        (vi ? "Tính đến ngày " : "As of ")
            + text.numberStyle().date(date)
            + (asOf == null
                ? (vi
                    ? " (hôm nay; chọn ngày khác với --as-of)"
                    : " (today; --as-of sets another day)")
                : ""));
    text.reporting(log, date).forEach(out::println);
    // the quarters the text shows: due by the date, or with reports
    List<ReportingCoverage> quarters =
        plan.quarters().stream()
            .map(log::coverage)
            .filter(c -> !c.dueDate().isAfter(date) || log.effective().containsColumn(c.quarter()))
            .collect(Collectors.toList());
    if (quarters.isEmpty()) {
      for (Path file : outputs) {
        if (List.of("svg", "png", "html").contains(extension(file))) {
          throw new DdciValidationException(
              "no quarter is due by "
                  + date
                  + " and no report was received: nothing to draw in "
                  + file
                  + " (no file written)");
        }
      }
    }
    for (Path file : outputs) {
      write(file, plan, quarters);
      written(out, file);
    }
    return Ddci.OK;
  }

  private void write(Path file, Plan plan, List<ReportingCoverage> quarters) {
    switch (extension(file)) {
      case "xlsx":
        Exports.xlsx(quarters, file);
        break;
      case "csv":
        Exports.csv(quarters, file);
        break;
      case "json":
        Exports.json(quarters, file);
        break;
      case "svg":
        Charts.coverage(quarters, language()).writeSvg(file);
        break;
      case "png":
        Charts.coverage(quarters, language()).writePng(file);
        break;
      default:
        Chart chart = Charts.coverage(quarters, language());
        boolean vi = language() == Language.VIETNAMESE;
        HtmlReport.of(
                (vi ? "Độ bao phủ báo cáo quý – " : "Reporting coverage – ")
                    + plan.issuingUnit().name(),
                List.of(chart))
            .write(file);
    }
  }
}
