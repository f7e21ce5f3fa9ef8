package vn.ddci.goal;

import static vn.ddci.internal.Checks.checkArgument;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import vn.ddci.Bounds;
import vn.ddci.framework.Measure;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Numbers;
import vn.ddci.internal.Values;

/**
 * A goal that a plan sets for a year (mục tiêu phấn đấu): for the total or one component, a target
 * score, a target rank, a place above the median, a place out of the bottom group, or an
 * improvement over the previous year.
 *
 * <pre>{@code
 * Goal.score(Measure.total(), Year.of(2023), new BigDecimal("64.00"));  // Goal[TOTAL 2023: score ≥ 64.00]
 * Goal.rank(Measure.total(), Year.of(2023), 10, 25);                    // "xếp hạng 10/25"
 * Goal.aboveMedian(Measure.of(f.component("DYNAMISM")), Year.of(2023)); // "trên trung vị"
 * Goal.outOfBottom(Measure.of(f.component("BUSINESS_SUPPORT")), Year.of(2023), 5);
 * Goal.scoreGain(Measure.total(), Year.of(2023), new BigDecimal("2"));  // "+2 điểm"
 * Goal.rankGain(Measure.total(), Year.of(2023), 3);                     // "tăng 3 bậc"
 * }</pre>
 *
 * <p>Only the factories create goals; each checks its figures (a score not negative, a rank in 1–n,
 * a gain above zero) and throws {@link vn.ddci.DdciValidationException} naming the measure, the
 * year and the value. A goal does not know its framework: the {@link vn.ddci.plan.Plan} that holds
 * it checks that its component belongs to the plan's framework and that a target score lies in the
 * scale. Whether a goal was met is computed by {@link GoalCheck}.
 */
@Value.Immutable
@DdciStyle
public abstract class Goal {

  /** What a goal asks for. */
  public enum Kind {
    /** A score of at least the target (đạt … điểm). */
    SCORE,
    /**
     * A rank of at most k, of n (xếp hạng k/n): the ranking rule's rank; under FRACTIONAL ties the
     * fractional rank, so that rank 2.5 (tied for places 2 and 3) does not meet rank 2.
     */
    RANK,
    /** A rank above the block's median rank (trên trung vị); at the median is not above. */
    ABOVE_MEDIAN,
    /** A rank outside the last k of the block (ra khỏi nhóm k đơn vị cuối bảng). */
    OUT_OF_BOTTOM,
    /** A score change over last year of at least the gain (tăng … điểm). */
    SCORE_GAIN,
    /** A rank change over last year of at least the places (tăng … bậc). */
    RANK_GAIN
  }

  Goal() {}

  /**
   * Returns a target score: the measure's score this year at least {@code target}.
   *
   * @param measure the total or a component
   * @param year the year of the results the goal is for
   * @param target the score to reach, e.g. 64.00; not negative
   * @return the goal
   * @throws vn.ddci.DdciValidationException if the score is negative or outside the bounds
   */
  public static Goal score(Measure measure, Year year, BigDecimal target) {
    Objects.requireNonNull(target, "target");
    return build(measure, year, Kind.SCORE).points(target).build();
  }

  /**
   * Returns a target rank: rank k or better of n (xếp hạng k/n). It is judged on the rank the
   * block's ranking rule gives ({@link vn.ddci.ranking.Standing#rank()}; a unit level with the k-th
   * under COMPETITION shares rank k and meets it), except that under {@link
   * vn.ddci.framework.TiePolicy#FRACTIONAL} it is judged on the {@link
   * vn.ddci.ranking.Standing#fractionalRank() fractional rank}: two units tied for places 2 and 3
   * are at rank 2.5 and meet rank 3, not rank 2.
   *
   * @param measure the total or a component
   * @param year the year of the results the goal is for
   * @param rank k, 1 to n
   * @param outOf n, the block size the plan expects
   * @return the goal
   * @throws vn.ddci.DdciValidationException if n is outside 1–{@link Bounds#MAX_BLOCK_SIZE} or k
   *     outside 1–n
   */
  public static Goal rank(Measure measure, Year year, int rank, int outOf) {
    return build(measure, year, Kind.RANK).rank(rank).outOf(outOf).build();
  }

  /**
   * Returns the goal of a rank above the block's median rank (n + 1) / 2 (xếp hạng trên trung vị).
   *
   * @param measure the total or a component
   * @param year the year of the results the goal is for
   * @return the goal
   */
  public static Goal aboveMedian(Measure measure, Year year) {
    return build(measure, year, Kind.ABOVE_MEDIAN).build();
  }

  /**
   * Returns the goal of leaving the bottom k of the block (ra khỏi nhóm k đơn vị cuối bảng): a rank
   * of at most n − k.
   *
   * @param measure the total or a component
   * @param year the year of the results the goal is for
   * @param bottom k, 1 or more
   * @return the goal
   * @throws vn.ddci.DdciValidationException if k is outside 1–{@link Bounds#MAX_BLOCK_SIZE}
   */
  public static Goal outOfBottom(Measure measure, Year year, int bottom) {
    return build(measure, year, Kind.OUT_OF_BOTTOM).bottom(bottom).build();
  }

  /**
   * Returns a score gain: this year's score minus last year's at least {@code gain} ("+2 điểm").
   *
   * @param measure the total or a component
   * @param year the year of the results the goal is for
   * @param gain the points to gain; above zero
   * @return the goal
   * @throws vn.ddci.DdciValidationException if the gain is not above zero or outside the bounds
   */
  public static Goal scoreGain(Measure measure, Year year, BigDecimal gain) {
    Objects.requireNonNull(gain, "gain");
    return build(measure, year, Kind.SCORE_GAIN).points(gain).build();
  }

