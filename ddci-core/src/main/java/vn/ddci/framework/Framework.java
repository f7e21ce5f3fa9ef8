package vn.ddci.framework;

import static vn.ddci.internal.Checks.checkArgument;
import static vn.ddci.internal.Checks.format;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import vn.ddci.DdciValidationException;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Numbers;
import vn.ddci.internal.Values;
import vn.ddci.name.Names;

/**
 * What an index measures (bộ chỉ số): its ordered component indices, their weights and the scale.
 *
 * <p>Each component is scored from 0 to {@link #componentMax()} (10) and the total from 0 to {@link
 * #totalMax()} (100). <b>Weights are relative.</b> The total is the weighted mean of the component
 * scores rescaled to the total's scale:
 *
 * <pre>
 *   total = totalMax × Σ(wₖ × sₖ) / (componentMax × Σ wₖ)
 * </pre>
 *
 * <p>So weights need not sum to 100: weights 1, 1, …, 1 mean equal shares, and PCI's published
 * weights 5, 5, 20, 5, 10, 5, 5, 20, 20, 5 (which sum to 100) give {@code total = Σ wₖ sₖ / 10}.
 * {@link #weightShare(Component)} shows the share each weight stands for. The computed total is
 * exact whenever the division terminates (always when Σ wₖ × componentMax / totalMax has no prime
 * factor but 2 and 5, as for both built-in frameworks), and otherwise correct to 34 significant
 * digits.
 *
 * <pre>{@code
 * Framework f = Framework.builder()
 *     .name("Quảng Ninh DDCI")
 *     .addComponents(Component.of("TRANSPARENCY", "Tính minh bạch", "Transparency", BigDecimal.ONE))
 *     .addComponents(Component.of("TIME_COST", "Chi phí thời gian", "Time costs", BigDecimal.ONE))
 *     .build();
 * }</pre>
 *
 * <p>The built-in frameworks are in {@link Frameworks}.
 *
 * <p>Bounds ({@link vn.ddci.Bounds}): the scales and tolerance at most {@link
 * vn.ddci.Bounds#MAX_VALUE} with at most 64 digits and decimals; published decimals 0–{@link
 * #MAX_DECIMALS}.
 */
@Value.Immutable
@DdciStyle
public abstract class Framework {
  /** The most decimals a framework may publish its scores with: 10. */
  public static final int MAX_DECIMALS = 10;

  Framework() {}

  /**
   * Starts a custom framework.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Framework}; not thread-safe. */
  public static final class Builder extends ImmutableFramework.Builder {
    Builder() {}
  }

  /**
   * Returns the framework's name.
   *
   * @return e.g. "DDCI Lạng Sơn – khối sở, ban, ngành"
   */
  public abstract String name();

  /**
   * Returns the component indices in their published order.
   *
   * @return at least one component; codes and names unique
   */
  public abstract List<Component> components();

  /**
   * Tells whether the weights are the published ones (true) or an assumption (false, as for Lạng
   * Sơn, which does not publish its weights).
   *
   * <p>When they are an assumption, a scorecard's given total is not checked against the total
   * computed from its components (real totals would be rejected whenever the real weights differ),
   * and the computed total is only an estimate.
   *
   * @return true unless set
   */
  @Value.Default
  public boolean weightsPublished() {
    return true;
  }

  /**
   * Returns the highest score of a component (thang điểm chỉ số thành phần).
   *
   * @return 10 unless set
   */
  @Value.Default
  public BigDecimal componentMax() {
    return BigDecimal.TEN;
  }

  /**
   * Returns the highest total score (thang điểm tổng).
   *
   * @return 100 unless set
   */
  @Value.Default
  public BigDecimal totalMax() {
    return BigDecimal.valueOf(100);
  }

  /**
   * Returns how many decimals results are published with (điểm công bố): what is shown to people (a
   * PCI change held as 1.66618347167969 is shown as 1.67). Values keep every digit.
   *
   * @return 2 unless set; 0 to {@link #MAX_DECIMALS}
   */
  @Value.Default
  public int publishedDecimals() {
    return 2;
  }

