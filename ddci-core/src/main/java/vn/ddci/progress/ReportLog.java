package vn.ddci.progress;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Table;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.YearQuarter;
import vn.ddci.DdciValidationException;
import vn.ddci.internal.Values;
import vn.ddci.plan.Division;
import vn.ddci.plan.Plan;
import vn.ddci.plan.Role;
import vn.ddci.plan.Target;
import vn.ddci.plan.Task;

/**
 * The quarterly reports received for a plan, checked against it: the basis of reporting coverage,
 * of each task's status as of a date, and of target progress.
 *
 * <p>A report is rejected, with a message naming the division, quarter and task, when its quarter
 * lies outside the plan's period, it reports on a task the plan lacks or on which the division has
 * no role (its own, or through the group of all specialised divisions), or it gives an actual value
 * for an indicator the task has no target for. Two reports from one division for one quarter are an
 * error, unless the later one is marked as a correction: it then supersedes the earlier.
 *
 * <pre>{@code
 * ReportLog log = ReportLog.of(plan, reports);
 * ReportingCoverage q1 = log.coverage(YearQuarter.of(2024, 1));
 * log.statusOf("2.1", LocalDate.of(2024, 7, 15));
 * }</pre>
 */
public final class ReportLog {
  /** The later quarter first, then the later submission. */
  private static final Comparator<QuarterlyReport> LATEST =
      Comparator.comparing(QuarterlyReport::quarter).thenComparing(QuarterlyReport::submitted);

  private final Plan plan;
  private final ImmutableList<QuarterlyReport> all;
  private final ImmutableTable<Division, YearQuarter, QuarterlyReport> effective;
  private final ImmutableList<QuarterlyReport> superseded;

  private ReportLog(Plan plan, List<QuarterlyReport> reports) {
    this.plan = plan;
    this.all =
        ImmutableList.sortedCopyOf(Comparator.comparing(QuarterlyReport::submitted), reports);
    Table<Division, YearQuarter, QuarterlyReport> latest = HashBasedTable.create();
    ImmutableList.Builder<QuarterlyReport> superseded = ImmutableList.builder();
    for (QuarterlyReport r : all) {
      check(r);
      QuarterlyReport earlier = latest.get(r.division(), r.quarter());
      if (earlier != null) {
        checkArgument(
            r.correction() && !r.submitted().isBefore(earlier.submitted()),
            "%s and %s: two reports of %s for %s; a later report replaces an earlier one only"
                + " when it is marked as a correction (on the same day, the later in the input)",
            earlier,
            r,
            r.division(),
            r.quarter());
        superseded.add(earlier);
      }
      latest.put(r.division(), r.quarter(), r);
    }
    this.effective = ImmutableTable.copyOf(latest);
    this.superseded = superseded.build();
  }

