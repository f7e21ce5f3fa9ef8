package vn.ddci.engine;

import static vn.ddci.internal.Checks.checkArgument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;

/**
 * Treats outliers (xử lý giá trị ngoại lai) as COINr does by default: iterative winsorisation while
 * skewness and kurtosis are both high, with a cap on the points changed, then a log transform when
 * winsorisation is not enough. Direction plays no role.
 *
 * <p>A column passes when {@code |skew| < skewThreshold} or {@code kurtosis < kurtosisThreshold} (2
 * and 3.5; bias-corrected sample estimators, as Excel's SKEW and KURT). A failing column is
 * winsorised on the side its skew points to ({@code skew ≥ 0}: the high side): every point equal to
 * the current extreme takes the most extreme value among the others, and the check is run again.
 * The loop stops when the column passes or when COINr's counter {@code nwin} (the points changed at
 * the last high-side step plus those at the last low-side step) reaches {@link #maxPoints()}. A
 * column that still fails is replaced by {@code ln(x − min(x) + 0.01·(max(x) − min(x)))} of the
 * untreated values (unless {@link #withoutLogFallback()}). Missing values stay missing; a column of
 * fewer than 4 values or all equal is not checked, and the audit says so.
 */
@Value.Immutable
@DdciStyle
public abstract class Treat implements Step {
  Treat() {}

  /**
   * Returns COINr's default treatment: thresholds 2 and 3.5, at most 5 points, log fallback.
   *
   * @return the step
   */
  public static Treat winsorise() {
    return ImmutableTreat.builder().build();
  }

  /**
   * Returns the skewness threshold.
   *
   * @return 2 unless set
   */
  @Value.Default
  public double skewThreshold() {
    return 2;
  }

  /**
   * Returns the kurtosis threshold (excess kurtosis).
   *
   * @return 3.5 unless set
   */
  @Value.Default
  public double kurtosisThreshold() {
    return 3.5;
  }

  /**
   * Returns the cap on the points winsorised (COINr's {@code winmax}).
   *
   * @return 5 unless set
   */
  @Value.Default
  public int maxPoints() {
    return 5;
  }

  /**
   * Tells whether a column still failing after winsorisation is log-transformed.
   *
   * @return true unless set
   */
  @Value.Default
  public boolean logFallback() {
    return true;
  }

  /**
   * Returns this treatment with another cap on the points winsorised.
   *
   * @param maxPoints at least 0
   * @return the step
   */
  public Treat withMaxPoints(int maxPoints) {
    return ImmutableTreat.builder().from(this).maxPoints(maxPoints).build();
  }

  /**
   * Returns this treatment with other thresholds.
   *
   * @param skew the skewness threshold, positive
   * @param kurtosis the kurtosis threshold
   * @return the step
   */
  public Treat withThresholds(double skew, double kurtosis) {
    return ImmutableTreat.builder()
        .from(this)
        .skewThreshold(skew)
        .kurtosisThreshold(kurtosis)
        .build();
  }

  /**
   * Returns this treatment keeping a column that still fails as winsorised, without a log.
   *
   * @return the step
   */
  public Treat withoutLogFallback() {
    return ImmutableTreat.builder().from(this).logFallback(false).build();
  }

  @Override
  public String stageName() {
    return "Treated";
  }

  @Override
  public Stage apply(Dataset data, IndicatorTree tree) {
    Map<String, double[]> out = new LinkedHashMap<>();
    List<AuditEntry> audit = new ArrayList<>();
    List<Treatment> log = new ArrayList<>();
    for (Node n : tree.indicators()) {
      double[] x = data.raw(n.code());
      double[] y = treat(n.code(), x, data.units(), audit, log);
      if (y != x) {
        out.put(n.code(), y);
      }
    }
    return Stage.builder()
        .name(stageName())
        .step(this)
        .dataset(data.withColumns(out))
        .audit(audit)
        .treatments(log)
        .build();
  }

