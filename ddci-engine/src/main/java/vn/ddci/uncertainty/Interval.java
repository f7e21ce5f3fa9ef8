package vn.ddci.uncertainty;

import static vn.ddci.internal.Checks.checkArgument;

import java.util.Locale;

/**
 * An interval of a score or a rank at a confidence level (khoảng tin cậy): the (1 − level)/2 and (1
 * + level)/2 quantiles of the replications, type 7. A rank interval's ends may lie between ranks
 * (42.95), as COINr gives them; {@link #widenedToWhole} gives the whole ranks that contain it.
 */
public final class Interval {
  private final double lower;
  private final double upper;
  private final double level;

  private Interval(double lower, double upper, double level) {
    this.lower = lower;
    this.upper = upper;
    this.level = level;
  }

  /**
   * Returns an interval.
   *
   * @param lower the lower end
   * @param upper the upper end, not below the lower
   * @param level the confidence level, in (0, 1)
   * @return the interval
   * @throws vn.ddci.DdciValidationException if an end is NaN, upper is below lower or the level is
   *     outside (0, 1)
   */
  public static Interval of(double lower, double upper, double level) {
    checkLevel(level);
    checkArgument(
        !Double.isNaN(lower) && !Double.isNaN(upper) && lower <= upper,
        "[%s, %s] is not an interval",
        lower,
        upper);
    return new Interval(lower, upper, level);
  }

  /** The interval of values sorted ascending: their (1 ∓ level) / 2 quantiles, type 7. */
  static Interval ofSorted(double[] sorted, double level) {
    return of(
        Quantiles.ofSorted(sorted, tail(level, -1)),
        Quantiles.ofSorted(sorted, tail(level, 1)),
        level);
  }

  /**
   * (1 ∓ level) / 2 in decimal, so that a level of 0.9 reads the quantiles 0.05 and 0.95 exactly,
   * as COINr's Q5 and Q95 (in doubles, (1 − 0.9) / 2 is 0.04999999999999999).
   */
  static double tail(double level, int sign) {
    java.math.BigDecimal l = java.math.BigDecimal.valueOf(level);
    java.math.BigDecimal one = java.math.BigDecimal.ONE;
    return (sign < 0 ? one.subtract(l) : one.add(l))
        .divide(java.math.BigDecimal.valueOf(2))
        .doubleValue();
  }

  static void checkLevel(double level) {
    checkArgument(level > 0 && level < 1, "the confidence level %s is outside (0, 1)", level);
  }

  /**
   * Returns the lower end.
   *
   * @return the lower end
   */
  public double lower() {
    return lower;
  }

  /**
   * Returns the upper end.
   *
   * @return the upper end
   */
  public double upper() {
    return upper;
  }

  /**
   * Returns the confidence level.
   *
   * @return e.g. 0.9
   */
  public double level() {
    return level;
  }

  /**
   * Returns upper − lower.
   *
   * @return the width
   */
  public double width() {
    return upper - lower;
  }

  /**
   * Tells whether x lies in the interval, ends included.
   *
   * @param x a value
   * @return true if lower ≤ x ≤ upper
   */
  public boolean contains(double x) {
    return lower <= x && x <= upper;
  }

  /**
   * Returns the smallest interval of whole numbers that contains this one: for ranks, from the
   * floor of the lower end to the ceiling of the upper.
   *
   * @return the widened interval
   */
  public Interval widenedToWhole() {
    return new Interval(Math.floor(lower), Math.ceil(upper), level);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Interval
        && Double.compare(((Interval) o).lower, lower) == 0
        && Double.compare(((Interval) o).upper, upper) == 0
        && Double.compare(((Interval) o).level, level) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(lower) * 31 * 31 + Double.hashCode(upper) * 31 + Double.hashCode(level);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "[%s, %s] (%s %%)", lower, upper, level * 100);
  }
}
