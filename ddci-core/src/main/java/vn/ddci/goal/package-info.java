/**
 * Goals (mục tiêu phấn đấu): what a plan aims for in a year, for the total or a component (a target
 * score, a target rank k/n, a place above the median, a place out of the bottom k, a score or rank
 * gain), and whether the results of that year met them.
 *
 * <p>A {@link vn.ddci.goal.Goal} is a value that a {@link vn.ddci.plan.Plan} holds in its {@code
 * goals()}; {@link vn.ddci.goal.GoalCheck} judges goals against the year's results (a unit's
 * assessment, its published standing, or the block's table, whole or partial) and gives a {@link
 * vn.ddci.goal.GoalOutcome} per goal: met, not met, or not judged with the reason, and the margin
 * in points or places. "Above the median" follows {@link vn.ddci.ranking.MedianClass}: at the
 * median is not above. {@code vn.ddci.text.PlanText#goalsMet} writes the outcomes as a plan does
 * ("Sở Ngoại vụ đã đạt mục tiêu phấn đấu so với kế hoạch đặt ra năm 2023").
 *
 * <p>Besides, the package holds what it takes to reach a goal: the points a unit needs, from last
 * year's whole table, and how a gain of the total may be split across the components.
 *
 * <pre>{@code
 * Year y = Year.of(2023);
 * List<Goal> goals = List.of(
 *     Goal.score(Measure.total(), y, new BigDecimal("64.00")),
 *     Goal.rank(Measure.total(), y, 10, 25),
 *     Goal.aboveMedian(Measure.of(f.component("LEGAL_INSTITUTIONS")), y));
 * List<GoalOutcome> outcomes = GoalCheck.checkAll(goals, UnitAssessment.of(standing2023));
 * // [GoalOutcome[TOTAL 2023: score ≥ 64.00, MET, +16.45 points],
 * //  GoalOutcome[TOTAL 2023: rank 10/25, NOT_MET, 5 places behind],
 * //  GoalOutcome[LEGAL_INSTITUTIONS 2023: above the median, MET, 7 places ahead]]
 * PlanText.vietnamese().goalsMet(outcomes).forEach(System.out::println);
 * }</pre>
 *
 * <p>Every type is immutable and thread-safe; every computation is a pure function of its inputs.
 */
@DdciStyle
package vn.ddci.goal;

import vn.ddci.internal.DdciStyle;
