package vn.ddci.ranking;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;

/**
 * Where a unit stands in its block: rank r of n (xếp hạng r/n), and how many units share it.
 *
 * <p>Printed as plans print it, zero-padded: {@code 02/25}. Rank 1 is the best.
 *
 * <pre>{@code
 * Standing.of(15, 25);            // Standing[15/25]
 * Standing.of(1, 25, 3);          // Standing[01/25, tied ×3]: "đồng vị trí bậc 1"
 * Standing.of(17, 25).medianClass();  // BELOW
 * }</pre>
 */
@Value.Immutable
@DdciStyle
public abstract class Standing implements Comparable<Standing> {

  Standing() {}

  /**
   * Returns an untied rank of n.
   *
   * @param rank 1 to n
   * @param outOf n, the number of units ranked
   * @return the standing
   * @throws IllegalArgumentException if the rank is outside 1–n
   */
  public static Standing of(int rank, int outOf) {
    return of(rank, outOf, 1);
  }

  /**
   * Returns a rank shared by {@code tiedCount} units (competition ranking: they occupy the
   * positions rank … rank + tiedCount − 1).
   *
   * @param rank the shared rank
   * @param outOf n, the number of units ranked
   * @param tiedCount the number of units sharing the rank, this one included
   * @return the standing; its fractional rank is the mean of the positions shared
   * @throws IllegalArgumentException if the positions do not fit in 1–n
   */
  public static Standing of(int rank, int outOf, int tiedCount) {
    BigDecimal fractional =
        BigDecimal.valueOf(2L * rank + tiedCount - 1).divide(BigDecimal.valueOf(2));
    return ImmutableStanding.of(rank, outOf, tiedCount, fractional);
  }

  static Standing of(int rank, int outOf, int tiedCount, BigDecimal fractionalRank) {
    return ImmutableStanding.of(rank, outOf, tiedCount, fractionalRank);
  }

  /**
   * Returns the rank: 1 is the best; tied units share it (under ORDINAL no unit is tied).
   *
   * @return 1 to n
   */
  @Value.Parameter
  public abstract int rank();

  /**
   * Returns n, the number of units ranked.
   *
   * @return 1 or more
   */
  @Value.Parameter
  public abstract int outOf();

  /**
   * Returns how many units share this rank, this one included.
   *
   * @return 1 when not tied
   */
  @Value.Parameter
  public abstract int tiedCount();

  /**
   * Returns the mean of the positions that the tied units occupy: FRACTIONAL's rank. Equal to
   * {@link #rank()} when not tied (and under ORDINAL).
   *
   * @return e.g. 2.5 for two units tied at rank 2
   */
  @Value.Parameter
  public abstract BigDecimal fractionalRank();

  @Value.Check
  void check() {
    checkArgument(outOf() >= 1, "a block has at least one unit, got n = %s", outOf());
    checkArgument(
        rank() >= 1 && rank() <= outOf(), "rank %s is outside 1–%s", rank(), outOf());
    checkArgument(
        tiedCount() >= 1 && tiedCount() <= outOf(),
        "tied count %s is outside 1–%s",
        tiedCount(),
        outOf());
    checkArgument(
        rank() + tiedCount() - 1 <= outOf(),
        "rank %s shared by %s units runs past %s",
        rank(),
        tiedCount(),
        outOf());
    checkArgument(
        fractionalRank().compareTo(BigDecimal.ONE) >= 0
            && fractionalRank().compareTo(BigDecimal.valueOf(outOf())) <= 0,
        "fractional rank %s is outside 1–%s",
        fractionalRank(),
        outOf());
  }

  /**
   * Tells whether other units share this rank.
   *
   * @return true when tied
   */
  public boolean isTied() {
    return tiedCount() > 1;
  }

  /**
   * Classifies the rank against the block's median rank (n + 1) / 2.
   *
   * @return ABOVE, AT or BELOW the median
   */
  public MedianClass medianClass() {
    return MedianClass.of(rank(), outOf());
  }

  /**
   * Returns the rank as plans print it: "02/25", zero-padded to at least two digits.
   *
   * @return rank/n
   */
  public String format() {
    int width = Math.max(2, String.valueOf(outOf()).length());
    return String.format("%0" + width + "d/%0" + width + "d", rank(), outOf());
  }

  /** Orders standings from the best (rank 1) to the worst. */
  @Override
  public int compareTo(Standing other) {
    return fractionalRank().compareTo(other.fractionalRank());
  }

  /** Returns {@code Standing[02/25]} or {@code Standing[01/25, tied ×3]}. */
  @Override
  public String toString() {
    return "Standing[" + format() + (isTied() ? ", tied ×" + tiedCount() : "") + "]";
  }
}
