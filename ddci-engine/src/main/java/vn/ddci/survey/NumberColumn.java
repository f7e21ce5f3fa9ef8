package vn.ddci.survey;

/**
 * The answers of one number question, kept exactly and small: as integers over a power of ten (an
 * {@code int} per answer) when every answer is such a decimal — days, million VND and percentages
 * as typed in a survey are — and as doubles otherwise. Not answered is NaN when read.
 *
 * <p>The integer form is chosen only when it gives back every answer bit for bit: for each answer
 * x, the scaled m = rint(x·10^k) fits an {@code int} and m / 10^k (one correctly rounded division)
 * is x again. A decimal of up to nine significant digits read from text is stored so, and read back
 * as the very double the text parses to.
 */
final class NumberColumn {
  /** The scaled value of an answer not given. */
  private static final int MISSING = Integer.MIN_VALUE;

  /** The most decimals the integer form keeps. */
  private static final int MAX_DECIMALS = 6;

  private final int[] scaled;
  private final double divisor;
  private final double[] values;

  private NumberColumn(int[] scaled, double divisor, double[] values) {
    this.scaled = scaled;
    this.divisor = divisor;
    this.values = values;
  }

  /**
   * Returns the column of these answers, in the smaller form that keeps each exactly.
   *
   * @param values one per row, NaN where not answered (copied)
   * @return the column
   */
  static NumberColumn of(double[] values) {
    double divisor = 1;
    for (int k = 0; k <= MAX_DECIMALS; k++, divisor *= 10) {
      int[] scaled = scaled(values, divisor);
      if (scaled != null) {
        return new NumberColumn(scaled, divisor, null);
      }
    }
    return new NumberColumn(null, 1, values.clone());
  }

  /** The answers as integers over divisor, or null if one is not kept exactly so. */
  private static int[] scaled(double[] values, double divisor) {
    int[] scaled = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      double x = values[i];
      if (Double.isNaN(x)) {
        scaled[i] = MISSING;
        continue;
      }
      double m = Math.rint(x * divisor);
      if (!(Math.abs(m) < Integer.MAX_VALUE)) {
        return null;
      }
      scaled[i] = (int) m; // -0.0 becomes 0: then x is not given back, and doubles are kept
      if (Double.doubleToLongBits(scaled[i] / divisor) != Double.doubleToLongBits(x)) {
        return null;
      }
    }
    return scaled;
  }

  /** The number of rows. */
  int length() {
    return scaled != null ? scaled.length : values.length;
  }

  /** A row's answer, NaN when not answered. */
  double get(int row) {
    if (scaled != null) {
      int m = scaled[row];
      return m == MISSING ? Double.NaN : m / divisor;
    }
    return values[row];
  }

  /** Whether the answers are kept as scaled integers (4 bytes each) rather than doubles. */
  boolean isScaled() {
    return scaled != null;
  }
}
