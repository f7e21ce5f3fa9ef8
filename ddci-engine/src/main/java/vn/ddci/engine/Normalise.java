package vn.ddci.engine;

import static vn.ddci.internal.Checks.checkArgument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ddci.DdciValidationException;
import vn.ddci.internal.DdciStyle;

/**
 * Brings indicators to a common scale (chuẩn hoá), higher always better: each value is first
 * multiplied by its indicator's {@link Direction#sign()}, then scaled. With {@code z = sign·x}:
 *
 * <pre>
 *   min-max [l, u]        (z − min z) / (max z − min z) · (u − l) + l
 *   z-score (m, s)        (z − mean z) / sd z · s + m           sd with n − 1
 *   goalposts [gl, gh]    (x − gl)/(gh − gl), or (x − gh)/(gl − gh) when lower is better;
 *                         truncated to [0, 1], times the scale
 *   distance to target t  (z − min z) / (sign·t − min z), capped at 1 if asked, times the scale
 *   rank                  1 + the number of units with a lower z (ties share the lower rank)
 *   percentile            (rank − 1) / (n − 1), times the scale
 * </pre>
 *
 * <p>Statistics ignore missing values, which stay missing. Bounds come from this year's data or,
 * {@link #pooledWith(Collection) pooled} over several years' data (as Quảng Ninh's DDCI does, so
 * that a change between years means a change in the indicator, not in the bounds). When every unit
 * has the same value, min-max, z-score and percentile have no scale: that is refused unless a rule
 * is chosen with {@link #whenConstant(Constant)}, and each column so scored is recorded (rank gives
 * every unit rank 1, a tie; distance to target needs only a target other than the value).
 */
@Value.Immutable
@DdciStyle
public abstract class Normalise implements Step {
  /** The method. */
  public enum Method {
    /** Min-max to [l, u]. */
    MIN_MAX,
    /** z-score with a target mean and standard deviation. */
    Z_SCORE,
    /** Fixed goalposts, truncated. */
    GOALPOSTS,
    /** Distance to each indicator's target. */
    DISTANCE_TO_TARGET,
    /** Rank among the units. */
    RANK,
    /** Percentile rank among the units. */
    PERCENTILE
  }

  /** The score of every unit of a column whose values are all equal. */
  public enum Constant {
    /** The lower bound (min-max's l). */
    LOWER,
    /** The middle of the bounds (min-max's (l + u) / 2, z-score's mean m). */
    MIDDLE,
    /** The upper bound (min-max's u). */
    UPPER
  }

  Normalise() {}

  /**
   * Returns min-max normalisation to [l, u]: [0, 100] as COINr's default, [1, 10] or [0, 10] as a
   * DDCI's components.
   *
   * @param lower l
   * @param upper u, greater than l
   * @return the step
   */
  public static Normalise minMax(double lower, double upper) {
    return ImmutableNormalise.builder().method(Method.MIN_MAX).a(lower).b(upper).build();
  }

  /**
   * Returns z-score normalisation to a mean and standard deviation (e.g. 10 and 2).
   *
   * @param mean m
   * @param sd s, positive
   * @return the step
   */
  public static Normalise zScore(double mean, double sd) {
    return ImmutableNormalise.builder().method(Method.Z_SCORE).a(mean).b(sd).build();
  }

  /**
   * Returns goalpost normalisation by each indicator's {@link Node#goalposts()}.
   *
   * @param scale full marks, e.g. 100 or 10
   * @return the step
   */
  public static Normalise goalposts(double scale) {
    return ImmutableNormalise.builder().method(Method.GOALPOSTS).b(scale).build();
  }

  /**
   * Returns distance-to-target normalisation by each indicator's {@link Node#target()}.
   *
   * @param scale the score of a unit at its target, e.g. 100 or 1
   * @param capped whether a unit beyond its target scores the scale and no more
   * @return the step
   */
  public static Normalise distanceToTarget(double scale, boolean capped) {
    return ImmutableNormalise.builder()
        .method(Method.DISTANCE_TO_TARGET)
        .b(scale)
        .capped(capped)
        .build();
  }

