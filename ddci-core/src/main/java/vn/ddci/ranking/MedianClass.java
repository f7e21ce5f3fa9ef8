package vn.ddci.ranking;

import static vn.ddci.internal.Checks.checkArgument;

/**
 * A rank's position against the block's median rank (n + 1) / 2 (trung vị): above (a smaller,
 * better rank), at (n odd only) or below.
 *
 * <p>With 25 units the median rank is 13: rank 2 is above, 13 at, 17 below. With 24 units it is
 * 12.5 and no rank is at the median. Tied units use their shared competition rank, whatever the tie
 * policy ({@link Standing#competitionRank()}).
 */
public enum MedianClass {
  /** A better rank than the median (trên trung vị). */
  ABOVE("trên trung vị"),
  /** The median rank itself (bằng trung vị); only when n is odd. */
  AT("bằng trung vị"),
  /** A worse rank than the median (dưới trung vị). */
  BELOW("dưới trung vị");

  private final String vietnamese;

  MedianClass(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  /**
   * Classifies a rank of n.
   *
   * @param rank 1 to n
   * @param n the number of units ranked
   * @return the class
   * @throws vn.ddci.DdciValidationException if the rank is outside 1–n
   */
  public static MedianClass of(int rank, int n) {
    checkArgument(
        n >= 1 && n <= vn.ddci.Bounds.MAX_BLOCK_SIZE,
        "a block has 1 to %s units, got n = %s",
        vn.ddci.Bounds.MAX_BLOCK_SIZE,
        n);
    checkArgument(rank >= 1 && rank <= n, "rank %s is outside 1–%s", rank, n);
    int twice = 2 * rank;
    return twice < n + 1 ? ABOVE : twice == n + 1 ? AT : BELOW;
  }

  /**
   * Returns the Vietnamese words, e.g. "trên trung vị".
   *
   * @return the words plans use
   */
  public String vietnamese() {
    return vietnamese;
  }
}
