package vn.ddci.engine;

import static vn.ddci.internal.Checks.checkArgument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import vn.ddci.DdciValidationException;
import vn.ddci.internal.DdciStyle;

/**
 * Divides indicators by their denominators (chia theo mẫu số): {@code x / D} for every indicator
 * whose {@link Node#denominator()} names a column of the dataset (population, area, GDP, number of
 * firms). No scale factor; other indicators are unchanged.
 *
 * <p>A missing numerator stays missing. A missing denominator makes the value missing and is
 * recorded ({@link #of()}, as COINr does), or is refused ({@link #requiringDenominators()}). A
 * denominator of 0 is always refused.
 */
@Value.Immutable
@DdciStyle
public abstract class Denominate implements Step {
  Denominate() {}

  /**
   * Returns the step as COINr runs it: a missing denominator makes the value missing, and the audit
   * trail says so.
   *
   * @return the step
   */
  public static Denominate of() {
    return ImmutableDenominate.of(false);
  }

  /**
   * Returns the step that refuses a missing denominator.
   *
   * @return the step
   */
  public static Denominate requiringDenominators() {
    return ImmutableDenominate.of(true);
  }

  /**
   * Tells whether a missing denominator is refused.
   *
   * @return true if refused, false if the value becomes missing
   */
  @Value.Parameter
  public abstract boolean refusesMissingDenominators();

  @Override
  public String stageName() {
    return "Denominated";
  }

  /**
   * {@inheritDoc}
   *
   * @throws DdciValidationException naming indicator, unit and denominator when a denominator
   *     column is absent, a denominator is 0, or one is missing and refused
   */
  @Override
  public Stage apply(Dataset data, IndicatorTree tree) {
    Map<String, double[]> out = new LinkedHashMap<>();
    List<AuditEntry> audit = new ArrayList<>();
    List<String> units = data.units();
    for (Node n : tree.indicators()) {
      if (n.denominator().isEmpty()) {
        continue;
      }
      String d = n.denominator().get();
      checkArgument(
          data.hasColumn(d),
          "indicator %s: its denominator column %s is not in the dataset",
          n.code(),
          d);
      double[] x = data.raw(n.code());
      double[] den = data.raw(d);
      double[] y = new double[x.length];
      for (int u = 0; u < x.length; u++) {
        if (Double.isNaN(den[u])) {
          checkArgument(
              !refusesMissingDenominators(),
              "indicator %s, unit %s: the denominator %s is missing",
              n.code(),
              units.get(u),
              d);
          y[u] = Double.NaN;
          if (!Double.isNaN(x[u])) {
            audit.add(
                AuditEntry.of(
                    "Denominate",
                    AuditEntry.Action.DENOMINATOR_MISSING,
                    n.code(),
                    units.get(u),
                    x[u],
                    Double.NaN,
                    AuditEntry.show(x[u]) + " → missing: the denominator " + d + " is missing"));
          }
          continue;
        }
        checkArgument(
            den[u] != 0,
            "indicator %s, unit %s: the denominator %s is 0",
            n.code(),
            units.get(u),
            d);
        y[u] = x[u] / den[u];
      }
      out.put(n.code(), y);
    }
    return Stage.of(this, data.withColumns(out), audit);
  }

  @Override
  public String toString() {
    return refusesMissingDenominators()
        ? "Denominate[missing denominators refused]"
        : "Denominate[]";
  }
}
