package vn.ddci.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.plan.Plan;
import vn.ddci.progress.ReportLog;
import vn.ddci.result.PublishedStanding;

/**
 * The worked example: the seed plan's section II, computed from Sở Ngoại vụ's published DDCI 2023
 * figures and printed in Vietnamese in the plan's own style; then the plan's component coverage,
 * its responsibility matrix, and the reporting coverage of two quarters of illustrative reports.
 *
 * <p>Run it with {@code mvn -q -DskipTests -pl ddci-examples -am package exec:java}.
 */
public final class SeedAssessment {
  private SeedAssessment() {}

  /**
   * Prints the assessment.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = Console.utf8();
    PublishedStanding standing = SeedPlan.standing2023();
    UnitAssessment assessment = UnitAssessment.of(standing);

    out.println("KẾ HOẠCH cải thiện, nâng cao Chỉ số DDCI năm " + assessment.year().plusYears(1));
    out.println(
        assessment.unit().name()
            + " – "
            + assessment.unit().block().name()
            + " ("
            + standing.blockSize()
            + " đơn vị)");
    out.println();
    VietnameseText.sectionII(assessment).forEach(out::println);

    Plan plan = IllustrativeProgress.plan();
    out.println();
    PlanText.componentCoverage(plan).forEach(out::println);
    out.println();
    PlanText.responsibilities(plan).forEach(out::println);
    out.println();
    ReportLog log = ReportLog.of(plan, IllustrativeProgress.reports(plan));
    PlanText.reporting(log, LocalDate.of(2024, 7, 15)).forEach(out::println);
  }
}
