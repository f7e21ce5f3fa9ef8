package vn.ddci.progress;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.threeten.extra.YearQuarter;
import vn.ddci.internal.Numbers;
import vn.ddci.plan.Division;
import vn.ddci.plan.Plan;
import vn.ddci.plan.Task;

/**
 * Reporting coverage of one quarter: the (division, task) items the plan's reporting rule expects,
 * those received, missing and late, and the coverage percent overall and per division.
 *
 * <p>Expected: every reporter of the rule, on every task it has a role in (its own or through the
 * group of all specialised divisions) that runs during the quarter, unless it reported the task
 * done or cancelled in an earlier quarter. Received: the items of the reports in force for the
 * quarter. Late: received in a report submitted after the due date (the end of the quarter plus the
 * rule's days), unless an earlier report that a late correction replaced had already delivered it
 * on time; a report submitted before its quarter ends is on time.
 */
public final class ReportingCoverage {
  private final YearQuarter quarter;
  private final LocalDate dueDate;
  private final ImmutableSet<ReportItem> expected;
  private final ImmutableSet<ReportItem> received;
  private final ImmutableSet<ReportItem> late;
  private final ImmutableList<Division> reporters;

  private ReportingCoverage(ReportLog log, YearQuarter quarter) {
    Plan plan = log.plan();
    checkArgument(
        plan.quarters().contains(quarter),
        "%s: the quarter %s lies outside the plan's period %s–%s",
        plan,
        quarter,
        plan.start(),
        plan.end());
    this.quarter = quarter;
    this.reporters = ImmutableList.copyOf(plan.reportingRule().reporters());
    this.dueDate = plan.reportingRule().dueDate(quarter);
    ImmutableSet.Builder<ReportItem> expected = ImmutableSet.builder();
    for (Division d : plan.reportingRule().reporters()) {
      for (Task t : plan.tasks()) {
        if (t.roleOf(d).isPresent()
            && plan.isActive(t, quarter)
            && !closedBefore(log, d, t.number(), quarter)) {
          expected.add(ReportItem.of(d, t.number()));
        }
      }
    }
    this.expected = expected.build();
    ImmutableSet.Builder<ReportItem> received = ImmutableSet.builder();
    ImmutableSet.Builder<ReportItem> late = ImmutableSet.builder();
    Set<ReportItem> onTime = new HashSet<>();
    for (QuarterlyReport r : log.superseded()) {
      if (r.quarter().equals(quarter) && !r.submitted().isAfter(dueDate)) {
        r.entries().forEach(e -> onTime.add(ReportItem.of(r.division(), e.task())));
      }
    }
    for (QuarterlyReport r : log.effective().column(quarter).values()) {
      for (TaskProgress e : r.entries()) {
        ReportItem item = ReportItem.of(r.division(), e.task());
        received.add(item);
        if (r.submitted().isAfter(dueDate) && !onTime.contains(item)) {
          late.add(item);
        }
      }
    }
    this.received = received.build();
    this.late = late.build();
  }

  /** Whether the division reported the task done or cancelled in a quarter before this one. */
  private static boolean closedBefore(
      ReportLog log, Division division, String task, YearQuarter quarter) {
    return log.effective().row(division).entrySet().stream()
        .filter(e -> e.getKey().isBefore(quarter))
        .flatMap(e -> e.getValue().entry(task).stream())
        .anyMatch(e -> e.status() == Status.DONE || e.status() == Status.CANCELLED);
  }

  static ReportingCoverage of(ReportLog log, YearQuarter quarter) {
    return new ReportingCoverage(log, quarter);
  }

  /**
   * Returns the quarter.
   *
   * @return the quarter covered
   */
  public YearQuarter quarter() {
    return quarter;
  }

  /**
   * Returns the date the quarter's reports are due.
   *
   * @return the end of the quarter plus the rule's days
   */
  public LocalDate dueDate() {
    return dueDate;
  }

  /**
   * Returns the items the rule expects.
   *
   * @return the expected items, by reporter then task
   */
  public Set<ReportItem> expected() {
    return expected;
  }

  /**
   * Returns the items received, expected or not.
   *
   * @return the received items
   */
  public Set<ReportItem> received() {
    return received;
  }

  /**
   * Returns the expected items not received.
   *
   * @return the missing items
   */
  public Set<ReportItem> missing() {
    return Sets.difference(expected, received).immutableCopy();
  }

  /**
   * Returns the items received after the due date.
   *
   * @return the late items
   */
  public Set<ReportItem> late() {
    return late;
  }

  /**
   * Returns the share of expected items received, in percent.
   *
   * @return 0 to 100, one decimal; 100 when nothing is expected
   */
  public BigDecimal percent() {
    return percent(expected);
  }

  /**
   * Returns each reporter's coverage, in percent.
   *
   * @return the percent of each reporter's expected items received, one decimal (100 for a reporter
   *     from whom nothing is expected this quarter)
   */
  public Map<Division, BigDecimal> percentByDivision() {
    ImmutableMap.Builder<Division, BigDecimal> byDivision = ImmutableMap.builder();
    reporters.forEach(
        d ->
            byDivision.put(
                d,
                percent(
                    expected.stream()
                        .filter(i -> i.division().equals(d))
                        .collect(ImmutableSet.toImmutableSet()))));
    return byDivision.build();
  }

  private BigDecimal percent(Set<ReportItem> items) {
    if (items.isEmpty()) {
      return BigDecimal.valueOf(1000, 1);
    }
    long got = items.stream().filter(received::contains).count();
    return BigDecimal.valueOf(100 * got)
        .divide(BigDecimal.valueOf(items.size()), 1, RoundingMode.HALF_UP);
  }

  @Override
  public String toString() {
    return "ReportingCoverage["
        + quarter
        + ": "
        + Sets.intersection(expected, received).size()
        + "/"
        + expected.size()
        + " received ("
        + Numbers.show(percent())
        + " %), "
        + missing().size()
        + " missing, "
        + late.size()
        + " late]";
  }
}
