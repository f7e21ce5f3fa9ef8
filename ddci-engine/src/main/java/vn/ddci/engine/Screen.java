package vn.ddci.engine;

import static vn.ddci.internal.Checks.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;

/**
 * Removes units with too little data (sàng lọc đơn vị): a unit is kept when the share of its
 * indicators that are available reaches the threshold.
 *
 * <pre>
 *   availability(u) = 1 − (indicators of u that are missing) / (number of indicators)     by missing
 *   availability(u) = 1 − (indicators of u that are 0) / (number of indicators)           by zeros
 *   keep u  when availability(u) ≥ threshold   (by both: when both availabilities reach it)
 * </pre>
 *
 * <p>As COINr's {@code Screen}: after imputation, imputed values count as available. Every unit
 * removed is recorded with its availability; removing every unit is refused.
 */
@Value.Immutable
@DdciStyle
public abstract class Screen implements Step {
  /** What makes a value unavailable. */
  public enum Criterion {
    /** A missing value. */
    MISSING,
    /** A value of 0 (a missing value is not a zero). */
    ZEROS,
    /** Both: the unit must reach the threshold on each. */
    MISSING_AND_ZEROS
  }

  Screen() {}

  /**
   * Returns screening by missing values.
   *
   * @param threshold the least share of available indicators, 0 to 1 (COINr's default 0.66)
   * @return the step
   */
  public static Screen byMissing(double threshold) {
    return ImmutableScreen.of(Criterion.MISSING, threshold);
  }

  /**
   * Returns screening by zeros.
   *
   * @param threshold the least share of non-zero indicators, 0 to 1
   * @return the step
   */
  public static Screen byZeros(double threshold) {
    return ImmutableScreen.of(Criterion.ZEROS, threshold);
  }

  /**
   * Returns screening by missing values and by zeros.
   *
   * @param threshold the least share on each criterion, 0 to 1
   * @return the step
   */
  public static Screen byMissingAndZeros(double threshold) {
    return ImmutableScreen.of(Criterion.MISSING_AND_ZEROS, threshold);
  }

  /**
   * Returns the criterion.
   *
   * @return what makes a value unavailable
   */
  @Value.Parameter
  public abstract Criterion criterion();

  /**
   * Returns the threshold.
   *
   * @return the least share of available indicators a unit needs, 0 to 1
   */
  @Value.Parameter
  public abstract double threshold();

  @Override
  public String stageName() {
    return "Screened";
  }

  /**
   * {@inheritDoc}
   *
   * @throws vn.ddci.DdciValidationException if no unit reaches the threshold
   */
  @Override
  public Stage apply(Dataset data, IndicatorTree tree) {
    int n = data.size();
    int[] missing = new int[n];
    int[] zeros = new int[n];
    List<Node> indicators = tree.indicators();
    for (Node i : indicators) {
      double[] x = data.raw(i.code());
      for (int u = 0; u < n; u++) {
        if (Double.isNaN(x[u])) {
          missing[u]++;
        } else if (x[u] == 0) {
          zeros[u]++;
        }
      }
    }
    List<String> removed = new ArrayList<>();
    List<AuditEntry> audit = new ArrayList<>();
    double k = indicators.size();
    for (int u = 0; u < n; u++) {
      double byMissing = 1 - missing[u] / k;
      double byZeros = 1 - zeros[u] / k;
      boolean keep;
      switch (criterion()) {
        case MISSING:
          keep = byMissing >= threshold();
          break;
        case ZEROS:
          keep = byZeros >= threshold();
          break;
        default:
          keep = byMissing >= threshold() && byZeros >= threshold();
      }
      if (!keep) {
        String unit = data.units().get(u);
        removed.add(unit);
        audit.add(
            AuditEntry.of(
                "Screen",
                AuditEntry.Action.SCREENED_OUT,
                null,
                unit,
                Double.NaN,
                Double.NaN,
                String.format(
                    Locale.ROOT,
                    "removed: %d of %d indicators missing, %d zero (availability %.3f by missing,"
                        + " %.3f by zeros; threshold %s)",
                    missing[u],
                    indicators.size(),
                    zeros[u],
                    byMissing,
                    byZeros,
                    threshold())));
      }
    }
    checkArgument(
        removed.size() < n,
        "screening by %s at %s would remove every unit",
        criterion(),
        threshold());
    return Stage.of(this, data.withoutUnits(removed), audit);
  }

  @Value.Check
  void check() {
    checkArgument(
        threshold() >= 0 && threshold() <= 1, "screening threshold %s is outside 0–1", threshold());
  }

  @Override
  public String toString() {
    return "Screen[" + criterion() + " ≥ " + threshold() + "]";
  }
}
