package vn.ddci.engine;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import vn.ddci.DdciValidationException;

/**
 * Units × columns of numbers (bộ dữ liệu): the indicators of every unit, the denominators they may
 * be divided by, and the groups units belong to (a block, a region). What every step of a {@link
 * Pipeline} reads and writes.
 *
 * <pre>{@code
 * Dataset data = Dataset.builder()
 *     .units("SoTaiChinh", "SoXayDung", "SoYTe")
 *     .column("T1", 6.1, 5.4, 7.0)
 *     .column("T2", 3.0, 0, 2.5)
 *     .missing("T2", "SoXayDung")          // a missing value is said, never guessed
 *     .group("block", "sở", "sở", "sở")
 *     .build();
 * }</pre>
 *
 * <p>Missing values are explicit: a value is a finite number or marked missing; NaN and infinities
 * are refused. Inside, each column is an array of doubles (NaN standing for "missing"), never
 * exposed: {@link #column(String)} returns a copy. Immutable and thread-safe.
 */
public final class Dataset {
  private final ImmutableList<String> units;
  private final ImmutableMap<String, Integer> unitIndex;
  private final ImmutableMap<String, String> names;
  private final ImmutableMap<String, double[]> columns;
  private final ImmutableMap<String, ImmutableList<String>> groups;

  private Dataset(
      ImmutableList<String> units,
      ImmutableMap<String, String> names,
      ImmutableMap<String, double[]> columns,
      ImmutableMap<String, ImmutableList<String>> groups) {
    this(units, indexOf(units), names, columns, groups);
  }

  private Dataset(
      ImmutableList<String> units,
      ImmutableMap<String, Integer> unitIndex,
      ImmutableMap<String, String> names,
      ImmutableMap<String, double[]> columns,
      ImmutableMap<String, ImmutableList<String>> groups) {
    this.units = units;
    this.unitIndex = unitIndex;
    this.names = names;
    this.columns = columns;
    this.groups = groups;
  }

  private static ImmutableMap<String, Integer> indexOf(List<String> units) {
    ImmutableMap.Builder<String, Integer> index =
        ImmutableMap.builderWithExpectedSize(units.size());
    for (int i = 0; i < units.size(); i++) {
      index.put(units.get(i), i);
    }
    return index.buildOrThrow();
  }

  /**
   * Starts a dataset.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the units' codes, in order.
   *
   * @return at least one unit
   */
  public List<String> units() {
    return units;
  }

  /**
   * Returns the number of units.
   *
   * @return the number of rows
   */
  public int size() {
    return units.size();
  }

  /**
   * Tells whether a unit is in the dataset.
   *
   * @param unit a unit's code
   * @return true if it is
   */
  public boolean hasUnit(String unit) {
    return unitIndex.containsKey(unit);
  }

  /**
   * Returns a unit's name, where one was given.
   *
   * @param unit a unit's code
   * @return the name
   * @throws DdciValidationException if the unit is not in the dataset
   */
  public Optional<String> name(String unit) {
    index(unit);
    return Optional.ofNullable(names.get(unit));
  }

  /**
   * Returns the codes of the columns, in order.
   *
   * @return the columns
   */
  public Set<String> columns() {
    return columns.keySet();
  }

  /**
   * Tells whether a column exists.
   *
   * @param column a column's code
   * @return true if it does
   */
  public boolean hasColumn(String column) {
    return columns.containsKey(column);
  }

