package vn.ddci.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import vn.ddci.DdciValidationException;
import vn.ddci.internal.DdciStyle;

/**
 * Computes every aggregate from its children (tổng hợp), from the lowest level up, with a stated
 * mean and a stated rule for missing children.
 *
 * <pre>
 *   arithmetic   Σ w'·x            with w' = w / Σ w over the children used
 *   geometric    exp(Σ w·ln x / Σ w)   every x &gt; 0
 *   harmonic     Σ w / Σ (w / x)       every x &gt; 0
 * </pre>
 *
 * <p>Weights are the children's {@link Node#weight()}s; only their ratios matter. Under {@link
 * MissingChildren#RENORMALISE} (COINr's rule) a missing child leaves with its weight and the score
 * comes from the others (missing only when every child is); under {@link
 * MissingChildren#REQUIRE_ALL} a missing child makes the aggregate missing (a child of weight 0,
 * which counts for nothing, is not required). Every unit scored from fewer than all its children is
 * recorded.
 */
@Value.Immutable
@DdciStyle
public abstract class Aggregate implements Step {
  /** The mean. */
  public enum Mean {
    /** Weighted arithmetic mean (trung bình cộng có trọng số). */
    ARITHMETIC,
    /** Weighted geometric mean (trung bình nhân). */
    GEOMETRIC,
    /** Weighted harmonic mean (trung bình điều hoà). */
    HARMONIC
  }

  /** What a missing child does to its parent. */
  public enum MissingChildren {
    /** The parent is scored from the children present, their weights rescaled to sum to 1. */
    RENORMALISE,
    /** The parent is missing when a child of positive weight is. */
    REQUIRE_ALL
  }

  Aggregate() {}

  /**
   * Returns aggregation by a mean, with a rule for missing children.
   *
   * @param mean the mean
   * @param missing the rule for missing children
   * @return the step
   */
  public static Aggregate of(Mean mean, MissingChildren missing) {
    return ImmutableAggregate.of(mean, missing);
  }

  /**
   * Returns the mean.
   *
   * @return the mean
   */
  @Value.Parameter
  public abstract Mean mean();

  /**
   * Returns the rule for missing children.
   *
   * @return the rule
   */
  @Value.Parameter
  public abstract MissingChildren missingChildren();

  @Override
  public String stageName() {
    return "Aggregated";
  }

  @Override
  public boolean usesWeights() {
    return true;
  }

  /**
   * {@inheritDoc}
   *
   * @throws DdciValidationException naming the node, unit and child for a geometric or harmonic
   *     mean over a value that is not positive, or a unit whose children present all weigh 0
   */
  @Override
  public Stage apply(Dataset data, IndicatorTree tree) {
    Map<String, double[]> values = new LinkedHashMap<>();
    List<AuditEntry> audit = new ArrayList<>();
    for (Node n : tree.aggregates()) {
      List<Node> children = tree.children(n.code());
      double[][] x = new double[children.size()][];
      double[] w = new double[children.size()];
      for (int c = 0; c < x.length; c++) {
        String code = children.get(c).code();
        x[c] = values.containsKey(code) ? values.get(code) : data.raw(code);
        w[c] = children.get(c).weight();
      }
      values.put(n.code(), aggregate(n, children, x, w, data, audit));
    }
    return Stage.of(this, data.withColumns(values), audit);
  }

  private double[] aggregate(
      Node node,
      List<Node> children,
      double[][] x,
      double[] w,
      Dataset data,
      List<AuditEntry> audit) {
    int n = data.size();
    double[] y = new double[n];
    int[] present = new int[n];
    combine(
        node.code(),
        children.stream().map(Node::code).collect(java.util.stream.Collectors.toList()),
        data.units(),
        x,
        w,
        y,
        new double[n],
        present,
        new int[n]);
    for (int u = 0; u < n; u++) {
      if (present[u] < x.length) {
        audit.add(missingChildren(node, children, x, u, data, y[u]));
      }
    }
    return y;
  }

