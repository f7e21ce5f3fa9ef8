package vn.ddci.result;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Measure;
import vn.ddci.internal.DdciStyle;
import vn.ddci.name.Names;

/**
 * One unit's published results for one year (phiếu điểm): a score for every component of its
 * framework and a total that is given, computed from the weights, or both.
 *
 * <p>When the total is given as well and the framework's weights are published, it must agree with
 * the total computed from the components within the framework's {@link Framework#totalTolerance()
 * tolerance}; otherwise the scorecard is rejected with a message that names the unit. When the
 * weights are an assumption ({@link Framework#weightsPublished()} false, as for Lạng Sơn), the given
 * total is kept as published and not checked. An optional published rank and tier (xếp loại) are
 * kept as published.
 *
 * <pre>{@code
 * Scorecard card = Scorecard.builder()
 *     .unit(unit).year(2023)
 *     .score(f.component("TRANSPARENCY"), "6.52") // … one per component
 *     .givenTotal("80.45")                        // optional
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DdciStyle
public abstract class Scorecard {

  Scorecard() {}

  /**
   * Starts a scorecard.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Scorecard}; not thread-safe. */
  public static final class Builder extends ImmutableScorecard.Builder {
    Builder() {}

    /**
     * Sets the year.
     *
     * @param year e.g. 2023
     * @return this builder
     */
    public Builder year(int year) {
      return year(Year.of(year));
    }

    /**
     * Sets a component's score, written with a decimal point or comma.
     *
     * @param component a component of the unit's framework
     * @param score e.g. {@code "6.52"}
     * @return this builder
     * @throws IllegalArgumentException naming the component if the text is not a score
     */
    public Builder score(Component component, String score) {
      try {
        return putScores(component, Score.parse(score));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("component " + component + ": " + e.getMessage(), e);
      }
    }

    /**
     * Sets a component's score.
     *
     * @param component a component of the unit's framework
     * @param score the exact score
     * @return this builder
     * @throws IllegalArgumentException naming the component if the score is negative
     */
    public Builder score(Component component, BigDecimal score) {
      try {
        return putScores(component, Score.of(score));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("component " + component + ": " + e.getMessage(), e);
      }
    }

    /**
     * Sets the published total, written with a decimal point or comma.
     *
     * @param total e.g. {@code "80.45"}
     * @return this builder
     */
    public Builder givenTotal(String total) {
      return givenTotal(Score.parse(total));
    }
  }

  /**
   * Returns the unit.
   *
   * @return the unit scored
   */
  public abstract Unit unit();

  /**
   * Returns the year of the results (năm đánh giá).
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * Returns the component scores in the framework's order.
   *
   * @return one score per component
   */
  public abstract Map<Component, Score> scores();

  /**
   * Returns the total as published, if it was given.
   *
   * @return the given total
   */
  public abstract Optional<Score> givenTotal();

  /**
   * Returns the rank as published beside the scores, if it was given.
   *
   * @return the published rank, 1 or more
   */
  public abstract OptionalInt publishedRank();

  /**
   * Returns the tier (xếp loại) as published, e.g. "Rất tốt", if it was given.
   *
   * @return the published tier, in Unicode NFC
   */
  public abstract Optional<String> publishedTier();

  /**
   * Returns the unit's framework.
   *
   * @return the framework of the unit's block
   */
  public Framework framework() {
    return unit().block().framework();
  }

  /**
   * Returns the total computed from the component scores with the framework's weights.
   *
   * @return the computed total (see {@link Framework#totalOf(Map)}); only an estimate when the
   *     framework's weights are an assumption
   */
  @Value.Lazy
  public BigDecimal computedTotal() {
    return framework().totalOf(Maps.transformValues(scores(), Score::value));
  }

  /**
   * Returns the total: the given one when there is one, otherwise the computed one.
   *
   * @return the total, 0 to the framework's total max
   */
  public BigDecimal total() {
    return givenTotal().map(Score::value).orElseGet(this::computedTotal);
  }

  /**
   * Returns the score of a component.
   *
   * @param component a component of the unit's framework
   * @return the exact score
   * @throws IllegalArgumentException if the component is not in the framework
   */
  public BigDecimal score(Component component) {
    Score score = scores().get(component);
    checkArgument(score != null, "%s: no component %s in %s", where(), component, framework());
    return score.value();
  }

  /**
   * Returns the score of a measure: {@link #total()} or a component's score.
   *
   * @param measure the total or a component
   * @return the exact score
   */
  public BigDecimal score(Measure measure) {
    return measure.component().map(this::score).orElseGet(this::total);
  }

  @Value.Check
  Scorecard normalize() {
    Framework f = framework();
    for (Component c : scores().keySet()) {
      checkArgument(
          f.contains(c), "%s: component %s is not in framework '%s'", where(), c, f.name());
    }
    ImmutableMap.Builder<Component, Score> ordered = ImmutableMap.builder();
    for (Component c : f.components()) {
      Score s = scores().get(c);
      checkArgument(s != null, "%s: no score for component %s", where(), c);
      checkRange(c.code(), s.value(), f.componentMax());
      ordered.put(c, s);
    }
    givenTotal().ifPresent(t -> checkRange("total", t.value(), f.totalMax()));
    publishedRank()
        .ifPresent(r -> checkArgument(r >= 1, "%s: published rank %s is below 1", where(), r));
    if (givenTotal().isPresent() && f.weightsPublished()) {
      BigDecimal given = givenTotal().get().value();
      BigDecimal difference = given.subtract(computedTotal()).abs();
      checkArgument(
          difference.compareTo(f.totalTolerance()) <= 0,
          "%s: the given total %s differs from the total computed from the components, %s, by %s,"
              + " more than the tolerance %s",
          where(),
          given.toPlainString(),
          computedTotal().toPlainString(),
          difference.toPlainString(),
          f.totalTolerance().toPlainString());
    }
    Optional<String> tier = publishedTier().map(Names::clean);
    if (ImmutableList.copyOf(scores().keySet()).equals(f.components())
        && tier.equals(publishedTier())) {
      return this;
    }
    return new Builder().from(this).scores(ordered.build()).publishedTier(tier).build();
  }

  private void checkRange(String what, BigDecimal value, BigDecimal max) {
    checkArgument(
        value.compareTo(max) <= 0,
        "%s, %s: score %s is outside 0–%s",
        where(),
        what,
        value.toPlainString(),
        max.toPlainString());
  }

  private String where() {
    return "unit '" + unit().name() + "', year " + year();
  }

  @Override
  public String toString() {
    return "Scorecard[" + unit().name() + " " + year() + ": total " + total().toPlainString() + "]";
  }
}