  /**
   * Checks reports against a plan.
   *
   * @param plan the plan reported on
   * @param reports the reports received, in any order
   * @return the log
   * @throws vn.ddci.DdciValidationException naming the report and task at fault
   */
  public static ReportLog of(Plan plan, List<QuarterlyReport> reports) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(reports, "reports");
    return new ReportLog(plan, reports);
  }

  private void check(QuarterlyReport r) {
    checkArgument(
        plan.divisions().contains(r.division()),
        "%s: the plan names no division '%s' (%s)",
        r,
        r.division().name(),
        r.division().specialised() ? "specialised" : "not specialised");
    checkArgument(
        plan.quarters().contains(r.quarter()),
        "%s: the quarter %s lies outside the plan's period %s–%s",
        r,
        r.quarter(),
        plan.start(),
        plan.end());
    for (TaskProgress e : r.entries()) {
      Optional<Task> task = plan.task(e.task());
      checkArgument(task.isPresent(), "%s: task %s is not in the plan", r, e.task());
      checkArgument(
          task.get().roleOf(r.division()).isPresent(),
          "%s: %s has no role in task %s",
          r,
          r.division(),
          e.task());
      for (String indicator : e.actuals().keySet()) {
        checkArgument(
            task.get().target(indicator).isPresent(),
            "%s, task %s: no target of the indicator '%s'",
            r,
            e.task(),
            indicator);
      }
    }
  }

  /**
   * Returns the plan.
   *
   * @return the plan reported on
   */
  public Plan plan() {
    return plan;
  }

  /**
   * Returns the reports in force: for each division and quarter, the last one (corrections
   * applied).
   *
   * @return the reports by division and quarter
   */
  public ImmutableTable<Division, YearQuarter, QuarterlyReport> effective() {
    return effective;
  }

  /**
   * Returns the reports replaced by a correction.
   *
   * @return the superseded reports, by submission date
   */
  public List<QuarterlyReport> superseded() {
    return superseded;
  }

  /**
   * Returns the reporting coverage of a quarter.
   *
   * @param quarter a quarter of the plan's period
   * @return what was expected, received, missing and late
   * @throws vn.ddci.DdciValidationException if the quarter lies outside the plan's period
   */
  public ReportingCoverage coverage(YearQuarter quarter) {
    Objects.requireNonNull(quarter, "quarter");
    return ReportingCoverage.of(this, quarter);
  }

  /**
   * Returns a task's status as of a date: the last status reported on it by a report submitted on
   * or before that date: the latest quarter first; within it, a lead's report before the others';
   * then the later submission.
   *
   * <p>The status is stale when the next quarter's report on the task was due by then and has not
   * come (a task reported done or cancelled is never stale; nor is one whose last report is for the
   * plan's last quarter).
   *
   * @param taskNumber e.g. "2.1"
   * @param asOf the date
   * @return the status, if any report on the task had been submitted by then
   * @throws vn.ddci.DdciValidationException if the plan has no such task
   */
  public Optional<TaskStatus> statusOf(String taskNumber, LocalDate asOf) {
    Objects.requireNonNull(taskNumber, "taskNumber");
    Objects.requireNonNull(asOf, "asOf");
    Values.day(asOf, "the date of a task's status");
    Task task =
        plan.task(taskNumber)
            .orElseThrow(() -> new DdciValidationException(plan + ": no task " + taskNumber));
    Comparator<QuarterlyReport> leadFirst =
        Comparator.comparing(
            (QuarterlyReport r) ->
                task.roleOf(r.division()).filter(x -> x == Role.LEAD).isPresent());
    return asSubmittedBy(asOf).stream()
        .filter(r -> r.entry(taskNumber).isPresent())
        .max(
            Comparator.comparing(QuarterlyReport::quarter)
                .thenComparing(leadFirst)
                .thenComparing(QuarterlyReport::submitted))
        .map(
            r -> {
              TaskProgress entry = r.entry(taskNumber).orElseThrow();
              return TaskStatus.of(r, entry, asOf, stale(r.quarter(), entry.status(), asOf));
            });
  }

  private boolean stale(YearQuarter last, Status status, LocalDate asOf) {
    YearQuarter next = last.plusQuarters(1);
    return status != Status.DONE
        && status != Status.CANCELLED
        && plan.quarters().contains(next)
        && asOf.isAfter(plan.reportingRule().dueDate(next));
  }

  /**
   * Returns the progress of one of a task's targets as of a date, from the last actual value
   * reported by then.
   *
   * @param taskNumber e.g. "2.1"
   * @param indicator the target's indicator
   * @param asOf the date
   * @return the progress, if an actual value had been reported by then
   * @throws vn.ddci.DdciValidationException if the plan has no such task or target
   */
  public Optional<TargetProgress> targetProgress(
      String taskNumber, String indicator, LocalDate asOf) {
    Objects.requireNonNull(taskNumber, "taskNumber");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(asOf, "asOf");
    Values.day(asOf, "the date of a target's progress");
    Task task =
        plan.task(taskNumber)
            .orElseThrow(() -> new DdciValidationException(plan + ": no task " + taskNumber));
    Target target =
        task.target(indicator)
            .orElseThrow(
                () ->
                    new DdciValidationException(
                        plan
                            + ", task "
                            + taskNumber
                            + ": no target of the indicator '"
                            + indicator
                            + "'"));
    return asSubmittedBy(asOf).stream()
        .filter(r -> r.entry(taskNumber).flatMap(e -> e.actual(target.indicator())).isPresent())
        .max(LATEST)
        .map(
            r ->
                TargetProgress.of(
                    target,
                    r.entry(taskNumber).flatMap(e -> e.actual(target.indicator())).orElseThrow(),
                    r,
                    plan.startOf(task),
                    plan.dueOf(task),
                    asOf));
  }

  /** The reports in force on a date: for each division and quarter, the last submitted by then. */
  private List<QuarterlyReport> asSubmittedBy(LocalDate asOf) {
    Table<Division, YearQuarter, QuarterlyReport> latest = HashBasedTable.create();
    for (QuarterlyReport r : all) {
      if (!r.submitted().isAfter(asOf)) {
        latest.put(r.division(), r.quarter(), r);
      }
    }
    return ImmutableList.copyOf(latest.values());
  }

  @Override
  public String toString() {
    return "ReportLog["
        + plan
        + ", "
        + effective.size()
        + " reports in force, "
        + superseded.size()
        + " superseded]";
  }
}
