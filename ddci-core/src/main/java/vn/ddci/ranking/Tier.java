package vn.ddci.ranking;

import static vn.ddci.internal.Checks.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Numbers;
import vn.ddci.internal.Values;
import vn.ddci.name.Names;

/**
 * A tier (nhóm xếp loại) such as PCI's "Rất tốt": a label and the lowest score it takes.
 *
 * <p>Tiers are grouped by {@link Tiers}.
 */
@Value.Immutable
@DdciStyle
public abstract class Tier {

  Tier() {}

  /**
   * Creates a tier.
   *
   * @param label e.g. "Rất tốt"
   * @param lowerBound the lowest score in the tier, inclusive
   * @return the tier
   */
  public static Tier of(String label, BigDecimal lowerBound) {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(lowerBound, "lowerBound");
    return ImmutableTier.of(Names.clean(label), lowerBound);
  }

  /**
   * Returns the label.
   *
   * @return e.g. "Rất tốt"
   */
  @Value.Parameter
  public abstract String label();

  /**
   * Returns the lowest score in the tier, inclusive.
   *
   * @return the cut-off
   */
  @Value.Parameter
  public abstract BigDecimal lowerBound();

  @Value.Check
  void check() {
    Values.decimal(lowerBound(), () -> "tier '" + label() + "': cut-off");
    checkArgument(
        lowerBound().signum() >= 0,
        "tier '%s': the cut-off must not be negative, got %s",
        label(),
        lowerBound());
  }

  @Override
  public String toString() {
    return "Tier[" + label() + " ≥ " + Numbers.show(lowerBound()) + "]";
  }
}