  /**
   * Returns the largest difference allowed between a published total and the total computed from
   * published component scores.
   *
   * <p>Unless set, it is the rounding error that publishing with {@link #publishedDecimals()}
   * decimals allows: each component off by at most half a unit of the last decimal, which the
   * weighted mean carries to the total scaled by totalMax / componentMax, plus the total's own
   * rounding; 0.055 for the built-in frameworks.
   *
   * @return a non-negative tolerance, in points of the total
   */
  @Value.Default
  public BigDecimal totalTolerance() {
    if (componentMax().signum() <= 0
        || !Values.isDecimal(componentMax())
        || !Values.isDecimal(totalMax())
        || publishedDecimals() < 0
        || publishedDecimals() > MAX_DECIMALS) {
      return BigDecimal.ZERO; // an invalid scale, which check() rejects with its own message
    }
    BigDecimal halfUnit = BigDecimal.valueOf(5, publishedDecimals() + 1);
    BigDecimal scale = totalMax().divide(componentMax(), MathContext.DECIMAL128);
    return scale.add(BigDecimal.ONE).multiply(halfUnit).stripTrailingZeros();
  }

  @Value.Check
  Framework normalize() {
    String name = Names.clean(name());
    if (!name.equals(name())) {
      return new Builder().from(this).name(name).build();
    }
    checkArgument(!components().isEmpty(), "framework '%s' has no component", name());
    checkArgument(
        componentMax().signum() > 0 && totalMax().signum() > 0,
        "framework '%s': the scale must be positive, got component max %s and total max %s",
        name(),
        componentMax(),
        totalMax());
    Values.decimal(componentMax(), () -> "framework '" + name() + "': component max");
    Values.decimal(totalMax(), () -> "framework '" + name() + "': total max");
    Values.decimal(totalTolerance(), () -> "framework '" + name() + "': total tolerance");
    checkArgument(
        totalTolerance().signum() >= 0,
        "framework '%s': the total tolerance must not be negative, got %s",
        name(),
        totalTolerance());
    checkArgument(
        publishedDecimals() >= 0 && publishedDecimals() <= MAX_DECIMALS,
        "framework '%s': published decimals %s are outside 0–%s",
        name(),
        publishedDecimals(),
        MAX_DECIMALS);
    Map<String, Component> seen = new HashMap<>();
    checkArgument(
        components().stream().distinct().count() == components().size(),
        () -> format("framework '%s' lists a component twice: %s", name(), components()));
    for (Component c : components()) {
      for (String key : List.of(c.code(), Names.key(c.nameVi()), Names.key(c.nameEn()))) {
        Component other = seen.putIfAbsent(key, c);
        checkArgument(
            other == null || other.equals(c),
            "framework '%s': components %s and %s share the code or name '%s'",
            name(),
            other,
            c,
            key);
      }
    }
    return this;
  }

  /**
   * Returns the measures of this framework: the total, then each component.
   *
   * @return the measures in order
   */
  @Value.Lazy
  public List<Measure> measures() {
    ImmutableList.Builder<Measure> measures = ImmutableList.builder();
    measures.add(Measure.total());
    components().forEach(c -> measures.add(Measure.of(c)));
    return measures.build();
  }

  /**
   * Finds a component by its code or by its Vietnamese or English name, tolerant of diacritics,
   * case, spacing and punctuation.
   *
   * @param codeOrName e.g. {@code "TIME_COST"} or {@code "Chi phí thời gian"}
   * @return the component, if this framework has it
   */
  public Optional<Component> findComponent(String codeOrName) {
    Objects.requireNonNull(codeOrName, "codeOrName");
    String key = Names.key(codeOrName);
    return components().stream()
        .filter(
            c ->
                c.code().equals(codeOrName)
                    || Names.key(c.code()).equals(key)
                    || Names.key(c.nameVi()).equals(key)
                    || Names.key(c.nameEn()).equals(key))
        .findFirst();
  }

