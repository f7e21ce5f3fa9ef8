package vn.ddci.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.ddci.DdciValidationException;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.goal.Goal;
import vn.ddci.goal.GoalCheck;
import vn.ddci.io.AssessmentJson;
import vn.ddci.io.Exports;
import vn.ddci.io.PlanJson;
import vn.ddci.name.NameMatcher;
import vn.ddci.plan.Plan;
import vn.ddci.report.AssessmentDocument;
import vn.ddci.report.HtmlReport;
import vn.ddci.result.ResultTable;
import vn.ddci.text.Language;
import vn.ddci.text.PlanText;

/** {@code ddci assess}: a unit's section II of the plan, from two years' tables. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a unit's section II of the plan (II. Đánh giá kết quả thực hiện DDCI): the total"
          + " and every component, above, at or below the median rank (trung vị), and the"
          + " priorities, from this year's and last year's tables (they may be one file with"
          + " --year).",
      "With --output, also writes it as files: .docx (Word: the section and its table), .html (a"
          + " report with the text, the table and charts), .xlsx and .csv (the table), .json (the"
          + " assessment, as ddci-io's AssessmentJson reads it back)."
    })
final class Assess extends Action {
  static final List<String> OUTPUTS = List.of("docx", "html", "xlsx", "csv", "json");

  @Parameters(index = "0", paramLabel = "<this year's results>", description = "This year's table.")
  Path thisYear;

  @Parameters(index = "1", paramLabel = "<last year's results>", description = "Last year's table.")
  Path lastYear;

  @Option(
      names = "--unit",
      required = true,
      paramLabel = "<name>",
      description = "The unit (đơn vị), as named in the tables.")
  String unit;

  @Option(
      names = "--goals",
      paramLabel = "<plan.json>",
      description =
          "Last year's plan (kế hoạch) as JSON: whether its goals for this year (mục tiêu phấn đấu)"
              + " were met, with the margin, after section II.")
  Path goalsPlan;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "<file>",
      description =
          "A file to write, its kind by extension: .docx, .html, .xlsx, .csv or .json; may be"
              + " repeated. Each file is written whole or not at all.")
  List<Path> outputs = new ArrayList<>();

  @Override
  int run(PrintWriter out) {
    checkOutputs(outputs, OUTPUTS);
    Language language = language();
    ResultTable t1 = choose(read(thisYear), block(), Optional.ofNullable(year).map(Year::of));
    ResultTable t0 =
        choose(read(lastYear), Optional.of(t1.block()), Optional.of(t1.year().minusYears(1)));
    UnitAssessment assessment = UnitAssessment.of(t1, t0, unit);
    PlanText text = PlanText.of(language);
    text.sectionII(assessment).forEach(out::println);
    if (goalsPlan != null) {
      Plan plan = PlanJson.read(requireReadable(goalsPlan));
      if (!NameMatcher.tolerant().matches(plan.issuingUnit().name(), assessment.unit().name())) {
        throw new DdciValidationException(
            goalsPlan
                + " is the plan of '"
                + plan.issuingUnit().name()
                + "', not of '"
                + assessment.unit().name()
                + "': its goals are not the unit's");
      }
      List<Goal> goals = plan.goals().stream().filter(g -> g.year().equals(t1.year())).toList();
      if (goals.isEmpty()) {
        throw new DdciValidationException(
            goalsPlan + " sets no goal for " + t1.year() + ": nothing to judge");
      }
      text.goalsMet(GoalCheck.checkAll(goals, t1, t0, unit)).forEach(out::println);
    }
    // the block may have been inferred from the file: say which tables and rule were used
    boolean vi = language == Language.VIETNAMESE;
    out.println(
        (vi ? "(Bảng " : "(Tables of ")
            + t1.block().code()
            + " "
            + t1.year()
            + (vi ? " và " : " and ")
            + t0.year()
            + (vi ? ", xếp hạng theo quy tắc " : ", ranked by ")
            + t1.block().rankingRule()
            + ")");
    for (Path file : outputs) {
      write(file, assessment, t1, language);
      written(out, file);
    }
    return Ddci.OK;
  }

  private static void write(Path file, UnitAssessment a, ResultTable table, Language language) {
    switch (extension(file)) {
      case "docx":
        AssessmentDocument.of(a, language).write(file);
        break;
      case "html":
        HtmlReport.of(a, table, language).write(file);
        break;
      case "xlsx":
        Exports.xlsx(a, file);
        break;
      case "csv":
        Exports.csv(a, file);
        break;
      default:
        AssessmentJson.write(a, file);
    }
  }
}
