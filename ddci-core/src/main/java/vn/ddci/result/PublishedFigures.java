package vn.ddci.result;

import static vn.ddci.internal.Checks.checkArgument;
import static vn.ddci.internal.Checks.format;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import vn.ddci.Bounds;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Values;

/**
 * What was published about one measure (the total or one component) of one unit, when the whole
 * table is not at hand: the rank, and whatever else the unit was told.
 *
 * <p>Only the rank is required; the seed plan, for instance, gives Sở Ngoại vụ's rank for every
 * component but its score change for only some. The ranks are "of n", where n is the block size of
 * the {@link PublishedStanding} that holds these figures.
 *
 * <pre>{@code
 * PublishedFigures transparency = PublishedFigures.builder()
 *     .rank(17).lastRank(2).change("-1.92")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DdciStyle
public abstract class PublishedFigures {

  PublishedFigures() {}

  /**
   * Starts published figures.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns figures that state only a rank.
   *
   * @param rank the rank this year
   * @return the figures
   */
  public static PublishedFigures ofRank(int rank) {
    return builder().rank(rank).build();
  }

  /** Builds {@link PublishedFigures}; not thread-safe. */
  public static final class Builder extends ImmutablePublishedFigures.Builder {
    Builder() {}

    /**
     * Sets the score, written with a decimal point or comma.
     *
     * @param score e.g. {@code "80.45"}
     * @return this builder
     */
    public Builder score(String score) {
      Objects.requireNonNull(score, "score");
      return score(Score.parse(score));
    }

    /**
     * Sets the leader's score, written with a decimal point or comma.
     *
     * @param leaderScore e.g. {@code "87.77"}
     * @return this builder
     */
    public Builder leaderScore(String leaderScore) {
      Objects.requireNonNull(leaderScore, "leaderScore");
      return leaderScore(Score.parse(leaderScore));
    }

    /**
     * Sets the score change, written with a decimal point or comma and an optional sign.
     *
     * @param change e.g. {@code "-1.92"} or {@code "5,20"}
     * @return this builder
     */
    public Builder change(String change) {
      Objects.requireNonNull(change, "change");
      return change(Decimals.parse(change));
    }
  }

  /**
   * Returns the rank this year (xếp hạng), shared with tied units.
   *
   * @return 1 or more
   */
  public abstract int rank();

  /**
   * Returns how many units share this rank, this unit included ("cùng điểm với 02 đơn vị dẫn đầu"
   * is 3).
   *
   * @return 1 unless a tie was published
   */
  @Value.Default
  public int tiedCount() {
    return 1;
  }

  /**
   * Returns the score this year, if published.
   *
   * @return the score
   */
  public abstract Optional<Score> score();

  /**
   * Returns the score of the block's leader (đơn vị đứng đầu) this year, if published.
   *
   * @return the leader's score
   */
  public abstract Optional<Score> leaderScore();

  /**
   * Returns last year's rank, if published.
   *
   * @return 1 or more
   */
  public abstract OptionalInt lastRank();

  /**
   * Returns the score change over last year (mức độ cải thiện), if published.
   *
   * @return this year's score minus last year's, exact
   */
  public abstract Optional<BigDecimal> change();

  /**
   * Returns the rank of the change inside the block (xếp thứ … về cải thiện), if published.
   *
   * @return 1 or more
   */
  public abstract OptionalInt improvementRank();

  /**
   * Returns last year's score, when both this year's score and the change are published.
   *
   * @return score − change, exact
   */
  public Optional<Score> lastScore() {
    return score().flatMap(s -> change().map(c -> Score.of(s.value().subtract(c))));
  }

  @Value.Check
  void check() {
    checkRank("rank", rank());
    checkRank("tied count", tiedCount());
    lastRank().ifPresent(r -> checkRank("last year's rank", r));
    improvementRank().ifPresent(r -> checkRank("improvement rank", r));
    change().ifPresent(c -> Values.decimal(c, "the change"));
    if (score().isPresent() && leaderScore().isPresent()) {
      checkArgument(
          leaderScore().get().compareTo(score().get()) >= 0,
          () ->
              format(
                  "the leader's score %s is below the unit's score %s",
                  Decimals.show(leaderScore().get().value()),
                  Decimals.show(score().get().value())));
    }
    if (score().isPresent() && change().isPresent()) {
      BigDecimal last = score().get().value().subtract(change().get());
      checkArgument(
          last.signum() >= 0,
          () ->
              format(
                  "the change %s would make last year's score %s negative",
                  Decimals.show(change().get()), Decimals.show(last)));
    }
  }

  private static void checkRank(String what, int rank) {
    checkArgument(
        rank >= 1 && rank <= Bounds.MAX_BLOCK_SIZE,
        "%s %s is outside 1–%s",
        what,
        rank,
        Bounds.MAX_BLOCK_SIZE);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("PublishedFigures[rank ").append(rank());
    if (tiedCount() > 1) {
      s.append(" (tied ×").append(tiedCount()).append(')');
    }
    score().ifPresent(v -> s.append(", score ").append(Decimals.show(v.value())));
    lastRank().ifPresent(r -> s.append(", last rank ").append(r));
    change().ifPresent(c -> s.append(", change ").append(Decimals.show(c)));
    improvementRank().ifPresent(r -> s.append(", improvement rank ").append(r));
    return s.append(']').toString();
  }
}
