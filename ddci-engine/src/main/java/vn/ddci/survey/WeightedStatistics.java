package vn.ddci.survey;

/**
 * The statistics of answers (internal): weighted mean, median, trimmed mean and share above a
 * threshold over the values {@code x[from..to)} with their weights {@code w[from..to)}, already
 * stripped of missing answers and non-answers. The order statistics sort the slice in place (the
 * caller's scratch arrays), values and weights together.
 */
final class WeightedStatistics {
  private WeightedStatistics() {}

  /** Σ w·x / Σ w. */
  static double mean(double[] x, double[] w, int from, int to) {
    double sw = 0;
    double swx = 0;
    for (int i = from; i < to; i++) {
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
  static double median(double[] x, double[] w, int from, int to) {
    sort(x, w, from, to);
    return sortedMedian(x, w, from, to);
  }

  /** The weighted median of values already sorted ascending, as {@link #median}. */
  static double sortedMedian(double[] x, double[] w, int from, int to) {
    double total = 0;
    for (int i = from; i < to; i++) {
      total += w[i];
    }
    double half = total / 2;
    double cumulative = 0;
    for (int k = from; k < to; k++) {
      cumulative += w[k];
      if (cumulative == half && k + 1 < to) {
        return (x[k] + x[k + 1]) / 2;
      }
      if (cumulative > half) {
        return x[k];
      }
    }
    return x[to - 1];
  }

  /**
   * The trimmed mean: without weights (all 1), R's {@code mean(x, trim = p)}: the floor(n·p)
   * smallest and largest values dropped; with weights, the weight p·W trimmed from each end, the
   * value at each boundary keeping the part of its weight that is not trimmed.
   */
  static double trimmedMean(double[] x, double[] w, int from, int to, double p, boolean weighted) {
    sort(x, w, from, to);
    return sortedTrimmedMean(x, w, from, to, p, weighted);
  }

  /** The trimmed mean of values already sorted ascending, as {@link #trimmedMean}. */
  static double sortedTrimmedMean(
      double[] x, double[] w, int from, int to, double p, boolean weighted) {
    int n = to - from;
    if (!weighted) {
      int cut = (int) Math.floor(n * p); // p < 0.5, so values remain
      double sum = 0;
      for (int k = from + cut; k < to - cut; k++) {
        sum += x[k];
      }
      return sum / (n - 2 * cut);
    }
    double total = 0;
    for (int i = from; i < to; i++) {
      total += w[i];
    }
    double lo = p * total;
    double hi = total - lo;
    double cumulative = 0;
    double sw = 0;
    double swx = 0;
    for (int k = from; k < to; k++) {
      double start = Math.max(cumulative, lo);
      double end = Math.min(cumulative + w[k], hi);
      if (end > start) {
        sw += end - start;
        swx += (end - start) * x[k];
      }
      cumulative += w[k];
    }
    return swx / sw; // p < 0.5: weight remains
  }

  /** Σ w over x &gt; t, / Σ w. */
  static double shareAbove(double[] x, double[] w, int from, int to, double threshold) {
    double sw = 0;
    double above = 0;
    for (int i = from; i < to; i++) {
      sw += w[i];
      if (x[i] > threshold) {
        above += w[i];
      }
    }
    return above / sw;
  }

  /** Sorts x[from..to) ascending, moving each weight with its value (insertion, then merges). */
  static void sort(double[] x, double[] w, int from, int to) {
    if (to - from <= 24) {
      for (int i = from + 1; i < to; i++) {
        double xi = x[i];
        double wi = w[i];
        int j = i - 1;
        while (j >= from && x[j] > xi) {
          x[j + 1] = x[j];
          w[j + 1] = w[j];
          j--;
        }
        x[j + 1] = xi;
        w[j + 1] = wi;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    sort(x, w, from, mid);
    sort(x, w, mid, to);
    if (x[mid - 1] <= x[mid]) {
      return;
    }
    double[] lx = java.util.Arrays.copyOfRange(x, from, mid);
    double[] lw = java.util.Arrays.copyOfRange(w, from, mid);
    int i = 0;
    int j = mid;
    int k = from;
    while (i < lx.length && j < to) {
      if (x[j] < lx[i]) {
        x[k] = x[j];
        w[k++] = w[j++];
      } else {
        x[k] = lx[i];
        w[k++] = lw[i++];
      }
    }
    while (i < lx.length) {
      x[k] = lx[i];
      w[k++] = lw[i++];
    }
  }
}
