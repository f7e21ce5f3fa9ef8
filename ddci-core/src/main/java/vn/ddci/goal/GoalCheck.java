package vn.ddci.goal;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import vn.ddci.InsufficientDataException;
import vn.ddci.assessment.MeasureAssessment;
import vn.ddci.assessment.Unavailable;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.assessment.YearOverYear;
import vn.ddci.framework.Measure;
import vn.ddci.framework.TiePolicy;
import vn.ddci.goal.GoalOutcome.Missing;
import vn.ddci.goal.GoalOutcome.Verdict;
import vn.ddci.ranking.BlockRanking;
import vn.ddci.ranking.MedianClass;
import vn.ddci.ranking.Standing;
import vn.ddci.result.PublishedStanding;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * Judges goals against a year's results (đánh giá kết quả thực hiện mục tiêu): pure functions from
 * a goal and the results of its year to a {@link GoalOutcome}.
 *
 * <p>The results may be a unit's {@link UnitAssessment} of the year (this year's and last year's
 * figures), its {@link PublishedStanding}, or the block's {@link ResultTable} of the year, whole or
 * partial, with last year's table for the gains. Ranks are those the core gives: published, or
 * computed under the block's ranking rule, so that ties follow the block's rule ("đồng vị trí bậc
 * 1" is rank 1). The rules:
 *
 * <ul>
 *   <li>a target score is met when the score is at least the target (exactly at it: met, margin 0);
 *   <li>a target rank k/n is met when the rank is k or better: the rule's {@link Standing#rank()},
 *       or under {@link vn.ddci.framework.TiePolicy#FRACTIONAL} the {@link
 *       Standing#fractionalRank() fractional rank}, so that two units tied for places 2 and 3 (rank
 *       2.5) do not meet "rank 2"; the margin is then k − 2.5 rounded down, 1 place behind;
 *   <li>"above the median" is met when the rank's {@link MedianClass} is {@link MedianClass#ABOVE}:
 *       at the median (rank 13 of 25) is not above;
 *   <li>"out of the bottom k" is met when the shared (competition) rank is n − k or better;
 *   <li>a score gain or rank gain is met when the change is at least the gain.
 * </ul>
 *
 * <p>A goal whose figure is not in the results is {@linkplain GoalOutcome.Verdict#NOT_JUDGED not
 * judged}, with the reason: never guessed. A goal for another year than the results', for a
 * component outside the unit's framework, or with a target score or gain of more decimals than the
 * framework publishes (94.995 where scores are published to 2 decimals), is refused with a {@link
 * vn.ddci.DdciValidationException}.
 *
 * <pre>{@code
 * UnitAssessment a = UnitAssessment.of(standing2023);
 * GoalCheck.check(Goal.rank(Measure.total(), Year.of(2023), 10, 25), a);
 * // GoalOutcome[TOTAL 2023: rank 10/25, NOT_MET, 5 places behind]
 * }</pre>
 */
public final class GoalCheck {
  private GoalCheck() {}

  /**
   * Judges a goal against a unit's assessment of the goal's year.
   *
   * @param goal the goal
   * @param assessment the unit's assessment of the year the goal is for
   * @return the outcome
   * @throws vn.ddci.DdciValidationException if the assessment is of another year, the goal's
   *     component is not in the unit's framework, or its target score or gain has more decimals
   *     than the framework publishes
   */
  public static GoalOutcome check(Goal goal, UnitAssessment assessment) {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(assessment, "assessment");
    checkFits(goal, assessment.unit(), assessment.year());
    return judge(goal, facts(goal.measure(), assessment));
  }

  /**
   * Judges goals against a unit's assessment, in the goals' order.
   *
   * @param goals the goals, e.g. a plan's {@code goals()}
   * @param assessment the unit's assessment of the year the goals are for
   * @return an outcome per goal
   * @throws vn.ddci.DdciValidationException as {@link #check(Goal, UnitAssessment)}
   */
  public static List<GoalOutcome> checkAll(List<Goal> goals, UnitAssessment assessment) {
    Objects.requireNonNull(goals, "goals");
    Objects.requireNonNull(assessment, "assessment");
    return all(goals, g -> check(g, assessment));
  }

  /**
   * Judges a goal against a unit's published standing (as {@link UnitAssessment#of(
   * PublishedStanding)} reads it).
   *
   * @param goal the goal
   * @param standing what the unit received for the goal's year
   * @return the outcome
   * @throws vn.ddci.DdciValidationException as {@link #check(Goal, UnitAssessment)}
   */
  public static GoalOutcome check(Goal goal, PublishedStanding standing) {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(standing, "standing");
    return check(goal, UnitAssessment.of(standing));
  }

  /**
   * Judges goals against a unit's published standing, in the goals' order.
   *
   * @param goals the goals
   * @param standing what the unit received for the goals' year
   * @return an outcome per goal
   * @throws vn.ddci.DdciValidationException as {@link #check(Goal, UnitAssessment)}
   */
  public static List<GoalOutcome> checkAll(List<Goal> goals, PublishedStanding standing) {
    Objects.requireNonNull(goals, "goals");
    Objects.requireNonNull(standing, "standing");
    UnitAssessment a = UnitAssessment.of(standing);
    return all(goals, g -> check(g, a));
  }

  /**
   * Judges a goal against the block's table of the goal's year, whole or partial, without last
   * year's: a score or rank gain is then not judged.
   *
   * @param goal the goal
   * @param thisYear the block's results of the goal's year
   * @param unitName the unit's name as written (matched tolerantly)
   * @return the outcome
   * @throws vn.ddci.DdciValidationException if the table does not list the unit (naming the nearest
   *     names), is of another year, the goal's component is not in the framework, or its target
   *     score or gain has more decimals than the framework publishes
   */
  public static GoalOutcome check(Goal goal, ResultTable thisYear, String unitName) {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(thisYear, "thisYear");
    Objects.requireNonNull(unitName, "unitName");
    Scorecard card = thisYear.get(unitName);
    checkFits(goal, card.unit(), thisYear.year());
    return judge(goal, facts(goal.measure(), BlockRanking.of(thisYear), card, Optional.empty()));
  }

  /**
   * Judges a goal against the block's tables of the goal's year and of the year before, whole or
   * partial, compared as {@link YearOverYear#of(ResultTable, ResultTable)} does.
   *
   * @param goal the goal
   * @param thisYear the block's results of the goal's year
   * @param lastYear the block's results of the year before
   * @param unitName the unit's name as written in this year's table
   * @return the outcome
   * @throws vn.ddci.DdciValidationException as {@link #check(Goal, ResultTable, String)}, or if the
   *     tables do not fit together
   */
  public static GoalOutcome check(
      Goal goal, ResultTable thisYear, ResultTable lastYear, String unitName) {
    Objects.requireNonNull(goal, "goal");
    return checkAll(List.of(goal), thisYear, lastYear, unitName).get(0);
  }

  /**
   * Judges goals against the block's tables of the goals' year and of the year before, in the
   * goals' order.
   *
   * @param goals the goals
   * @param thisYear the block's results of the goals' year
   * @param lastYear the block's results of the year before
   * @param unitName the unit's name as written in this year's table
   * @return an outcome per goal
   * @throws vn.ddci.DdciValidationException as {@link #check(Goal, ResultTable, ResultTable,
   *     String)}
   */
  public static List<GoalOutcome> checkAll(
      List<Goal> goals, ResultTable thisYear, ResultTable lastYear, String unitName) {
    Objects.requireNonNull(goals, "goals");
    Objects.requireNonNull(thisYear, "thisYear");
    Objects.requireNonNull(lastYear, "lastYear");
    Objects.requireNonNull(unitName, "unitName");
    checkArgument(
        lastYear.year().equals(thisYear.year().minusYears(1)),
        "last year's table is of %s, this year's of %s: a gain is counted from the year before, %s",
        lastYear.year(),
        thisYear.year(),
        thisYear.year().minusYears(1));
    Scorecard card = thisYear.get(unitName);
    YearOverYear yoy = YearOverYear.of(thisYear, lastYear);
    return all(
        goals,
        g -> {
          checkFits(g, card.unit(), thisYear.year());
          return judge(g, facts(g.measure(), yoy.thisYear(), card, Optional.of(yoy)));
        });
  }

  private static List<GoalOutcome> all(List<Goal> goals, Function<Goal, GoalOutcome> check) {
    return goals.stream()
        .map(g -> check.apply(Objects.requireNonNull(g, "a goal")))
        .collect(ImmutableList.toImmutableList());
  }

  private static void checkFits(Goal goal, Unit unit, Year year) {
    checkArgument(
        goal.year().equals(year),
        "%s: the results of '%s' are of %s, not of the goal's year",
        goal,
        unit.name(),
        year);
    int published = unit.block().framework().publishedDecimals();
    goal.points()
        .ifPresent(
            p ->
                checkArgument(
                    p.stripTrailingZeros().scale() <= published,
                    "goal for %s, %s: %s %s has more decimals than the %s that framework '%s'"
                        + " publishes",
                    goal.measure().code(),
                    goal.year(),
                    goal.kind() == Goal.Kind.SCORE ? "target score" : "score gain",
                    p.toPlainString(),
                    published,
                    unit.block().framework().name()));
    goal.measure()
        .component()
        .ifPresent(
            c ->
                checkArgument(
                    unit.block().framework().contains(c),
                    "%s: no component %s in framework '%s' of '%s'",
                    goal,
                    c.code(),
                    unit.block().framework().name(),
                    unit.name()));
  }

  // ---------------------------------------------------------------- the facts of each source

  private static Facts facts(Measure m, UnitAssessment a) {
    String where = where(a.unit(), m, a.year());
    Year last = a.lastYear();
    boolean assessed = m.isTotal() || a.components().containsKey(m.component().orElseThrow());
    if (!assessed) {
      String why = where + ": not assessed: its rank was not published and could not be computed";
      return new Facts(
          a.unit(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          OptionalInt.empty(),
          why,
          why,
          why,
          why);
    }
    MeasureAssessment ma = a.measure(m);
    Optional<BigDecimal> score = ma.score().map(Score::value);
    if (!last.equals(a.year().minusYears(1))) {
      // a gain is since the year before the goal's year; an assessment against another year
      // cannot judge it
      String why =
          where
              + ": the assessment compares with "
              + last
              + ", not with "
              + a.year().minusYears(1)
              + ", the year a gain is counted from";
      return new Facts(
          a.unit(),
          Optional.of(ma.standing()),
          score,
          Optional.empty(),
          OptionalInt.empty(),
          "",
          where + ": the score was not published",
          why,
          why);
    }
    return new Facts(
        a.unit(),
        Optional.of(ma.standing()),
        score,
        ma.improvement().change(),
        ma.improvement().rankChange(),
        "",
        where + ": the score was not published",
        where
            + ": the change since "
            + last
            + " is not known: it was not published"
            + (score.isEmpty() ? ", nor this year's score" : ", and last year's score is missing"),
        where + ": the rank change since " + last + " is not known: last year's rank is missing");
  }

  private static Facts facts(
      Measure m, BlockRanking ranking, Scorecard card, Optional<YearOverYear> yoy) {
    Unit unit = card.unit();
    Year year = ranking.table().year();
    String where = where(unit, m, year);
    Optional<Standing> standing = ranking.findStanding(unit, m);
    String noStanding = "";
    if (standing.isEmpty()) {
      try {
        ranking.standing(unit, m);
      } catch (InsufficientDataException e) {
        noStanding = where + ": " + e.getMessage();
      }
    }
    Optional<BigDecimal> score = card.score(m);
    Optional<BigDecimal> change = yoy.flatMap(y -> Optional.ofNullable(y.changes(m).get(unit)));
    Integer moved = yoy.map(y -> y.rankChanges(m).get(unit)).orElse(null);
    String noYoy = where + ": no results of an earlier year were given";
    return new Facts(
        unit,
        standing,
        score,
        change,
        moved == null ? OptionalInt.empty() : OptionalInt.of(moved),
        noStanding,
        where + ": the score was not published",
        yoy.map(y -> gap(y, unit, m, Unavailable.Figure.CHANGE, where)).orElse(noYoy),
        yoy.map(y -> gap(y, unit, m, Unavailable.Figure.RANK_CHANGE, where)).orElse(noYoy));
  }

  private static String gap(
      YearOverYear yoy, Unit unit, Measure m, Unavailable.Figure figure, String where) {
    return yoy.unavailable().stream()
        .filter(u -> u.figures().contains(figure))
        .filter(u -> u.measures().contains(m) && u.units().contains(unit))
        .map(u -> where + ": " + u.reason())
        .findFirst()
        .orElse(where + ": the " + figure.words() + " is not known");
  }

  private static String where(Unit unit, Measure m, Year year) {
    return "'" + unit.name() + "', " + m.code() + ", " + year;
  }

  // ---------------------------------------------------------------- the judgement

  private static GoalOutcome judge(Goal g, Facts f) {
    ImmutableGoalOutcome.Builder b =
        GoalOutcome.builder(g, f.unit)
            .standing(f.standing)
            .score(f.score)
            .change(f.change)
            .rankChange(f.rankChange);
    switch (g.kind()) {
      case SCORE:
        if (f.score.isEmpty()) {
          return notJudged(b, f.standing.isEmpty() ? Missing.RANK : Missing.SCORE, f.noScore);
        }
        return byPoints(b, f.score.get().subtract(g.points().get()));
      case SCORE_GAIN:
        if (f.change.isEmpty()) {
          Missing missing =
              f.standing.isEmpty()
                  ? Missing.RANK
                  : f.score.isEmpty() ? Missing.SCORE : Missing.LAST_YEAR_SCORE;
          return notJudged(b, missing, f.noChange);
        }
        return byPoints(b, f.change.get().subtract(g.points().get()));
      case RANK_GAIN:
        if (f.rankChange.isEmpty()) {
          return notJudged(
              b, f.standing.isEmpty() ? Missing.RANK : Missing.LAST_YEAR_RANK, f.noRankChange);
        }
        return byPlaces(b, f.rankChange.getAsInt() - g.places().getAsInt(), true);
      default:
        break;
    }
    if (f.standing.isEmpty()) {
      return notJudged(b, Missing.RANK, f.noStanding);
    }
    Standing s = f.standing.get();
    switch (g.kind()) {
      case RANK:
        return byPlaces(b, rankMargin(g.rank().getAsInt(), s), true);
      case ABOVE_MEDIAN:
        return byPlaces(
            b, s.outOf() / 2 - s.competitionRank(), s.medianClass() == MedianClass.ABOVE);
      default:
        return byPlaces(b, s.outOf() - g.bottom().getAsInt() - s.competitionRank(), true);
    }
  }

  /**
   * Places ahead of rank k (negative: behind), on the rank a target rank is judged by: the rule's,
   * or the fractional rank under FRACTIONAL, rounded down (2.5 against 2 is 1 place behind).
   */
  private static int rankMargin(int k, Standing s) {
    if (s.policy() == TiePolicy.FRACTIONAL) {
      return BigDecimal.valueOf(k)
          .subtract(s.fractionalRank())
          .setScale(0, RoundingMode.FLOOR)
          .intValueExact();
    }
    return k - s.rank();
  }

  private static GoalOutcome byPoints(ImmutableGoalOutcome.Builder b, BigDecimal margin) {
    return b.verdict(margin.signum() >= 0 ? Verdict.MET : Verdict.NOT_MET)
        .scoreMargin(margin)
        .build();
  }

  /** A verdict by places; {@code met} is the rule's own test, which the margin must agree with. */
  private static GoalOutcome byPlaces(ImmutableGoalOutcome.Builder b, int margin, boolean met) {
    return b.verdict(met && margin >= 0 ? Verdict.MET : Verdict.NOT_MET).rankMargin(margin).build();
  }

  private static GoalOutcome notJudged(
      ImmutableGoalOutcome.Builder b, Missing missing, String reason) {
    return b.verdict(Verdict.NOT_JUDGED).missing(missing).reason(reason).build();
  }
}
