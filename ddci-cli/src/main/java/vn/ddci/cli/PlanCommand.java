package vn.ddci.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.io.AssessmentJson;
import vn.ddci.io.PlanJson;
import vn.ddci.plan.Plan;
import vn.ddci.report.PlanDocument;
import vn.ddci.text.PlanText;

/** {@code ddci plan}: a plan's coverage of the components and its responsibility matrix. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a plan (kế hoạch) as JSON and prints its goals (mục tiêu phấn đấu), then section III"
          + " (giải pháp thực hiện): how many"
          + " components have tasks and, when the plan holds its assessment, how many components"
          + " below the median and priorities have a task with a lead (đơn vị chủ trì); each"
          + " component's tasks with their lead and supporting (phối hợp) divisions; then the"
          + " responsibility matrix (ma trận phân công: C lead, P support, T monitoring).",
      "With --output: .docx writes the plan as an editable Word draft (dự thảo, in Vietnamese,"
          + " laid out as an administrative plan); .json writes the plan (with --assessment"
          + " attached)."
    })
final class PlanCommand extends Action {
  static final List<String> OUTPUTS = List.of("docx", "json");

  @Parameters(index = "0", paramLabel = "<plan.json>", description = "The plan, as JSON.")
  Path planFile;

  @Option(
      names = "--assessment",
      paramLabel = "<assessment.json>",
      description =
          "The unit's assessment (đánh giá) as JSON, e.g. from ddci assess -o danh-gia.json:"
              + " section II of the draft and the priorities of the coverage.")
  Path assessmentFile;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "<file>",
      description = "A file to write, by extension: .docx or .json; may be repeated.")
  List<Path> outputs = new ArrayList<>();

  @Override
  int run(PrintWriter out) {
    checkOutputs(outputs, OUTPUTS);
    Plan plan = PlanJson.read(requireReadable(planFile));
    if (assessmentFile != null) {
      UnitAssessment a = AssessmentJson.read(requireReadable(assessmentFile));
      plan = Plan.builder().from(plan).assessment(a).build();
    }
    PlanText text = PlanText.of(language());
    out.println(plan.issuingUnit().name() + ": " + plan.title());
    out.println();
    List<String> goals = text.goals(plan);
    if (!goals.isEmpty()) {
      goals.forEach(out::println);
      out.println();
    }
    text.sectionIII(plan).forEach(out::println);
    out.println();
    text.responsibilityMatrix(plan).forEach(out::println);
    for (Path file : outputs) {
      if (extension(file).equals("docx")) {
        PlanDocument.of(plan).write(file);
      } else {
        PlanJson.write(plan, file);
      }
      written(out, file);
    }
    return Ddci.OK;
  }
}
