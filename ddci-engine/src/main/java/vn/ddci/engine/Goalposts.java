package vn.ddci.engine;

import org.immutables.value.Value;
import vn.ddci.internal.Checks;
import vn.ddci.internal.DdciStyle;

/**
 * The fixed bounds of an indicator for goalpost normalisation (ngưỡng cố định): the value that
 * scores nothing and the value that scores full marks, in the indicator's own unit.
 *
 * <p>With {@link Direction#POSITIVE} {@code low} scores 0 and {@code high} full marks; with {@link
 * Direction#NEGATIVE} the other way round. Values beyond the goalposts are truncated.
 */
@Value.Immutable
@DdciStyle
public abstract class Goalposts {
  Goalposts() {}

  /**
   * Returns goalposts.
   *
   * @param low the lower goalpost, finite
   * @param high the upper goalpost, finite and greater than {@code low}
   * @return the goalposts
   * @throws vn.ddci.DdciValidationException if a bound is not finite or {@code high <= low}
   */
  public static Goalposts of(double low, double high) {
    return ImmutableGoalposts.of(low, high);
  }

  /**
   * Returns the lower goalpost.
   *
   * @return the value that scores 0 when higher is better
   */
  @Value.Parameter
  public abstract double low();

  /**
   * Returns the upper goalpost.
   *
   * @return the value that scores full marks when higher is better
   */
  @Value.Parameter
  public abstract double high();

  @Value.Check
  void check() {
    Checks.checkArgument(
        Double.isFinite(low()) && Double.isFinite(high()) && high() > low(),
        "goalposts [%s, %s]: need two finite values, the upper greater than the lower",
        low(),
        high());
  }

  @Override
  public String toString() {
    return "Goalposts[" + low() + ", " + high() + "]";
  }
}