  /**
   * Returns a component by its code or name (see {@link #findComponent(String)}).
   *
   * @param codeOrName e.g. {@code "TIME_COST"}
   * @return the component
   * @throws vn.ddci.DdciValidationException naming the framework and its components if there is
   *     none
   */
  public Component component(String codeOrName) {
    Objects.requireNonNull(codeOrName, "codeOrName");
    return findComponent(codeOrName)
        .orElseThrow(
            () ->
                new DdciValidationException(
                    String.format(
                        "framework '%s' has no component '%s'; its components are %s",
                        name(), codeOrName, components())));
  }

  /**
   * Tells whether the component belongs to this framework.
   *
   * @param component a component
   * @return true if it is one of {@link #components()}
   */
  public boolean contains(Component component) {
    Objects.requireNonNull(component, "component");
    return components().contains(component);
  }

  /**
   * Returns the highest score of a measure: {@link #totalMax()} or {@link #componentMax()}.
   *
   * @param measure the total or a component of this framework
   * @return the top of its scale
   */
  public BigDecimal max(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    return measure.isTotal() ? totalMax() : componentMax();
  }

  /**
   * Returns the sum of the weights.
   *
   * @return Σ wₖ
   */
  @Value.Lazy
  public BigDecimal weightSum() {
    return components().stream().map(Component::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Returns the share of the total that a component's weight stands for.
   *
   * @param component a component of this framework
   * @return wₖ / Σ w, between 0 and 1 (34 significant digits)
   * @throws vn.ddci.DdciValidationException if the component is not in this framework
   */
  public BigDecimal weightShare(Component component) {
    Objects.requireNonNull(component, "component");
    checkArgument(contains(component), "framework '%s' has no component %s", name(), component);
    return component.weight().divide(weightSum(), MathContext.DECIMAL128).stripTrailingZeros();
  }

  /**
   * Computes the total from component scores with this framework's weights.
   *
   * @param scores a score for every component of this framework, and nothing else
   * @return the total, exact when the division terminates (see the class comment)
   * @throws vn.ddci.DdciValidationException naming the component that is missing or unknown
   */
  public BigDecimal totalOf(Map<Component, BigDecimal> scores) {
    Objects.requireNonNull(scores, "scores");
    for (Map.Entry<Component, BigDecimal> e : scores.entrySet()) {
      Component c = Objects.requireNonNull(e.getKey(), "a component");
      BigDecimal score = Objects.requireNonNull(e.getValue(), () -> "the score of " + c);
      checkArgument(contains(c), "framework '%s' has no component %s", name(), c);
      Values.decimal(score, () -> "framework '" + name() + "', component " + c + ": score");
      checkArgument(
          score.signum() >= 0 && score.compareTo(componentMax()) <= 0,
          () ->
              format(
                  "framework '%s', component %s: score %s is outside 0–%s",
                  name(), c, Numbers.show(score), Numbers.show(componentMax())));
    }
    BigDecimal weighted = BigDecimal.ZERO;
    for (Component c : components()) {
      BigDecimal score = scores.get(c);
      checkArgument(score != null, "framework '%s': no score for component %s", name(), c);
      weighted = weighted.add(c.weight().multiply(score));
    }
    BigDecimal numerator = totalMax().multiply(weighted);
    BigDecimal denominator = componentMax().multiply(weightSum());
    try {
      return numerator.divide(denominator);
    } catch (ArithmeticException nonTerminating) {
      return numerator.divide(denominator, MathContext.DECIMAL128);
    }
  }

  @Override
  public String toString() {
    return "Framework["
        + name()
        + ": "
        + components().stream()
            .map(c -> c.code() + " " + Numbers.show(c.weight()))
            .collect(Collectors.joining(", "))
        + "]";
  }
}