  /**
   * Returns rank normalisation: the best unit gets n.
   *
   * @return the step
   */
  public static Normalise rank() {
    return ImmutableNormalise.builder().method(Method.RANK).build();
  }

  /**
   * Returns percentile-rank normalisation: the worst unit gets 0, the best the scale.
   *
   * @param scale e.g. 1 (COINr) or 100
   * @return the step
   */
  public static Normalise percentile(double scale) {
    return ImmutableNormalise.builder().method(Method.PERCENTILE).b(scale).build();
  }

  /**
   * Returns the method.
   *
   * @return the method
   */
  public abstract Method method();

  /**
   * Returns the first parameter: min-max's l, z-score's mean.
   *
   * @return 0 unless the method has one
   */
  @Value.Default
  public double a() {
    return 0;
  }

  /**
   * Returns the second parameter: min-max's u, z-score's sd, the scale of the others.
   *
   * @return 1 unless the method has one
   */
  @Value.Default
  public double b() {
    return 1;
  }

  /**
   * Tells whether distance to target is capped at the target.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean capped() {
    return false;
  }

  /**
   * Returns the other years' data whose values also set the bounds, at the same stage as this
   * step's input.
   *
   * @return empty for this year's bounds
   */
  public abstract List<Dataset> pooled();

  /**
   * Returns the rule for a column whose values are all equal.
   *
   * @return empty when such a column is refused
   */
  public abstract Optional<Constant> constantRule();

  /**
   * Returns this normalisation with bounds (min, max, mean, sd) taken over this year's values and
   * those of other years.
   *
   * @param otherYears the other years' data, at the stage this step reads
   * @return the step
   * @throws DdciValidationException if the method has no bounds to pool (goalposts, rank,
   *     percentile)
   */
  public Normalise pooledWith(Collection<Dataset> otherYears) {
    checkArgument(
        method() == Method.MIN_MAX
            || method() == Method.Z_SCORE
            || method() == Method.DISTANCE_TO_TARGET,
        "%s has no bounds to pool over years",
        method());
    return ImmutableNormalise.builder().from(this).pooled(otherYears).build();
  }

  /**
   * Returns this normalisation scoring a column whose values are all equal by a rule.
   *
   * @param rule the score every unit then gets
   * @return the step
   */
  public Normalise whenConstant(Constant rule) {
    return ImmutableNormalise.builder().from(this).constantRule(rule).build();
  }

  @Override
  public String stageName() {
    return "Normalised";
  }

  /**
   * {@inheritDoc}
   *
   * @throws DdciValidationException naming the indicator when its values are all equal and no rule
   *     is chosen, it lacks goalposts or a target, or a pooled dataset lacks it
   */
  @Override
  public Stage apply(Dataset data, IndicatorTree tree) {
    Map<String, double[]> out = new LinkedHashMap<>();
    List<AuditEntry> audit = new ArrayList<>();
    for (Node n : tree.indicators()) {
      out.put(n.code(), normalise(n, data, audit));
    }
    return Stage.of(this, data.withColumns(out), audit);
  }

