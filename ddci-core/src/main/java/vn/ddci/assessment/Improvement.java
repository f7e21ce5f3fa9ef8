package vn.ddci.assessment;

import static vn.ddci.internal.Checks.checkArgument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import vn.ddci.Bounds;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Numbers;
import vn.ddci.internal.Values;
import vn.ddci.ranking.Standing;
import vn.ddci.result.Decimals;

/**
 * A unit's improvement on one measure over the previous year (mức độ cải thiện).
 *
 * <ul>
 *   <li>{@link #change()}: this year's score minus last year's, exact;
 *   <li>{@link #rankChange()}: last year's rank minus this year's, positive when the unit moved up
 *       ("tăng 23 bậc"), negative when it moved down ("giảm 15 bậc");
 *   <li>{@link #improvementRank()}: the rank of the change inside the block ("xếp thứ 10/25 về cải
 *       thiện").
 * </ul>
 *
 * <p>Each part may be unknown when the unit has only its published figures.
 */
@Value.Immutable
@DdciStyle
public abstract class Improvement {

  Improvement() {}

  /**
   * Returns an improvement of which nothing is known.
   *
   * @return an empty improvement
   */
  public static Improvement unknown() {
    return ImmutableImprovement.builder().build();
  }

  /**
   * Returns an improvement.
   *
   * @param change the exact score change, if known
   * @param rankChange last rank − this rank, if known
   * @param improvementRank the rank of the change in the block, if known
   * @return the improvement
   */
  public static Improvement of(
      Optional<BigDecimal> change, OptionalInt rankChange, Optional<Standing> improvementRank) {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(rankChange, "rankChange");
    Objects.requireNonNull(improvementRank, "improvementRank");
    change.ifPresent(c -> Values.decimal(c, "a change"));
    if (rankChange.isPresent()) {
      int r = rankChange.getAsInt();
      checkArgument(
          Math.abs((long) r) < Bounds.MAX_BLOCK_SIZE,
          "a rank change of %s places is larger than any block",
          r);
    }
    return ImmutableImprovement.builder()
        .change(change)
        .rankChange(rankChange)
        .improvementRank(improvementRank)
        .build();
  }

  /**
   * Returns the score change: this year's score minus last year's.
   *
   * @return the exact change, if known
   */
  public abstract Optional<BigDecimal> change();

  /**
   * Returns the rank change: last year's rank minus this year's; positive means up.
   *
   * @return the number of places moved, if known
   */
  public abstract OptionalInt rankChange();

  /**
   * Returns the rank of the score change inside the block.
   *
   * @return the improvement rank, if known
   */
  public abstract Optional<Standing> improvementRank();

  /**
   * Returns whether the score improved, declined or stayed.
   *
   * @return the trend of {@link #change()}, if known
   */
  public Optional<Trend> trend() {
    return change().map(Trend::of);
  }

  /**
   * Tells whether the score is known to have declined.
   *
   * @return true when the change is negative
   */
  public boolean declined() {
    return trend().filter(t -> t == Trend.DECLINED).isPresent();
  }

  @Override
  public String toString() {
    return describe(-1);
  }

  /** The toString() with the change shown at a number of decimals (every digit when negative). */
  String describe(int decimals) {
    List<String> parts = new ArrayList<>();
    change()
        .ifPresent(
            c ->
                parts.add(
                    "change "
                        + (c.signum() > 0 ? "+" : "")
                        + (decimals < 0 ? Numbers.show(c) : Decimals.show(c, decimals))));
    rankChange().ifPresent(r -> parts.add("rank " + (r > 0 ? "+" : "") + r));
    improvementRank().ifPresent(r -> parts.add("improvement " + r.format()));
    return "Improvement[" + String.join(", ", parts) + "]";
  }
}