  /**
   * Returns one value.
   *
   * @param column a column's code
   * @param unit a unit's code
   * @return the value, empty when missing
   * @throws DdciValidationException if the column or the unit is not in the dataset
   */
  public OptionalDouble value(String column, String unit) {
    double v = raw(column)[index(unit)];
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * Returns a column as an array in unit order, NaN standing for a missing value.
   *
   * @param column a column's code
   * @return a copy of the column
   * @throws DdciValidationException if the column is not in the dataset
   */
  public double[] column(String column) {
    return raw(column).clone();
  }

  /**
   * Returns the number of missing values in a column.
   *
   * @param column a column's code
   * @return how many units lack a value
   * @throws DdciValidationException if the column is not in the dataset
   */
  public int missingCount(String column) {
    int n = 0;
    for (double v : raw(column)) {
      if (Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the names of the groupings (e.g. "block", "EurAsia_group").
   *
   * @return the groupings
   */
  public Set<String> groupings() {
    return groups.keySet();
  }

  /**
   * Returns the group a unit belongs to in a grouping.
   *
   * @param grouping a grouping's name
   * @param unit a unit's code
   * @return the group's label; empty when the unit has none
   * @throws DdciValidationException if the grouping or the unit is not in the dataset
   */
  public Optional<String> group(String grouping, String unit) {
    ImmutableList<String> labels = groups.get(grouping);
    checkArgument(
        labels != null, "no grouping %s in the dataset (it has %s)", grouping, groups.keySet());
    String label = labels.get(index(unit));
    return label.isEmpty() ? Optional.empty() : Optional.of(label);
  }

  /** The column itself, not a copy: never to be written. */
  double[] raw(String column) {
    double[] c = columns.get(Objects.requireNonNull(column, "column"));
    checkArgument(c != null, "no column %s in the dataset", column);
    return c;
  }

  /** The group labels of a grouping, in unit order, "" for none. */
  List<String> labels(String grouping) {
    ImmutableList<String> labels = groups.get(grouping);
    checkArgument(
        labels != null, "no grouping %s in the dataset (it has %s)", grouping, groups.keySet());
    return labels;
  }

  int index(String unit) {
    Integer i = unitIndex.get(Objects.requireNonNull(unit, "unit"));
    checkArgument(i != null, "no unit %s in the dataset", unit);
    return i;
  }

  /**
   * This dataset with columns added or replaced; the arrays are owned by the result. A replaced
   * column keeps its place, added ones come last in the order given; units, names and groups are
   * shared (every step of a build calls this, so nothing else is copied or rebuilt).
   */
  Dataset withColumns(Map<String, double[]> replaced) {
    if (replaced.isEmpty()) {
      return this;
    }
    ImmutableMap.Builder<String, double[]> all =
        ImmutableMap.builderWithExpectedSize(columns.size() + replaced.size());
    for (Map.Entry<String, double[]> e : columns.entrySet()) {
      double[] r = replaced.get(e.getKey());
      all.put(e.getKey(), r != null ? r : e.getValue());
    }
    for (Map.Entry<String, double[]> e : replaced.entrySet()) {
      if (!columns.containsKey(e.getKey())) {
        all.put(e);
      }
    }
    return new Dataset(units, unitIndex, names, all.buildOrThrow(), groups);
  }

  /** This dataset without some units. */
  Dataset withoutUnits(Collection<String> removed) {
    if (removed.isEmpty()) {
      return this;
    }
    boolean[] keep = new boolean[units.size()];
    Arrays.fill(keep, true);
    removed.forEach(u -> keep[index(u)] = false);
    ImmutableList.Builder<String> kept = ImmutableList.builder();
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        kept.add(units.get(i));
      }
    }
    ImmutableList<String> keptUnits = kept.build();
    checkArgument(!keptUnits.isEmpty(), "no unit would remain");
    ImmutableMap.Builder<String, double[]> cols = ImmutableMap.builder();
    columns.forEach((k, v) -> cols.put(k, select(v, keep, keptUnits.size())));
    ImmutableMap.Builder<String, ImmutableList<String>> grp = ImmutableMap.builder();
    groups.forEach(
        (k, v) -> {
          ImmutableList.Builder<String> l = ImmutableList.builder();
          for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
              l.add(v.get(i));
            }
          }
          grp.put(k, l.build());
        });
    Map<String, String> keptNames = new LinkedHashMap<>(names);
    keptNames.keySet().retainAll(keptUnits);
    return new Dataset(
        keptUnits, ImmutableMap.copyOf(keptNames), cols.buildOrThrow(), grp.buildOrThrow());
  }

