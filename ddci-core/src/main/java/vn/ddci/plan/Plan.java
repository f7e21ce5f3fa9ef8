package vn.ddci.plan;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.threeten.extra.YearQuarter;
import vn.ddci.Bounds;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.goal.Goal;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Values;
import vn.ddci.name.Names;
import vn.ddci.result.Unit;

/**
 * A unit's plan to improve its DDCI (kế hoạch cải thiện, nâng cao chỉ số DDCI), with its four
 * sections: I purposes and requirements; II the assessment of last year's results; III the tasks,
 * per component; IV the implementation arrangements (each division's responsibilities, the focal
 * point, the reporting rule). Signed by the head of the unit and sent to its recipients.
 *
 * <p>A plan runs over its year unless another {@link #start()} or {@link #end()} is given (a plan
 * adopted mid-year). Task numbers are unique, every component a task addresses belongs to the
 * issuing unit's framework, and task dates lie within the plan's period; otherwise the plan is
 * rejected with a message naming the task.
 *
 * <p>Bounds ({@link vn.ddci.Bounds}): the year 1990–2100; the period within 1990-01-01–2100-12-31
 * and at most 20 quarters; names up to 1,000 characters, section I and each responsibility up to
 * 10,000 (no control character but line breaks and tabs); a named division as the focal point.
 */
@Value.Immutable
@DdciStyle
public abstract class Plan {

  Plan() {}

  /**
   * Starts a plan.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Plan}; not thread-safe. */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the Plan
     * @throws vn.ddci.DdciValidationException if a required attribute is missing, a value is not
     *     valid, or a key of a map is given twice
     */
    @Override
    public Plan build() {
      return vn.ddci.internal.Checks.building(super::build, "plan: a division's responsibilities");
    }

