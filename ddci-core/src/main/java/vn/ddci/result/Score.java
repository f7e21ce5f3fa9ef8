package vn.ddci.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import vn.ddci.DdciValidationException;
import vn.ddci.internal.Values;

/**
 * A published score (điểm): an exact, non-negative decimal of at most {@link
 * vn.ddci.Bounds#MAX_VALUE}, {@link vn.ddci.Bounds#MAX_DIGITS} digits and {@link
 * vn.ddci.Bounds#MAX_DECIMALS} decimals.
 *
 * <p>Scores keep every digit they were given: {@code 80.45} stays 80.45 and a change of published
 * figures is exact ({@code Score.of("80.45").minus(Score.of("74.63"))} is 5.82, never
 * 5.820000000000007). Two scores are equal when their values are numerically equal ({@code 10} =
 * {@code 10.00}). Vietnamese writing with a decimal comma is accepted: {@code Score.parse("5,20")}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Score implements Comparable<Score> {
  private final BigDecimal value;

  private Score(BigDecimal value) {
    this.value = value;
  }

  /**
   * Returns the score of an exact decimal.
   *
   * @param value the score; not negative
   * @return the score
   * @throws vn.ddci.DdciValidationException if the value is negative or outside {@link
   *     vn.ddci.Bounds}
   */
  public static Score of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0) {
      throw new DdciValidationException(
          "a score must not be negative, got " + Decimals.show(value));
    }
    return new Score(Values.decimal(value, "a score"));
  }

  /**
   * Parses a score written with a decimal point or a decimal comma: {@code "80.45"}, {@code
   * "5,20"}.
   *
   * @param text the score as written; surrounding spaces are ignored
   * @return the score
   * @throws vn.ddci.DdciValidationException naming the text if it is not a non-negative decimal
   */
  public static Score parse(String text) {
    Objects.requireNonNull(text, "text");
    return of(Decimals.parse(text));
  }

  /**
   * Returns the exact value.
   *
   * @return the value with the digits it was given
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Returns the exact difference {@code this − other}: the change of a score (mức độ cải thiện)
   * when {@code other} is last year's.
   *
   * @param other the score to subtract
   * @return the exact difference; negative when {@code other} is higher
   */
  public BigDecimal minus(Score other) {
    Objects.requireNonNull(other, "other");
    return value.subtract(other.value);
  }

  /**
   * Returns the score rounded half up to a number of decimals, as results are published.
   *
   * @param decimals the decimals to keep
   * @return the rounded score
   */
  public Score rounded(int decimals) {
    if (decimals < 0 || decimals > vn.ddci.Bounds.MAX_DECIMALS) {
      throw new DdciValidationException(
          "decimals " + decimals + " are outside 0–" + vn.ddci.Bounds.MAX_DECIMALS);
    }
    return new Score(value.setScale(decimals, RoundingMode.HALF_UP));
  }

  @Override
  public int compareTo(Score other) {
    Objects.requireNonNull(other, "other");
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Score && value.compareTo(((Score) o).value) == 0;
  }

  @Override
  public int hashCode() {
    return value.stripTrailingZeros().hashCode();
  }

  /** Returns {@code Score[80.45]}. */
  @Override
  public String toString() {
    return "Score[" + Decimals.show(value) + "]";
  }
}
