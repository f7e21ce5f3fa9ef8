package vn.ddci.survey;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import vn.ddci.DdciValidationException;
import vn.ddci.engine.AuditEntry;
import vn.ddci.engine.Dataset;

/**
 * Indicators computed from survey answers (chỉ tiêu tính từ phiếu khảo sát): one value per unit
 * rated and indicator, as an engine {@link Dataset} that a {@link vn.ddci.engine.Pipeline} turns
 * into component scores and the total; with the number of respondents behind each value and what
 * was left missing, and why.
 *
 * <pre>{@code
 * SurveyIndicators ind = SurveyIndicators.of(responses, List.of(
 *     IndicatorDefinition.share("INF1", "paid_informal", Direction.NEGATIVE, "1").withMinRespondents(30),
 *     IndicatorDefinition.mean("TRA1", "info_easy", Direction.POSITIVE).rescaledTo(0, 100),
 *     IndicatorDefinition.median("TIM1", "days", Direction.NEGATIVE)));
 * Build build = pipeline.run(tree, ind.dataset());
 * }</pre>
 *
 * <p>Shares are percentages (0–100) of the respondents who answered, non-answers left out.
 * Immutable.
 */
public final class SurveyIndicators {
  private final ImmutableList<IndicatorDefinition> definitions;
  private final Dataset dataset;
  private final ImmutableMap<String, int[]> respondents;
  private final ImmutableList<AuditEntry> audit;
  private final ImmutableList<String> units;

  SurveyIndicators(
      List<IndicatorDefinition> definitions,
      Dataset dataset,
      Map<String, int[]> respondents,
      List<AuditEntry> audit,
      List<String> units) {
    this.definitions = ImmutableList.copyOf(definitions);
    this.dataset = dataset;
    this.respondents = ImmutableMap.copyOf(respondents);
    this.audit = ImmutableList.copyOf(audit);
    this.units = ImmutableList.copyOf(units);
  }

  /**
   * Computes the indicators.
   *
   * @param responses the answers
   * @param definitions the indicators, codes unique
   * @return the indicators of every unit rated
   * @throws DdciValidationException naming the indicator and question when a question is not in the
   *     answers or does not suit the statistic (a share of a number, a mean of options that are not
   *     numbers, an option counted that the list does not have)
   */
  public static SurveyIndicators of(Responses responses, List<IndicatorDefinition> definitions) {
    return compute(responses, definitions);
  }

  /**
   * Computes the indicators of a resample of the answers (mẫu lặp), as a bootstrap replication
   * does: row i counted multiplicity[i] times, 0 leaving it out. The same as computing them on a
   * survey holding each row that many times, without building it. Runs on the calling thread: a
   * bootstrap runs its replications in parallel instead. To compute many resamples of the same
   * answers, a {@link #resampler} reads them once.
   *
   * @param responses the answers
   * @param definitions the indicators, codes unique
   * @param multiplicity one count per row, 0 or more
   * @return the indicators of every unit rated; a unit whose rows all count 0 has none, and is
   *     missing as for too few respondents
   * @throws DdciValidationException as {@link #of} does, and when a count is negative or their
   *     number is not the rows'
   */
  public static SurveyIndicators resampled(
      Responses responses, List<IndicatorDefinition> definitions, int[] multiplicity) {
    checkCounts(multiplicity, responses.size());
    return Resampler.sequential(responses, definitions).compute(multiplicity);
  }

  /**
   * Prepares the indicators of many resamples of the same answers, as a bootstrap draws them: the
   * answers are checked, read and put in order once (in parallel, as {@link #of} does), so that
   * each {@link Resampler#resample} only counts them again.
   *
   * <pre>{@code
   * SurveyIndicators.Resampler resampler = SurveyIndicators.resampler(responses, definitions);
   * SurveyIndicators replication = resampler.resample(multiplicity);
   * }</pre>
   *
   * @param responses the answers
   * @param definitions the indicators, codes unique
   * @return the resampler
   * @throws DdciValidationException as {@link #of} does
   */
  public static Resampler resampler(Responses responses, List<IndicatorDefinition> definitions) {
    return Resampler.of(responses, definitions);
  }

