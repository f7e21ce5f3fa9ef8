package vn.ddci.survey;

import java.util.Arrays;

/**
 * The statistics of answers (internal): weighted share, mean, median, trimmed mean and share above
 * a threshold over a set of values with their weights. Every method takes the values and weights of
 * one unit, already stripped of missing answers and non-answers.
 */
final class WeightedStatistics {
  private WeightedStatistics() {}

  /** Σ w·x / Σ w. */
  static double mean(double[] x, double[] w, int n) {
    double sw = 0;
    double swx = 0;
    for (int i = 0; i < n; i++) {
      sw += w[i];
      swx += w[i] * x[i];
    }
    return swx / sw;
  }

  /**
   * The weighted median: values sorted, W the total weight, C_k the weight up to the k-th value;
   * the first value with C_k &gt; W/2, or the mean of the k-th and next values when C_k = W/2
   * exactly. With equal weights this is the usual median (the mean of the two middle values when n
   * is even).
   */
  static double median(double[] x, double[] w, int n) {
    Integer[] order = sortedOrder(x, n);
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += w[i];
    }
    double half = total / 2;
    double cumulative = 0;
    for (int k = 0; k < n; k++) {
      cumulative += w[order[k]];
      if (cumulative == half && k + 1 < n) {
        return (x[order[k]] + x[order[k + 1]]) / 2;
      }
      if (cumulative > half) {
        return x[order[k]];
      }
    }
    return x[order[n - 1]];
  }

  /**
   * The trimmed mean: without weights (all 1), R's {@code mean(x, trim = p)}: the floor(n·p)
   * smallest and largest values dropped; with weights, the weight p·W trimmed from each end, the
   * value at each boundary keeping the part of its weight that is not trimmed.
   */
  static double trimmedMean(double[] x, double[] w, int n, double p, boolean weighted) {
    Integer[] order = sortedOrder(x, n);
    if (!weighted) {
      int cut = (int) Math.floor(n * p); // p < 0.5, so values remain
      double sum = 0;
      for (int k = cut; k < n - cut; k++) {
        sum += x[order[k]];
      }
      return sum / (n - 2 * cut);
    }
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += w[i];
    }
    double lo = p * total;
    double hi = total - lo;
    double cumulative = 0;
    double sw = 0;
    double swx = 0;
    for (int k = 0; k < n; k++) {
      double wk = w[order[k]];
      double from = Math.max(cumulative, lo);
      double to = Math.min(cumulative + wk, hi);
      if (to > from) {
        sw += to - from;
        swx += (to - from) * x[order[k]];
      }
      cumulative += wk;
    }
    return swx / sw; // p < 0.5: weight remains
  }

  /** Σ w over x &gt; t, / Σ w. */
  static double shareAbove(double[] x, double[] w, int n, double threshold) {
    double sw = 0;
    double above = 0;
    for (int i = 0; i < n; i++) {
      sw += w[i];
      if (x[i] > threshold) {
        above += w[i];
      }
    }
    return above / sw;
  }

  private static Integer[] sortedOrder(double[] x, int n) {
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
    return order;
  }
}
