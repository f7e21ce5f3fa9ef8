package vn.ddci.uncertainty;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An analysis' results keyed by measure and unit, with the measures and units in order; looking up
 * one that is not there names it and lists those that are.
 *
 * @param <V> the result of one unit on one measure
 */
final class ByMeasureAndUnit<V> {
  private final ImmutableList<String> measures;
  private final ImmutableList<String> units;
  private final Map<String, V> byKey = new HashMap<>();

  ByMeasureAndUnit(
      List<String> measures,
      List<String> units,
      List<V> values,
      Function<V, String> measureOf,
      Function<V, String> unitOf) {
    this.measures = ImmutableList.copyOf(measures);
    this.units = ImmutableList.copyOf(units);
    values.forEach(v -> byKey.put(key(measureOf.apply(v), unitOf.apply(v)), v));
  }

  ImmutableList<String> measures() {
    return measures;
  }

  ImmutableList<String> units() {
    return units;
  }

  /** The result of a unit on a measure; refused, naming what is missing, when not there. */
  V get(String measure, String unit) {
    V v = byKey.get(key(measure, unit));
    checkArgument(
        v != null,
        "no %s in this analysis (measures %s, units %s)",
        measures.contains(measure) ? "unit " + unit : "measure " + measure,
        measures,
        units);
    return v;
  }

  /** What a toString says of a run: "1000 replications, seed 7, 9 measures × 25 units". */
  String describe(Replications settings) {
    return settings.count()
        + " replications, seed "
        + settings.seed()
        + ", "
        + measures.size()
        + " measures × "
        + units.size()
        + " units";
  }

  private static String key(String measure, String unit) {
    return measure + "\u0000" + unit;
  }
}