  private static double[] select(double[] v, boolean[] keep, int n) {
    double[] out = new double[n];
    int j = 0;
    for (int i = 0; i < v.length; i++) {
      if (keep[i]) {
        out[j++] = v[i];
      }
    }
    return out;
  }

  /**
   * Tells whether another dataset has the same units, names, groups and columns with the same
   * values (missing equal to missing).
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Dataset)) {
      return false;
    }
    Dataset d = (Dataset) o;
    if (!units.equals(d.units)
        || !names.equals(d.names)
        || !groups.equals(d.groups)
        || !columns.keySet().equals(d.columns.keySet())) {
      return false;
    }
    for (Map.Entry<String, double[]> e : columns.entrySet()) {
      if (!Arrays.equals(e.getValue(), d.columns.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(units, columns.keySet());
  }

  @Override
  public String toString() {
    int missing = 0;
    for (String c : columns.keySet()) {
      missing += missingCount(c);
    }
    return "Dataset["
        + units.size()
        + " units × "
        + columns.size()
        + " columns, "
        + missing
        + " missing"
        + (groups.isEmpty() ? "" : ", groups " + groups.keySet())
        + "]";
  }

  /**
   * Builds a {@link Dataset}; not thread-safe. Units first, then columns whose values follow the
   * units' order, or single values.
   */
  public static final class Builder {
    private final List<String> units = new ArrayList<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, double[]> columns = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> cells = new LinkedHashMap<>();
    private final Map<String, String[]> groups = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> groupCells = new LinkedHashMap<>();

    Builder() {}

    /**
     * Adds units.
     *
     * @param codes the units' codes
     * @return this builder
     */
    public Builder units(String... codes) {
      for (String c : codes) {
        unit(c);
      }
      return this;
    }

    /**
     * Adds a unit.
     *
     * @param code the unit's code, unique
     * @return this builder
     * @throws DdciValidationException if the code is not valid or already given
     */
    public Builder unit(String code) {
      Codes.check(code, "unit");
      checkArgument(!units.contains(code), "unit %s is given twice", code);
      units.add(code);
      return this;
    }

