package vn.ddci.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ddci.InsufficientDataException;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Component;

/**
 * How a plan's tasks cover the framework's components: the tasks per component, the components
 * without a task, and the priority components (from section II: below the median, or declined) that
 * have no task with a lead.
 */
public final class ComponentCoverage {
  private final Plan plan;
  private final ImmutableMap<Component, List<Task>> tasks;

  private ComponentCoverage(Plan plan) {
    this.plan = plan;
    ImmutableMap.Builder<Component, List<Task>> tasks = ImmutableMap.builder();
    plan.framework().components().forEach(c -> tasks.put(c, plan.tasks(c)));
    this.tasks = tasks.build();
  }

  /**
   * Computes a plan's coverage.
   *
   * @param plan the plan
   * @return its coverage
   */
  public static ComponentCoverage of(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    return new ComponentCoverage(plan);
  }

  /**
   * Returns the tasks of every component, in the framework's order.
   *
   * @return the tasks per component (empty lists included)
   */
  public Map<Component, List<Task>> tasksPerComponent() {
    return tasks;
  }

  /**
   * Returns the components that have at least one task.
   *
   * @return the covered components, in the framework's order
   */
  public List<Component> covered() {
    return where(true);
  }

  /**
   * Returns the components without a task.
   *
   * @return the uncovered components, in the framework's order
   */
  public List<Component> uncovered() {
    return where(false);
  }

  private List<Component> where(boolean hasTask) {
    return tasks.entrySet().stream()
        .filter(e -> e.getValue().isEmpty() != hasTask)
        .map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the priority components of section II: below the median rank, or declined.
   *
   * @return the priorities, in the framework's order
   * @throws vn.ddci.InsufficientDataException if the plan states no assessment
   */
  public List<Component> priorities() {
    return assessment().priorities();
  }

  /**
   * Returns the priority components that no task with a lead addresses.
   *
   * @return the neglected priorities, in the framework's order
   * @throws vn.ddci.InsufficientDataException if the plan states no assessment
   */
  public List<Component> prioritiesWithoutLead() {
    return withoutLead(priorities());
  }

  /**
   * Returns the components below the median rank (the weaknesses of section II) that no task with a
   * lead addresses.
   *
   * @return the neglected weaknesses, in the framework's order
   * @throws vn.ddci.InsufficientDataException if the plan states no assessment
   */
  public List<Component> weaknessesWithoutLead() {
    return withoutLead(assessment().weaknesses());
  }

  private List<Component> withoutLead(List<Component> components) {
    return components.stream()
        .filter(c -> tasks.get(c).stream().noneMatch(Task::hasLead))
        .collect(ImmutableList.toImmutableList());
  }

  private UnitAssessment assessment() {
    return plan.assessment()
        .orElseThrow(
            () ->
                new InsufficientDataException(
                    "the plan of '"
                        + plan.issuingUnit().name()
                        + "' for "
                        + plan.year()
                        + " states no assessment (section II): no priorities"));
  }

  @Override
  public String toString() {
    return "ComponentCoverage["
        + covered().size()
        + "/"
        + tasks.size()
        + " components"
        + (plan.assessment().isPresent()
            ? ", "
                + (priorities().size() - prioritiesWithoutLead().size())
                + "/"
                + priorities().size()
                + " priorities with a lead"
            : "")
        + "]";
  }
}
