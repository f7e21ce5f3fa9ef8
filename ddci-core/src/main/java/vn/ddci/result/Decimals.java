package vn.ddci.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.ddci.DdciValidationException;
import vn.ddci.internal.Numbers;
import vn.ddci.name.Names;

/**
 * Parses decimals as Vietnamese documents write them, and shows them for people.
 *
 * <p>Parsing accepts {@code "80.45"}, {@code "5,20"}, {@code "−1,92"} (with the minus sign U+2212),
 * {@code "– 1.92"} (a dash and a space, as the seed plan writes it) or {@code "+5.82"}. Showing a
 * figure to people uses its published precision ({@link #show(BigDecimal, int)}): a PCI change held
 * as 1.66618347167969 is shown as 1.67, while the value keeps every digit.
 */
public final class Decimals {
  private static final Pattern SIGN_THEN_SPACE = Pattern.compile("^([+-])\\s+");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

  private static final Pattern EDGE_SPACES = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");

  /** The longest text read as a decimal: 100 characters. */
  private static final int MAX_TEXT = 100;

  private Decimals() {}

  /**
   * Parses a decimal written with a point or a comma as the decimal separator.
   *
   * @param text e.g. {@code "−1,92"}; surrounding spaces are ignored
   * @return the exact value
   * @throws vn.ddci.DdciValidationException naming the text if it is not a decimal (a thousands
   *     separator, as in {@code "1.234,5"}, or an exponent, as in {@code "1e2"}, is not a decimal
   *     here; nor is a text of more than 100 characters)
   */
  public static BigDecimal parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_TEXT) {
      throw new DdciValidationException(Names.quote(text) + " is not a decimal number");
    }
    String s = EDGE_SPACES.matcher(text).replaceAll("").replace('\u2212', '-').replace('–', '-');
    s = SIGN_THEN_SPACE.matcher(s).replaceFirst("$1");
    if (!DECIMAL.matcher(s).matches()) {
      throw new DdciValidationException(Names.quote(text) + " is not a decimal number");
    }
    return new BigDecimal(s.replace(',', '.'));
  }

  /**
   * Shows an exact value with every digit it has, in plain notation ({@code 70.00139617919922}), or
   * in scientific notation when plain notation would be very long.
   *
   * @param value a value
   * @return the value as text, never longer than a few dozen characters
   */
  public static String show(BigDecimal value) {
    return Numbers.show(Objects.requireNonNull(value, "value"));
  }

  /**
   * Shows a value at a published precision, rounded half up: {@code 1.66618347167969} with 2
   * decimals is {@code "1.67"}; a value with fewer decimals keeps them ({@code 5.2} stays {@code
   * "5.2"}), so that no digit is shown that the source did not have.
   *
   * @param value a value
   * @param decimals the published decimals, 0 to {@link vn.ddci.Bounds#MAX_DECIMALS}
   * @return the value as text
   * @throws vn.ddci.DdciValidationException if decimals are outside that range
   */
  public static String show(BigDecimal value, int decimals) {
    Objects.requireNonNull(value, "value");
    if (decimals < 0 || decimals > vn.ddci.Bounds.MAX_DECIMALS) {
      throw new DdciValidationException(
          "decimals " + decimals + " are outside 0–" + vn.ddci.Bounds.MAX_DECIMALS);
    }
    if (value.scale() <= decimals) {
      return show(value);
    }
    return show(value.setScale(decimals, RoundingMode.HALF_UP));
  }
}
