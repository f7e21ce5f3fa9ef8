package vn.ddci.framework;

import static vn.ddci.internal.Checks.checkArgument;
import static vn.ddci.internal.Checks.format;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Numbers;
import vn.ddci.internal.Values;
import vn.ddci.name.Names;

/**
 * A component index (chỉ số thành phần) of a framework, scored 0–10 for each unit.
 *
 * <p>A component has a code ({@code TRANSPARENCY}), a Vietnamese name ("Tính minh bạch và tiếp cận
 * thông tin", in Unicode NFC), an English name and a weight. Weights are relative: see {@link
 * Framework} for how they make the total.
 *
 * <pre>{@code
 * Component c = Component.of("TRANSPARENCY", "Tính minh bạch và tiếp cận thông tin",
 *     "Transparency and access to information", BigDecimal.ONE);
 * }</pre>
 *
 * <p>Bounds: the weight is positive, at most {@link vn.ddci.Bounds#MAX_VALUE}, with at most 64
 * digits and decimals.
 */
@Value.Immutable
@DdciStyle
public abstract class Component {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  Component() {}

  /**
   * Creates a component.
   *
   * @param code upper-case identifier such as {@code TIME_COST}
   * @param nameVi the Vietnamese name; stored in NFC
   * @param nameEn the English name
   * @param weight the relative weight; positive
   * @return the component
   * @throws vn.ddci.DdciValidationException if the code is not an upper-case identifier, a name is
   *     blank or the weight is not positive
   */
  public static Component of(String code, String nameVi, String nameEn, BigDecimal weight) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(nameVi, "nameVi");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(weight, "weight");
    return ImmutableComponent.of(code, Names.clean(nameVi), Names.clean(nameEn), weight);
  }

  /**
   * Returns the code, an upper-case identifier unique in its framework.
   *
   * @return the code, e.g. {@code TRANSPARENCY}
   */
  @Value.Parameter
  public abstract String code();

  /**
   * Returns the Vietnamese name (tên chỉ số).
   *
   * @return the name in NFC
   */
  @Value.Parameter
  public abstract String nameVi();

  /**
   * Returns the English name.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String nameEn();

  /**
   * Returns the relative weight (trọng số).
   *
   * @return a positive weight
   */
  @Value.Parameter
  public abstract BigDecimal weight();

  @Value.Check
  void check() {
    checkArgument(
        CODE.matcher(code()).matches(),
        "component code '%s' must be an upper-case identifier (A-Z, 0-9, _)",
        code());
    checkArgument(
        weight().signum() > 0,
        () ->
            format(
                "component %s: weight must be positive, got %s", code(), Numbers.show(weight())));
    Values.decimal(weight(), () -> "component " + code() + ": weight");
  }

  @Override
  public String toString() {
    return code();
  }
}
