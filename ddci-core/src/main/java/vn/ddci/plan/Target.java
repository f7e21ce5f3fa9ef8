package vn.ddci.plan;

import static vn.ddci.internal.Checks.checkArgument;
import static vn.ddci.internal.Checks.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Numbers;
import vn.ddci.internal.Values;
import vn.ddci.name.Names;

/**
 * A quantitative target of a task (chỉ tiêu): an indicator moved from a baseline to a target value,
 * up or down.
 *
 * <pre>{@code
 * Target.decrease("Thời gian giải quyết hồ sơ", "ngày", new BigDecimal("10"), new BigDecimal("7"));
 * }</pre>
 *
 * <p>Bounds: the baseline and target within {@link vn.ddci.Bounds} (at most {@link
 * vn.ddci.Bounds#MAX_VALUE}, 64 digits and decimals).
 */
@Value.Immutable
@DdciStyle
public abstract class Target {

  /** Which way the indicator should move. */
  public enum Direction {
    /** The indicator should rise (tăng). */
    INCREASE,
    /** The indicator should fall (giảm), e.g. days to process a dossier. */
    DECREASE
  }

  Target() {}

  /**
   * Returns a target to raise an indicator.
   *
   * @param indicator what is measured, e.g. "Số bài đăng trên Trang thông tin điện tử"
   * @param unitOfMeasure e.g. "bài"
   * @param baseline the value at the start
   * @param target the value to reach; above the baseline
   * @return the target
   */
  public static Target increase(
      String indicator, String unitOfMeasure, BigDecimal baseline, BigDecimal target) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(unitOfMeasure, "unitOfMeasure");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(target, "target");
    return of(indicator, unitOfMeasure, baseline, target, Direction.INCREASE);
  }

  /**
   * Returns a target to lower an indicator.
   *
   * @param indicator what is measured, e.g. "Thời gian giải quyết hồ sơ"
   * @param unitOfMeasure e.g. "ngày"
   * @param baseline the value at the start
   * @param target the value to reach; below the baseline
   * @return the target
   */
  public static Target decrease(
      String indicator, String unitOfMeasure, BigDecimal baseline, BigDecimal target) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(unitOfMeasure, "unitOfMeasure");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(target, "target");
    return of(indicator, unitOfMeasure, baseline, target, Direction.DECREASE);
  }

  private static Target of(
      String indicator, String unit, BigDecimal baseline, BigDecimal target, Direction d) {
    return ImmutableTarget.of(Names.clean(indicator), Names.clean(unit), baseline, target, d);
  }

  /**
   * Returns the indicator (chỉ tiêu), unique within its task.
   *
   * @return the indicator's name in NFC
   */
  @Value.Parameter
  public abstract String indicator();

  /**
   * Returns the unit of measure (đơn vị tính).
   *
   * @return e.g. "ngày"
   */
  @Value.Parameter
  public abstract String unitOfMeasure();

  /**
   * Returns the value at the start.
   *
   * @return the baseline
   */
  @Value.Parameter
  public abstract BigDecimal baseline();

  /**
   * Returns the value to reach.
   *
   * @return the target value
   */
  @Value.Parameter
  public abstract BigDecimal target();

  /**
   * Returns which way the indicator should move.
   *
   * @return INCREASE or DECREASE
   */
  @Value.Parameter
  public abstract Direction direction();

  @Value.Check
  void check() {
    Values.decimal(baseline(), () -> "target '" + indicator() + "': baseline");
    Values.decimal(target(), () -> "target '" + indicator() + "': target");
    int way = target().compareTo(baseline());
    checkArgument(
        direction() == Direction.INCREASE ? way > 0 : way < 0,
        () ->
            format(
                "target '%s': to %s from %s, the target must be %s the baseline, got %s",
                indicator(),
                direction() == Direction.INCREASE ? "increase" : "decrease",
                Numbers.show(baseline()),
                direction() == Direction.INCREASE ? "above" : "below",
                Numbers.show(target())));
  }

  /**
   * Returns how much of the way from the baseline to the target a value has come: 0 at the
   * baseline, 1 at the target, more beyond it, negative when it moved the wrong way. It holds for
   * both directions: from 10 days down to 7, a value of 8 has come 2/3 of the way.
   *
   * @param value a value of the indicator
   * @return (value − baseline) / (target − baseline), to 34 significant digits
   */
  public BigDecimal achieved(BigDecimal value) {
    Values.decimal(
        Objects.requireNonNull(value, "value"), () -> "target '" + indicator() + "': value");
    Objects.requireNonNull(value, "value");
    return value
        .subtract(baseline())
        .divide(target().subtract(baseline()), MathContext.DECIMAL128)
        .stripTrailingZeros();
  }

  @Override
  public String toString() {
    return "Target["
        + indicator()
        + ": "
        + Numbers.show(baseline())
        + " → "
        + Numbers.show(target())
        + " "
        + unitOfMeasure()
        + "]";
  }
}
