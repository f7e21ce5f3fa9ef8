package vn.ddci.goal;

import static vn.ddci.internal.Checks.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import vn.ddci.Bounds;
import vn.ddci.framework.TiePolicy;
import vn.ddci.ranking.MedianClass;
import vn.ddci.ranking.Standing;

/**
 * A place in the block to reach (vị trí phấn đấu): rank k or better, the median rank, above the
 * median, or out of the bottom k.
 *
 * <ul>
 *   <li>{@link #rank(int) rank k}: the rule's rank ({@link Standing#rank()}) is k or better; under
 *       COMPETITION a unit level with the k-th shares rank k, so equality suffices. Under {@link
 *       TiePolicy#FRACTIONAL} the rule's rank is the {@link Standing#fractionalRank() fractional
 *       rank}, and it is the one judged: two units tied for places 2 and 3 are at rank 2.5 and do
 *       not meet rank 2 (though they share the competition rank 2); they meet rank 3.
 *   <li>{@link #median() the median rank} (đạt trung vị): not below the median, {@link
 *       MedianClass#AT} or {@link MedianClass#ABOVE} — rank 13 or better of 25, 12 or better of 24
 *       (an even block has no unit at its median); the target that takes a component out of the
 *       group below the median.
 *   <li>{@link #aboveMedian() above the median} (trên trung vị): {@link MedianClass#ABOVE}, as the
 *       core classifies it: the competition rank is below (n + 1) / 2 — rank 12 or better of 25,
 *       and of 24 (median rank 12.5); rank 13 of 25 is "at" the median, not above. No rank of a
 *       single-unit block is above its median.
 *   <li>{@link #outOfBottom(int) out of the bottom k} (ra khỏi nhóm k đơn vị cuối bảng): the
 *       competition rank is n − k or better.
 * </ul>
 *
 * <pre>{@code
 * RankTarget.rank(10);         // RankTarget[rank 10]
 * RankTarget.median();         // RankTarget[the median rank]
 * RankTarget.aboveMedian();    // RankTarget[above the median]
 * RankTarget.outOfBottom(5);   // RankTarget[out of the bottom 5]
 * }</pre>
 */
public final class RankTarget {
  private enum Kind {
    RANK,
    MEDIAN,
    ABOVE_MEDIAN,
    OUT_OF_BOTTOM
  }

  private static final RankTarget MEDIAN = new RankTarget(Kind.MEDIAN, 0);
  private static final RankTarget ABOVE_MEDIAN = new RankTarget(Kind.ABOVE_MEDIAN, 0);

  private final Kind kind;
  private final int k;

  private RankTarget(Kind kind, int k) {
    this.kind = kind;
    this.k = k;
  }

  /**
   * Returns the target "rank k or better" (xếp hạng k).
   *
   * @param k 1 or more
   * @return the target
   * @throws vn.ddci.DdciValidationException if k is outside 1–{@link Bounds#MAX_BLOCK_SIZE}
   */
  public static RankTarget rank(int k) {
    checkArgument(
        k >= 1 && k <= Bounds.MAX_BLOCK_SIZE,
        "a target rank must be 1–%s, got %s",
        Bounds.MAX_BLOCK_SIZE,
        k);
    return new RankTarget(Kind.RANK, k);
  }

  /**
   * Returns the target "the median rank" (đạt trung vị): at the median or above it, that is, out of
   * the group below the median.
   *
   * @return the target
   */
  public static RankTarget median() {
    return MEDIAN;
  }

  /**
   * Returns the target "above the median" (trên trung vị).
   *
   * @return the target
   */
  public static RankTarget aboveMedian() {
    return ABOVE_MEDIAN;
  }

  /**
   * Returns the target "out of the bottom k" (ra khỏi nhóm k đơn vị cuối bảng).
   *
   * @param k 1 or more; less than the block's size when applied
   * @return the target
   * @throws vn.ddci.DdciValidationException if k is outside 1–{@link Bounds#MAX_BLOCK_SIZE}
   */
  public static RankTarget outOfBottom(int k) {
    checkArgument(
        k >= 1 && k <= Bounds.MAX_BLOCK_SIZE,
        "the bottom group must have 1–%s units, got %s",
        Bounds.MAX_BLOCK_SIZE,
        k);
    return new RankTarget(Kind.OUT_OF_BOTTOM, k);
  }

