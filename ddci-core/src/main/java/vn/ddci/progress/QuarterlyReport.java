package vn.ddci.progress;

import static vn.ddci.internal.Checks.checkArgument;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.threeten.extra.YearQuarter;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Values;
import vn.ddci.plan.Division;

/**
 * A division's report for a quarter (báo cáo quý): when it was submitted and the progress of each
 * task it reports on. A later report for the same division and quarter replaces an earlier one only
 * when it is marked as a {@linkplain #correction() correction}.
 *
 * <pre>{@code
 * QuarterlyReport.builder().division(lanhSu).quarter(YearQuarter.of(2024, 1))
 *     .submitted(LocalDate.of(2024, 4, 8))
 *     .addEntries(TaskProgress.builder().task("1.2").status(Status.IN_PROGRESS).percent(30).build())
 *     .build();
 * }</pre>
 *
 * <p>Bounds ({@link vn.ddci.Bounds}): the quarter's year 1990–2100, the submission date within
 * 1990-01-01–2100-12-31.
 */
@Value.Immutable
@DdciStyle
public abstract class QuarterlyReport {

  QuarterlyReport() {}

  /**
   * Starts a report.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QuarterlyReport}; not thread-safe. */
  public static final class Builder extends ImmutableQuarterlyReport.Builder {
    Builder() {}
  }

  /**
   * Returns the reporting division.
   *
   * @return the division
   */
  public abstract Division division();

  /**
   * Returns the quarter reported on.
   *
   * @return the quarter
   */
  public abstract YearQuarter quarter();

  /**
   * Returns the day the report was submitted.
   *
   * @return the submission date
   */
  public abstract LocalDate submitted();

  /**
   * Returns the progress of each task reported on.
   *
   * @return the entries; one per task
   */
  public abstract List<TaskProgress> entries();

  /**
   * Tells whether this report corrects an earlier one of the same division and quarter.
   *
   * @return false unless marked
   */
  @Value.Default
  public boolean correction() {
    return false;
  }

  @Value.Check
  void check() {
    Values.year(
        quarter().getYear(), () -> "report of '" + division().name() + "': the quarter's year");
    Values.day(
        submitted(),
        () -> "report of '" + division().name() + "' for " + quarter() + ": submitted");
    checkArgument(
        !division().group(),
        "a report comes from a named division, not from the group '%s'",
        division().name());
    checkArgument(
        !submitted().isBefore(quarter().atDay(1)), "%s: submitted before its quarter starts", this);
    Set<String> tasks = new HashSet<>();
    for (TaskProgress e : entries()) {
      checkArgument(tasks.add(e.task()), "%s: task %s is reported twice", this, e.task());
    }
  }

  /**
   * Returns the progress of a task, if the report covers it.
   *
   * @param taskNumber e.g. "2.1"
   * @return its entry
   */
  public Optional<TaskProgress> entry(String taskNumber) {
    Objects.requireNonNull(taskNumber, "taskNumber");
    return entries().stream().filter(e -> e.task().equals(taskNumber)).findFirst();
  }

  @Override
  public String toString() {
    return "QuarterlyReport["
        + division()
        + " "
        + quarter()
        + (correction() ? " correction" : "")
        + ", submitted "
        + submitted()
        + "]";
  }
}
