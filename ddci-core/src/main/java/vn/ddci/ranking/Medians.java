package vn.ddci.ranking;

import static vn.ddci.internal.Checks.checkArgument;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.ddci.Bounds;
import vn.ddci.internal.Values;

/**
 * The block's medians (trung vị): the median rank (n + 1) / 2 and the median score.
 *
 * <p>These are two separate figures: Lạng Sơn publishes the median total score of the department
 * block (75.99 in 2022, 81.34 in 2023), while a unit is above or below the median by its rank.
 */
public final class Medians {
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private Medians() {}

  /**
   * Returns the median rank of n units: (n + 1) / 2.
   *
   * @param n the number of units, 1 or more
   * @return 13 for 25 units, 12.5 for 24
   * @throws vn.ddci.DdciValidationException if n is below 1
   */
  public static BigDecimal rank(int n) {
    checkArgument(
        n >= 1 && n <= Bounds.MAX_BLOCK_SIZE,
        "a block has 1 to %s units, got n = %s",
        Bounds.MAX_BLOCK_SIZE,
        n);
    return BigDecimal.valueOf(n + 1L).divide(TWO);
  }

  /**
   * Returns the median of scores: the middle one, or the mean of the two middle ones when their
   * number is even; exact.
   *
   * @param scores at least one score
   * @return the median score
   * @throws vn.ddci.DdciValidationException if there is no score
   */
  public static BigDecimal score(Collection<BigDecimal> scores) {
    Objects.requireNonNull(scores, "scores");
    checkArgument(!scores.isEmpty(), "no score: the median of an empty block is undefined");
    for (BigDecimal s : scores) {
      Values.decimal(Objects.requireNonNull(s, "a score"), "a score");
    }
    List<BigDecimal> sorted = scores.stream().sorted().collect(Collectors.toList());
    int n = sorted.size();
    if (n % 2 == 1) {
      return sorted.get(n / 2);
    }
    return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO);
  }
}
