package vn.ddci.survey;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import vn.ddci.DdciValidationException;
import vn.ddci.engine.AuditEntry;
import vn.ddci.engine.Dataset;

/**
 * The indicators of resamples of one survey's answers (mẫu lặp), as a bootstrap computes them once
 * per replication: each indicator's answers read once, so that a resample costs about one pass over
 * them. Made by {@link SurveyIndicators#resampler}. Immutable and thread-safe: replications may
 * share one.
 */
public final class Resampler {
  private final Responses responses;
  private final ImmutableList<IndicatorDefinition> definitions;
  private final ImmutableList<String> units;
  private final Prepared[] prepared;

  /** Reads the answers of every indicator, in parallel. */
  static Resampler of(Responses responses, List<IndicatorDefinition> definitions) {
    return new Resampler(responses, definitions, true);
  }

  /** Reads the answers of every indicator, on the calling thread. */
  static Resampler sequential(Responses responses, List<IndicatorDefinition> definitions) {
    return new Resampler(responses, definitions, false);
  }

  private Resampler(Responses responses, List<IndicatorDefinition> definitions, boolean parallel) {
    Objects.requireNonNull(responses, "responses");
    Objects.requireNonNull(definitions, "definitions");
    SurveyIndicators.checkDefinitions(definitions);
    this.responses = responses;
    this.definitions = ImmutableList.copyOf(definitions);
    this.units = ImmutableList.copyOf(responses.units());
    // each indicator reads the answers alone and writes its own slot: prepared in parallel, the
    // same on any number of threads
    int[] unitOf = responses.unitOf();
    int[] unitStart = new int[units.size() + 1];
    for (int u : unitOf) {
      unitStart[u + 1]++;
    }
    for (int u = 0; u < units.size(); u++) {
      unitStart[u + 1] += unitStart[u];
    }
    int[] byUnit = new int[unitOf.length];
    int[] next = unitStart.clone();
    for (int i = 0; i < unitOf.length; i++) {
      byUnit[next[unitOf[i]]++] = i;
    }
    prepared = new Prepared[definitions.size()];
    RuntimeException[] refused = new RuntimeException[definitions.size()];
    IntStream indices = IntStream.range(0, definitions.size());
    (parallel ? indices.parallel() : indices)
        .forEach(
            k -> {
              try {
                prepared[k] = Prepared.of(responses, definitions.get(k), byUnit, unitStart);
              } catch (RuntimeException e) {
                refused[k] = e;
              }
            });
    for (RuntimeException e : refused) {
      if (e != null) {
        throw e; // the first definition refused, whatever the threads' order
      }
    }
  }

  /**
   * Computes the indicators of a resample, on the calling thread: the same as {@link
   * SurveyIndicators#resampled} with these answers and definitions.
   *
   * @param multiplicity one count per row, 0 or more: row i counted multiplicity[i] times
   * @return the indicators of every unit rated; a unit whose rows all count 0 has none, and is
   *     missing as for too few respondents
   * @throws DdciValidationException when a count is negative or their number is not the rows'
   */
  public SurveyIndicators resample(int[] multiplicity) {
    SurveyIndicators.checkCounts(multiplicity, responses.size());
    return compute(multiplicity);
  }

  /** The indicators, each row counted m[i] times. */
  SurveyIndicators compute(int[] m) {
    // each row's weight in the sums, w·m[i] (the same double as w when m[i] is 1), computed once
    // for every indicator
    double[] plain = new double[m.length];
    double[] weighted = new double[m.length];
    double[] w = responses.weights();
    for (int i = 0; i < m.length; i++) {
      plain[i] = m[i];
      weighted[i] = w[i] * m[i];
    }
    Dataset.Builder data = Dataset.builder();
    units.forEach(u -> data.unit(u, responses.unitName(u).orElse(u)));
    Map<String, int[]> counts = new LinkedHashMap<>();
    List<AuditEntry> audit = new ArrayList<>();
    for (int k = 0; k < definitions.size(); k++) {
      IndicatorDefinition d = definitions.get(k);
      double[] values = new double[units.size()];
      int[] n = new int[units.size()];
      prepared[k].compute(m, prepared[k].weights == null ? plain : weighted, values, n);
      SurveyIndicators.addColumn(d, units, values, n, data, counts, audit);
    }
    return new SurveyIndicators(definitions, data.build(), counts, audit, units);
  }

  /**
   * One indicator's answers that count, read once and grouped by unit: entries start[u] to start[u
   * + 1] are unit u's, in row order for means and shares, in value order (ties in row order, as
   * sorting the rows would leave them) for medians and trimmed means, so that counting the rows
   * again, m[i] times each, needs neither the answers nor a sort.
   */
  private static final class Prepared {
    /** The copies of a row that a bootstrap seldom exceeds (a count is about Poisson(1)). */
    private static final int USUAL_COUNT = 4;

    private final IndicatorDefinition definition;
    private final int[] start;
    private final int[] rows;
    private final double[] values;
    private final double[] weights;
    private final boolean finite;
    private final double scaleLow;
    private final double scaleHigh;

    private Prepared(
        IndicatorDefinition definition,
        int[] start,
        int[] rows,
        double[] values,
        double[] weights,
        boolean finite,
        double scaleLow,
        double scaleHigh) {
      this.definition = definition;
      this.start = start;
      this.rows = rows;
      this.values = values;
      this.weights = weights; // positive and finite
      this.finite = finite;
      this.scaleLow = scaleLow;
      this.scaleHigh = scaleHigh;
    }

