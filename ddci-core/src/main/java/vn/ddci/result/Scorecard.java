package vn.ddci.result;

import static java.util.stream.Collectors.toList;
import static vn.ddci.internal.Checks.checkArgument;
import static vn.ddci.internal.Checks.format;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import vn.ddci.DdciValidationException;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Measure;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Values;
import vn.ddci.name.Names;

/**
 * One unit's published results for one year (phiếu điểm): the component scores that were published,
 * and a total that is given, computed from published weights, or both.
 *
 * <p>A component score that was not published is absent ({@link #score(Component)} is empty, {@link
 * #missingComponents()} lists it), never 0. The total is always known: it is the given total, or,
 * when none is given, the total computed from every component with the framework's weights; that
 * needs every component and weights that are published. So a scorecard with missing components, or
 * of a framework whose weights are an assumption (Lạng Sơn's), must be given its published total:
 * an estimate is never passed off as a published figure.
 *
 * <p>A given total that disagrees with the computed one is kept as published: {@link
 * vn.ddci.ranking.Consistency} reports the disagreement. An optional published rank (of the total)
 * and tier (xếp loại) are kept as published.
 *
 * <pre>{@code
 * Scorecard card = Scorecard.builder()
 *     .unit(unit).year(2023)
 *     .score(f.component("TRANSPARENCY"), "6.52") // … the components published
 *     .givenTotal("80.45")
 *     .build();
 * }</pre>
 *
 * <p>Bounds ({@link vn.ddci.Bounds}): the year 1990–2100; every score at most {@link
 * vn.ddci.Bounds#MAX_VALUE} with at most 64 digits and decimals, and within the framework's scale;
 * a published rank 1–10,000.
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
     * Builds the value.
     *
     * @return the Scorecard
     * @throws vn.ddci.DdciValidationException if a required attribute is missing, a value is not
     *     valid, or a key of a map is given twice
     */
    @Override
    public Scorecard build() {
      return vn.ddci.internal.Checks.building(super::build, "scorecard: a component's score");
    }

    /**
     * Sets the year.
     *
     * @param year e.g. 2023
     * @return this builder
     * @throws vn.ddci.DdciValidationException if the year is outside {@link vn.ddci.Bounds}
     */
    public Builder year(int year) {
      return year(Values.year(year, "scorecard: year"));
    }

    /**
     * Sets a component's score, written with a decimal point or comma.
     *
     * @param component a component of the unit's framework
     * @param score e.g. {@code "6.52"}
     * @return this builder
     * @throws vn.ddci.DdciValidationException naming the component if the text is not a score
     */
    public Builder score(Component component, String score) {
      Objects.requireNonNull(component, "component");
      Objects.requireNonNull(score, "score");
      try {
        return putScores(component, Score.parse(score));
      } catch (DdciValidationException e) {
        throw new DdciValidationException("component " + component + ": " + e.getMessage(), e);
      }
    }

    /**
     * Sets a component's score.
     *
     * @param component a component of the unit's framework
     * @param score the exact score
     * @return this builder
     * @throws vn.ddci.DdciValidationException naming the component if the score is not valid
     */
    public Builder score(Component component, BigDecimal score) {
      Objects.requireNonNull(component, "component");
      Objects.requireNonNull(score, "score");
      try {
        return putScores(component, Score.of(score));
      } catch (DdciValidationException e) {
        throw new DdciValidationException("component " + component + ": " + e.getMessage(), e);
      }
    }

    /**
     * Sets the published total, written with a decimal point or comma.
     *
     * @param total e.g. {@code "80.45"}
     * @return this builder
     * @throws vn.ddci.DdciValidationException if the text is not a score
     */
    public Builder givenTotal(String total) {
      Objects.requireNonNull(total, "total");
      try {
        return givenTotal(Score.parse(total));
      } catch (DdciValidationException e) {
        throw new DdciValidationException("total: " + e.getMessage(), e);
      }
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
   * Returns the component scores that were published, in the framework's order.
   *
   * @return a score per published component; components not published are absent
   */
  public abstract Map<Component, Score> scores();

  /**
   * Returns the total as published, if it was given.
   *
   * @return the given total
   */
  public abstract Optional<Score> givenTotal();

  /**
   * Returns the rank of the total as published beside the scores, if it was given.
   *
   * @return the published rank, 1 or more (at most the table's block size)
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
   * Returns the components whose score was not published.
   *
   * @return the missing components, in the framework's order; empty when every one was published
   */
  @Value.Lazy
  public List<Component> missingComponents() {
    return framework().components().stream()
        .filter(c -> !scores().containsKey(c))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Tells whether every component's score was published.
   *
   * @return true when no component is missing
   */
  public boolean isComplete() {
    return missingComponents().isEmpty();
  }

  /**
   * Returns the total computed from the component scores with the framework's weights, when every
   * component was published.
   *
   * @return the computed total (see {@link Framework#totalOf(Map)}); only an estimate when the
   *     framework's weights are an assumption; empty when a component is missing
   */
  @Value.Lazy
  public Optional<BigDecimal> computedTotal() {
    if (!isComplete()) {
      return Optional.empty();
    }
    return Optional.of(framework().totalOf(Maps.transformValues(scores(), Score::value)));
  }

  /**
   * Returns the total: the given one when there is one, otherwise the one computed from published
   * weights.
   *
   * @return the total, 0 to the framework's total max
   */
  public BigDecimal total() {
    return givenTotal().map(Score::value).orElseGet(() -> computedTotal().orElseThrow());
  }

  /**
   * Returns the score of a component, if it was published.
   *
   * @param component a component of the unit's framework
   * @return the exact score; empty when not published
   * @throws vn.ddci.DdciValidationException if the component is not in the framework
   */
  public Optional<BigDecimal> score(Component component) {
    Objects.requireNonNull(component, "component");
    checkArgument(
        framework().contains(component),
        "%s: no component %s in %s",
        where(),
        component,
        framework());
    return Optional.ofNullable(scores().get(component)).map(Score::value);
  }

  /**
   * Returns the score of a measure: {@link #total()} (always known) or a component's score.
   *
   * @param measure the total or a component
   * @return the exact score; empty for a component that was not published
   * @throws vn.ddci.DdciValidationException if the component is not in the framework
   */
  public Optional<BigDecimal> score(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    return measure.component().map(this::score).orElseGet(() -> Optional.of(total()));
  }

  @Value.Check
  Scorecard normalize() {
    Values.year(year(), () -> "unit '" + unit().name() + "': year");
    Framework f = framework();
    for (Component c : scores().keySet()) {
      checkArgument(
          f.contains(c), "%s: component %s is not in framework '%s'", where(), c, f.name());
    }
    ImmutableMap.Builder<Component, Score> ordered = ImmutableMap.builder();
    for (Component c : f.components()) {
      Score s = scores().get(c);
      if (s != null) {
        checkRange(c.code(), s.value(), f.componentMax());
        ordered.put(c, s);
      }
    }
    givenTotal().ifPresent(t -> checkRange("total", t.value(), f.totalMax()));
    publishedRank()
        .ifPresent(
            r ->
                checkArgument(
                    r >= 1 && r <= vn.ddci.Bounds.MAX_BLOCK_SIZE,
                    "%s: published rank %s is outside 1–%s",
                    where(),
                    r,
                    vn.ddci.Bounds.MAX_BLOCK_SIZE));
    if (givenTotal().isEmpty()) {
      checkArgument(
          scores().size() == f.components().size(),
          () ->
              format(
                  "%s: the scores of %s were not published, so the total must be given",
                  where(),
                  f.components().stream().filter(c -> !scores().containsKey(c)).collect(toList())));
      checkArgument(
          f.weightsPublished(),
          "%s: no total was given, and the weights of framework '%s' are an assumption: a total"
              + " computed from them would be an estimate, not the published figure; give the"
              + " published total",
          where(),
          f.name());
    }
    Optional<String> tier;
    try {
      tier = publishedTier().map(Names::clean);
    } catch (DdciValidationException e) {
      throw new DdciValidationException(where() + ", published tier: " + e.getMessage(), e);
    }
    if (ImmutableList.copyOf(scores().keySet())
            .equals(f.components().stream().filter(scores()::containsKey).collect(toList()))
        && tier.equals(publishedTier())) {
      return this;
    }
    return new Builder().from(this).scores(ordered.build()).publishedTier(tier).build();
  }

  private void checkRange(String what, BigDecimal value, BigDecimal max) {
    checkArgument(
        value.compareTo(max) <= 0,
        () ->
            format(
                "%s, %s: score %s is outside 0–%s",
                where(), what, Decimals.show(value), Decimals.show(max)));
  }

  private String where() {
    return "unit '" + unit().name() + "', year " + year();
  }

  @Override
  public String toString() {
    return "Scorecard["
        + unit().name()
        + " "
        + year()
        + ": total "
        + Decimals.show(total(), framework().publishedDecimals())
        + (isComplete() ? "" : ", " + missingComponents().size() + " components not published")
        + "]";
  }
}
