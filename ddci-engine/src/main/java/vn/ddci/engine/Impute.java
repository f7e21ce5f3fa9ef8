package vn.ddci.engine;

import static vn.ddci.internal.Checks.checkArgument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.statistics.descriptive.Median;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;

/**
 * Fills missing values (ước tính giá trị thiếu) by a stated rule; observed values never change.
 *
 * <ul>
 *   <li>{@link #groupMean(String)}: the mean of the indicator over the units of the same group
 *       (COINr's {@code i_mean_grp}); {@link #groupMedian(String)} the median.
 *   <li>{@link #unitMeanWithinParent()}: the mean of the unit's other indicators under the same
 *       parent; meaningful only where they share a scale (after normalisation, or Likert means).
 *   <li>{@link #lastYear(Dataset)}: the unit's value of the same indicator in last year's data.
 * </ul>
 *
 * <p>Nothing is filled silently: every filled cell is recorded with its value and where it came
 * from, and every cell the rule cannot fill (a group with no value, a unit in no group, a unit
 * absent last year) stays missing and is recorded too.
 */
@Value.Immutable
@DdciStyle
public abstract class Impute implements Step {
  /** The rule. */
  public enum Rule {
    /** The mean over the unit's group. */
    GROUP_MEAN,
    /** The median over the unit's group. */
    GROUP_MEDIAN,
    /** The mean of the unit's other indicators under the same parent. */
    UNIT_MEAN_WITHIN_PARENT,
    /** The unit's value last year. */
    LAST_YEAR
  }

  Impute() {}

  /**
   * Returns imputation by the group mean.
   *
   * @param grouping the grouping, e.g. "EurAsia_group" or "block"
   * @return the step
   */
  public static Impute groupMean(String grouping) {
    return ImmutableImpute.builder()
        .rule(Rule.GROUP_MEAN)
        .grouping(Codes.check(grouping, "grouping"))
        .build();
  }

  /**
   * Returns imputation by the group median.
   *
   * @param grouping the grouping
   * @return the step
   */
  public static Impute groupMedian(String grouping) {
    return ImmutableImpute.builder()
        .rule(Rule.GROUP_MEDIAN)
        .grouping(Codes.check(grouping, "grouping"))
        .build();
  }

  /**
   * Returns imputation by the mean of the unit's other indicators under the same parent.
   *
   * @return the step
   */
  public static Impute unitMeanWithinParent() {
    return ImmutableImpute.builder().rule(Rule.UNIT_MEAN_WITHIN_PARENT).build();
  }

  /**
   * Returns imputation by last year's value of the same unit and indicator.
   *
   * @param lastYear last year's data at the same stage (same indicators, same processing)
   * @return the step
   */
  public static Impute lastYear(Dataset lastYear) {
    return ImmutableImpute.builder().rule(Rule.LAST_YEAR).lastYearData(lastYear).build();
  }

  /**
   * Returns the rule.
   *
   * @return the rule
   */
  public abstract Rule rule();

  /**
   * Returns the grouping, for the group rules.
   *
   * @return the grouping's name
   */
  public abstract Optional<String> grouping();

  /**
   * Returns last year's data, for {@link Rule#LAST_YEAR}.
   *
   * @return the data
   */
  public abstract Optional<Dataset> lastYearData();

  @Override
  public String stageName() {
    return "Imputed";
  }

  /**
   * {@inheritDoc}
   *
   * @throws vn.ddci.DdciValidationException if the grouping is not in the data
   */
  @Override
  public Stage apply(Dataset data, IndicatorTree tree) {
    Map<String, double[]> out = new LinkedHashMap<>();
    List<AuditEntry> audit = new ArrayList<>();
    List<String> labels = grouping().isPresent() ? data.labels(grouping().get()) : List.of();
    Groups groups = grouping().isPresent() ? new Groups(labels) : null;
    for (Node n : tree.indicators()) {
      double[] x = data.raw(n.code());
      if (!hasMissing(x)) {
        continue;
      }
      double[] y = x.clone();
      GroupFill[] groupFills = groups == null ? null : groupFills(x, groups);
      for (int u = 0; u < x.length; u++) {
        if (Double.isNaN(x[u])) {
          fill(data, tree, n, u, labels, groups, groupFills, y, audit);
        }
      }
      out.put(n.code(), y);
    }
    return Stage.of(this, data.withColumns(out), audit);
  }

