package vn.ddci.uncertainty;

import static vn.ddci.internal.Checks.checkArgument;

import java.util.Arrays;
import java.util.Locale;

/**
 * One unit's change on one measure between two years, over the replications of a bootstrap of both
 * years' surveys (thay đổi so với năm trước): the nominal score change and rank change, the
 * replications' changes, sorted, and this year's ranks. A rank change counts places moved up (last
 * year's rank minus this year's), as plans write "tăng 7 bậc".
 */
public final class Change {
  private final String unit;
  private final String measure;
  private final double nominalScoreChange;
  private final double nominalRankChange;
  private final double[] scoreChanges;
  private final double[] rankChanges;
  private final double[] ranks;
  private final int replications;

  Change(
      String unit,
      String measure,
      double nominalScoreChange,
      double nominalRankChange,
      double[] scoreChanges,
      double[] rankChanges,
      double[] ranks,
      int replications) {
    this.unit = unit;
    this.measure = measure;
    this.nominalScoreChange = nominalScoreChange;
    this.nominalRankChange = nominalRankChange;
    this.scoreChanges = scoreChanges;
    this.rankChanges = rankChanges;
    this.ranks = ranks;
    this.replications = replications;
    Arrays.sort(this.scoreChanges);
    Arrays.sort(this.rankChanges);
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
   * Returns the measure: the root's code for the total, else a component's.
   *
   * @return the measure
   */
  public String measure() {
    return measure;
  }

  /**
   * Returns this year's score minus last year's, from every respondent.
   *
   * @return the change
   */
  public double nominalScoreChange() {
    return nominalScoreChange;
  }

  /**
   * Returns last year's rank minus this year's, from every respondent.
   *
   * @return places moved up
   */
  public double nominalRankChange() {
    return nominalRankChange;
  }

  /**
   * Returns the number of replications.
   *
   * @return the count
   */
  public int replications() {
    return replications;
  }

  /**
   * Returns the score change's interval at a level (type-7 quantiles).
   *
   * @param level in (0, 1)
   * @return the interval
   * @throws vn.ddci.DdciValidationException if the level is outside (0, 1) or no replication scored
   *     the unit in both years
   */
  public Interval scoreChangeInterval(double level) {
    return interval(scoreChanges, level);
  }

  /**
   * Returns the rank change's interval at a level, in places moved up.
   *
   * @param level in (0, 1)
   * @return the interval
   * @throws vn.ddci.DdciValidationException as {@link #scoreChangeInterval}
   */
  public Interval rankChangeInterval(double level) {
    return interval(rankChanges, level);
  }

  /**
   * Returns this year's rank interval at a level.
   *
   * @param level in (0, 1)
   * @return the interval
   * @throws vn.ddci.DdciValidationException as {@link #scoreChangeInterval}
   */
  public Interval rankInterval(double level) {
    return interval(ranks, level);
  }

  private Interval interval(double[] sorted, double level) {
    Interval.checkLevel(level);
    checkArgument(sorted.length > 0, "no replication scored %s on %s in both years", unit, measure);
    return Interval.ofSorted(sorted, level);
  }

  /**
   * Returns the share of replications in which the score rose: the probability that the unit really
   * improved.
   *
   * @return from 0 to 1
   */
  public double probabilityScoreRose() {
    return share(scoreChanges);
  }

  /**
   * Returns the share of replications in which the unit moved up the ranking.
   *
   * @return from 0 to 1
   */
  public double probabilityRankRose() {
    return share(rankChanges);
  }

  private double share(double[] sorted) {
    int above = 0;
    for (double v : sorted) {
      above += v > 0 ? 1 : 0;
    }
    return (double) above / replications;
  }

  /**
   * Tells whether the rank change is significant at a level: its interval leaves out 0.
   *
   * @param level in (0, 1)
   * @return true when the unit surely moved
   */
  public boolean rankChangeIsSignificant(double level) {
    Interval i = rankChangeInterval(level);
    return i.lower() > 0 || i.upper() < 0;
  }

  @Override
  public String toString() {
    if (scoreChanges.length == 0) {
      return "Change[" + unit + ", " + measure + ", no replication]";
    }
    Interval s = scoreChangeInterval(0.9);
    Interval r = rankChangeInterval(0.9);
    return String.format(
        Locale.ROOT,
        "Change[%s, %s, score %+.4f (90%% [%+.4f, %+.4f]), rank %+.0f (90%% [%+.1f, %+.1f]),"
            + " P(score rose) %.3f, %d replications]",
        unit,
        measure,
        nominalScoreChange,
        s.lower(),
        s.upper(),
        nominalRankChange,
        r.lower(),
        r.upper(),
        probabilityScoreRose(),
        replications);
  }
}