  private double[] normalise(Node n, Dataset data, List<AuditEntry> audit) {
    double[] x = data.raw(n.code());
    if (data.missingCount(n.code()) == x.length && pooled().isEmpty()) {
      audit.add(
          AuditEntry.of(
              "Normalise",
              AuditEntry.Action.ALL_MISSING,
              n.code(),
              null,
              Double.NaN,
              Double.NaN,
              "no unit has a value: the indicator stays missing, and its parents are scored"
                  + " without it"));
      return x.clone();
    }
    int sign = n.direction().sign();
    double[] y = new double[x.length];
    switch (method()) {
      case GOALPOSTS:
        {
          Goalposts g =
              n.goalposts()
                  .orElseThrow(
                      () ->
                          new DdciValidationException(
                              "indicator " + n.code() + " has no goalposts"));
          for (int u = 0; u < x.length; u++) {
            double v =
                sign > 0
                    ? (x[u] - g.low()) / (g.high() - g.low())
                    : (x[u] - g.high()) / (g.low() - g.high());
            // + 0.0 turns the −0.0 of a value at the upper goalpost, lower better, into 0
            y[u] = truncate(n, data, u, x[u], v, 0, audit) * b() + 0.0;
          }
          return y;
        }
      case RANK:
      case PERCENTILE:
        return ranks(n, data, x, sign, audit);
      default:
        break;
    }
    Bounds bounds = bounds(n, x, sign);
    if (bounds.constant() && method() != Method.DISTANCE_TO_TARGET) {
      return constant(n, data, x, bounds, audit);
    }
    for (int u = 0; u < x.length; u++) {
      double z = sign * x[u];
      switch (method()) {
        case MIN_MAX:
          y[u] = (z - bounds.min) / (bounds.max - bounds.min) * (b() - a()) + a();
          break;
        case Z_SCORE:
          y[u] = (z - bounds.mean) / bounds.sd * b() + a();
          break;
        case DISTANCE_TO_TARGET:
          {
            double target = sign * n.target().getAsDouble();
            double v = (z - bounds.min) / (target - bounds.min);
            y[u] =
                (capped() ? truncate(n, data, u, x[u], v, Double.NEGATIVE_INFINITY, audit) : v)
                    * b();
            break;
          }
        default:
          throw new AssertionError(method());
      }
    }
    return y;
  }

  private double truncate(
      Node n, Dataset data, int u, double x, double v, double floor, List<AuditEntry> audit) {
    if (v > 1 || v < floor) {
      double t = v > 1 ? 1 : floor;
      audit.add(
          AuditEntry.of(
              "Normalise",
              AuditEntry.Action.TRUNCATED,
              n.code(),
              data.units().get(u),
              x,
              t * b(),
              AuditEntry.show(x)
                  + " is beyond the "
                  + (method() == Method.GOALPOSTS ? "goalposts" : "target")
                  + ": scored "
                  + AuditEntry.show(t * b())));
      return t;
    }
    return v;
  }

