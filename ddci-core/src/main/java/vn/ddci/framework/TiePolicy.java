package vn.ddci.framework;

/** How equal scores are ranked (cách xếp hạng khi bằng điểm), shown on the scores 9, 8, 8, 7. */
public enum TiePolicy {
  /**
   * Tied units share the best rank and the next rank is skipped: 1, 2, 2, 4. Lạng Sơn's "đồng vị
   * trí".
   */
  COMPETITION,
  /** Tied units share the best rank and no rank is skipped: 1, 2, 2, 3. */
  DENSE,
  /**
   * Every unit gets its own rank: 1, 2, 3, 4. Equal ranked values are ordered by the unrounded
   * score, then by unit name in Vietnamese alphabetical order. PCI's rule.
   */
  ORDINAL,
  /**
   * Tied units share the mean of the positions they occupy: 1, 2.5, 2.5, 4 ({@link
   * vn.ddci.ranking.Standing#fractionalRank()}, printed "02.5/04"); the ranks of n units always sum
   * to n(n+1)/2. {@link vn.ddci.ranking.Standing#rank()} stays the whole shared rank (2), as under
   * COMPETITION.
   */
  FRACTIONAL
}