    /**
     * Reads an indicator's answers.
     *
     * @param byUnit the rows grouped by unit, each unit's in row order: unit u's from unitStart[u]
     *     to unitStart[u + 1]
     */
    static Prepared of(Responses r, IndicatorDefinition d, int[] byUnit, int[] unitStart) {
      SurveyIndicators.Column column = SurveyIndicators.Column.of(r, d);
      boolean above = d.statistic() == IndicatorDefinition.Statistic.SHARE_ABOVE;
      double threshold = d.parameter().orElse(0);
      int units = unitStart.length - 1;
      int[] start = new int[units + 1];
      int[] rows = new int[byUnit.length];
      double[] values = new double[byUnit.length];
      boolean finite = true;
      int counted = 0;
      for (int u = 0; u < units; u++) {
        for (int g = unitStart[u]; g < unitStart[u + 1]; g++) {
          int i = byUnit[g];
          double v = column.value(i);
          if (!Double.isNaN(v)) {
            rows[counted] = i;
            values[counted++] = above ? (v > threshold ? 100 : 0) : v;
            finite &= Double.isFinite(v);
          }
        }
        start[u + 1] = counted;
      }
      rows = Arrays.copyOf(rows, counted);
      values = Arrays.copyOf(values, counted);
      if (isOrderStatistic(d)) {
        double[] order = new double[rows.length]; // the rows, moved with their values
        for (int k = 0; k < rows.length; k++) {
          order[k] = rows[k];
        }
        for (int u = 0; u < units; u++) {
          WeightedStatistics.sort(values, order, start[u], start[u + 1]);
        }
        for (int k = 0; k < rows.length; k++) {
          rows[k] = (int) order[k];
        }
      }
      double[] weights = d.weighted() && r.isWeighted() ? r.weights() : null;
      return new Prepared(
          d, start, rows, values, weights, finite, column.scaleLow, column.scaleHigh);
    }

    private static boolean isOrderStatistic(IndicatorDefinition d) {
      return d.statistic() == IndicatorDefinition.Statistic.MEDIAN
          || d.statistic() == IndicatorDefinition.Statistic.TRIMMED_MEAN;
    }

    /**
     * Each unit's value and number of respondents counted, row i counted m[i] times with the weight
     * rowWeight[i] in the sums (m[i], or its sampling weight times m[i]).
     */
    void compute(int[] m, double[] rowWeight, double[] out, int[] n) {
      if (isOrderStatistic(definition)) {
        orderStatistic(m, out, n);
        return;
      }
      // a row counted 0 times adds 0 · x, an exact zero that changes no sum (the sums start at +0
      // and so never are -0): added without a branch, which random counts would mispredict; a value
      // that is not finite (an option's code read as a number) would add NaN, so such rows are
      // skipped then
      boolean rescaled = definition.rescaledLow().isPresent();
      for (int u = 0; u < out.length; u++) {
        int count = 0;
        double sw = 0;
        double swx = 0;
        for (int k = start[u]; k < start[u + 1]; k++) {
          int i = rows[k];
          if (!finite && m[i] == 0) {
            continue;
          }
          double wi = rowWeight[i];
          count += m[i];
          sw += wi;
          swx += wi * values[k];
        }
        n[u] = count;
        if (count == 0) {
          continue;
        }
        double mean = swx / sw;
        if (rescaled) {
          double lo = definition.rescaledLow().getAsDouble();
          double hi = definition.rescaledHigh().getAsDouble();
          mean = (mean - scaleLow) / (scaleHigh - scaleLow) * (hi - lo) + lo;
        }
        out[u] = mean;
      }
    }

    /**
     * Medians and trimmed means: each unit's values, already in order, written out as often as
     * counted (as the survey holding each row that many times would have them once sorted).
     */
    private void orderStatistic(int[] m, double[] out, int[] n) {
      int most = 0;
      for (int u = 0; u < out.length; u++) {
        for (int k = start[u]; k < start[u + 1]; k++) {
          n[u] += m[rows[k]];
        }
        most = Math.max(most, n[u]);
      }
      // room for the usual counts written without a branch (below)
      double[] x = new double[most + USUAL_COUNT];
      double[] w = new double[most + USUAL_COUNT];
      for (int u = 0; u < out.length; u++) {
        if (n[u] == 0) {
          continue;
        }
        int j = 0;
        for (int k = start[u]; k < start[u + 1]; k++) {
          int i = rows[k];
          double wi = weights == null ? 1 : weights[i];
          // a random count would mispredict a loop of that many copies: the usual number are
          // always written, the next value writing over those beyond the count, then any more
          for (int c = 0; c < USUAL_COUNT; c++) {
            x[j + c] = values[k];
            w[j + c] = wi;
          }
          for (int c = USUAL_COUNT; c < m[i]; c++) {
            x[j + c] = values[k];
            w[j + c] = wi;
          }
          j += m[i];
        }
        out[u] =
            definition.statistic() == IndicatorDefinition.Statistic.MEDIAN
                ? WeightedStatistics.sortedMedian(x, w, 0, j)
                : WeightedStatistics.sortedTrimmedMean(
                    x, w, 0, j, definition.parameter().getAsDouble(), weights != null);
      }
    }
  }
}
