package vn.ddci.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Year;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.ddci.assessment.UnitAssessment;
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
          + " --year)."
    })
final class Assess extends Action {
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

  @Override
  int run(PrintWriter out) {
    PlanText text = PlanText.of(language());
    ResultTable t1 = choose(read(thisYear), block(), Optional.ofNullable(year).map(Year::of));
    ResultTable t0 =
        choose(read(lastYear), Optional.of(t1.block()), Optional.of(t1.year().minusYears(1)));
    text.sectionII(UnitAssessment.of(t1, t0, unit)).forEach(out::println);
    // the block may have been inferred from the file: say which tables and rule were used
    boolean vi = language() == Language.VIETNAMESE;
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
    return Ddci.OK;
  }
}
