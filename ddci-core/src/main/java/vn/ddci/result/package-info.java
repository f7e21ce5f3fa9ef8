/**
 * What was published: units, exact scores, a unit's scorecard for a year, the result table of a
 * block, and the standing a unit receives when it does not have the whole table.
 *
 * <pre>{@code
 * Framework f = Frameworks.LANG_SON_DEPARTMENTS;
 * Scorecard card = Scorecard.builder()
 *     .unit(Unit.of("Sở Ngoại vụ", Frameworks.LANG_SON_DEPARTMENT_BLOCK))
 *     .year(2023)
 *     .score(f.component("TIME_COST"), "9.10")
 *     // … every other component …
 *     .givenTotal("80.45")
 *     .build();
 * }</pre>
 *
 * <p>Published values are {@link vn.ddci.result.Score}s; computed quantities (a computed total, a
 * change, a gap) and the convenience accessors used in computations are exact {@link
 * java.math.BigDecimal}s.
 */
@DdciStyle
package vn.ddci.result;

import vn.ddci.internal.DdciStyle;
