package vn.ddci.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import org.threeten.extra.YearQuarter;
import vn.ddci.framework.Component;
import vn.ddci.result.Decimals;
import vn.ddci.text.Language;

/**
 * The words and numbers of a chart in one language: Vietnamese as {@link Vi} writes it (5,82; "Quý
 * 1/2024"), or English (5.82; "Q1 2024"); both with the true minus sign.
 */
final class ChartWords {
  private static final ChartWords VIETNAMESE = new ChartWords(Language.VIETNAMESE);
  private static final ChartWords ENGLISH = new ChartWords(Language.ENGLISH);

  private final Language language;

  private ChartWords(Language language) {
    this.language = language;
  }

  static ChartWords of(Language language) {
    Objects.requireNonNull(language, "language");
    return language == Language.ENGLISH ? ENGLISH : VIETNAMESE;
  }

  Language language() {
    return language;
  }

  boolean english() {
    return language == Language.ENGLISH;
  }

  /** The Vietnamese words or the English ones. */
  String w(String vi, String en) {
    return english() ? en : vi;
  }

  String name(Component c) {
    return english() ? c.nameEn() : c.nameVi();
  }

  /** A value with every digit it has. */
  String number(BigDecimal value) {
    return english() ? minus(Decimals.show(value)) : Vi.number(value);
  }

  /** A value at a published precision. */
  String number(BigDecimal value, int decimals) {
    return english() ? minus(Decimals.show(value, decimals)) : Vi.number(value, decimals);
  }

  String percent(BigDecimal value) {
    return english() ? number(value) + "%" : Vi.percent(value);
  }

  String quarter(YearQuarter quarter) {
    return english()
        ? "Q" + quarter.getQuarterValue() + " " + quarter.getYear()
        : Vi.quarter(quarter);
  }

  /**
   * A count of a total: "2/08" in Vietnamese (the count as it is, the total in two digits), "2 of
   * 8" in English.
   */
  String count(int count, int of) {
    return english() ? count + " of " + of : count + "/" + Vi.twoDigits(of);
  }

  /** A count of a total: "01/25" in Vietnamese, "1 of 25" in English. */
  String paddedCount(int count, int of) {
    return english() ? count + " of " + of : Vi.twoDigits(count) + "/" + Vi.twoDigits(of);
  }

  /** Axis ticks: 1.000,5 or 1,000.5. */
  NumberFormat axisFormat() {
    if (!english()) {
      return Vi.axisFormat();
    }
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setDecimalSeparator('.');
    symbols.setGroupingSeparator(',');
    symbols.setMinusSign('\u2212');
    return new DecimalFormat("#,##0.##", symbols);
  }

  private static String minus(String plain) {
    return plain.replace('-', '\u2212');
  }
}
