package vn.ddci.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;
import org.threeten.extra.YearQuarter;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Numbers;
import vn.ddci.plan.Division;
import vn.ddci.plan.Target;

/**
 * A target's progress as of a date: the last actual reported by then (a value as of the end of its
 * quarter), against the path that runs linearly from the baseline on the task's start to the target
 * on its due date, read on the same day as the actual ({@link #measuredOn()}).
 *
 * <p>Both directions are handled the same way: from 10 days down to 7, an actual of 8 has come 2/3
 * of the way ({@link Target#achieved(BigDecimal)}).
 */
@Value.Immutable
@DdciStyle
public abstract class TargetProgress {

  TargetProgress() {}

  static TargetProgress of(
      Target target,
      BigDecimal actual,
      QuarterlyReport report,
      LocalDate start,
      LocalDate due,
      LocalDate asOf) {
    return ImmutableTargetProgress.builder()
        .target(target)
        .actual(actual)
        .division(report.division())
        .quarter(report.quarter())
        .start(start)
        .due(due)
        .asOf(asOf)
        .build();
  }

  /**
   * Returns the target.
   *
   * @return the target
   */
  public abstract Target target();

  /**
   * Returns the last actual value reported (cumulative).
   *
   * @return the actual
   */
  public abstract BigDecimal actual();

  /**
   * Returns the division that reported the actual.
   *
   * @return the division
   */
  public abstract Division division();

  /**
   * Returns the quarter of the report that gave the actual.
   *
   * @return the quarter
   */
  public abstract YearQuarter quarter();

  /**
   * Returns the task's start.
   *
   * @return the day the path leaves the baseline
   */
  public abstract LocalDate start();

  /**
   * Returns the task's due date.
   *
   * @return the day the path reaches the target
   */
  public abstract LocalDate due();

  /**
   * Returns the date of this progress.
   *
   * @return the date asked about
   */
  public abstract LocalDate asOf();

  /**
   * Returns the share of the way from baseline to target that the actual has come.
   *
   * @return 0 at the baseline, 1 at the target
   */
  public BigDecimal achieved() {
    return target().achieved(actual());
  }

  /**
   * Returns the day the actual measures: the end of its quarter, or {@link #asOf()} if earlier.
   *
   * @return the day the actual and the path are compared on
   */
  public LocalDate measuredOn() {
    LocalDate end = quarter().atEndOfQuarter();
    return end.isAfter(asOf()) ? asOf() : end;
  }

  /**
   * Returns the share of the way the linear path expects by {@link #measuredOn()}: the share of the
   * task's days elapsed, between 0 and 1.
   *
   * @return the expected share
   */
  public BigDecimal expected() {
    long total = ChronoUnit.DAYS.between(start(), due());
    long elapsed = ChronoUnit.DAYS.between(start(), measuredOn());
    if (total <= 0 || elapsed >= total) {
      return elapsed < 0 ? BigDecimal.ZERO : BigDecimal.ONE;
    }
    if (elapsed <= 0) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(elapsed)
        .divide(BigDecimal.valueOf(total), MathContext.DECIMAL64)
        .stripTrailingZeros();
  }

  /**
   * Returns the value the linear path expects by {@link #measuredOn()}.
   *
   * @return baseline + (target − baseline) × expected share
   */
  public BigDecimal expectedValue() {
    Target t = target();
    return t.baseline()
        .add(t.target().subtract(t.baseline()).multiply(expected()))
        .round(MathContext.DECIMAL64)
        .stripTrailingZeros();
  }

  /**
   * Tells whether the actual is at or beyond the linear path.
   *
   * @return true when on track
   */
  public boolean onTrack() {
    return achieved().compareTo(expected()) >= 0;
  }

  @Override
  public String toString() {
    return "TargetProgress["
        + target().indicator()
        + ": "
        + Numbers.show(actual())
        + " "
        + target().unitOfMeasure()
        + " of "
        + Numbers.show(target().baseline())
        + " → "
        + Numbers.show(target().target())
        + ", expected "
        + Numbers.show(expectedValue())
        + (onTrack() ? ", on track" : ", behind")
        + "]";
  }
}