    /**
     * Sets the plan's year.
     *
     * @param year e.g. 2024
     * @return this builder
     */
    public Builder year(int year) {
      return year(Values.year(year, "plan: year"));
    }
  }

  /**
   * Returns the unit that issues the plan (đơn vị ban hành).
   *
   * @return e.g. Sở Ngoại vụ
   */
  public abstract Unit issuingUnit();

  /**
   * Returns the plan's year.
   *
   * @return e.g. 2024
   */
  public abstract Year year();

  /**
   * Returns the title.
   *
   * @return e.g. "Cải thiện, nâng cao Chỉ số đánh giá năng lực cạnh tranh (DDCI) năm 2024"
   */
  public abstract String title();

  /**
   * Returns the legal basis (căn cứ).
   *
   * @return e.g. "Kế hoạch số 36/KH-UBND ngày 06/02/2024 của UBND tỉnh"
   */
  public abstract String legalBasis();

  /**
   * Returns section I, purposes and requirements (Mục đích, yêu cầu).
   *
   * @return the text
   */
  @Value.Default
  public String purposes() {
    return "";
  }

  /**
   * Returns section II, the assessment of last year's results, if the plan states it.
   *
   * @return the assessment
   */
  public abstract Optional<UnitAssessment> assessment();

  /**
   * Returns the goals the plan sets (mục tiêu phấn đấu), in the plan's order: a target score, rank,
   * place above the median or out of the bottom group, or a gain, for the total or a component.
   * {@link vn.ddci.goal.GoalCheck} judges them against the results of their year.
   *
   * @return the goals; empty unless set
   */
  public abstract List<Goal> goals();

  /**
   * Returns a copy of this plan with other goals.
   *
   * @param goals the goals, replacing this plan's
   * @return the copy
   * @throws vn.ddci.DdciValidationException if a goal names a component outside the plan's
   *     framework, a target score lies outside the scale, a target score or gain has more decimals
   *     than the framework publishes, or two goals have the same measure, kind and year
   */
  public Plan withGoals(List<Goal> goals) {
    Objects.requireNonNull(goals, "goals");
    return builder().from(this).goals(goals).build();
  }

  /**
   * Returns section III, the tasks (nhiệm vụ, giải pháp), in the plan's order.
   *
   * @return the tasks
   */
  public abstract List<Task> tasks();

  /**
   * Returns section IV's responsibilities (trách nhiệm) of each division, as written.
   *
   * @return the text of each division's responsibilities
   */
  public abstract Map<Division, String> responsibilities();

  /**
   * Returns the focal point (đầu mối) that follows the plan.
   *
   * @return e.g. Văn phòng Sở
   */
  public abstract Division focalPoint();

  /**
   * Returns the reporting rule (chế độ báo cáo).
   *
   * @return who reports to whom, and when
   */
  public abstract ReportingRule reportingRule();

  /**
   * Returns who signs the plan.
   *
   * @return e.g. Giám đốc Trịnh Tuyết Mai
   */
  public abstract Signer signer();

  /**
   * Returns the recipients (Nơi nhận), as written.
   *
   * @return e.g. "UBND tỉnh (b/c)"
   */
  public abstract List<String> recipients();

  /**
   * Returns the first day of the plan's period.
   *
   * @return 1 January of the plan's year unless set
   */
  @Value.Default
  public LocalDate start() {
    return year().atDay(1);
  }

  /**
   * Returns the last day of the plan's period.
   *
   * @return 31 December of the plan's year unless set
   */
  @Value.Default
  public LocalDate end() {
    return year().atMonth(12).atEndOfMonth();
  }

  @Value.Check
  Plan normalize() {
    String title = Names.clean(title());
    String legalBasis = Names.clean(legalBasis());
    List<String> recipients =
        recipients().stream().map(Names::clean).collect(ImmutableList.toImmutableList());
    String purposes = Names.cleanText(purposes(), "plan: section I");
    if (!title.equals(title())
        || !legalBasis.equals(legalBasis())
        || !recipients.equals(recipients())
        || !purposes.equals(purposes())) {
      return new Builder()
          .from(this)
          .title(title)
          .legalBasis(legalBasis)
          .recipients(recipients)
          .purposes(purposes)
          .build();
    }
    check();
    return this;
  }

  private void check() {
    String where = "plan of '" + issuingUnit().name() + "' for " + year();
    Values.year(year(), () -> "plan of '" + issuingUnit().name() + "': year");
    Values.day(start(), () -> where + ": start");
    Values.day(end(), () -> where + ": end");
    long quarters =
        ChronoUnit.MONTHS.between(
                    YearQuarter.from(start()).atDay(1), YearQuarter.from(end()).atDay(1))
                / 3
            + 1;
    checkArgument(
        quarters <= Bounds.MAX_PLAN_QUARTERS,
        "%s: its period %s–%s spans %s quarters, more than %s",
        where,
        start(),
        end(),
        quarters,
        Bounds.MAX_PLAN_QUARTERS);
    responsibilities()
        .forEach(
            (d, text) -> {
              String what = where + ": responsibilities of '" + d.name() + "'";
              checkArgument(
                  Names.cleanText(text, what).codePoints().anyMatch(Character::isLetterOrDigit),
                  "%s: empty",
                  what);
            });
    checkArgument(
        !focalPoint().group(),
        "%s: the focal point is a named division, not the group '%s'",
        where,
        focalPoint().name());
    checkArgument(
        !end().isBefore(start()), "%s ends %s, before it starts %s", where, end(), start());
    Framework f = framework();
    Set<String> numbers = new HashSet<>();
    for (Task t : tasks()) {
      checkArgument(numbers.add(t.number()), "%s: task number %s is used twice", where, t.number());
      for (Component c : t.components()) {
        checkArgument(
            f.contains(c),
            "%s, task %s: component %s (%s) is not in framework '%s'",
            where,
            t.number(),
            c,
            c.nameVi(),
            f.name());
      }
      checkArgument(
          !startOf(t).isBefore(start())
              && !dueOf(t).isAfter(end())
              && !startOf(t).isAfter(dueOf(t)),
          "%s, task %s: its dates %s–%s lie outside the plan's period %s–%s",
          where,
          t.number(),
          startOf(t),
          dueOf(t),
          start(),
          end());
    }
    checkArgument(
        !start().isAfter(year().atMonth(12).atEndOfMonth()) && !end().isBefore(year().atDay(1)),
        "%s: its period %s–%s lies outside the year",
        where,
        start(),
        end());
    Map<String, Division> byName = new HashMap<>();
    for (Division d : divisions()) {
      Division other = byName.putIfAbsent(Names.key(d.name()), d);
      checkArgument(
          other == null,
          "%s: two divisions are named '%s' (%s and %s)",
          where,
          d.name(),
          kind(other),
          kind(d));
    }
    checkGoals(where, f);
    assessment()
        .ifPresent(
            a ->
                checkArgument(
                    a.unit().equals(issuingUnit()),
                    "%s: section II assesses another unit, '%s'",
                    where,
                    a.unit().name()));
  }

  private void checkGoals(String where, Framework f) {
    Set<List<Object>> seen = new HashSet<>();
    for (Goal g : goals()) {
      g.measure()
          .component()
          .ifPresent(
              c ->
                  checkArgument(
                      f.contains(c),
                      "%s: %s names component %s (%s), not in framework '%s'",
                      where,
                      g,
                      c.code(),
                      c.nameVi(),
                      f.name()));
      g.points()
          .ifPresent(
              p ->
                  checkArgument(
                      p.stripTrailingZeros().scale() <= f.publishedDecimals(),
                      "%s: the goal for %s, %s: %s %s has more decimals than the %s that framework"
                          + " '%s' publishes",
                      where,
                      g.measure().code(),
                      g.year(),
                      g.kind() == Goal.Kind.SCORE ? "target score" : "score gain",
                      p.toPlainString(),
                      f.publishedDecimals(),
                      f.name()));
      if (g.kind() == Goal.Kind.SCORE) {
        java.math.BigDecimal max = f.max(g.measure());
        checkArgument(
            g.points().orElseThrow().compareTo(max) <= 0,
            "%s: %s lies outside the scale 0–%s",
            where,
            g,
            max.toPlainString());
      }
      checkArgument(
          seen.add(List.of(g.measure(), g.kind(), g.year())),
          "%s: two goals of kind %s for %s in %s",
          where,
          g.kind(),
          g.measure().code(),
          g.year());
    }
  }

  private static String kind(Division d) {
    return d == null
        ? ""
        : d.group() ? "the group" : d.specialised() ? "a specialised division" : "a division";
  }

  /**
   * Returns the framework of the issuing unit.
   *
   * @return the framework the tasks address
   */
  public Framework framework() {
    return issuingUnit().block().framework();
  }

  /**
   * Returns a task by number.
   *
   * @param number e.g. "6.2"
   * @return the task, if the plan has it
   */
  public Optional<Task> task(String number) {
    Objects.requireNonNull(number, "number");
    return tasks().stream().filter(t -> t.number().equals(number)).findFirst();
  }

  /**
   * Returns the tasks that address a component, in the plan's order.
   *
   * @param component a component of the framework
   * @return its tasks
   */
  public List<Task> tasks(Component component) {
    Objects.requireNonNull(component, "component");
    return tasks().stream()
        .filter(t -> t.components().contains(component))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the day a task starts: its own start date or the plan's.
   *
   * @param task a task of the plan
   * @return the start date
   */
  public LocalDate startOf(Task task) {
    Objects.requireNonNull(task, "task");
    checkArgument(
        tasks().contains(task), "%s: task %s is not one of its tasks", this, task.number());
    return task.start().orElse(start());
  }

  /**
   * Returns the day a task is due: its own due date or the plan's end.
   *
   * @param task a task of the plan
   * @return the due date
   */
  public LocalDate dueOf(Task task) {
    Objects.requireNonNull(task, "task");
    checkArgument(
        tasks().contains(task), "%s: task %s is not one of its tasks", this, task.number());
    return task.due().orElse(end());
  }

  /**
   * Returns the quarters the plan's period touches.
   *
   * @return the quarters, in order (four for a plan over a whole year)
   */
  public List<YearQuarter> quarters() {
    ImmutableList.Builder<YearQuarter> quarters = ImmutableList.builder();
    for (YearQuarter q = YearQuarter.from(start());
        !q.atDay(1).isAfter(end());
        q = q.plusQuarters(1)) {
      quarters.add(q);
    }
    return quarters.build();
  }

  /**
   * Tells whether a task runs during a quarter.
   *
   * @param task a task of the plan
   * @param quarter a quarter
   * @return true when the task's dates overlap the quarter
   */
  public boolean isActive(Task task, YearQuarter quarter) {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(quarter, "quarter");
    return !startOf(task).isAfter(quarter.atEndOfQuarter())
        && !dueOf(task).isBefore(quarter.atDay(1));
  }

  /**
   * Returns every division the plan names: in the tasks, section IV, the focal point and the
   * reporting rule, in order of appearance.
   *
   * @return the divisions
   */
  public List<Division> divisions() {
    Set<Division> all = new LinkedHashSet<>();
    tasks().forEach(t -> all.addAll(t.roles().keySet()));
    all.addAll(responsibilities().keySet());
    all.add(focalPoint());
    all.addAll(reportingRule().reporters());
    all.add(reportingRule().recipient());
    return ImmutableList.copyOf(all);
  }

  @Override
  public String toString() {
    return "Plan["
        + issuingUnit().name()
        + " "
        + year()
        + ", "
        + tasks().size()
        + " tasks"
        + (goals().isEmpty() ? "" : ", " + goals().size() + " goals")
        + "]";
  }
}
