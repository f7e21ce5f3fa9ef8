/**
 * Where a unit stands: rankings with tie policies, standings ("02/25"), median classification,
 * median scores and tiers.
 *
 * <pre>{@code
 * Ranking<Unit> r = Ranking.of(table.scores(Measure.total()), RankingRule.LANG_SON);
 * Standing s = r.standing(unit);     // Standing[15/25]
 * s.medianClass();                   // MedianClass.BELOW (the median rank of 25 is 13)
 * }</pre>
 */
@DdciStyle
package vn.ddci.ranking;

import vn.ddci.internal.DdciStyle;
