package vn.ddci.assessment;

import static vn.ddci.internal.Checks.checkArgument;

import java.math.BigDecimal;
import java.util.Locale;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Values;

/**
 * How sure a measure's standing and its change since last year are (độ tin cậy), from an
 * uncertainty analysis of the survey (the respondent bootstrap of both years, say): this year's
 * rank interval, the interval of the rank change and of the score change at a confidence level, and
 * the probability that the unit really improved.
 *
 * <p>A change is significant (có ý nghĩa thống kê) when its interval leaves out 0: "tăng 7 bậc,
 * khoảng tin cậy 90 %: từ 3 đến 11 bậc". Published results without the survey's answers give no
 * such figures: an assessment then has no confidence, and says so.
 *
 * <pre>{@code
 * Confidence c = Confidence.builder().level(0.9).method("bootstrap, 1000 replications")
 *     .rankFrom(3).rankTo(9).rankChangeFrom(3).rankChangeTo(11)
 *     .scoreChangeFrom(new BigDecimal("0.84")).scoreChangeTo(new BigDecimal("2.10"))
 *     .probabilityScoreRose(0.99).probabilityRankRose(0.98).build();
 * c.rankChangeIsSignificant();   // true
 * }</pre>
 */
@Value.Immutable
@DdciStyle
public abstract class Confidence {
  Confidence() {}

  /**
   * Starts a confidence.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Confidence}; not thread-safe. */
  public static final class Builder extends ImmutableConfidence.Builder {
    Builder() {}
  }

  /**
   * Returns the confidence level.
   *
   * @return in (0, 1), e.g. 0.9
   */
  public abstract double level();

  /**
   * Returns how the figures were obtained.
   *
   * @return e.g. "bootstrap of respondents within unit, 1000 replications"
   */
  public abstract String method();

  /**
   * Returns the best rank of this year's rank interval (the smaller number).
   *
   * @return a rank, 1 or more
   */
  public abstract int rankFrom();

  /**
   * Returns the worst rank of this year's rank interval.
   *
   * @return a rank, not below {@link #rankFrom()}
   */
  public abstract int rankTo();

  /**
   * Returns the lower end of the rank change's interval, in places moved up (negative: down).
   *
   * @return places
   */
  public abstract int rankChangeFrom();

  /**
   * Returns the upper end of the rank change's interval.
   *
   * @return places, not below {@link #rankChangeFrom()}
   */
  public abstract int rankChangeTo();

  /**
   * Returns the lower end of the score change's interval.
   *
   * @return points
   */
  public abstract BigDecimal scoreChangeFrom();

  /**
   * Returns the upper end of the score change's interval.
   *
   * @return points, not below {@link #scoreChangeFrom()}
   */
  public abstract BigDecimal scoreChangeTo();

  /**
   * Returns the probability that the score rose.
   *
   * @return from 0 to 1
   */
  public abstract double probabilityScoreRose();

  /**
   * Returns the probability that the unit moved up the ranking.
   *
   * @return from 0 to 1
   */
  public abstract double probabilityRankRose();

  /**
   * Tells whether the rank change is significant at the level: its interval leaves out 0.
   *
   * @return true when the unit surely moved (up or down)
   */
  public boolean rankChangeIsSignificant() {
    return rankChangeFrom() > 0 || rankChangeTo() < 0;
  }

  /**
   * Tells whether the score change is significant at the level: its interval leaves out 0.
   *
   * @return true when the score surely changed
   */
  public boolean scoreChangeIsSignificant() {
    return scoreChangeFrom().signum() > 0 || scoreChangeTo().signum() < 0;
  }

  @Value.Check
  void check() {
    checkArgument(level() > 0 && level() < 1, "the confidence level %s is outside (0, 1)", level());
    checkArgument(!method().isBlank(), "a confidence needs the method that gave it");
    checkArgument(
        rankFrom() >= 1 && rankFrom() <= rankTo(),
        "the rank interval [%s, %s] is not one",
        rankFrom(),
        rankTo());
    checkArgument(
        rankChangeFrom() <= rankChangeTo(),
        "the rank change interval [%s, %s] is not one",
        rankChangeFrom(),
        rankChangeTo());
    Values.decimal(scoreChangeFrom(), "the score change's lower end");
    Values.decimal(scoreChangeTo(), "the score change's upper end");
    checkArgument(
        scoreChangeFrom().compareTo(scoreChangeTo()) <= 0,
        "the score change interval [%s, %s] is not one",
        scoreChangeFrom(),
        scoreChangeTo());
    for (double p : new double[] {probabilityScoreRose(), probabilityRankRose()}) {
      checkArgument(p >= 0 && p <= 1, "the probability %s is outside [0, 1]", p);
    }
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "Confidence[%s %%: rank %s–%s, rank change %+d to %+d, score change %s to %s,"
            + " P(score rose) %.2f, P(rank rose) %.2f; %s]",
        level() * 100,
        rankFrom(),
        rankTo(),
        rankChangeFrom(),
        rankChangeTo(),
        scoreChangeFrom().toPlainString(),
        scoreChangeTo().toPlainString(),
        probabilityScoreRose(),
        probabilityRankRose(),
        method());
  }
}
