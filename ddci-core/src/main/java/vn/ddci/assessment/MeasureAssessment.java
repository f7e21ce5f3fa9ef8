package vn.ddci.assessment;

import static vn.ddci.internal.Checks.checkArgument;
import static vn.ddci.internal.Checks.format;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ddci.Bounds;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Measure;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Numbers;
import vn.ddci.internal.Values;
import vn.ddci.ranking.MedianClass;
import vn.ddci.ranking.Standing;
import vn.ddci.result.Decimals;
import vn.ddci.result.Score;

/**
 * The assessment of one measure of one unit (the total or one component), as a plan's section II
 * states it: the standing, the score, the improvement over last year, the position against the
 * median, and the gaps to the leader and to the median score.
 *
 * <p>Scores, the leader's and the median may be unknown when the unit has only its published
 * figures; the gaps are then empty too.
 */
@Value.Immutable
@DdciStyle
public abstract class MeasureAssessment {

  MeasureAssessment() {}

  /**
   * Starts an assessment.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeasureAssessment}; not thread-safe. */
  public static final class Builder extends ImmutableMeasureAssessment.Builder {
    Builder() {}
  }

  /**
   * Returns what is assessed.
   *
   * @return the total or a component
   */
  public abstract Measure measure();

  /**
   * Returns this year's standing.
   *
   * @return rank of n
   */
  public abstract Standing standing();

  /**
   * Returns this year's score, if known.
   *
   * @return the score
   */
  public abstract Optional<Score> score();

  /**
   * Returns last year's standing, if known.
   *
   * @return rank of n last year
   */
  public abstract Optional<Standing> lastStanding();

  /**
   * Returns the improvement over last year.
   *
   * @return the change, rank change and improvement rank, as far as known
   */
  @Value.Default
  public Improvement improvement() {
    return Improvement.unknown();
  }

  /**
   * Returns the leader's score this year, if known.
   *
   * @return the best score of the block
   */
  public abstract Optional<Score> leaderScore();

  /**
   * Returns the block's median score this year, if known.
   *
   * @return the median score
   */
  public abstract Optional<Score> medianScore();

  /**
   * Returns how sure the standing and the change are, when an uncertainty analysis of the survey
   * gave it; published results alone give none.
   *
   * @return the confidence, if known
   */
  public abstract Optional<Confidence> confidence();

  /**
   * Returns this assessment with a confidence.
   *
   * @param confidence the figures of an uncertainty analysis
   * @return the assessment
   */
  public MeasureAssessment withConfidence(Confidence confidence) {
    return builder().from(this).confidence(confidence).build();
  }

  /**
   * Returns how many decimals the framework publishes: what {@link #toString()} shows. The values
   * keep every digit.
   *
   * @return 2 unless set
   */
  @Value.Default
  public int publishedDecimals() {
    return 2;
  }

  @Value.Check
  void check() {
    String what = measure().code();
    checkArgument(
        publishedDecimals() >= 0 && publishedDecimals() <= Framework.MAX_DECIMALS,
        "%s: published decimals %s are outside 0–%s",
        what,
        publishedDecimals(),
        Framework.MAX_DECIMALS);
    improvement().change().ifPresent(c -> Values.decimal(c, () -> what + ": the change"));
    int n = standing().outOf();
    confidence()
        .ifPresent(
            c ->
                checkArgument(
                    c.rankTo() <= n,
                    "%s: the rank interval reaches %s, beyond the block's %s units",
                    what,
                    c.rankTo(),
                    n));
    if (improvement().rankChange().isPresent()) {
      int change = improvement().rankChange().getAsInt();
      int lastN = lastStanding().map(Standing::outOf).orElse(Bounds.MAX_BLOCK_SIZE);
      checkArgument(
          change <= lastN - standing().rank() && change >= 1 - standing().rank(),
          "%s: a rank change of %s cannot reach rank %s of %s",
          what,
          change,
          standing().rank(),
          n);
    }
    improvement()
        .improvementRank()
        .ifPresent(
            r ->
                checkArgument(
                    r.outOf() <= n,
                    "%s: the improvement rank %s is of more units than the block's %s",
                    what,
                    r.format(),
                    n));
    if (standing().competitionRank() == 1 && score().isPresent() && leaderScore().isPresent()) {
      checkArgument(
          leaderScore().get().equals(score().get()),
          () ->
              format(
                  "%s: ranked first with %s, yet the leader's score is %s",
                  what,
                  Numbers.show(score().get().value()),
                  Numbers.show(leaderScore().get().value())));
    }
    if (lastStanding().isPresent() && improvement().rankChange().isPresent()) {
      int implied = lastStanding().get().rank() - standing().rank();
      checkArgument(
          improvement().rankChange().getAsInt() == implied,
          "%s: the rank change %s contradicts the ranks %s last year and %s this year (%s)",
          what,
          improvement().rankChange().getAsInt(),
          lastStanding().get().format(),
          standing().format(),
          implied);
    }
    score()
        .ifPresent(
            s -> {
              leaderScore()
                  .ifPresent(
                      l ->
                          checkArgument(
                              l.compareTo(s) >= 0,
                              () ->
                                  format(
                                      "%s: the leader's score %s is below the score %s",
                                      what, Numbers.show(l.value()), Numbers.show(s.value()))));
              improvement()
                  .change()
                  .ifPresent(
                      c ->
                          checkArgument(
                              s.value().subtract(c).signum() >= 0,
                              () ->
                                  format(
                                      "%s: the change %s would make last year's score negative",
                                      what, Numbers.show(c))));
            });
  }

  /**
   * Returns the position against the median rank.
   *
   * @return ABOVE, AT or BELOW
   */
  public MedianClass medianClass() {
    return standing().medianClass();
  }

  /**
   * Returns the gap to the leader (khoảng cách với đơn vị đứng đầu): the leader's score minus this
   * score, the points to make up.
   *
   * @return 0 or more, if both scores are known
   */
  public Optional<BigDecimal> gapToLeader() {
    return leaderScore().flatMap(l -> score().map(l::minus));
  }

  /**
   * Returns the gap to the median score: the median minus this score, the points to make up to
   * reach it, as {@link #gapToLeader()} is; negative when the score is above the median.
   *
   * @return the signed gap, if both are known
   */
  public Optional<BigDecimal> gapToMedian() {
    return medianScore().flatMap(m -> score().map(m::minus));
  }

  /**
   * Returns last year's score, when this year's score and the change are known.
   *
   * @return score − change, exact
   */
  public Optional<Score> lastScore() {
    return score().flatMap(s -> improvement().change().map(c -> Score.of(s.value().subtract(c))));
  }

  @Override
  public String toString() {
    return "MeasureAssessment["
        + measure().code()
        + " "
        + standing().format()
        + score().map(s -> ", " + Decimals.show(s.value(), publishedDecimals())).orElse("")
        + ", "
        + medianClass()
        + ", "
        + improvement().describe(publishedDecimals())
        + confidence()
            .map(
                c ->
                    String.format(
                        java.util.Locale.ROOT,
                        ", rank change %+d..%+d at %s %%",
                        c.rankChangeFrom(),
                        c.rankChangeTo(),
                        Decimals.show(BigDecimal.valueOf(c.level() * 100), 0)))
            .orElse("")
        + "]";
  }
}
