package vn.ddci.uncertainty;

import static vn.ddci.internal.Checks.checkArgument;

import java.util.Arrays;
import java.util.Objects;

/**
 * Quantiles as COINr, R ({@code quantile(type = 7)}), NumPy and Excel's {@code PERCENTILE.INC}
 * compute them (phân vị): linear interpolation between order statistics. With the n values sorted,
 * s₁ ≤ … ≤ sₙ, h = 1 + (n − 1)·p, f = h − ⌊h⌋ and Q(p) = (1 − f)·s⌊h⌋ + f·s⌈h⌉, computed as R does:
 * s⌊h⌋ itself when f = 0 or the two order statistics are equal.
 *
 * <pre>{@code
 * Quantiles.of(new double[] {1, 2, 3, 4}, 0.5);    // 2.5
 * Quantiles.of(ranks, 0.05);                       // 42.95 for ranks whose 5th and 6th are 42, 43
 * }</pre>
 */
public final class Quantiles {
  private Quantiles() {}

  /**
   * Returns the p-quantile of values in any order (type 7).
   *
   * @param values at least one, none NaN (copied, not changed)
   * @param p from 0 to 1
   * @return the quantile
   * @throws vn.ddci.DdciValidationException if there is no value, a value is NaN or p is outside
   *     [0, 1]
   */
  public static double of(double[] values, double p) {
    Objects.requireNonNull(values, "values");
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    checkArgument(
        sorted.length == 0 || !Double.isNaN(sorted[sorted.length - 1]),
        "a value is NaN: a quantile needs numbers");
    return ofSorted(sorted, p);
  }

  /**
   * Returns the p-quantile of values sorted ascending (type 7), without copying them.
   *
   * @param sorted at least one value, ascending
   * @param p from 0 to 1
   * @return the quantile
   * @throws vn.ddci.DdciValidationException if there is no value or p is outside [0, 1]
   */
  public static double ofSorted(double[] sorted, double p) {
    Objects.requireNonNull(sorted, "sorted");
    checkArgument(sorted.length > 0, "a quantile needs at least one value");
    checkArgument(p >= 0 && p <= 1, "the probability %s is outside [0, 1]", p);
    double h = (sorted.length - 1) * p; // from 0: h − 1 of the 1-based formula
    int lo = (int) Math.floor(h);
    int hi = (int) Math.ceil(h);
    double f = h - lo;
    if (f == 0 || sorted[hi] == sorted[lo]) {
      return sorted[lo]; // as R: no interpolation, so equal values give themselves, infinities too
    }
    return (1 - f) * sorted[lo] + f * sorted[hi];
  }
}
