package vn.ddci.framework;

import java.util.Objects;
import java.util.Optional;

/**
 * What a figure measures: the total (tổng điểm) or one component index.
 *
 * <p>Rankings, changes and assessments are computed the same way for the total and for each
 * component; a {@code Measure} names which one.
 *
 * <pre>{@code
 * Measure.total();                               // Measure[TOTAL]
 * Measure.of(framework.component("TIME_COST"));  // Measure[TIME_COST]
 * }</pre>
 */
public final class Measure {
  private static final Measure TOTAL = new Measure(null);

  private final Component component;

  private Measure(Component component) {
    this.component = component;
  }

  /**
   * Returns the measure of the total score.
   *
   * @return the total
   */
  public static Measure total() {
    return TOTAL;
  }

  /**
   * Returns the measure of one component.
   *
   * @param component the component
   * @return the measure
   */
  public static Measure of(Component component) {
    return new Measure(Objects.requireNonNull(component, "component"));
  }

  /**
   * Tells whether this is the total.
   *
   * @return true for the total
   */
  public boolean isTotal() {
    return component == null;
  }

  /**
   * Returns the component, empty for the total.
   *
   * @return the component measured
   */
  public Optional<Component> component() {
    return Optional.ofNullable(component);
  }

  /**
   * Returns the code: {@code TOTAL} or the component's code.
   *
   * @return the code
   */
  public String code() {
    return isTotal() ? "TOTAL" : component.code();
  }

  /**
   * Returns the Vietnamese name: "Tổng điểm" or the component's name.
   *
   * @return the name
   */
  public String nameVi() {
    return isTotal() ? "Tổng điểm" : component.nameVi();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Measure && Objects.equals(component, ((Measure) o).component);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(component);
  }

  @Override
  public String toString() {
    return "Measure[" + code() + "]";
  }
}
