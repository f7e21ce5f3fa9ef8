/**
 * Sections III and IV of a plan: tasks per component, the divisions responsible and their roles
 * (lead, support, monitor), the reporting rule, and what the plan covers.
 *
 * <pre>{@code
 * Plan plan = Plan.builder().issuingUnit(soNgoaiVu).year(2024) … .build();
 * ComponentCoverage.of(plan).prioritiesWithoutLead();   // []
 * Responsibility.of(plan).tasksWithoutLead();            // [Task[7.1 …]]
 * }</pre>
 */
@DdciStyle
package vn.ddci.plan;

import vn.ddci.internal.DdciStyle;
