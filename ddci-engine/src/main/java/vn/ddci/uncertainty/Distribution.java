package vn.ddci.uncertainty;

import static vn.ddci.internal.Checks.checkArgument;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One unit's score and rank on one measure over the replications of an uncertainty analysis (phân
 * phối của điểm và thứ hạng): the nominal figures, and the replications' scores and ranks, sorted,
 * from which every interval and probability is read. A replication in which the unit has no score
 * (too few respondents, say) counts in {@link #replications()} and {@link #missing()}, and in no
 * quantile.
 */
public final class Distribution {
  private final String unit;
  private final String measure;
  private final double nominalScore;
  private final double nominalRank;
  private final int replications;
  private final double[] scores;
  private final double[] ranks;
  private final int aboveMedian;

  Distribution(
      String unit,
      String measure,
      double nominalScore,
      double nominalRank,
      int replications,
      double[] scores,
      double[] ranks,
      int aboveMedian) {
    this.unit = unit;
    this.measure = measure;
    this.nominalScore = nominalScore;
    this.nominalRank = nominalRank;
    this.replications = replications;
    this.scores = scores;
    this.ranks = ranks;
    this.aboveMedian = aboveMedian;
    Arrays.sort(this.scores);
    Arrays.sort(this.ranks);
  }

  /**
   * Returns the unit's code.
   *
   * @return the unit
   */
  public String unit() {
    return unit;
  }

  /**
   * Returns the measure: a node's code (the total is the root's).
   *
   * @return the measure
   */
  public String measure() {
    return measure;
  }

  /**
   * Returns the score without uncertainty (điểm danh nghĩa): nominal weights, every respondent.
   *
   * @return the score; empty when the unit has none
   */
  public OptionalDouble nominalScore() {
    return Double.isNaN(nominalScore) ? OptionalDouble.empty() : OptionalDouble.of(nominalScore);
  }

  /**
   * Returns the rank of the nominal score, by the analysis' ranking rule.
   *
   * @return the rank; empty when the unit has no score
   */
  public OptionalDouble nominalRank() {
    return Double.isNaN(nominalRank) ? OptionalDouble.empty() : OptionalDouble.of(nominalRank);
  }

  /**
   * Returns the number of replications run.
   *
   * @return the replications
   */
  public int replications() {
    return replications;
  }

  /**
   * Returns the number of replications in which the unit had no score.
   *
   * @return the count
   */
  public int missing() {
    return replications - scores.length;
  }

  /**
   * Returns the replications' scores, ascending.
   *
   * @return a copy
   */
  public double[] scores() {
    return scores.clone();
  }

  /**
   * Returns the replications' ranks, best (smallest) first.
   *
   * @return a copy
   */
  public double[] ranks() {
    return ranks.clone();
  }

  /**
   * Returns the score interval at a level: its (1 − level)/2 and (1 + level)/2 quantiles.
   *
   * @param level e.g. 0.9
   * @return the interval
   * @throws vn.ddci.DdciValidationException if the level is outside (0, 1) or no replication scored
   *     the unit
   */
  public Interval scoreInterval(double level) {
    return interval(scores, level, "score");
  }

  /**
   * Returns the rank interval at a level (type-7 quantiles of the ranks).
   *
   * @param level e.g. 0.9
   * @return the interval; its ends may lie between ranks
   * @throws vn.ddci.DdciValidationException if the level is outside (0, 1) or no replication ranked
   *     the unit
   */
  public Interval rankInterval(double level) {
    return interval(ranks, level, "rank");
  }

  private Interval interval(double[] sorted, double level, String what) {
    Interval.checkLevel(level);
    checkArgument(sorted.length > 0, "no replication gave %s a %s on %s", unit, what, measure);
    return Interval.ofSorted(sorted, level);
  }

  /**
   * Returns a quantile of the ranks (type 7).
   *
   * @param p from 0 to 1
   * @return the quantile
   */
  public double rankQuantile(double p) {
    return Quantiles.ofSorted(ranks, p);
  }

  /**
   * Returns a quantile of the scores (type 7).
   *
   * @param p from 0 to 1
   * @return the quantile
   */
  public double scoreQuantile(double p) {
    return Quantiles.ofSorted(scores, p);
  }

  /**
   * Returns the mean rank over the replications that ranked the unit.
   *
   * @return the mean
   */
  public double meanRank() {
    return mean(ranks);
  }

  /**
   * Returns the median rank (the mean of the two middle ranks when their number is even).
   *
   * @return the median
   */
  public double medianRank() {
    return rankQuantile(0.5);
  }

  /**
   * Returns the mean score over the replications that scored the unit.
   *
   * @return the mean
   */
  public double meanScore() {
    return mean(scores);
  }

  private double mean(double[] values) {
    checkArgument(values.length > 0, "no replication scored %s on %s", unit, measure);
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s / values.length;
  }

  /**
   * Returns the share of replications in which the unit ranked above the block's median rank (trên
   * trung vị): its competition rank r, of the n units ranked, with 2r &lt; n + 1.
   *
   * @return the probability, from 0 to 1
   */
  public double probabilityAboveMedian() {
    return (double) aboveMedian / replications;
  }

  /**
   * Returns the share of replications in which the unit ranked k or better.
   *
   * @param k a rank, 1 or more
   * @return the probability, from 0 to 1
   * @throws vn.ddci.DdciValidationException if k is below 1
   */
  public double probabilityInTop(int k) {
    checkArgument(k >= 1, "top %s is not a rank", k);
    int i = 0;
    while (i < ranks.length && ranks[i] <= k) {
      i++;
    }
    return (double) i / replications;
  }

  @Override
  public String toString() {
    if (scores.length == 0) {
      return "Distribution[" + unit + ", " + measure + ", no score in " + replications + "]";
    }
    Interval r = rankInterval(0.9);
    Interval s = scoreInterval(0.9);
    return String.format(
        Locale.ROOT,
        "Distribution[%s, %s, nominal %.4f (rank %s), score 90%% [%.4f, %.4f], rank 90%% [%s, %s],"
            + " %d replications]",
        unit,
        measure,
        nominalScore,
        Double.isNaN(nominalRank) ? "-" : String.valueOf(nominalRank),
        s.lower(),
        s.upper(),
        r.lower(),
        r.upper(),
        replications);
  }
}