  static void checkCounts(int[] multiplicity, int rows) {
    Objects.requireNonNull(multiplicity, "multiplicity");
    checkArgument(multiplicity.length == rows, "%s counts for %s rows", multiplicity.length, rows);
    for (int i = 0; i < multiplicity.length; i++) {
      if (multiplicity[i] < 0) { // the message's arguments boxed only then
        checkArgument(false, "row %s is counted %s times", i + 1, multiplicity[i]);
      }
    }
  }

  /** Refuses no definition, or a code defined twice. */
  static void checkDefinitions(List<IndicatorDefinition> definitions) {
    checkArgument(!definitions.isEmpty(), "no indicator to compute");
    Set<String> codes = new HashSet<>();
    definitions.forEach(
        d -> checkArgument(codes.add(d.code()), "indicator %s is defined twice", d.code()));
  }

  /**
   * Adds an indicator's values to the data, missing (and audited) where fewer respondents than its
   * minimum answered, and its respondent counts.
   */
  static void addColumn(
      IndicatorDefinition d,
      List<String> units,
      double[] values,
      int[] n,
      Dataset.Builder data,
      Map<String, int[]> counts,
      List<AuditEntry> audit) {
    List<String> missing = new ArrayList<>();
    for (int u = 0; u < values.length; u++) {
      if (n[u] < d.minRespondents()) {
        missing.add(units.get(u));
        audit.add(
            AuditEntry.of(
                "Indicators",
                AuditEntry.Action.TOO_FEW_RESPONDENTS,
                d.code(),
                units.get(u),
                Double.NaN,
                Double.NaN,
                "missing: "
                    + n[u]
                    + " respondent"
                    + (n[u] == 1 ? "" : "s")
                    + " answered "
                    + d.question()
                    + ", fewer than the "
                    + d.minRespondents()
                    + " required"));
        values[u] = 0;
      }
    }
    data.column(d.code(), values).missing(d.code(), missing.toArray(new String[0]));
    counts.put(d.code(), n);
  }

  /** The indicators of the answers themselves, computed in parallel. */
  private static SurveyIndicators compute(
      Responses responses, List<IndicatorDefinition> definitions) {
    Objects.requireNonNull(responses, "responses");
    Objects.requireNonNull(definitions, "definitions");
    checkDefinitions(definitions);
    List<String> units = responses.units();
    Dataset.Builder data = Dataset.builder();
    units.forEach(u -> data.unit(u, responses.unitName(u).orElse(u)));
    Map<String, int[]> counts = new LinkedHashMap<>();
    List<AuditEntry> audit = new ArrayList<>();
    // each indicator reads the answers alone and writes its own arrays: computed in parallel, the
    // same values on any number of threads
    double[][] allValues = new double[definitions.size()][];
    int[][] allCounts = new int[definitions.size()][];
    RuntimeException[] refused = new RuntimeException[definitions.size()];
    IntStream.range(0, definitions.size())
        .parallel()
        .forEach(
            k -> {
              try {
                allValues[k] = new double[units.size()];
                allCounts[k] = new int[units.size()];
                Column.of(responses, definitions.get(k))
                    .compute(definitions.get(k), responses, allValues[k], allCounts[k]);
              } catch (RuntimeException e) {
                refused[k] = e;
              }
            });
    for (RuntimeException e : refused) {
      if (e != null) {
        throw e; // the first definition refused, whatever the threads' order
      }
    }
    for (int k = 0; k < definitions.size(); k++) {
      IndicatorDefinition d = definitions.get(k);
      double[] values = allValues[k];
      int[] n = allCounts[k];
      addColumn(d, units, values, n, data, counts, audit);
    }
    return new SurveyIndicators(definitions, data.build(), counts, audit, units);
  }

  /**
   * Returns the indicator data: units × indicators, missing where too few respondents answered.
   *
   * @return the dataset
   */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * Returns the definitions.
   *
   * @return the definitions, in order
   */
  public List<IndicatorDefinition> definitions() {
    return definitions;
  }

