package vn.ddci.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import vn.ddci.result.Decimals;

/**
 * How numbers are written in one language (cách viết số): the decimal separator (Vietnamese 5,82;
 * English 5.82), the true minus sign U+2212 and a plus sign for changes (−1,92; +5,82), zero-padded
 * counts and ranks (04/08, 02/25), percentages (60,0 % / 60.0%) and dates (10/04/2024 / 10 April
 * 2024).
 *
 * <p>Figures are printed at their published precision: a value with more decimals than published is
 * rounded half up to them, and a value with fewer keeps its own ({@code 10} stays "10"), so that no
 * digit is shown that the source did not have.
 *
 * <pre>{@code
 * NumberStyle vi = NumberStyle.of(Language.VIETNAMESE);
 * vi.signed(new BigDecimal("-1.92"), 2);   // "−1,92"
 * vi.count(4, 8);                          // "04/08"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class NumberStyle {
  /** The minus sign (U+2212), not the hyphen. */
  public static final char MINUS = '\u2212';

  private static final NumberStyle VIETNAMESE =
      new NumberStyle(Language.VIETNAMESE, ',', " %", DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  private static final NumberStyle ENGLISH =
      new NumberStyle(
          Language.ENGLISH,
          '.',
          "%",
          DateTimeFormatter.ofPattern("d MMMM yyyy", Language.ENGLISH.locale()));

  private final Language language;
  private final char decimalSeparator;
  private final String percentSuffix;
  private final DateTimeFormatter dates;

  private NumberStyle(
      Language language, char decimalSeparator, String percentSuffix, DateTimeFormatter dates) {
    this.language = language;
    this.decimalSeparator = decimalSeparator;
    this.percentSuffix = percentSuffix;
    this.dates = dates;
  }

  /**
   * Returns the number style of a language.
   *
   * @param language the language
   * @return its style
   * @throws NullPointerException if the language is null
   */
  public static NumberStyle of(Language language) {
    Objects.requireNonNull(language, "language");
    return language == Language.VIETNAMESE ? VIETNAMESE : ENGLISH;
  }

  /**
   * Returns the language.
   *
   * @return the language of this style
   */
  public Language language() {
    return language;
  }

  /**
   * Returns the decimal separator (dấu thập phân): a comma in Vietnamese, a point in English.
   *
   * @return ',' or '.'
   */
  public char decimalSeparator() {
    return decimalSeparator;
  }

  /**
   * Writes a figure (a score, a gap, a change without its plus sign) at its published precision,
   * with the true minus sign when negative: "80,45", "10", "−1,92".
   *
   * @param value the figure
   * @param decimals the decimals published, 0 or more
   * @return the figure as plans print it
   * @throws NullPointerException if the value is null
   * @throws vn.ddci.DdciValidationException if the decimals are outside the bounds of {@link
   *     Decimals#show(BigDecimal, int)}
   */
  public String figure(BigDecimal value, int decimals) {
    Objects.requireNonNull(value, "value");
    String digits = Decimals.show(value.abs(), decimals).replace('.', decimalSeparator);
    boolean negative = value.signum() < 0 && !isZero(digits);
    return negative ? MINUS + digits : digits;
  }

  /**
   * Writes a change (mức thay đổi) with its sign: "+5,82", "−1,92", "0,00" for no change.
   *
   * @param change the change
   * @param decimals the decimals published
   * @return the signed change
   * @throws NullPointerException if the change is null
   */
  public String signed(BigDecimal change, int decimals) {
    String s = figure(change, decimals);
    return change.signum() > 0 && !isZero(s) ? "+" + s : s;
  }

  /**
   * Writes a signed whole number, e.g. a rank change: "+7", "−15", "0".
   *
   * @param value the number
   * @return the signed number
   */
  public String signed(int value) {
    return value > 0 ? "+" + value : value < 0 ? MINUS + String.valueOf(-(long) value) : "0";
  }

  /**
   * Writes a count of a total as plans do: "04/08" in Vietnamese, "4 of 8" in English.
   *
   * @param count the count
   * @param of the total
   * @return the count
   */
  public String count(int count, int of) {
    if (language == Language.ENGLISH) {
      return count + " of " + of;
    }
    int width = Math.max(2, String.valueOf(of).length());
    return pad(count, width) + "/" + pad(of, width);
  }

  /**
   * Writes a small whole number as plans do: zero-padded to two digits in Vietnamese ("08 chỉ số",
   * "02 đơn vị"), plain in English ("8").
   *
   * @param n the number
   * @return the number
   */
  public String number(int n) {
    return language == Language.ENGLISH ? String.valueOf(n) : pad(n, 2);
  }

  /**
   * Writes a decimal with every digit it has, and no more, with this language's separator: an
   * actual value "8.50" is "8,50" in Vietnamese, the median rank 12.5 is "12,5".
   *
   * @param value the value
   * @return the value
   * @throws NullPointerException if the value is null
   */
  public String decimal(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    String digits = value.abs().toPlainString().replace('.', decimalSeparator);
    return value.signum() < 0 ? MINUS + digits : digits;
  }

  /**
   * Writes the median rank of n units, (n + 1) / 2 (trung vị xếp hạng): "13" for 25, "12,5" for 24
   * in Vietnamese.
   *
   * @param n the number of units in the block, 1 or more
   * @return the median rank
   * @throws vn.ddci.DdciValidationException if n is below 1
   */
  public String medianRank(int n) {
    return decimal(vn.ddci.ranking.Medians.rank(n).stripTrailingZeros());
  }

  /**
   * Writes a percentage with the digits it has: "60,0 %" in Vietnamese, "60.0%" in English.
   *
   * @param percent the percentage, e.g. 60.0
   * @return the percentage
   * @throws NullPointerException if the percentage is null
   */
  public String percent(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    String digits = percent.abs().toPlainString().replace('.', decimalSeparator);
    return (percent.signum() < 0 ? MINUS + digits : digits) + percentSuffix;
  }

  /**
   * Writes a probability or a confidence level as a percentage without trailing zeros: 0.9 is "90
   * %" in Vietnamese, "90%" in English.
   *
   * @param share a share from 0 to 1, shown with at most one decimal
   * @return the percentage
   */
  public String percentOf(double share) {
    BigDecimal p = BigDecimal.valueOf(share).movePointRight(2);
    if (p.scale() > 1) {
      p = p.setScale(1, RoundingMode.HALF_UP);
    }
    p = p.stripTrailingZeros();
    return percent(p.scale() < 0 ? p.setScale(0, RoundingMode.UNNECESSARY) : p);
  }

  /**
   * Writes a date: "10/04/2024" in Vietnamese, "10 April 2024" in English.
   *
   * @param date the date
   * @return the date
   * @throws NullPointerException if the date is null
   */
  public String date(LocalDate date) {
    return dates.format(Objects.requireNonNull(date, "date"));
  }

  private static String pad(int n, int width) {
    String s = String.valueOf(Math.abs((long) n));
    StringBuilder b = new StringBuilder(n < 0 ? String.valueOf(MINUS) : "");
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(s).toString();
  }

  private static boolean isZero(String digits) {
    return digits.chars().allMatch(c -> c == '0' || c == '.' || c == ',');
  }

  /** Returns e.g. {@code NumberStyle[VIETNAMESE: 5,82; 04/08]}. */
  @Override
  public String toString() {
    return "NumberStyle["
        + language
        + ": "
        + figure(new BigDecimal("5.82"), 2)
        + "; "
        + count(4, 8)
        + "]";
  }
}