  /**
   * Returns the worst rank that meets the target in a block of n, on the rank it is judged by (the
   * rule's rank for {@link #rank(int)}, the fractional rank under FRACTIONAL; the competition rank
   * otherwise).
   *
   * @param n the number of units in the block
   * @return 1 to n, or 0 when no rank meets it (above the median of 1 unit, out of the bottom n)
   * @throws vn.ddci.DdciValidationException if the target rank is beyond n
   */
  public int worstRank(int n) {
    switch (kind) {
      case RANK:
        checkArgument(k <= n, "target rank %s is beyond the block's %s units", k, n);
        return k;
      case MEDIAN:
        return (n + 1) / 2; // the median rank of an odd block; of an even one, the last above
      case ABOVE_MEDIAN:
        return n / 2;
      case OUT_OF_BOTTOM:
      default:
        return Math.max(0, n - k);
    }
  }

  /**
   * Tells whether a standing meets the target.
   *
   * @param s a standing of n
   * @return true when it does
   */
  public boolean isMetBy(Standing s) {
    Objects.requireNonNull(s, "s");
    switch (kind) {
      case RANK:
        return s.policy() == TiePolicy.FRACTIONAL
            ? s.fractionalRank().compareTo(BigDecimal.valueOf(k)) <= 0
            : s.rank() <= k;
      case MEDIAN:
        return s.medianClass() != MedianClass.BELOW;
      case ABOVE_MEDIAN:
        return s.medianClass() == MedianClass.ABOVE;
      case OUT_OF_BOTTOM:
      default:
        return s.competitionRank() <= s.outOf() - k;
    }
  }

  /**
   * Tells whether this is the median target.
   *
   * @return true for {@link #aboveMedian()}
   */
  public boolean isAboveMedian() {
    return kind == Kind.ABOVE_MEDIAN;
  }

  /**
   * Describes the target in Vietnamese, e.g. "10/25", "xếp hạng trung vị (13/25)", "trên trung vị
   * (12/25)", "ra khỏi nhóm 5 đơn vị cuối bảng (20/25)".
   *
   * @param n the number of units in the block
   * @return the words
   */
  public String vietnamese(int n) {
    String worst = String.format("%02d/%02d", worstRank(n), n);
    switch (kind) {
      case RANK:
        return worst;
      case MEDIAN:
        return "xếp hạng trung vị (" + worst + ")";
      case ABOVE_MEDIAN:
        return "trên trung vị (" + worst + ")";
      case OUT_OF_BOTTOM:
      default:
        return "ra khỏi nhóm " + k + " đơn vị cuối bảng (" + worst + ")";
    }
  }

  /**
   * Describes the target in English, e.g. "10/25", "above the median (12/25)", "out of the bottom 5
   * (20/25)".
   *
   * @param n the number of units in the block
   * @return the words
   */
  public String english(int n) {
    String worst = String.format("%02d/%02d", worstRank(n), n);
    switch (kind) {
      case RANK:
        return worst;
      case MEDIAN:
        return "the median rank (" + worst + ")";
      case ABOVE_MEDIAN:
        return "above the median (" + worst + ")";
      case OUT_OF_BOTTOM:
      default:
        return "out of the bottom " + k + " (" + worst + ")";
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RankTarget && kind == ((RankTarget) o).kind && k == ((RankTarget) o).k;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, k);
  }

  @Override
  public String toString() {
    switch (kind) {
      case RANK:
        return "RankTarget[rank " + k + "]";
      case MEDIAN:
        return "RankTarget[the median rank]";
      case ABOVE_MEDIAN:
        return "RankTarget[above the median]";
      case OUT_OF_BOTTOM:
      default:
        return "RankTarget[out of the bottom " + k + "]";
    }
  }
}
