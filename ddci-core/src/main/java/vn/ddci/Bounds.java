package vn.ddci;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The ranges of values the library accepts (giới hạn), in one place: every factory, builder and
 * reader refuses what lies outside them with a {@link DdciValidationException} that names the
 * value, before doing any work with it, so that no value can make the library run out of memory,
 * overflow or loop.
 *
 * <p>The ranges are those the domain can mean, with room to spare: DDCI and PCI results since 1990,
 * scores on scales up to a million, blocks of up to 10,000 units, plans of up to five years.
 */
public final class Bounds {
  /** The first year of results, plans and reports: 1990. */
  public static final int FIRST_YEAR = 1990;

  /** The last year of results, plans and reports: 2100. */
  public static final int LAST_YEAR = 2100;

  /** The first day of a plan, task or report: 1 January 1990. */
  public static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);

  /** The last day of a plan, task or report: 31 December 2100. */
  public static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);

  /** The largest score, scale or weight: 1,000,000. */
  public static final BigDecimal MAX_VALUE = BigDecimal.valueOf(1_000_000);

  /** The most significant digits of an exact decimal: 64. */
  public static final int MAX_DIGITS = 64;

  /** The most decimals (digits after the point) of an exact decimal: 64. */
  public static final int MAX_DECIMALS = 64;

  /** The most units in a block: 10,000. */
  public static final int MAX_BLOCK_SIZE = 10_000;

  /** The longest name (of a unit, division, component, indicator, task title): 1,000 characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The longest text (a section of a plan, a narrative): 10,000 characters. */
  public static final int MAX_TEXT_LENGTH = 10_000;

  /** The longest plan: 20 quarters (five years). */
  public static final int MAX_PLAN_QUARTERS = 20;

  /** The latest a quarterly report may be due after its quarter: 366 days. */
  public static final int MAX_DUE_DAYS = 366;

  private Bounds() {}
}
