/**
 * Section II of a plan: how a unit did this year against last year, on the total and on every
 * component: improvement (score change, rank change, improvement rank), median classification, gaps
 * to the leader and the median, strengths, weaknesses and priorities.
 *
 * <pre>{@code
 * UnitAssessment a = UnitAssessment.of(publishedStanding);      // from the unit's own figures
 * UnitAssessment b = UnitAssessment.of(table2023, table2022, "Sở Ngoại vụ");   // from whole tables
 * a.component("TRANSPARENCY").improvement().rankChange();        // OptionalInt[-15]
 * }</pre>
 */
@DdciStyle
package vn.ddci.assessment;

import vn.ddci.internal.DdciStyle;
