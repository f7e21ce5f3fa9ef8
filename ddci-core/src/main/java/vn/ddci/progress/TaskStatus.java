package vn.ddci.progress;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.YearQuarter;
import vn.ddci.internal.DdciStyle;
import vn.ddci.plan.Division;

/**
 * A task's status as of a date: the last status reported, by whom, for which quarter and when,
 * and whether it is stale (the next quarter's report was due and has not come).
 */
@Value.Immutable
@DdciStyle
public abstract class TaskStatus {

  TaskStatus() {}

  static TaskStatus of(
      QuarterlyReport report, TaskProgress progress, LocalDate asOf, boolean stale) {
    return ImmutableTaskStatus.builder()
        .task(progress.task())
        .status(progress.status())
        .percent(progress.percent())
        .narrative(progress.narrative())
        .reason(progress.reason())
        .division(report.division())
        .quarter(report.quarter())
        .submitted(report.submitted())
        .asOf(asOf)
        .stale(stale)
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
   * Returns the narrative of that report.
   *
   * @return what was done, as written
   */
  public abstract String narrative();

  /**
   * Returns the reason given, if any (required for a cancelled task).
   *
   * @return the reason
   */
  public abstract Optional<String> reason();

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
   * Returns the day that report was submitted.
   *
   * @return the submission date
   */
  public abstract LocalDate submitted();

  /**
   * Returns the date of this status.
   *
   * @return the date asked about
   */
  public abstract LocalDate asOf();

  /**
   * Tells whether the status is stale: the next quarter's report was due by {@link #asOf()} and
   * has not come. A task done or cancelled is never stale.
   *
   * @return true when stale
   */
  public abstract boolean stale();

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
