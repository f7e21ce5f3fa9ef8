package vn.ddci.progress;

import java.util.Objects;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Values;
import vn.ddci.plan.Division;

/** One line a quarter's reports should hold: a division's progress on a task. */
@Value.Immutable
@DdciStyle
public abstract class ReportItem {

  ReportItem() {}

  /**
   * Returns an item.
   *
   * @param division the reporting division
   * @param task the task's number
   * @return the item
   */
  public static ReportItem of(Division division, String task) {
    Objects.requireNonNull(division, "division");
    Objects.requireNonNull(task, "task");
    return ImmutableReportItem.of(
        division, Values.taskNumber(task, "report item of '" + division.name() + "'"));
  }

  /**
   * Returns the reporting division.
   *
   * @return the division
   */
  @Value.Parameter
  public abstract Division division();

  /**
   * Returns the task's number.
   *
   * @return e.g. "1.2"
   */
  @Value.Parameter
  public abstract String task();

  /** Returns {@code division/task}, e.g. {@code Phòng Lãnh sự - Hợp tác quốc tế/1.2}. */
  @Override
  public String toString() {
    return division() + "/" + task();
  }
}