  /**
   * Returns how many respondents of a unit answered an indicator's question (non-answers left out).
   *
   * @param indicator the indicator's code
   * @param unit the unit's code
   * @return the count
   * @throws DdciValidationException if the indicator or the unit is unknown
   */
  public int respondents(String indicator, String unit) {
    int[] n = respondents.get(indicator);
    checkArgument(n != null, "no indicator %s", indicator);
    int u = units.indexOf(unit);
    checkArgument(u >= 0, "no unit %s rated", unit);
    return n[u];
  }

  /**
   * Returns what was left missing, and why.
   *
   * @return one entry per indicator and unit with too few respondents
   */
  public List<AuditEntry> audit() {
    return audit;
  }

  @Override
  public String toString() {
    return "SurveyIndicators["
        + definitions.size()
        + " indicators × "
        + units.size()
        + " units, "
        + audit.size()
        + " missing for too few respondents]";
  }

  /**
   * One question's answers read as values, row by row, without copying them: an option's value (100
   * or 0 for a share, its points for a mean), a number, or NaN where the row does not count (not
   * answered, a non-answer).
   */
  static final class Column {
    private final byte[] codes;
    private final double[] optionValue;
    private final long[] bits;
    private final long counted;
    private final long nonAnswers;
    private final NumberColumn numbers;
    final double scaleLow;
    final double scaleHigh;

    private Column(
        byte[] codes,
        double[] optionValue,
        long[] bits,
        long counted,
        long nonAnswers,
        NumberColumn numbers,
        double scaleLow,
        double scaleHigh) {
      this.codes = codes;
      this.optionValue = optionValue;
      this.bits = bits;
      this.counted = counted;
      this.nonAnswers = nonAnswers;
      this.numbers = numbers;
      this.scaleLow = scaleLow;
      this.scaleHigh = scaleHigh;
    }

    int rows() {
      return codes != null ? codes.length : bits != null ? bits.length : numbers.length();
    }

    /** The row's value, NaN where it does not count. */
    double value(int i) {
      if (codes != null) {
        byte c = codes[i];
        return c == Responses.MISSING ? Double.NaN : optionValue[c];
      }
      if (bits != null) {
        long b = bits[i];
        boolean none = b == Responses.MISSING_MULTIPLE || ((b & ~nonAnswers) == 0 && b != 0);
        return none ? Double.NaN : (b & counted) != 0 ? 100.0 : 0.0;
      }
      return numbers.get(i);
    }

