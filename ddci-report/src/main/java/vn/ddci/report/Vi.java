package vn.ddci.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.threeten.extra.YearQuarter;
import vn.ddci.result.Decimals;

/** Numbers and dates as Vietnamese text prints them: 5,82; −1,29; 60,0 %; Quý 1/2024. */
final class Vi {
  private Vi() {}

  /** A value with every digit it has, decimal comma, true minus sign. */
  static String number(BigDecimal value) {
    return vietnamese(Decimals.show(value));
  }

  /** A value at a published precision, never with digits the source did not have. */
  static String number(BigDecimal value, int decimals) {
    return vietnamese(Decimals.show(value, decimals));
  }

  static String percent(BigDecimal value) {
    return number(value) + " %";
  }

  static String quarter(YearQuarter quarter) {
    return "Quý " + quarter.getQuarterValue() + "/" + quarter.getYear();
  }

  static String twoDigits(int n) {
    return String.format(Locale.ROOT, "%02d", n);
  }

  private static String vietnamese(String plain) {
    return plain.replace('.', ',').replace('-', '\u2212');
  }

  /** Axis ticks: 1.000,5. */
  static NumberFormat axisFormat() {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setDecimalSeparator(',');
    symbols.setGroupingSeparator('.');
    symbols.setMinusSign('\u2212');
    return new DecimalFormat("#,##0.##", symbols);
  }
}