  /**
   * The arithmetic mean of children's columns none of which has a missing value, into y: the same
   * doubles as {@link #combine} gives them (the weights summed in the same order, each divided by
   * the sum once), without its per-unit bookkeeping. {@link Reweighting} uses it where it can.
   */
  void combineComplete(String node, List<String> units, double[][] x, double[] w, double[] y) {
    double sum = 0;
    for (double wc : w) {
      sum += wc;
    }
    if (sum == 0) {
      throw new DdciValidationException(
          "aggregate "
              + node
              + ", unit "
              + units.get(0)
              + ": every child present weighs 0, so the score is undefined");
    }
    java.util.Arrays.fill(y, 0);
    for (int c = 0; c < x.length; c++) {
      double[] xc = x[c];
      double share = w[c] / sum;
      for (int u = 0; u < y.length; u++) {
        y[u] += share * xc[u];
      }
    }
  }

  /**
   * The mean of children's columns into y, the arithmetic of {@link #apply} and of {@link
   * Reweighting}: sumW, present and requiredMissing are scratch arrays of the units' length, zeroed
   * here; present tells afterwards how many children each unit has.
   */
  void combine(
      String node,
      List<String> children,
      List<String> units,
      double[][] x,
      double[] w,
      double[] y,
      double[] sumW,
      int[] present,
      int[] requiredMissing) {
    int n = y.length;
    java.util.Arrays.fill(y, 0);
    java.util.Arrays.fill(sumW, 0);
    java.util.Arrays.fill(present, 0);
    java.util.Arrays.fill(requiredMissing, 0);
    for (int c = 0; c < x.length; c++) {
      double[] xc = x[c];
      for (int u = 0; u < n; u++) {
        if (!Double.isNaN(xc[u])) {
          sumW[u] += w[c];
          present[u]++;
        } else if (w[c] > 0) {
          requiredMissing[u]++;
        }
      }
    }
    for (int c = 0; c < x.length; c++) {
      double[] xc = x[c];
      double wc = w[c];
      if (mean() == Mean.ARITHMETIC) {
        // wc / sumW[u] computed once for a run of units with the same sum: the same doubles
        double share = Double.NaN;
        double sum = Double.NaN;
        for (int u = 0; u < n; u++) {
          double v = xc[u];
          if (!Double.isNaN(v)) {
            if (sumW[u] != sum) {
              sum = sumW[u];
              share = wc / sum;
            }
            y[u] += share * v;
          }
        }
        continue;
      }
      for (int u = 0; u < n; u++) {
        double v = xc[u];
        if (Double.isNaN(v)) {
          continue;
        }
        if (v <= 0) {
          throw new DdciValidationException(
              mean().toString().toLowerCase(java.util.Locale.ROOT)
                  + " mean of "
                  + node
                  + ", unit "
                  + units.get(u)
                  + ": child "
                  + children.get(c)
                  + " is "
                  + v
                  + "; this mean needs values above 0 (normalise to [1, 100], say, not [0, 100])");
        }
        if (mean() == Mean.GEOMETRIC) {
          y[u] += wc * Math.log(v);
        } else {
          y[u] += wc / v;
        }
      }
    }
    for (int u = 0; u < n; u++) {
      if (present[u] == 0
          || (requiredMissing[u] > 0 && missingChildren() == MissingChildren.REQUIRE_ALL)) {
        y[u] = Double.NaN;
      } else {
        if (sumW[u] == 0) {
          throw new DdciValidationException(
              "aggregate "
                  + node
                  + ", unit "
                  + units.get(u)
                  + ": every child present weighs 0, so the score is undefined");
        }
        if (mean() == Mean.GEOMETRIC) {
          y[u] = Math.exp(y[u] / sumW[u]);
        } else if (mean() == Mean.HARMONIC) {
          y[u] = sumW[u] / y[u];
        }
      }
    }
  }

  private AuditEntry missingChildren(
      Node node, List<Node> children, double[][] x, int u, Dataset data, double score) {
    List<String> missing = new ArrayList<>();
    for (int c = 0; c < x.length; c++) {
      if (Double.isNaN(x[c][u])) {
        missing.add(children.get(c).code());
      }
    }
    String note =
        Double.isNaN(score)
            ? "missing: "
                + String.join(", ", missing)
                + (missing.size() == 1 ? " is" : " are")
                + " missing"
            : "scored from "
                + (x.length - missing.size())
                + " of "
                + x.length
                + " children, weights renormalised ("
                + String.join(", ", missing)
                + " missing)";
    return AuditEntry.of(
        "Aggregate",
        AuditEntry.Action.CHILDREN_MISSING,
        node.code(),
        data.units().get(u),
        Double.NaN,
        score,
        note);
  }

  @Override
  public String toString() {
    return "Aggregate[" + mean() + ", missing children: " + missingChildren() + "]";
  }
}
