package vn.ddci.framework;

import static vn.ddci.internal.Checks.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.OptionalInt;
import vn.ddci.internal.Values;

/**
 * Which digits of a score a ranking looks at: the published rounding (two decimals, half up) or the
 * full precision of the data.
 *
 * <p>Lạng Sơn publishes two decimals and shares ranks on equal published scores; PCI ranks on the
 * unrounded total (64.56 is #20 and 64.56 is #21 in PCI 2020). The choice is always explicit.
 */
public final class Precision {
  /** Every digit the data has. */
  public static final Precision FULL = new Precision(-1);

  /** Two decimals, rounded half up: how DDCI and PCI scores are published. */
  public static final Precision PUBLISHED = decimals(2);

  private final int decimals;

  private Precision(int decimals) {
    this.decimals = decimals;
  }

  /**
   * Returns the precision of a number of decimals, rounded half up.
   *
   * @param decimals 0 to {@link Framework#MAX_DECIMALS}
   * @return the precision
   * @throws vn.ddci.DdciValidationException if decimals is outside 0–{@link Framework#MAX_DECIMALS}
   */
  public static Precision decimals(int decimals) {
    checkArgument(
        decimals >= 0 && decimals <= Framework.MAX_DECIMALS,
        "decimals %s are outside 0–%s",
        decimals,
        Framework.MAX_DECIMALS);
    return new Precision(decimals);
  }

  /**
   * Tells whether this is {@link #FULL}.
   *
   * @return true for full precision
   */
  public boolean isFull() {
    return decimals < 0;
  }

  /**
   * Returns the number of decimals compared.
   *
   * @return the decimals, or empty for {@link #FULL}
   */
  public OptionalInt decimalPlaces() {
    return isFull() ? OptionalInt.empty() : OptionalInt.of(decimals);
  }

  /**
   * Returns the value as this precision sees it.
   *
   * @param value an exact value
   * @return the value, rounded half up unless this is {@link #FULL}
   */
  public BigDecimal apply(BigDecimal value) {
    Values.decimal(Objects.requireNonNull(value, "value"), "a value ranked");
    return isFull() ? value : value.setScale(decimals, RoundingMode.HALF_UP);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Precision && decimals == ((Precision) o).decimals;
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(decimals);
  }

  @Override
  public String toString() {
    return isFull() ? "Precision[full]" : "Precision[" + decimals + " decimals]";
  }
}