    /**
     * Adds a unit with its name.
     *
     * @param code the unit's code, unique
     * @param name its name, e.g. "Sở Ngoại vụ"
     * @return this builder
     * @throws DdciValidationException if the code is not valid or already given
     */
    public Builder unit(String code, String name) {
      unit(code);
      names.put(code, Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * Sets a whole column, one value per unit in the units' order.
     *
     * @param column the column's code
     * @param values finite values; mark missing ones with {@link #missing}
     * @return this builder
     * @throws DdciValidationException if the code is not valid, already given or a value is not
     *     finite
     */
    public Builder column(String column, double... values) {
      Codes.check(column, "column");
      checkArgument(
          !columns.containsKey(column) && !cells.containsKey(column),
          "column %s is given twice",
          column);
      for (int i = 0; i < values.length; i++) {
        double v = values[i];
        int row = i;
        vn.ddci.internal.Checks.checkArgument(
            Double.isFinite(v),
            () ->
                "column "
                    + column
                    + ", value "
                    + (row + 1)
                    + ": "
                    + v
                    + " is not a finite number (mark a missing value with missing(column, unit))");
      }
      columns.put(column, values.clone());
      return this;
    }

    /**
     * Sets one value.
     *
     * @param column the column's code
     * @param unit the unit's code
     * @param value a finite value
     * @return this builder
     * @throws DdciValidationException if the value is not finite or the column was set whole
     */
    public Builder value(String column, String unit, double value) {
      checkArgument(
          Double.isFinite(value),
          "column %s, unit %s: %s is not a finite number (mark a missing value with missing)",
          column,
          unit,
          value);
      return cell(column, unit, value);
    }

    /**
     * Marks values missing (thiếu số liệu).
     *
     * @param column the column's code
     * @param units the units lacking a value
     * @return this builder
     */
    public Builder missing(String column, String... units) {
      for (String u : units) {
        cell(column, u, Double.NaN);
      }
      return this;
    }

    private Builder cell(String column, String unit, double value) {
      Codes.check(column, "column");
      Codes.check(unit, "unit");
      if (columns.containsKey(column)) {
        cells.computeIfAbsent(column, k -> new HashMap<>()).put(unit, value);
      } else {
        Map<String, Double> c = cells.computeIfAbsent(column, k -> new LinkedHashMap<>());
        checkArgument(
            c.put(unit, value) == null,
            "column %s, unit %s: the value is given twice",
            column,
            unit);
      }
      return this;
    }

    /**
     * Sets a grouping: each unit's group, in the units' order.
     *
     * @param grouping the grouping's name, e.g. "block"
     * @param labels one label per unit; "" for a unit in no group
     * @return this builder
     */
    public Builder group(String grouping, String... labels) {
      Codes.check(grouping, "grouping");
      checkArgument(!groups.containsKey(grouping), "grouping %s is given twice", grouping);
      groups.put(grouping, labels.clone());
      return this;
    }

    /**
     * Sets one unit's group.
     *
     * @param grouping the grouping's name
     * @param unit the unit's code
     * @param label its group
     * @return this builder
     */
    public Builder group(String grouping, String unit, String label) {
      Codes.check(grouping, "grouping");
      groupCells.computeIfAbsent(grouping, k -> new HashMap<>()).put(unit, label);
      return this;
    }

    /**
     * Builds the dataset.
     *
     * @return the dataset
     * @throws DdciValidationException naming the column and unit if a column's length differs from
     *     the units', a value is neither given nor marked missing, or a unit is unknown
     */
    public Dataset build() {
      checkArgument(!units.isEmpty(), "a dataset needs at least one unit");
      int n = units.size();
      Set<String> known = new java.util.HashSet<>(units);
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < n; i++) {
        index.put(units.get(i), i);
      }
      ImmutableMap.Builder<String, double[]> cols = ImmutableMap.builder();
      Set<String> all = new java.util.LinkedHashSet<>(columns.keySet());
      all.addAll(cells.keySet());
      for (String c : all) {
        double[] values;
        if (columns.containsKey(c)) {
          values = columns.get(c).clone();
          checkArgument(
              values.length == n, "column %s has %s values for %s units", c, values.length, n);
        } else {
          values = new double[n];
          Arrays.fill(values, Double.NaN);
        }
        Map<String, Double> edits = cells.getOrDefault(c, Map.of());
        for (Map.Entry<String, Double> e : edits.entrySet()) {
          checkArgument(known.contains(e.getKey()), "column %s: no unit %s", c, e.getKey());
          values[index.get(e.getKey())] = e.getValue();
        }
        if (!columns.containsKey(c)) {
          for (String u : units) {
            checkArgument(
                edits.containsKey(u),
                "column %s, unit %s: no value (mark a missing value with missing)",
                c,
                u);
          }
        }
        cols.put(c, values);
      }
      ImmutableMap.Builder<String, ImmutableList<String>> grp = ImmutableMap.builder();
      Set<String> groupings = new java.util.LinkedHashSet<>(groups.keySet());
      groupings.addAll(groupCells.keySet());
      for (String g : groupings) {
        String[] labels = groups.containsKey(g) ? groups.get(g).clone() : new String[n];
        checkArgument(
            labels.length == n, "grouping %s has %s labels for %s units", g, labels.length, n);
        groupCells
            .getOrDefault(g, Map.of())
            .forEach(
                (u, l) -> {
                  checkArgument(known.contains(u), "grouping %s: no unit %s", g, u);
                  labels[index.get(u)] = l;
                });
        ImmutableList.Builder<String> l = ImmutableList.builder();
        for (int i = 0; i < n; i++) {
          l.add(labels[i] == null ? "" : labels[i].strip());
        }
        grp.put(g, l.build());
      }
      names.keySet().forEach(u -> checkArgument(known.contains(u), "no unit %s", u));
      return new Dataset(
          ImmutableList.copyOf(units),
          ImmutableMap.copyOf(names),
          cols.buildOrThrow(),
          grp.buildOrThrow());
    }
  }
}
