package vn.ddci.ranking;

import static vn.ddci.internal.Checks.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;
import vn.ddci.Bounds;
import vn.ddci.framework.TiePolicy;
import vn.ddci.internal.Checks;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Numbers;

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
 *
 * <p>Bounds: n is 1–{@link vn.ddci.Bounds#MAX_BLOCK_SIZE}; the rank and tied count lie in 1–n; the
 * fractional rank is a whole or half position in 1–n.
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
   * @throws vn.ddci.DdciValidationException if the rank is outside 1–n
   */
  public static Standing of(int rank, int outOf) {
    return of(rank, outOf, 1);
  }

  /**
   * Returns a rank shared by {@code tiedCount} units, as published (competition ranking: they
   * occupy the positions rank … rank + tiedCount − 1).
   *
   * @param rank the shared rank
   * @param outOf n, the number of units ranked
   * @param tiedCount the number of units sharing the rank, this one included
   * @return the standing under {@link TiePolicy#COMPETITION}
   * @throws vn.ddci.DdciValidationException if the positions do not fit in 1–n
   */
  public static Standing of(int rank, int outOf, int tiedCount) {
    return of(rank, outOf, tiedCount, meanPosition(rank, tiedCount), TiePolicy.COMPETITION);
  }

  /**
   * Returns a standing with every part given, as a ranking computes it or a file stores it.
   *
   * @param rank the rank under the policy
   * @param outOf n, the number of units ranked
   * @param tiedCount the number of units sharing the rank
   * @param fractionalRank the mean of the positions the tied units occupy
   * @param policy the tie policy
   * @return the standing
   * @throws vn.ddci.DdciValidationException if the parts do not fit together
   */
  public static Standing of(
      int rank, int outOf, int tiedCount, BigDecimal fractionalRank, TiePolicy policy) {
    Objects.requireNonNull(fractionalRank, "fractionalRank");
    Objects.requireNonNull(policy, "policy");
    return ImmutableStanding.of(rank, outOf, tiedCount, fractionalRank, policy);
  }

  /** The mean of the positions first … first + count − 1. */
  static BigDecimal meanPosition(int first, int count) {
    return BigDecimal.valueOf(2L * first + count - 1).divide(BigDecimal.valueOf(2));
  }

  /**
   * Returns the rank under this standing's policy: 1 is the best; tied units share it (under
   * ORDINAL no unit is tied). Under FRACTIONAL it is the shared competition rank, and {@link
   * #fractionalRank()} is the policy's rank.
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

  /**
   * Returns the tie policy the rank was computed under.
   *
   * @return COMPETITION for published standings
   */
  @Value.Parameter
  public abstract TiePolicy policy();

  /**
   * Returns the competition rank, whatever the policy: the best position that the tied units
   * occupy, i.e. one more than the number of units ranked strictly better. The median
   * classification uses it, so that a DENSE rank 2 behind eight tied leaders is not "above the
   * median".
   *
   * @return 1 to n
   */
  public int competitionRank() {
    return firstPosition().intValueExact();
  }

  /** The first of the positions the tied units occupy: mean position − (tied − 1) / 2. */
  private BigDecimal firstPosition() {
    return fractionalRank()
        .subtract(BigDecimal.valueOf(tiedCount() - 1L).divide(BigDecimal.valueOf(2)));
  }

  @Value.Check
  void check() {
    checkArgument(
        outOf() >= 1 && outOf() <= Bounds.MAX_BLOCK_SIZE,
        "a block has 1 to %s units, got n = %s",
        Bounds.MAX_BLOCK_SIZE,
        outOf());

    checkArgument(rank() >= 1 && rank() <= outOf(), "rank %s is outside 1–%s", rank(), outOf());
    checkArgument(
        tiedCount() >= 1 && tiedCount() <= outOf(),
        "tied count %s is outside 1–%s",
        tiedCount(),
        outOf());
    BigDecimal twice = fractionalRank().multiply(BigDecimal.valueOf(2));
    checkArgument(
        fractionalRank().compareTo(BigDecimal.ONE) >= 0
            && fractionalRank().compareTo(BigDecimal.valueOf(outOf())) <= 0
            && twice.stripTrailingZeros().scale() <= 0,
        () ->
            Checks.format(
                "the mean position %s is not a whole or half position in 1–%s",
                Numbers.show(fractionalRank()), outOf()));
    BigDecimal first = firstPosition();
    checkArgument(
        first.stripTrailingZeros().scale() <= 0
            && first.compareTo(BigDecimal.ONE) >= 0
            && first.intValue() + tiedCount() - 1 <= outOf(),
        () ->
            Checks.format(
                "rank %s shared by %s units (mean position %s) runs outside 1–%s",
                rank(), tiedCount(), Numbers.show(fractionalRank()), outOf()));
    int shared = first.intValue();
    switch (policy()) {
      case ORDINAL:
        checkArgument(tiedCount() == 1, "ORDINAL ranks are never tied, got %s", tiedCount());
        break;
      case DENSE:
        checkArgument(rank() <= shared, "dense rank %s is beyond its position %s", rank(), shared);
        break;
      default:
        checkArgument(
            rank() == shared,
            () ->
                Checks.format(
                    "rank %s shared by %s units does not match the mean position %s",
                    rank(), tiedCount(), Numbers.show(fractionalRank())));
    }
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
   * Classifies the rank against the block's median rank (n + 1) / 2, on the shared {@link
   * #competitionRank() competition rank}.
   *
   * @return ABOVE, AT or BELOW the median
   */
  public MedianClass medianClass() {
    return MedianClass.of(competitionRank(), outOf());
  }

  /**
   * Returns the rank as plans print it: "02/25", zero-padded to at least two digits; under
   * FRACTIONAL a shared rank keeps its half: "02.5/04".
   *
   * @return rank/n
   */
  public String format() {
    int width = Math.max(2, String.valueOf(outOf()).length());
    String n = String.format("%0" + width + "d", outOf());
    if (policy() == TiePolicy.FRACTIONAL && isTied()) {
      BigDecimal f = fractionalRank().stripTrailingZeros();
      String whole = String.format("%0" + width + "d", f.intValue());
      String plain = f.toPlainString();
      String fraction = f.scale() > 0 ? plain.substring(plain.indexOf('.')) : "";
      return whole + fraction + "/" + n;
    }
    return String.format("%0" + width + "d", rank()) + "/" + n;
  }

  /** Orders standings from the best (rank 1) to the worst. */
  @Override
  public int compareTo(Standing other) {
    Objects.requireNonNull(other, "other");
    return fractionalRank().compareTo(other.fractionalRank());
  }

  /** Returns {@code Standing[02/25]} or {@code Standing[01/25, tied ×3]}. */
  @Override
  public String toString() {
    return "Standing[" + format() + (isTied() ? ", tied ×" + tiedCount() : "") + "]";
  }
}
