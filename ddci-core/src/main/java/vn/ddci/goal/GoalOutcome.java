package vn.ddci.goal;

import static vn.ddci.internal.Checks.checkArgument;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Numbers;
import vn.ddci.ranking.Standing;
import vn.ddci.result.Unit;

/**
 * Whether a unit met a goal (kết quả thực hiện mục tiêu): met (đạt), not met (chưa đạt) or not
 * judged (chưa đánh giá được), with the figure reached and the margin.
 *
 * <ul>
 *   <li>{@link #scoreMargin()}: for a target score, the score minus the target; for a score gain,
 *       the change minus the gain. Positive over the goal, 0 exactly at it (met), negative under
 *       it.
 *   <li>{@link #rankMargin()}: places ahead (positive) or behind (negative) of the worst rank that
 *       meets the goal: k for a target rank k/n (under FRACTIONAL, k minus the fractional rank,
 *       rounded down: rank 2.5 is 1 place behind rank 2); the last rank above the median, ⌊n / 2⌋;
 *       n − k out of the bottom k; for a rank gain, the rank change minus the places asked.
 * </ul>
 *
 * <p>A goal that the figures at hand cannot decide is {@link Verdict#NOT_JUDGED}, with what is
 * {@linkplain #missing() missing} and a {@linkplain #reason() reason} that names the unit, the
 * measure and the year; it never counts as met or not met.
 *
 * <pre>{@code
 * GoalOutcome o = GoalCheck.check(Goal.score(Measure.total(), Year.of(2023), new BigDecimal("80")), a);
 * o.verdict();        // MET
 * o.scoreMargin();    // Optional[0.45]
 * }</pre>
 */
@Value.Immutable
@DdciStyle
public abstract class GoalOutcome {

  /** The verdict on a goal. */
  public enum Verdict {
    /** The goal was met (đạt mục tiêu), exactly at the target included. */
    MET,
    /** The goal was not met (chưa đạt mục tiêu). */
    NOT_MET,
    /** The figures at hand cannot decide (chưa đánh giá được). */
    NOT_JUDGED
  }

  /** What a goal that cannot be judged lacks. */
  public enum Missing {
    /** The score was not published (chưa công bố điểm). */
    SCORE,
    /** The rank is unknown: not published, and the table is partial (không có xếp hạng). */
    RANK,
    /** Last year's score, hence the change, is unknown (thiếu số liệu năm trước). */
    LAST_YEAR_SCORE,
    /** Last year's rank, hence the rank change, is unknown (thiếu xếp hạng năm trước). */
    LAST_YEAR_RANK
  }

  GoalOutcome() {}

  static ImmutableGoalOutcome.Builder builder(Goal goal, Unit unit) {
    return ImmutableGoalOutcome.builder().goal(goal).unit(unit);
  }

  /**
   * Returns the goal judged.
   *
   * @return the goal
   */
  public abstract Goal goal();

  /**
   * Returns the unit whose results were judged.
   *
   * @return the unit
   */
  public abstract Unit unit();

  /**
   * Returns the verdict.
   *
   * @return met, not met, or not judged
   */
  public abstract Verdict verdict();

  /**
   * Returns this year's standing on the goal's measure, when known (whatever the kind).
   *
   * @return the standing
   */
  public abstract Optional<Standing> standing();

  /**
   * Returns this year's score on the goal's measure, when published.
   *
   * @return the exact score
   */
  public abstract Optional<BigDecimal> score();

  /**
   * Returns the score change over last year, when known.
   *
   * @return this year's score minus last year's, exact
   */
  public abstract Optional<BigDecimal> change();

  /**
   * Returns the rank change over last year, when known.
   *
   * @return last year's rank minus this year's; positive means up
   */
  public abstract OptionalInt rankChange();

  /**
   * Returns the margin in points, for a target score or a score gain that was judged.
   *
   * @return the figure reached minus the goal's; negative when short
   */
  public abstract Optional<BigDecimal> scoreMargin();

  /**
   * Returns the margin in places, for a goal on the rank or the rank change that was judged.
   *
   * @return places ahead (positive) or behind (negative) the worst rank, or rank change, that meets
   *     the goal
   */
  public abstract OptionalInt rankMargin();

  /**
   * Returns what is missing, when the goal is not judged.
   *
   * @return the missing figure
   */
  public abstract Optional<Missing> missing();

  /**
   * Returns why the goal is not judged, in English, naming the unit, measure and year.
   *
   * @return the reason; empty when judged
   */
  public abstract Optional<String> reason();

  @Value.Check
  void check() {
    boolean judged = verdict() != Verdict.NOT_JUDGED;
    checkArgument(
        judged != missing().isPresent() && judged != reason().isPresent(),
        "outcome of %s: a reason and what is missing go with NOT_JUDGED only, got %s",
        goal(),
        verdict());
    checkArgument(
        !judged || scoreMargin().isPresent() || rankMargin().isPresent(),
        "outcome of %s: a judged goal has a margin",
        goal());
  }

  /**
   * Tells whether the goal was met.
   *
   * @return true for {@link Verdict#MET}
   */
  public boolean isMet() {
    return verdict() == Verdict.MET;
  }

  /**
   * Tells whether the goal was judged (met or not met).
   *
   * @return false for {@link Verdict#NOT_JUDGED}
   */
  public boolean isJudged() {
    return verdict() != Verdict.NOT_JUDGED;
  }

  /** Returns e.g. {@code GoalOutcome[TOTAL 2023: rank 10/25, NOT_MET, 5 places behind]}. */
  @Override
  public String toString() {
    String margin =
        scoreMargin()
            .map(m -> (m.signum() >= 0 ? "+" : "") + Numbers.show(m) + " points")
            .orElse(
                rankMargin().isPresent()
                    ? Math.abs(rankMargin().getAsInt())
                        + (Math.abs(rankMargin().getAsInt()) == 1 ? " place" : " places")
                        + (rankMargin().getAsInt() >= 0 ? " ahead" : " behind")
                    : "");
    return "GoalOutcome["
        + goal().measure().code()
        + " "
        + goal().year()
        + ": "
        + goal().describe()
        + ", "
        + verdict()
        + (margin.isEmpty() ? "" : ", " + margin)
        + reason().map(r -> ": " + r).orElse("")
        + "]";
  }
}
