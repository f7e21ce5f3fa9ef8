package vn.ddci.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import vn.ddci.Bounds;
import vn.ddci.DdciValidationException;

/**
 * The checks of {@link Bounds} (internal; not part of the API): each refuses a value outside its
 * range with a message that names what it is, where, and the value, shown safely.
 */
public final class Values {
  private Values() {}

  /**
   * Checks a year.
   *
   * @param year a year
   * @param what what the year is, with where, e.g. "unit 'Sở Ngoại vụ': year"
   * @return the year
   */
  public static Year year(Year year, String what) {
    int y = year.getValue();
    if (y < Bounds.FIRST_YEAR || y > Bounds.LAST_YEAR) {
      throw new DdciValidationException(
          what + " " + y + " is outside " + Bounds.FIRST_YEAR + "–" + Bounds.LAST_YEAR);
    }
    return year;
  }

  /**
   * Checks a year given as a number, before {@link Year#of(int)} sees it.
   *
   * @param year a year
   * @param what what the year is
   * @return the year
   */
  public static Year year(int year, String what) {
    if (year < Bounds.FIRST_YEAR || year > Bounds.LAST_YEAR) {
      throw new DdciValidationException(
          what + " " + year + " is outside " + Bounds.FIRST_YEAR + "–" + Bounds.LAST_YEAR);
    }
    return Year.of(year);
  }

  /**
   * Checks a day.
   *
   * @param day a date
   * @param what what the date is, with where
   * @return the date
   */
  public static LocalDate day(LocalDate day, String what) {
    if (day.isBefore(Bounds.FIRST_DAY) || day.isAfter(Bounds.LAST_DAY)) {
      throw new DdciValidationException(
          what + " " + day + " is outside " + Bounds.FIRST_DAY + "–" + Bounds.LAST_DAY);
    }
    return day;
  }

  /** A task number: digits separated by dots, at most four levels (1.1, 2.1.3). */
  private static final Pattern TASK_NUMBER = Pattern.compile("\\d{1,4}(\\.\\d{1,4}){0,3}");

  /**
   * Checks a task number.
   *
   * @param number a task number as written
   * @param what where it stands, for the message
   * @return the number
   */
  public static String taskNumber(String number, String what) {
    if (!TASK_NUMBER.matcher(number).matches()) {
      throw new DdciValidationException(
          what
              + ": task number "
              + Texts.quote(number)
              + " must be digits separated by dots, e.g. 2.1");
    }
    return number;
  }

  /**
   * Tells whether an exact decimal lies in {@link Bounds}, without throwing.
   *
   * @param value a decimal
   * @return true when {@link #decimal(BigDecimal, String)} accepts it
   */
  public static boolean isDecimal(BigDecimal value) {
    long integerDigits = (long) value.precision() - value.scale();
    return value.precision() <= Bounds.MAX_DIGITS
        && value.scale() <= Bounds.MAX_DECIMALS
        && integerDigits <= 7
        && value.abs().compareTo(Bounds.MAX_VALUE) <= 0;
  }

  /**
   * Checks an exact decimal: at most {@link Bounds#MAX_DIGITS} digits and {@link
   * Bounds#MAX_DECIMALS} decimals, and no larger in size than {@link Bounds#MAX_VALUE}.
   *
   * @param value a decimal
   * @param what what it is, with where
   * @return the decimal
   */
  public static BigDecimal decimal(BigDecimal value, String what) {
    if (!isDecimal(value)) {
      throw new DdciValidationException(
          what
              + " "
              + Numbers.show(value)
              + " is outside ±"
              + Bounds.MAX_VALUE.toPlainString()
              + " or has more than "
              + Bounds.MAX_DIGITS
              + " digits or "
              + Bounds.MAX_DECIMALS
              + " decimals");
    }
    return value;
  }

  /**
   * Checks a year, describing it only when it is refused.
   *
   * @param year a year
   * @param what what the year is, with where
   * @return the year
   */
  public static Year year(Year year, Supplier<String> what) {
    int y = year.getValue();
    return y < Bounds.FIRST_YEAR || y > Bounds.LAST_YEAR ? year(year, what.get()) : year;
  }

  /**
   * Checks a day, describing it only when it is refused.
   *
   * @param day a date
   * @param what what the date is, with where
   * @return the date
   */
  public static LocalDate day(LocalDate day, Supplier<String> what) {
    return day.isBefore(Bounds.FIRST_DAY) || day.isAfter(Bounds.LAST_DAY)
        ? day(day, what.get())
        : day;
  }

  /**
   * Checks an exact decimal, describing it only when it is refused.
   *
   * @param value a decimal
   * @param what what it is, with where
   * @return the decimal
   */
  public static BigDecimal decimal(BigDecimal value, Supplier<String> what) {
    return isDecimal(value) ? value : decimal(value, what.get());
  }

  /**
   * Checks a year given as a number, describing it only when it is refused.
   *
   * @param year a year
   * @param what what the year is
   * @return the year
   */
  public static Year year(int year, Supplier<String> what) {
    return year < Bounds.FIRST_YEAR || year > Bounds.LAST_YEAR
        ? year(year, what.get())
        : Year.of(year);
  }
}
