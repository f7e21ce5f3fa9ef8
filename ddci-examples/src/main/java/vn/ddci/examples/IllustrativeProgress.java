package vn.ddci.examples;

import static vn.ddci.examples.SeedDivisions.LANH_SU;
import static vn.ddci.examples.SeedDivisions.TRUNG_TAM;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.threeten.extra.YearQuarter;
import vn.ddci.plan.Division;
import vn.ddci.plan.Plan;
import vn.ddci.plan.Target;
import vn.ddci.plan.Task;
import vn.ddci.progress.QuarterlyReport;
import vn.ddci.progress.Status;
import vn.ddci.progress.TaskProgress;

/**
 * ILLUSTRATIVE data, invented to show the reporting computations; the seed plan states no target
 * and no report. Two quarters of 2024: in Q1 both reporting divisions report, the Trung tâm late;
 * in Q2 the Trung tâm's report is missing. Task 2.1 gets one illustrative quantitative target: days
 * to process a dossier, from 10 down to 7.
 */
public final class IllustrativeProgress {
  /** The illustrative target's indicator. */
  public static final String DAYS = "Thời gian giải quyết hồ sơ TTHC";

  /** The label of what is printed from these data. */
  public static final String LABEL = "DỮ LIỆU MINH HỌA – illustrative data";

  private IllustrativeProgress() {}

  /**
   * Returns the seed plan with the illustrative target added to task 2.1.
   *
   * @return the plan reported on
   */
  public static Plan plan() {
    Plan seed = SeedPlanDocument.plan();
    List<Task> tasks =
        seed.tasks().stream()
            .map(
                t ->
                    t.number().equals("2.1")
                        ? Task.builder()
                            .from(t)
                            .addTargets(
                                Target.decrease(
                                    DAYS, "ngày", new BigDecimal("10"), new BigDecimal("7")))
                            .build()
                        : t)
            .collect(Collectors.toList());
    return Plan.builder().from(seed).tasks(tasks).build();
  }

  /**
   * Returns the illustrative reports of Q1 and Q2 2024.
   *
   * @param plan the plan reported on
   * @return three reports: Q1 from both reporting divisions (the Trung tâm's late), Q2 from Phòng
   *     Lãnh sự - Hợp tác quốc tế only
   */
  public static List<QuarterlyReport> reports(Plan plan) {
    YearQuarter q1 = YearQuarter.of(2024, 1);
    YearQuarter q2 = YearQuarter.of(2024, 2);
    return List.of(
        report(plan, LANH_SU, q1, LocalDate.of(2024, 4, 8), 25, Map.of(DAYS, "9")),
        report(plan, TRUNG_TAM, q1, LocalDate.of(2024, 4, 18), 20, Map.of()),
        report(plan, LANH_SU, q2, LocalDate.of(2024, 7, 5), 50, Map.of(DAYS, "8")));
  }

  /** A report on every task where the division has a role, each at the same progress. */
  private static QuarterlyReport report(
      Plan plan,
      Division division,
      YearQuarter quarter,
      LocalDate submitted,
      int percent,
      Map<String, String> actualsOf21) {
    QuarterlyReport.Builder report =
        QuarterlyReport.builder().division(division).quarter(quarter).submitted(submitted);
    for (Task t : plan.tasks()) {
      if (t.roleOf(division).isEmpty()) {
        continue;
      }
      TaskProgress.Builder entry =
          TaskProgress.builder()
              .task(t.number())
              .status(Status.IN_PROGRESS)
              .percent(percent)
              .narrative("(minh họa) Đang triển khai theo kế hoạch");
      if (t.number().equals("2.1")) {
        actualsOf21.forEach((k, v) -> entry.putActuals(k, new BigDecimal(v)));
      }
      report.addEntries(entry.build());
    }
    return report.build();
  }
}