  private void fill(
      Dataset data,
      IndicatorTree tree,
      Node n,
      int u,
      List<String> labels,
      Groups groups,
      GroupFill[] groupFills,
      double[] y,
      List<AuditEntry> audit) {
    String unit = data.units().get(u);
    double value;
    String note;
    switch (rule()) {
      case GROUP_MEAN:
      case GROUP_MEDIAN:
        {
          String g = labels.get(u);
          if (g.isEmpty()) {
            notFilled(
                audit, n, unit, "stays missing: the unit is in no " + grouping().get() + " group");
            return;
          }
          GroupFill f = groupFills[groups.of[u]];
          if (f == null) {
            notFilled(audit, n, unit, "stays missing: no unit of group " + g + " has a value");
            return;
          }
          value = f.value;
          note = f.note();
          break;
        }
      case UNIT_MEAN_WITHIN_PARENT:
        {
          String parent = n.parent().orElseThrow();
          double sum = 0;
          int count = 0;
          for (Node sibling : tree.children(parent)) {
            if (sibling.kind() == Node.Kind.INDICATOR && !sibling.equals(n)) {
              double v = data.raw(sibling.code())[u];
              if (!Double.isNaN(v)) {
                sum += v;
                count++;
              }
            }
          }
          if (count == 0) {
            notFilled(audit, n, unit, "stays missing: the unit has no other value under " + parent);
            return;
          }
          value = sum / count;
          note = note(value, "mean of the unit's " + count + " other values under " + parent);
          break;
        }
      case LAST_YEAR:
        {
          Dataset last = lastYearData().orElseThrow();
          if (!last.hasUnit(unit) || !last.hasColumn(n.code())) {
            notFilled(audit, n, unit, "stays missing: not in last year's data");
            return;
          }
          value = last.raw(n.code())[last.index(unit)];
          if (Double.isNaN(value)) {
            notFilled(audit, n, unit, "stays missing: missing last year too");
            return;
          }
          note = note(value, "last year's value");
          break;
        }
      default:
        throw new AssertionError(rule());
    }
    y[u] = value;
    audit.add(
        AuditEntry.of(
            "Impute", AuditEntry.Action.IMPUTED, n.code(), unit, Double.NaN, value, note));
  }

  private static String note(double value, String source) {
    return "missing → " + AuditEntry.show(value) + " (" + source + ")";
  }

  /** A grouping's labels as numbers, so that one pass over a column serves every group. */
  private static final class Groups {
    final List<String> names = new ArrayList<>();

    /** The group of each unit, -1 for a unit in none. */
    final int[] of;

    Groups(List<String> labels) {
      Map<String, Integer> ids = new HashMap<>();
      of = new int[labels.size()];
      for (int u = 0; u < of.length; u++) {
        String g = labels.get(u);
        if (g.isEmpty()) {
          of[u] = -1;
          continue;
        }
        Integer id = ids.get(g);
        if (id == null) {
          id = names.size();
          ids.put(g, id);
          names.add(g);
        }
        of[u] = id;
      }
    }
  }

  /** What fills the missing values of one group in one column: the same for each of them. */
  private final class GroupFill {
    final double value;
    private final int count;
    private final String group;
    private String note;

    GroupFill(double value, int count, String group) {
      this.value = value;
      this.count = count;
      this.group = group;
    }

    /** The audit's note, written once, for the first value filled. */
    String note() {
      if (note == null) {
        note =
            Impute.note(
                value,
                (rule() == Rule.GROUP_MEAN ? "mean" : "median")
                    + " of the "
                    + count
                    + " "
                    + group
                    + " values");
      }
      return note;
    }
  }

  /**
   * Every group's fill of one column, from one pass over it: the mean or median of the values
   * present, in unit order; null for a group in which no unit has a value.
   */
  private GroupFill[] groupFills(double[] x, Groups groups) {
    int k = groups.names.size();
    int[] count = new int[k];
    for (int u = 0; u < x.length; u++) {
      if (groups.of[u] >= 0 && !Double.isNaN(x[u])) {
        count[groups.of[u]]++;
      }
    }
    double[][] values = new double[k][];
    for (int g = 0; g < k; g++) {
      values[g] = new double[count[g]];
    }
    int[] filled = new int[k];
    for (int u = 0; u < x.length; u++) {
      int g = groups.of[u];
      if (g >= 0 && !Double.isNaN(x[u])) {
        values[g][filled[g]++] = x[u];
      }
    }
    GroupFill[] fills = new GroupFill[k];
    for (int g = 0; g < k; g++) {
      if (count[g] > 0) {
        double value =
            rule() == Rule.GROUP_MEAN ? mean(values[g]) : Median.withDefaults().evaluate(values[g]);
        fills[g] = new GroupFill(value, count[g], groups.names.get(g));
      }
    }
    return fills;
  }

  private static void notFilled(List<AuditEntry> audit, Node n, String unit, String why) {
    audit.add(
        AuditEntry.of(
            "Impute", AuditEntry.Action.NOT_IMPUTED, n.code(), unit, Double.NaN, Double.NaN, why));
  }

  static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  static boolean hasMissing(double[] x) {
    for (double v : x) {
      if (Double.isNaN(v)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  void check() {
    boolean group = rule() == Rule.GROUP_MEAN || rule() == Rule.GROUP_MEDIAN;
    checkArgument(
        group == grouping().isPresent(),
        "impute %s: a grouping goes with a group rule only",
        rule());
    checkArgument(
        (rule() == Rule.LAST_YEAR) == lastYearData().isPresent(),
        "impute %s: last year's data goes with LAST_YEAR only",
        rule());
  }

  @Override
  public String toString() {
    return "Impute[" + rule() + grouping().map(g -> " by " + g).orElse("") + "]";
  }
}
