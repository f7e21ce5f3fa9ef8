package vn.ddci.engine;

import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;

/**
 * The outlier check of one column (kiểm tra giá trị ngoại lai): its sample skewness and excess
 * kurtosis (bias-corrected, as Excel's SKEW and KURT) and whether it passes the thresholds.
 */
@Value.Immutable
@DdciStyle
public abstract class SkewKurtosis {
  SkewKurtosis() {}

  static SkewKurtosis of(double skew, double kurtosis, boolean passes) {
    return ImmutableSkewKurtosis.of(skew, kurtosis, passes);
  }

  /**
   * Returns the skewness.
   *
   * @return the bias-corrected sample skewness; NaN for fewer than 3 values or all equal
   */
  @Value.Parameter
  public abstract double skew();

  /**
   * Returns the excess kurtosis.
   *
   * @return the bias-corrected sample excess kurtosis (0 for a normal distribution); NaN for fewer
   *     than 4 values or all equal
   */
  @Value.Parameter
  public abstract double kurtosis();

  /**
   * Tells whether the column passes: |skew| below the skewness threshold, or kurtosis below the
   * kurtosis threshold.
   *
   * @return true if no treatment is needed
   */
  @Value.Parameter
  public abstract boolean passes();

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "%s[skew %.4f, kurtosis %.4f]",
        passes() ? "Pass" : "Fail",
        skew(),
        kurtosis());
  }
}
