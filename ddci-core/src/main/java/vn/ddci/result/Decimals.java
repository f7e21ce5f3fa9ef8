package vn.ddci.result;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Parses decimals as Vietnamese documents write them: {@code "80.45"}, {@code "5,20"}, {@code
 * "−1,92"} (with the minus sign U+2212), {@code "– 1.92"} (a dash and a space, as the seed plan
 * writes it) or {@code "+5.82"}.
 */
public final class Decimals {
  private static final Pattern SIGN_THEN_SPACE = Pattern.compile("^([+-])\\s+");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

  private Decimals() {}

  /**
   * Parses a decimal written with a point or a comma as the decimal separator.
   *
   * @param text e.g. {@code "−1,92"}; surrounding spaces are ignored
   * @return the exact value
   * @throws IllegalArgumentException naming the text if it is not a decimal (a thousands
   *     separator, as in {@code "1.234,5"}, is not a decimal here)
   */
  public static BigDecimal parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip().replace('\u2212', '-').replace('–', '-');
    s = SIGN_THEN_SPACE.matcher(s).replaceFirst("$1");
    checkArgument(DECIMAL.matcher(s).matches(), "'%s' is not a decimal number", text);
    return new BigDecimal(s.replace(',', '.'));
  }
}
