package vn.ddci.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/** Shows decimals in messages and {@code toString()} (internal; not part of the API). */
public final class Numbers {
  /** Plain notation is used for values whose digits fit in this many characters. */
  private static final int MAX_PLAIN = 40;

  private Numbers() {}

  /**
   * Shows an exact value with every digit it has, in plain notation, or in scientific notation (20
   * significant digits) when plain notation would be longer than 40 digits: a value of {@code
   * 1E+2000000000} is named, never expanded.
   *
   * @param value a value
   * @return the value as text
   */
  public static String show(BigDecimal value) {
    long integerDigits = (long) value.precision() - value.scale();
    if (value.scale() <= MAX_PLAIN && integerDigits <= MAX_PLAIN) {
      return value.toPlainString();
    }
    return value.round(new MathContext(MAX_PLAIN / 2)).toString();
  }
}
