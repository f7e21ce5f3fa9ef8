package vn.ddci.engine;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;

/**
 * One thing a step did to the data (nhật ký xử lý): a value imputed, a unit screened out, a point
 * winsorised. A {@link Build}'s audit trail is the list of them, in the order they happened.
 *
 * <pre>
 * Impute: Elec, LAO: missing → 0.0123 (mean of the 20 Asia values)
 * </pre>
 */
@Value.Immutable
@DdciStyle
public abstract class AuditEntry {
  /** What was done. */
  public enum Action {
    /** A value became missing because its denominator is missing. */
    DENOMINATOR_MISSING,
    /** A missing value was filled. */
    IMPUTED,
    /** A missing value could not be filled and stays missing. */
    NOT_IMPUTED,
    /** A unit was removed for lack of data. */
    SCREENED_OUT,
    /** A value was replaced by the next most extreme one. */
    WINSORISED,
    /** An indicator was replaced by its log, winsorisation not being enough. */
    LOG_TRANSFORMED,
    /** An indicator could not be checked for outliers (too few values, or all equal). */
    NOT_CHECKED,
    /** Every unit has the same value: scored by the stated rule. */
    CONSTANT_SCORED,
    /** No unit has a value of an indicator: it stays missing. */
    ALL_MISSING,
    /** A value beyond a goalpost or a target was brought back to it. */
    TRUNCATED,
    /** An aggregate was scored from fewer than all its children, or is missing for lack of them. */
    CHILDREN_MISSING,
    /** An indicator computed from survey answers is missing: too few respondents rated the unit. */
    TOO_FEW_RESPONDENTS
  }

  private static final java.math.MathContext SHOWN =
      new java.math.MathContext(6, java.math.RoundingMode.HALF_EVEN);

  AuditEntry() {}

  /**
   * Returns an entry, for steps outside this package (the survey layer's).
   *
   * @param step the step, e.g. "Indicators"
   * @param action what was done
   * @param column the column concerned, or null
   * @param unit the unit concerned, or null
   * @param before the value before, NaN for none
   * @param after the value after, NaN for none
   * @param note what was done, in words
   * @return the entry
   */
  public static AuditEntry of(
      String step,
      Action action,
      String column,
      String unit,
      double before,
      double after,
      String note) {
    return ImmutableAuditEntry.builder()
        .step(step)
        .action(action)
        .column(Optional.ofNullable(column))
        .unit(Optional.ofNullable(unit))
        .before(Double.isNaN(before) ? OptionalDouble.empty() : OptionalDouble.of(before))
        .after(Double.isNaN(after) ? OptionalDouble.empty() : OptionalDouble.of(after))
        .note(note)
        .build();
  }

  /**
   * Shows a value in a note: at most 6 significant digits, as a person reads it (the entry's {@link
   * #before()} and {@link #after()} keep every digit).
   */
  static String show(double v) {
    if (Double.isNaN(v)) {
      return "missing";
    }
    if (Double.isInfinite(v)) {
      return Double.toString(v);
    }
    return java.math.BigDecimal.valueOf(v).round(SHOWN).stripTrailingZeros().toPlainString();
  }

  /**
   * Returns the step that did it.
   *
   * @return e.g. "Impute"
   */
  public abstract String step();

  /**
   * Returns what was done.
   *
   * @return the action
   */
  public abstract Action action();

  /**
   * Returns the column (indicator) concerned, if one is.
   *
   * @return the column's code
   */
  public abstract Optional<String> column();

  /**
   * Returns the unit concerned, if one is.
   *
   * @return the unit's code
   */
  public abstract Optional<String> unit();

  /**
   * Returns the value before, if there was one.
   *
   * @return the old value
   */
  public abstract OptionalDouble before();

  /**
   * Returns the value after, if there is one.
   *
   * @return the new value
   */
  public abstract OptionalDouble after();

  /**
   * Returns what was done, in words.
   *
   * @return e.g. "missing → 0.0123 (mean of the 20 Asia values)"
   */
  public abstract String note();

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(step()).append(": ");
    column().ifPresent(c -> s.append(c));
    unit().ifPresent(u -> s.append(column().isPresent() ? ", " : "").append(u));
    if (column().isPresent() || unit().isPresent()) {
      s.append(": ");
    }
    return s.append(note()).toString();
  }
}
