package vn.ddci.progress;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.immutables.value.Value;
import org.threeten.extra.YearQuarter;
import vn.ddci.internal.DdciStyle;
import vn.ddci.plan.Division;

/**
 * A task's status as of a date: the last status reported, by whom and for which quarter, and
 * whether that report is stale (more than one quarter before the date's quarter).
 */
@Value.Immutable
@DdciStyle
public abstract class TaskStatus {

  TaskStatus() {}

  static TaskStatus of(QuarterlyReport report, TaskProgress progress, LocalDate asOf) {
    return ImmutableTaskStatus.builder()
        .task(progress.task())
        .status(progress.status())
        .percent(progress.percent())
        .division(report.division())
        .quarter(report.quarter())
        .asOf(asOf)
        .build();
  }

  /**
   * Returns the task's number.
   *
   * @return e.g. "2.1"
   */
  public abstract String task();

  /**
   * Returns the last status reported.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * Returns the last percent done reported.
   *
   * @return 0 to 100
   */
  public abstract int percent();

  /**
   * Returns the division that reported it.
   *
   * @return the division
   */
  public abstract Division division();

  /**
   * Returns the quarter of that report.
   *
   * @return the quarter reported on
   */
  public abstract YearQuarter quarter();

  /**
   * Returns the date of this status.
   *
   * @return the date asked about
   */
  public abstract LocalDate asOf();

  /**
   * Tells whether the status is stale: the report is for a quarter more than one quarter before
   * the quarter of {@link #asOf()}.
   *
   * @return true when stale
   */
  public boolean stale() {
    return quarter().until(YearQuarter.from(asOf()), IsoFields.QUARTER_YEARS) > 1;
  }

  @Override
  public String toString() {
    return "TaskStatus["
        + task()
        + " "
        + status()
        + " "
        + percent()
        + "% ("
        + division()
        + ", "
        + quarter()
        + ")"
        + (stale() ? " stale" : "")
        + "]";
  }
}