    static Column of(Responses r, IndicatorDefinition d) {
      String q = d.question();
      boolean known = r.isSingle(q) || r.isMultiple(q) || r.isNumber(q);
      checkArgument(known, "indicator %s: no question %s in the answers", d.code(), q);
      if (d.statistic() == IndicatorDefinition.Statistic.SHARE) {
        checkArgument(
            !r.isNumber(q),
            "indicator %s: %s is a number; a share needs options (or shareAbove)",
            d.code(),
            q);
        Responses.Options o = r.options(q);
        long counted = 0;
        for (String option : d.options()) {
          Integer k = o.index.get(option);
          checkArgument(
              k != null,
              "indicator %s: %s is not an option of %s %s",
              d.code(),
              option,
              q,
              o.codes);
          checkArgument(
              !o.nonAnswer[k],
              "indicator %s: option %s of %s is a non-answer",
              d.code(),
              option,
              q);
          counted |= 1L << k;
        }
        long nonAnswers = 0;
        double[] optionValue = new double[o.codes.size()];
        for (int k = 0; k < o.codes.size(); k++) {
          if (o.nonAnswer[k]) {
            nonAnswers |= 1L << k;
          }
          optionValue[k] = o.nonAnswer[k] ? Double.NaN : ((counted >> k) & 1) * 100.0;
        }
        return r.isSingle(q)
            ? new Column(r.singleColumn(q), optionValue, null, 0, 0, null, Double.NaN, Double.NaN)
            : new Column(
                null, null, r.multipleColumn(q), counted, nonAnswers, null, Double.NaN, Double.NaN);
      }
      checkArgument(
          !r.isMultiple(q),
          "indicator %s: %s is a select-multiple question; use a share",
          d.code(),
          q);
      if (r.isNumber(q)) {
        checkArgument(
            d.rescaledLow().isEmpty(),
            "indicator %s: %s is a number without a scale to rescale from",
            d.code(),
            q);
        return new Column(null, null, null, 0, 0, r.numberColumn(q), Double.NaN, Double.NaN);
      }
      Responses.Options o = r.options(q);
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      double[] optionValue = new double[o.codes.size()];
      for (int k = 0; k < o.codes.size(); k++) {
        optionValue[k] = o.nonAnswer[k] ? Double.NaN : o.value[k];
        if (!o.nonAnswer[k]) {
          double v = o.value[k];
          checkArgument(
              !Double.isNaN(v),
              "indicator %s: option %s of %s is not a number, so a %s has no value for it (mark it"
                  + " a non-answer, or use a share)",
              d.code(),
              o.codes.get(k),
              q,
              d.statistic());
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
      checkArgument(
          d.rescaledLow().isEmpty() || hi > lo,
          "indicator %s: %s has a single point, nothing to rescale",
          d.code(),
          q);
      return new Column(r.singleColumn(q), optionValue, null, 0, 0, null, lo, hi);
    }

    /** Each unit's value and number of respondents counted. */
    void compute(IndicatorDefinition d, Responses r, double[] values, int[] n) {
      int[] unitOf = r.unitOf();
      boolean weighted = d.weighted() && r.isWeighted();
      double[] w = weighted ? r.weights() : null;
      IndicatorDefinition.Statistic statistic = d.statistic();
      if (statistic == IndicatorDefinition.Statistic.MEDIAN
          || statistic == IndicatorDefinition.Statistic.TRIMMED_MEAN) {
        orderStatistic(d, unitOf, w, weighted, values, n);
        return;
      }
      // one pass: the weighted sum of each unit
      double threshold = d.parameter().orElse(0);
      boolean above = statistic == IndicatorDefinition.Statistic.SHARE_ABOVE;
      double[] sw = new double[values.length];
      double[] swx = new double[values.length];
      int rows = rows();
      for (int i = 0; i < rows; i++) {
        double v = value(i);
        if (!Double.isNaN(v)) {
          int u = unitOf[i];
          double wi = w == null ? 1 : w[i];
          n[u]++;
          sw[u] += wi;
          swx[u] += wi * (above ? (v > threshold ? 100 : 0) : v);
        }
      }
      boolean rescaled = d.rescaledLow().isPresent();
      for (int u = 0; u < values.length; u++) {
        if (n[u] == 0) {
          continue;
        }
        double mean = swx[u] / sw[u];
        if (rescaled) {
          double lo = d.rescaledLow().getAsDouble();
          double hi = d.rescaledHigh().getAsDouble();
          mean = (mean - scaleLow) / (scaleHigh - scaleLow) * (hi - lo) + lo;
        }
        values[u] = mean;
      }
    }

    /** Medians and trimmed means: each unit's values side by side, then sorted slice by slice. */
    private void orderStatistic(
        IndicatorDefinition d,
        int[] unitOf,
        double[] w,
        boolean weighted,
        double[] values,
        int[] n) {
      int units = values.length;
      int rows = rows();
      for (int i = 0; i < rows; i++) {
        if (!Double.isNaN(value(i))) {
          n[unitOf[i]]++;
        }
      }
      int[] start = new int[units + 1];
      for (int u = 0; u < units; u++) {
        start[u + 1] = start[u] + n[u];
      }
      double[] vx = new double[start[units]];
      double[] vw = new double[start[units]];
      int[] next = start.clone();
      for (int i = 0; i < rows; i++) {
        double v = value(i);
        if (!Double.isNaN(v)) {
          int k = next[unitOf[i]]++;
          vx[k] = v;
          vw[k] = w == null ? 1 : w[i];
        }
      }
      for (int u = 0; u < units; u++) {
        if (n[u] == 0) {
          continue;
        }
        values[u] =
            d.statistic() == IndicatorDefinition.Statistic.MEDIAN
                ? WeightedStatistics.median(vx, vw, start[u], start[u + 1])
                : WeightedStatistics.trimmedMean(
                    vx, vw, start[u], start[u + 1], d.parameter().getAsDouble(), weighted);
      }
    }
  }
}