  /**
   * Returns a rank gain: last year's rank minus this year's at least {@code places} ("tăng 3 bậc").
   *
   * @param measure the total or a component
   * @param year the year of the results the goal is for
   * @param places the places to move up; 1 or more
   * @return the goal
   * @throws vn.ddci.DdciValidationException if the places are outside 1–{@link
   *     Bounds#MAX_BLOCK_SIZE}
   */
  public static Goal rankGain(Measure measure, Year year, int places) {
    return build(measure, year, Kind.RANK_GAIN).places(places).build();
  }

  private static ImmutableGoal.Builder build(Measure measure, Year year, Kind kind) {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(year, "year");
    return ImmutableGoal.builder().measure(measure).year(year).kind(kind);
  }

  /**
   * Returns what the goal is about.
   *
   * @return the total or a component
   */
  public abstract Measure measure();

  /**
   * Returns the year of the results the goal is for (năm đánh giá).
   *
   * @return e.g. 2023 for the DDCI 2023 results
   */
  public abstract Year year();

  /**
   * Returns what the goal asks for.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the target score ({@link Kind#SCORE}) or the score gain ({@link Kind#SCORE_GAIN}).
   *
   * @return the points, exact; empty for other kinds
   */
  public abstract Optional<BigDecimal> points();

  /**
   * Returns the target rank k ({@link Kind#RANK}).
   *
   * @return k; empty for other kinds
   */
  public abstract OptionalInt rank();

  /**
   * Returns n of the target rank k/n ({@link Kind#RANK}), the block size the plan expects. The
   * check compares ranks: rank k of a block that has grown or shrunk still meets it.
   *
   * @return n; empty for other kinds
   */
  public abstract OptionalInt outOf();

  /**
   * Returns k of "out of the bottom k" ({@link Kind#OUT_OF_BOTTOM}).
   *
   * @return k; empty for other kinds
   */
  public abstract OptionalInt bottom();

  /**
   * Returns the places to move up ({@link Kind#RANK_GAIN}).
   *
   * @return the places; empty for other kinds
   */
  public abstract OptionalInt places();

  @Value.Check
  void check() {
    Values.year(year(), () -> where() + ": year");
    boolean points = kind() == Kind.SCORE || kind() == Kind.SCORE_GAIN;
    checkArgument(
        points == points().isPresent()
            && (kind() == Kind.RANK) == rank().isPresent()
            && (kind() == Kind.RANK) == outOf().isPresent()
            && (kind() == Kind.OUT_OF_BOTTOM) == bottom().isPresent()
            && (kind() == Kind.RANK_GAIN) == places().isPresent(),
        "%s: the figures do not fit a goal of kind %s",
        where(),
        kind());
    points()
        .ifPresent(
            p -> {
              Values.decimal(p, () -> where() + ": " + (kind() == Kind.SCORE ? "score" : "gain"));
              checkArgument(
                  kind() == Kind.SCORE ? p.signum() >= 0 : p.signum() > 0,
                  () ->
                      where()
                          + (kind() == Kind.SCORE
                              ? ": a target score must not be negative, got "
                              : ": a score gain must be above zero, got ")
                          + Numbers.show(p));
            });
    outOf()
        .ifPresent(
            n -> {
              checkArgument(
                  n >= 1 && n <= Bounds.MAX_BLOCK_SIZE,
                  "%s: a block has 1 to %s units, got n = %s",
                  where(),
                  Bounds.MAX_BLOCK_SIZE,
                  n);
              int k = rank().getAsInt();
              checkArgument(k >= 1 && k <= n, "%s: target rank %s is outside 1–%s", where(), k, n);
            });
    for (OptionalInt count : List.of(bottom(), places())) {
      count.ifPresent(
          k ->
              checkArgument(
                  k >= 1 && k < Bounds.MAX_BLOCK_SIZE,
                  "%s: %s %s is outside 1–%s",
                  where(),
                  kind() == Kind.OUT_OF_BOTTOM ? "the bottom group of" : "a rank gain of",
                  k,
                  Bounds.MAX_BLOCK_SIZE - 1));
    }
  }

  private String where() {
    return "goal for " + measure().code() + ", " + year();
  }

  /**
   * Describes the goal without its measure and year: "score ≥ 64.00", "rank 10/25", "above the
   * median", "out of the bottom 5", "+2 points", "up 3 places".
   *
   * @return the goal in words, in English
   */
  public String describe() {
    switch (kind()) {
      case SCORE:
        return "score ≥ " + Numbers.show(points().get());
      case RANK:
        return "rank " + rank().getAsInt() + "/" + outOf().getAsInt();
      case ABOVE_MEDIAN:
        return "above the median";
      case OUT_OF_BOTTOM:
        return "out of the bottom " + bottom().getAsInt();
      case SCORE_GAIN:
        return "+" + Numbers.show(points().get()) + " points";
      default:
        return "up " + places().getAsInt() + (places().getAsInt() == 1 ? " place" : " places");
    }
  }

  /** Returns e.g. {@code Goal[TOTAL 2023: rank 10/25]}. */
  @Override
  public String toString() {
    return "Goal[" + measure().code() + " " + year() + ": " + describe() + "]";
  }
}
