package vn.ddci.plan;

import static vn.ddci.internal.Checks.checkArgument;
import static vn.ddci.internal.Checks.format;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ddci.framework.Component;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Values;
import vn.ddci.name.Names;

/**
 * A task of a plan's section III (nhiệm vụ, giải pháp): a numbered measure addressing one or more
 * component indices, with its activities, the divisions responsible and their roles, its dates and
 * optional quantitative targets.
 *
 * <pre>{@code
 * Task t = Task.builder()
 *     .number("2.1")
 *     .title("Triển khai có hiệu quả hoạt động quản trị TTHC")
 *     .addComponents(f.component("TIME_COST"))
 *     .lead(vanPhong)
 *     .support(lanhSu, Division.allSpecialised())
 *     .build();
 * }</pre>
 *
 * <p>Dates left out default to the plan's period (see {@link Plan#startOf(Task)}).
 *
 * <p>Accepted forms: the number is digits separated by dots, at most four levels (1.1, 2.1.3); its
 * dates within {@link vn.ddci.Bounds}; indicators of its targets distinct when read tolerantly.
 */
@Value.Immutable
@DdciStyle
public abstract class Task {

  Task() {}

  /**
   * Starts a task.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Task}; not thread-safe. */
  public static final class Builder extends ImmutableTask.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the Task
     * @throws vn.ddci.DdciValidationException if a required attribute is missing, a value is not
     *     valid, or a key of a map is given twice
     */
    @Override
    public Task build() {
      return vn.ddci.internal.Checks.building(super::build, "task: a division's role");
    }

    /**
     * Gives divisions the role of lead (chủ trì).
     *
     * @param divisions the leads
     * @return this builder
     */
    public Builder lead(Division... divisions) {
      Objects.requireNonNull(divisions, "divisions");
      return role(Role.LEAD, divisions);
    }

    /**
     * Gives divisions the role of support (phối hợp).
     *
     * @param divisions the supporting divisions
     * @return this builder
     */
    public Builder support(Division... divisions) {
      Objects.requireNonNull(divisions, "divisions");
      return role(Role.SUPPORT, divisions);
    }

    /**
     * Gives divisions the role of monitor (theo dõi, tổng hợp báo cáo).
     *
     * @param divisions the monitoring divisions
     * @return this builder
     */
    public Builder monitor(Division... divisions) {
      Objects.requireNonNull(divisions, "divisions");
      return role(Role.MONITOR, divisions);
    }

    private final Map<Division, Role> given = new HashMap<>();

    private Builder role(Role role, Division... divisions) {
      Builder builder = this;
      for (Division d : divisions) {
        Objects.requireNonNull(d, "a division");
        Role earlier = given.putIfAbsent(d, role);
        checkArgument(
            earlier == null,
            "%s is given two roles in one task: %s and %s",
            d.name(),
            earlier,
            role);
        builder = builder.putRoles(d, role);
      }
      return builder;
    }
  }

  /**
   * Returns the task's number in the plan's scheme, e.g. "1.1".
   *
   * @return digits separated by dots
   */
  public abstract String number();

  /**
   * Returns the title.
   *
   * @return the title in NFC
   */
  public abstract String title();

  /**
   * Returns the activities (the bullets under the task).
   *
   * @return the activities, in order
   */
  public abstract List<String> activities();

  /**
   * Returns the component indices the task addresses.
   *
   * @return at least one component
   */
  public abstract List<Component> components();

  /**
   * Returns each responsible division's role; a division has one role in a task.
   *
   * @return the roles, in the order given
   */
  public abstract Map<Division, Role> roles();

  /**
   * Returns the start date, if the task has its own.
   *
   * @return the start date
   */
  public abstract Optional<LocalDate> start();

  /**
   * Returns the due date, if the task has its own.
   *
   * @return the due date
   */
  public abstract Optional<LocalDate> due();

  /**
   * Returns the quantitative targets.
   *
   * @return the targets; indicators unique
   */
  public abstract List<Target> targets();

  @Value.Check
  Task normalize() {
    Values.taskNumber(number(), "task");
    String where = "task " + number();
    checkArgument(!components().isEmpty(), "%s addresses no component", where);
    checkArgument(
        components().stream().distinct().count() == components().size(),
        () -> format("%s lists a component twice: %s", where, components()));
    checkArgument(
        targets().stream().map(t -> Names.key(t.indicator())).distinct().count()
            == targets().size(),
        () -> format("%s has two targets of one indicator: %s", where, targets()));
    start().ifPresent(d -> Values.day(d, () -> where + ": start"));
    due().ifPresent(d -> Values.day(d, () -> where + ": due date"));
    if (start().isPresent() && due().isPresent()) {
      checkArgument(
          !due().get().isBefore(start().get()),
          "%s is due %s, before it starts %s",
          where,
          due().get(),
          start().get());
    }
    String title = Names.clean(title());
    List<String> activities =
        activities().stream().map(Names::clean).collect(ImmutableList.toImmutableList());
    if (title.equals(title()) && activities.equals(activities())) {
      return this;
    }
    return new Builder().from(this).title(title).activities(activities).build();
  }

  /**
   * Returns the divisions with a role, in the order given.
   *
   * @param role a role
   * @return the divisions holding it
   */
  public List<Division> divisions(Role role) {
    Objects.requireNonNull(role, "role");
    return roles().entrySet().stream()
        .filter(e -> e.getValue() == role)
        .map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the role of a division, through the group of all specialised divisions if need be.
   *
   * @param division a division
   * @return its role, if it has one
   */
  public Optional<Role> roleOf(Division division) {
    Objects.requireNonNull(division, "division");
    Role own = roles().get(division);
    if (own != null) {
      return Optional.of(own);
    }
    return roles().entrySet().stream()
        .filter(e -> e.getKey().covers(division))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /**
   * Tells whether the task has a lead.
   *
   * @return true when some division leads it
   */
  public boolean hasLead() {
    return roles().containsValue(Role.LEAD);
  }

  /**
   * Returns a target by indicator.
   *
   * @param indicator the indicator's name
   * @return the target, if the task has it
   */
  public Optional<Target> target(String indicator) {
    Objects.requireNonNull(indicator, "indicator");
    String key = Names.key(indicator);
    return targets().stream().filter(t -> Names.key(t.indicator()).equals(key)).findFirst();
  }

  @Override
  public String toString() {
    return "Task[" + number() + " " + title() + "]";
  }
}
