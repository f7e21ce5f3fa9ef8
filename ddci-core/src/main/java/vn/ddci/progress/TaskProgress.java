package vn.ddci.progress;

import static vn.ddci.internal.Checks.checkArgument;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Values;
import vn.ddci.name.Names;

/**
 * One task's progress in a quarterly report: status, percent done, narrative, and the actual values
 * of the task's targets (cumulative, as of the end of the quarter).
 *
 * <pre>{@code
 * TaskProgress.builder().task("2.1").status(Status.IN_PROGRESS).percent(40)
 *     .narrative("Rà soát 04 TTHC").putActuals("Thời gian giải quyết hồ sơ", new BigDecimal("9"))
 *     .build();
 * }</pre>
 *
 * <p>Accepted forms: the task number is digits separated by dots, at most four levels (2.1);
 * percent 0–100; the narrative and reason are texts of up to 10,000 characters ({@link
 * vn.ddci.name.Names#cleanText}); actual values within {@link vn.ddci.Bounds}.
 */
@Value.Immutable
@DdciStyle
public abstract class TaskProgress {

  TaskProgress() {}

  /**
   * Starts a task's progress.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaskProgress}; not thread-safe. */
  public static final class Builder extends ImmutableTaskProgress.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the TaskProgress
     * @throws vn.ddci.DdciValidationException if a required attribute is missing, a value is not
     *     valid, or a key of a map is given twice
     */
    @Override
    public TaskProgress build() {
      return vn.ddci.internal.Checks.building(
          super::build, "task progress: an indicator's actual value");
    }
  }

  /**
   * Returns the number of the task reported on.
   *
   * @return e.g. "2.1"
   */
  public abstract String task();

  /**
   * Returns the status.
   *
   * @return the status at the end of the quarter
   */
  public abstract Status status();

  /**
   * Returns the percent done.
   *
   * @return 0 to 100
   */
  public abstract int percent();

  /**
   * Returns what was done, as the division wrote it.
   *
   * @return the narrative; empty unless set
   */
  @Value.Default
  public String narrative() {
    return "";
  }

  /**
   * Returns the reason, required when the task is cancelled.
   *
   * @return the reason
   */
  public abstract Optional<String> reason();

  /**
   * Returns the actual value of each of the task's targets: cumulative, as of the end of the
   * quarter (the value itself, e.g. the days a dossier takes now, never a quarterly increment).
   *
   * @return actuals by indicator
   */
  public abstract Map<String, BigDecimal> actuals();

  /**
   * Returns the actual value of an indicator, matched tolerantly ({@link Names#key}).
   *
   * @param indicator the indicator's name
   * @return its actual, if reported
   */
  public Optional<BigDecimal> actual(String indicator) {
    Objects.requireNonNull(indicator, "indicator");
    String key = Names.key(indicator);
    return actuals().entrySet().stream()
        .filter(e -> Names.key(e.getKey()).equals(key))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  @Value.Check
  TaskProgress normalize() {
    Values.taskNumber(task(), "task progress");
    checkArgument(
        percent() >= 0 && percent() <= 100,
        "task %s: progress %s% is outside 0–100",
        task(),
        percent());
    checkArgument(
        status() != Status.CANCELLED
            || reason()
                .filter(r -> r.codePoints().anyMatch(Character::isLetterOrDigit))
                .isPresent(),
        "task %s: a cancelled task needs a reason",
        task());
    checkArgument(
        status() != Status.DONE || percent() == 100,
        "task %s: done at %s% (done means 100%)",
        task(),
        percent());
    checkArgument(
        status() != Status.NOT_STARTED || percent() == 0,
        "task %s: not started, yet %s% done",
        task(),
        percent());
    Set<String> keys = new HashSet<>();
    for (Map.Entry<String, BigDecimal> actual : actuals().entrySet()) {
      String indicator = actual.getKey();
      Names.clean(indicator);
      Values.decimal(
          actual.getValue(), () -> "task " + task() + ": the actual value of '" + indicator + "'");
      checkArgument(
          keys.add(Names.key(indicator)),
          "task %s: two actual values of the indicator '%s'",
          task(),
          indicator);
    }
    String narrative = Names.cleanText(narrative(), "task " + task() + ": narrative");
    Optional<String> reason = reason().map(r -> Names.cleanText(r, "task " + task() + ": reason"));
    if (narrative.equals(narrative()) && reason.equals(reason())) {
      return this;
    }
    return new Builder().from(this).narrative(narrative).reason(reason).build();
  }

  @Override
  public String toString() {
    return "TaskProgress[" + task() + " " + status() + " " + percent() + "%]";
  }
}
