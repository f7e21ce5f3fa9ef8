package vn.ddci.result;

import static vn.ddci.internal.Checks.checkArgument;
import static vn.ddci.internal.Checks.format;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import vn.ddci.Bounds;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Values;

/**
 * A unit's published standing for one year: what a unit receives when it does not have the whole
 * block's table, as in the seed plan's section II.
 *
 * <p>It holds the block size n, the {@link PublishedFigures} of the total and of every component
 * (ranks of n, and the optional scores, last-year ranks, changes and improvement ranks), and the
 * block's median total score when published. Components whose figures were not published are
 * absent. Every rank must lie in 1…n, every score (this year's, the leader's, last year's as score
 * − change, the median) in its scale, a maximum score must rank first and a first rank must be the
 * leader's score; otherwise the standing is rejected with a message naming the unit, year and
 * component.
 *
 * <pre>{@code
 * PublishedStanding s = PublishedStanding.builder()
 *     .unit(soNgoaiVu).year(2023).blockSize(25)
 *     .total(PublishedFigures.builder().rank(15).score("80.45").leaderScore("87.77")
 *         .change("5.82").improvementRank(10).build())
 *     .putComponents(f.component("TIME_COST"), PublishedFigures.builder().rank(2)
 *         .change("-1.29").improvementRank(18).build())
 *     // … every other component …
 *     .build();
 * }</pre>
 *
 * <p>Bounds ({@link vn.ddci.Bounds}): the year 1990–2100; n and last year's n 1–10,000; every rank
 * 1–n.
 */
@Value.Immutable
@DdciStyle
public abstract class PublishedStanding {

  PublishedStanding() {}

  /**
   * Starts a published standing.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublishedStanding}; not thread-safe. */
  public static final class Builder extends ImmutablePublishedStanding.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the PublishedStanding
     * @throws vn.ddci.DdciValidationException if a required attribute is missing, a value is not
     *     valid, or a key of a map is given twice
     */
    @Override
    public PublishedStanding build() {
      return vn.ddci.internal.Checks.building(
          super::build, "published standing: a component's figures");
    }

    /**
     * Sets the year.
     *
     * @param year e.g. 2023
     * @return this builder
     */
    public Builder year(int year) {
      return year(Values.year(year, "published standing: year"));
    }

