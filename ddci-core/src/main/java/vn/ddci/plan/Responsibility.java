package vn.ddci.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who does what in a plan: the division × task matrix of roles (ma trận phân công), the tasks
 * without a lead, and each division's load.
 *
 * <p>The group of all specialised divisions appears as a row of its own; its roles are not copied
 * into the rows of its members.
 */
public final class Responsibility {
  private final Plan plan;
  private final ImmutableTable<Division, String, Role> matrix;

  private Responsibility(Plan plan) {
    this.plan = plan;
    ImmutableTable.Builder<Division, String, Role> matrix = ImmutableTable.builder();
    for (Division d : plan.divisions()) {
      for (Task t : plan.tasks()) {
        Role role = t.roles().get(d);
        if (role != null) {
          matrix.put(d, t.number(), role);
        }
      }
    }
    this.matrix = matrix.build();
  }

  /**
   * Computes a plan's responsibilities.
   *
   * @param plan the plan
   * @return its responsibilities
   */
  public static Responsibility of(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    return new Responsibility(plan);
  }

  /**
   * Returns the matrix: a row per division (in order of appearance), a column per task number.
   *
   * @return the roles; a missing cell means no role
   */
  public ImmutableTable<Division, String, Role> matrix() {
    return matrix;
  }

  /**
   * Returns the tasks that no division leads.
   *
   * @return the tasks, in the plan's order
   */
  public List<Task> tasksWithoutLead() {
    return plan.tasks().stream().filter(t -> !t.hasLead()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns a division's load.
   *
   * @param division a division
   * @return the tasks it leads, supports and monitors (its own roles, not the group's)
   */
  public Load load(Division division) {
    Objects.requireNonNull(division, "division");
    Map<String, Role> row = matrix.row(division);
    return Load.of(count(row, Role.LEAD), count(row, Role.SUPPORT), count(row, Role.MONITOR));
  }

  /**
   * Returns every division's load, in order of appearance.
   *
   * @return the loads
   */
  public Map<Division, Load> loads() {
    ImmutableMap.Builder<Division, Load> loads = ImmutableMap.builder();
    matrix.rowKeySet().forEach(d -> loads.put(d, load(d)));
    return loads.build();
  }

  private static int count(Map<String, Role> row, Role role) {
    return (int) row.values().stream().filter(r -> r == role).count();
  }

  @Override
  public String toString() {
    return "Responsibility["
        + matrix.rowKeySet().size()
        + " divisions × "
        + plan.tasks().size()
        + " tasks, "
        + tasksWithoutLead().size()
        + " without a lead]";
  }
}