  private double[] ranks(Node n, Dataset data, double[] x, int sign, List<AuditEntry> audit) {
    int present = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        present++;
      }
    }
    double[] y = new double[x.length];
    double[] sorted = new double[present];
    int k = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        sorted[k++] = sign * v;
      }
    }
    java.util.Arrays.sort(sorted);
    if (method() == Method.PERCENTILE && (present == 0 || sorted[0] == sorted[present - 1])) {
      return constant(n, data, x, bounds(n, x, sign), audit);
    }
    for (int u = 0; u < x.length; u++) {
      if (Double.isNaN(x[u])) {
        y[u] = Double.NaN;
        continue;
      }
      int lower = lowerBound(sorted, sign * x[u]);
      y[u] = method() == Method.RANK ? lower + 1 : (double) lower / (present - 1) * b();
    }
    return y;
  }

  /** The number of values in a sorted array strictly below a value. */
  private static int lowerBound(double[] sorted, double value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private double[] constant(
      Node n, Dataset data, double[] x, Bounds bounds, List<AuditEntry> audit) {
    Constant rule =
        constantRule()
            .orElseThrow(
                () ->
                    new DdciValidationException(
                        "indicator "
                            + n.code()
                            + ": every unit has the value "
                            + bounds.min * n.direction().sign()
                            + (pooled().isEmpty() ? "" : " in every year pooled")
                            + ", so "
                            + method()
                            + " has no scale; choose the score they get with whenConstant(LOWER,"
                            + " MIDDLE or UPPER)"));
    double score;
    if (method() == Method.Z_SCORE) {
      checkArgument(
          rule == Constant.MIDDLE,
          "indicator %s: a constant z-score column can only score the mean (MIDDLE)",
          n.code());
      score = a();
    } else {
      double lo = method() == Method.MIN_MAX ? a() : 0;
      double hi = b();
      score = rule == Constant.LOWER ? lo : rule == Constant.UPPER ? hi : (lo + hi) / 2;
    }
    double[] y = new double[x.length];
    for (int u = 0; u < x.length; u++) {
      y[u] = Double.isNaN(x[u]) ? Double.NaN : score;
    }
    audit.add(
        AuditEntry.of(
            "Normalise",
            AuditEntry.Action.CONSTANT_SCORED,
            n.code(),
            null,
            Double.NaN,
            score,
            "every unit has the same value: all scored "
                + AuditEntry.show(score)
                + " ("
                + rule
                + ")"));
    return y;
  }

  /** Min, max, mean and sd of the direction-adjusted values, pooled over years where asked. */
  private Bounds bounds(Node n, double[] x, int sign) {
    Bounds b = new Bounds();
    b.add(x, sign);
    for (Dataset other : pooled()) {
      checkArgument(
          other.hasColumn(n.code()),
          "indicator %s is not in a dataset pooled for the bounds (%s)",
          n.code(),
          other);
      b.add(other.raw(n.code()), sign);
    }
    checkArgument(b.count > 0, "indicator %s: no unit has a value", n.code());
    if (method() == Method.Z_SCORE) {
      b.finish();
    }
    if (method() == Method.DISTANCE_TO_TARGET) {
      checkArgument(n.target().isPresent(), "indicator %s has no target", n.code());
      checkArgument(
          sign * n.target().getAsDouble() != b.min,
          "indicator %s: its target %s equals the worst value, so distance to target has no scale",
          n.code(),
          n.target().getAsDouble());
    }
    return b;
  }

  /** The statistics of a column: min, max, mean and sample sd (two passes). */
  private static final class Bounds {
    private final List<double[]> parts = new ArrayList<>();
    private final List<Integer> signs = new ArrayList<>();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double mean;
    double sd;
    int count;

    void add(double[] x, int sign) {
      parts.add(x);
      signs.add(sign);
      for (double v : x) {
        if (!Double.isNaN(v)) {
          double z = sign * v;
          min = Math.min(min, z);
          max = Math.max(max, z);
          mean += z;
          count++;
        }
      }
    }

    void finish() {
      mean /= count;
      double ss = 0;
      for (int p = 0; p < parts.size(); p++) {
        for (double v : parts.get(p)) {
          if (!Double.isNaN(v)) {
            double d = signs.get(p) * v - mean;
            ss += d * d;
          }
        }
      }
      sd = count > 1 ? Math.sqrt(ss / (count - 1)) : 0;
    }

    boolean constant() {
      return max == min;
    }
  }

  @Value.Check
  void check() {
    checkArgument(
        Double.isFinite(a()) && Double.isFinite(b()),
        "normalisation %s: parameters must be finite",
        method());
    if (method() == Method.MIN_MAX) {
      checkArgument(
          b() > a(), "min-max to [%s, %s]: the upper bound must exceed the lower", a(), b());
    } else {
      checkArgument(
          b() > 0,
          "%s: %s must be positive",
          method(),
          method() == Method.Z_SCORE ? "the sd" : "the scale");
    }
  }

  @Override
  public String toString() {
    String what;
    switch (method()) {
      case MIN_MAX:
        what = "min-max [" + a() + ", " + b() + "]";
        break;
      case Z_SCORE:
        what = "z-score mean " + a() + ", sd " + b();
        break;
      case RANK:
        what = "rank";
        break;
      default:
        what =
            method().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " × "
                + b()
                + (capped() ? ", capped" : "");
    }
    return "Normalise["
        + what
        + (pooled().isEmpty() ? "" : ", bounds pooled over " + (pooled().size() + 1) + " years")
        + constantRule().map(c -> ", constant → " + c).orElse("")
        + "]";
  }
}