  /** Treats one column; returns it unchanged (the same array) when it passes. */
  private double[] treat(
      String code,
      double[] column,
      List<String> units,
      List<AuditEntry> audit,
      List<Treatment> log) {
    int[] at = presentPositions(column);
    double[] x = new double[at.length];
    for (int k = 0; k < at.length; k++) {
      x[k] = column[at[k]];
    }
    SkewKurtosis first = check(x);
    ImmutableTreatment.Builder record = Treatment.builder().indicator(code).before(first);
    if (Double.isNaN(first.skew()) || Double.isNaN(first.kurtosis())) {
      log.add(record.build());
      audit.add(
          AuditEntry.of(
              "Treat",
              AuditEntry.Action.NOT_CHECKED,
              code,
              null,
              Double.NaN,
              Double.NaN,
              "not checked: " + x.length + " values" + (x.length >= 4 ? ", all equal" : "")));
      return column;
    }
    if (first.passes()) {
      log.add(record.build());
      return column;
    }
    double[] y = x.clone();
    int high = 0;
    int low = 0;
    SkewKurtosis current = first;
    while (!current.passes() && high + low < maxPoints()) {
      int changed = current.skew() >= 0 ? pullIn(y, true) : pullIn(y, false);
      if (changed == 0) {
        break;
      }
      if (current.skew() >= 0) {
        high = changed;
      } else {
        low = changed;
      }
      current = check(y);
    }
    record.winsorised(high + low).afterWinsorising(current);
    double[] result;
    if (current.passes() || !logFallback()) {
      result = y;
      for (int k = 0; k < x.length; k++) {
        if (y[k] != x[k]) {
          audit.add(
              AuditEntry.of(
                  "Treat",
                  AuditEntry.Action.WINSORISED,
                  code,
                  units.get(at[k]),
                  x[k],
                  y[k],
                  AuditEntry.show(x[k]) + " → " + AuditEntry.show(y[k]) + " (winsorised)"));
        }
      }
    } else {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double v : x) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      result = new double[x.length];
      for (int k = 0; k < x.length; k++) {
        result[k] = Math.log(x[k] - min + 0.01 * (max - min));
      }
      SkewKurtosis last = check(result);
      record.afterLog(last);
      audit.add(
          AuditEntry.of(
              "Treat",
              AuditEntry.Action.LOG_TRANSFORMED,
              code,
              null,
              Double.NaN,
              Double.NaN,
              "still "
                  + current
                  + " after winsorising "
                  + (high + low)
                  + " points: replaced by ln(x − min + 0.01·(max − min)), "
                  + last));
    }
    log.add(record.build());
    double[] treated = column.clone();
    for (int k = 0; k < at.length; k++) {
      treated[at[k]] = result[k];
    }
    return treated;
  }

  /**
   * Sets every point equal to the highest (lowest) value to the highest (lowest) of the others.
   *
   * @return how many points changed; 0 when all are equal
   */
  private static int pullIn(double[] y, boolean high) {
    double extreme = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    for (double v : y) {
      extreme = high ? Math.max(extreme, v) : Math.min(extreme, v);
    }
    double next = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    int count = 0;
    for (double v : y) {
      if (v == extreme) {
        count++;
      } else {
        next = high ? Math.max(next, v) : Math.min(next, v);
      }
    }
    if (count == y.length) {
      return 0;
    }
    for (int k = 0; k < y.length; k++) {
      if (y[k] == extreme) {
        y[k] = next;
      }
    }
    return count;
  }

  private SkewKurtosis check(double[] x) {
    double[] sk = skewAndKurtosis(x);
    boolean passes =
        Double.isNaN(sk[0])
            || Double.isNaN(sk[1])
            || Math.abs(sk[0]) < skewThreshold()
            || sk[1] < kurtosisThreshold();
    return SkewKurtosis.of(sk[0], sk[1], passes);
  }

  /**
   * The bias-corrected sample skewness and excess kurtosis (Excel's SKEW and KURT), each NaN for
   * too few values (3 and 4) or all values equal. A two-pass kernel for the winsorising loop, which
   * checks a column after every step; tested against Apache Commons Statistics' {@code Skewness}
   * and {@code Kurtosis}.
   *
   * @return {skewness, kurtosis}
   */
  static double[] skewAndKurtosis(double[] x) {
    double[] s = moments(x);
    int n = x.length;
    double skew = Double.NaN;
    double kurt = Double.NaN;
    if (s != null && n >= 3) {
      skew = Math.sqrt(n) * s[1] / Math.pow(s[0], 1.5) * Math.sqrt((double) n * (n - 1)) / (n - 2);
    }
    if (s != null && n >= 4) {
      double r = n * s[2] / (s[0] * s[0]);
      kurt = ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
    }
    return new double[] {skew, kurt};
  }

  /** Σd², Σd³, Σd⁴ of the deviations from the mean; null when all values are equal. */
  private static double[] moments(double[] x) {
    if (x.length == 0) {
      return null;
    }
    double sum = 0;
    double min = x[0];
    double max = x[0];
    for (double v : x) {
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if (min == max) {
      return null;
    }
    double mean = sum / x.length;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    for (double v : x) {
      double d = v - mean;
      double d2 = d * d;
      s2 += d2;
      s3 += d2 * d;
      s4 += d2 * d2;
    }
    return new double[] {s2, s3, s4};
  }

  private static int[] presentPositions(double[] column) {
    int count = 0;
    for (double v : column) {
      if (!Double.isNaN(v)) {
        count++;
      }
    }
    int[] at = new int[count];
    int k = 0;
    for (int i = 0; i < column.length; i++) {
      if (!Double.isNaN(column[i])) {
        at[k++] = i;
      }
    }
    return at;
  }

  @Value.Check
  void check() {
    checkArgument(maxPoints() >= 0, "winsorisation: at most %s points is negative", maxPoints());
    checkArgument(
        Double.isFinite(skewThreshold()) && skewThreshold() > 0,
        "winsorisation: skewness threshold %s is not a positive number",
        skewThreshold());
    checkArgument(
        Double.isFinite(kurtosisThreshold()),
        "winsorisation: kurtosis threshold %s is not a number",
        kurtosisThreshold());
  }

  @Override
  public String toString() {
    return "Treat[winsorise ≤ "
        + maxPoints()
        + " points while |skew| ≥ "
        + skewThreshold()
        + " and kurtosis ≥ "
        + kurtosisThreshold()
        + (logFallback() ? ", then log" : "")
        + "]";
  }
}