    /**
     * Sets the block's median total score (điểm trung vị), written with a point or comma.
     *
     * @param medianScore e.g. {@code "81.34"}
     * @return this builder
     */
    public Builder medianScore(String medianScore) {
      Objects.requireNonNull(medianScore, "medianScore");
      return medianScore(Score.parse(medianScore));
    }
  }

  /**
   * Returns the unit.
   *
   * @return the unit
   */
  public abstract Unit unit();

  /**
   * Returns the year of the results.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * Returns the number of units in the block this year (n of "15/25").
   *
   * @return 1 or more
   */
  public abstract int blockSize();

  /**
   * Returns the number of units in the block last year.
   *
   * @return {@link #blockSize()} unless set
   */
  @Value.Default
  public int lastBlockSize() {
    return blockSize();
  }

  /**
   * Returns the figures of the total.
   *
   * @return the total's figures
   */
  public abstract PublishedFigures total();

  /**
   * Returns the figures of the components that were published, in the framework's order.
   *
   * @return one entry per published component
   */
  public abstract Map<Component, PublishedFigures> components();

  /**
   * Returns the block's median total score (điểm trung vị), if published.
   *
   * @return the median score
   */
  public abstract Optional<Score> medianScore();

  /**
   * Returns the unit's framework.
   *
   * @return the framework of the unit's block
   */
  public Framework framework() {
    return unit().block().framework();
  }

  /**
   * Returns the figures of one component, if they were published.
   *
   * @param component a component of the framework
   * @return its figures
   * @throws vn.ddci.DdciValidationException if the component is not in the framework
   */
  public Optional<PublishedFigures> component(Component component) {
    Objects.requireNonNull(component, "component");
    checkArgument(
        framework().contains(component),
        "%s: no component %s in %s",
        where(),
        component,
        framework().name());
    return Optional.ofNullable(components().get(component));
  }

  @Value.Check
  PublishedStanding normalize() {
    Framework f = framework();
    Values.year(year(), () -> "unit '" + unit().name() + "': year");
    checkArgument(
        blockSize() >= 1 && blockSize() <= Bounds.MAX_BLOCK_SIZE,
        "%s: block size %s is outside 1–%s",
        where(),
        blockSize(),
        Bounds.MAX_BLOCK_SIZE);
    checkArgument(
        lastBlockSize() >= 1 && lastBlockSize() <= Bounds.MAX_BLOCK_SIZE,
        "%s: last year's block size %s is outside 1–%s",
        where(),
        lastBlockSize(),
        Bounds.MAX_BLOCK_SIZE);
    for (Component c : components().keySet()) {
      checkArgument(
          f.contains(c), "%s: component %s is not in framework '%s'", where(), c, f.name());
    }
    checkFigures("total", total(), f.totalMax());
    medianScore()
        .ifPresent(
            m ->
                checkArgument(
                    m.value().compareTo(f.totalMax()) <= 0,
                    () ->
                        format(
                            "%s: median score %s is outside 0–%s",
                            where(), Decimals.show(m.value()), Decimals.show(f.totalMax()))));
    ImmutableMap.Builder<Component, PublishedFigures> ordered = ImmutableMap.builder();
    for (Component c : f.components()) {
      PublishedFigures figures = components().get(c);
      if (figures != null) {
        checkFigures("component " + c.code(), figures, f.componentMax());
        ordered.put(c, figures);
      }
    }
    ImmutableMap<Component, PublishedFigures> inOrder = ordered.build();
    if (ImmutableList.copyOf(components().keySet()).equals(inOrder.keySet().asList())) {
      return this;
    }
    return new Builder().from(this).components(inOrder).build();
  }

  private void checkFigures(String what, PublishedFigures figures, BigDecimal max) {
    checkRank(what, "rank", figures.rank() + figures.tiedCount() - 1, figures.rank(), blockSize());
    checkRank(what, "last year's rank", figures.lastRank(), lastBlockSize());
    checkRank(what, "improvement rank", figures.improvementRank(), blockSize());
    for (Optional<Score> score :
        List.of(figures.score(), figures.leaderScore(), figures.lastScore())) {
      score.ifPresent(
          s ->
              checkArgument(
                  s.value().compareTo(max) <= 0,
                  () ->
                      format(
                          "%s, %s: score %s is outside 0–%s",
                          where(), what, Decimals.show(s.value()), Decimals.show(max))));
    }
    figures
        .score()
        .ifPresent(
            s -> {
              checkArgument(
                  figures.rank() == 1 || s.value().compareTo(max) < 0,
                  () ->
                      format(
                          "%s, %s: score %s is the maximum, yet the rank is %s, not 1",
                          where(), what, Decimals.show(s.value()), figures.rank()));
              figures
                  .leaderScore()
                  .ifPresent(
                      l ->
                          checkArgument(
                              figures.rank() > 1 || l.equals(s),
                              () ->
                                  format(
                                      "%s, %s: rank 1 with score %s, yet the leader's score is %s",
                                      where(),
                                      what,
                                      Decimals.show(s.value()),
                                      Decimals.show(l.value()))));
            });
  }

  private void checkRank(String what, String which, int lastPosition, int rank, int n) {
    checkArgument(
        lastPosition <= n,
        "%s, %s: %s %s%s is outside 1–%s",
        where(),
        what,
        which,
        rank,
        lastPosition > rank ? " tied ×" + (lastPosition - rank + 1) : "",
        n);
  }

  private void checkRank(String what, String which, OptionalInt rank, int n) {
    rank.ifPresent(r -> checkRank(what, which, r, r, n));
  }

  private String where() {
    return "unit '" + unit().name() + "', year " + year();
  }

  @Override
  public String toString() {
    return "PublishedStanding["
        + unit().name()
        + " "
        + year()
        + ": total "
        + total().rank()
        + "/"
        + blockSize()
        + "]";
  }
}
