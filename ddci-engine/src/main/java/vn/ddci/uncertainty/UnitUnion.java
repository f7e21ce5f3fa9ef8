package vn.ddci.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ddci.engine.Reweighting;

/**
 * The units of a {@link MethodUncertainty} analysis: the nominal build's, then any unit only
 * another combination keeps, each combination's units placed among them.
 */
final class UnitUnion {
  /** The units' codes, in order. */
  final List<String> codes;

  /** The units' names, in the same order. */
  final List<String> names;

  /** Where each of the nominal build's units is in the union. */
  final int[] nominalAt;

  /** Where each of combination c's units is in the union, at index c. */
  private final int[][] at;

  UnitUnion(Reweighting nominal, Combinations combos) {
    Map<String, Integer> index = new LinkedHashMap<>();
    List<String> unitNames = new ArrayList<>();
    add(nominal, index, unitNames);
    for (Reweighting r : combos.reweightings) {
      add(r, index, unitNames);
    }
    this.codes = List.copyOf(index.keySet());
    this.names = unitNames;
    this.at = new int[combos.count][];
    for (int c = 0; c < combos.count; c++) {
      at[c] = combos.reweightings.get(c).units().stream().mapToInt(index::get).toArray();
    }
    this.nominalAt = nominal.units().stream().mapToInt(index::get).toArray();
  }

  private static void add(Reweighting r, Map<String, Integer> index, List<String> unitNames) {
    for (int j = 0; j < r.units().size(); j++) {
      if (!index.containsKey(r.units().get(j))) {
        index.put(r.units().get(j), index.size());
        unitNames.add(r.unitNames().get(j));
      }
    }
  }

  /** How many units. */
  int size() {
    return codes.size();
  }

  /** Where each of combination c's units is in the union. */
  int[] at(int c) {
    return at[c];
  }

  /**
   * Copies a worker's scores of the measures to the union of units, NaN where it has none.
   *
   * @param worker a worker that has aggregated
   * @param measures the measures
   * @param at where each of the worker's units is in the union
   * @param out receives [measure][unit of the union]
   */
  static void scatter(Reweighting.Worker worker, List<String> measures, int[] at, double[][] out) {
    for (int k = 0; k < measures.size(); k++) {
      double[] s = worker.scores(measures.get(k));
      Arrays.fill(out[k], Double.NaN);
      for (int j = 0; j < at.length; j++) {
        out[k][at[j]] = s[j];
      }
    }
  }
}
