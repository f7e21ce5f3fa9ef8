package vn.ddci.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.ddci.framework.Component;
import vn.ddci.framework.Measure;
import vn.ddci.name.NameMatcher;
import vn.ddci.ranking.BlockRanking;
import vn.ddci.ranking.Medians;
import vn.ddci.ranking.Precision;
import vn.ddci.ranking.Ranking;
import vn.ddci.ranking.RankingRule;
import vn.ddci.ranking.Standing;
import vn.ddci.ranking.TiePolicy;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * Two whole tables of a block, this year and last, with every unit matched across them: score
 * changes, rank changes and improvement ranks of every unit on every measure.
 *
 * <p>Units are matched by name with a {@link NameMatcher} (tolerant of diacritics, case, spacing
 * and punctuation, plus the user's aliases: PCI spells {@code "Bắc Kạn"} until 2015 and {@code
 * "Bắc Cạn"} in 2016). Units found in only one year are listed by {@link #newUnits()} and {@link
 * #goneUnits()}; they have no change and take no part in the improvement ranking, whose n is the
 * number of matched units.
 *
 * <pre>{@code
 * YearOverYear yoy = YearOverYear.of(pci2016, pci2015, RankingRule.PCI,
 *     NameMatcher.builder().alias("Bắc Kạn", "Bắc Cạn").build());
 * yoy.changes(Measure.total());            // exact changes by unit
 * yoy.assess("Đà Nẵng");                   // a UnitAssessment
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class YearOverYear {
  private final BlockRanking thisYear;
  private final BlockRanking lastYear;
  private final NameMatcher matcher;
  private final ImmutableMap<Unit, Unit> matches;
  private final ImmutableList<Unit> newUnits;
  private final ImmutableList<Unit> goneUnits;
  private final ImmutableMap<Measure, ImmutableMap<Unit, BigDecimal>> changes;
  private final ImmutableMap<Measure, ImmutableMap<Unit, Integer>> rankChanges;
  private final ImmutableMap<Measure, Ranking<Unit>> improvementRankings;

  private YearOverYear(
      ResultTable thisYear, ResultTable lastYear, RankingRule rule, NameMatcher matcher) {
    checkArgument(
        thisYear.block().equals(lastYear.block()),
        "the tables of %s and %s are of different blocks (%s, '%s' and %s, '%s')",
        thisYear.year(),
        lastYear.year(),
        thisYear.block().code(),
        thisYear.block().framework().name(),
        lastYear.block().code(),
        lastYear.block().framework().name());
    checkArgument(
        lastYear.year().isBefore(thisYear.year()),
        "last year's table (%s) must be of an earlier year than this year's (%s)",
        lastYear.year(),
        thisYear.year());
    this.thisYear = BlockRanking.of(thisYear, rule);
    this.lastYear = BlockRanking.of(lastYear, rule);
    this.matcher = matcher;

    Map<String, Unit> lastByKey = byKey(lastYear, matcher);
    Map<String, Unit> thisByKey = byKey(thisYear, matcher);
    ImmutableMap.Builder<Unit, Unit> matches = ImmutableMap.builder();
    ImmutableList.Builder<Unit> newUnits = ImmutableList.builder();
    thisByKey.forEach(
        (key, unit) -> {
          Unit last = lastByKey.get(key);
          if (last == null) {
            newUnits.add(unit);
          } else {
            matches.put(unit, last);
          }
        });
    this.matches = matches.build();
    this.newUnits = newUnits.build();
    this.goneUnits =
        lastByKey.entrySet().stream()
            .filter(e -> !thisByKey.containsKey(e.getKey()))
            .map(Map.Entry::getValue)
            .collect(ImmutableList.toImmutableList());

    ImmutableMap.Builder<Measure, ImmutableMap<Unit, BigDecimal>> changes = ImmutableMap.builder();
    ImmutableMap.Builder<Measure, ImmutableMap<Unit, Integer>> rankChanges = ImmutableMap.builder();
    ImmutableMap.Builder<Measure, Ranking<Unit>> improvements = ImmutableMap.builder();
    for (Measure m : thisYear.block().framework().measures()) {
      ImmutableMap<Unit, BigDecimal> measureChanges = changesOf(m);
      changes.put(m, measureChanges);
      rankChanges.put(m, rankChangesOf(m));
      if (!measureChanges.isEmpty()) {
        improvements.put(m, Ranking.of(measureChanges, rule));
      }
    }
    this.changes = changes.build();
    this.rankChanges = rankChanges.build();
    this.improvementRankings = improvements.build();
  }

  private ImmutableMap<Unit, BigDecimal> changesOf(Measure measure) {
    Map<Unit, BigDecimal> scoresNow = thisYear.table().scores(measure);
    Map<Unit, BigDecimal> scoresThen = lastYear.table().scores(measure);
    ImmutableMap.Builder<Unit, BigDecimal> changes = ImmutableMap.builder();
    matches.forEach(
        (now, then) -> changes.put(now, scoresNow.get(now).subtract(scoresThen.get(then))));
    return changes.build();
  }

  private ImmutableMap<Unit, Integer> rankChangesOf(Measure measure) {
    ImmutableMap.Builder<Unit, Integer> changes = ImmutableMap.builder();
    matches.forEach(
        (now, then) ->
            changes.put(
                now,
                lastYear.standing(then, measure).rank() - thisYear.standing(now, measure).rank()));
    return changes.build();
  }

  /**
   * Compares two tables with shared ranks on the published rounding (COMPETITION on the
   * framework's {@link vn.ddci.framework.Framework#publishedDecimals() published decimals}: {@link
   * RankingRule#LANG_SON} for the built-in frameworks) and names matched tolerantly, without
   * aliases.
   *
   * @param thisYear the block's results this year
   * @param lastYear the block's results an earlier year
   * @return the comparison
   * @throws IllegalArgumentException if the tables are of different blocks, last year's is not
   *     earlier, or two units of one table match the same name
   */
  public static YearOverYear of(ResultTable thisYear, ResultTable lastYear) {
    Precision published = Precision.decimals(thisYear.block().framework().publishedDecimals());
    return of(
        thisYear,
        lastYear,
        RankingRule.of(TiePolicy.COMPETITION, published),
        NameMatcher.tolerant());
  }

  /**
   * Compares two tables.
   *
   * @param thisYear the block's results this year
   * @param lastYear the block's results an earlier year
   * @param rule how both years and the changes are ranked
   * @param matcher how names are matched across the years
   * @return the comparison
   * @throws IllegalArgumentException if the tables are of different blocks, last year's is not
   *     earlier, or two units of one table match the same name
   */
  public static YearOverYear of(
      ResultTable thisYear, ResultTable lastYear, RankingRule rule, NameMatcher matcher) {
    return new YearOverYear(thisYear, lastYear, rule, matcher);
  }

  private static Map<String, Unit> byKey(ResultTable table, NameMatcher matcher) {
    Map<String, Unit> byKey = new LinkedHashMap<>();
    for (Unit unit : table.units()) {
      Unit other = byKey.putIfAbsent(matcher.key(unit.name()), unit);
      checkArgument(
          other == null,
          "block %s, year %s: units '%s' and '%s' match the same name under %s",
          table.block().code(),
          table.year(),
          other,
          unit,
          matcher);
    }
    return byKey;
  }

  /**
   * Returns this year's rankings.
   *
   * @return the rankings of every measure this year
   */
  public BlockRanking thisYear() {
    return thisYear;
  }

  /**
   * Returns last year's rankings.
   *
   * @return the rankings of every measure last year
   */
  public BlockRanking lastYear() {
    return lastYear;
  }

  /**
   * Returns the units found in both years: this year's unit mapped to last year's.
   *
   * @return the matches, in this year's table order
   */
  public Map<Unit, Unit> matches() {
    return matches;
  }

  /**
   * Returns this year's units that last year's table lacks.
   *
   * @return the new units
   */
  public List<Unit> newUnits() {
    return newUnits;
  }

  /**
   * Returns last year's units that this year's table lacks.
   *
   * @return the units gone
   */
  public List<Unit> goneUnits() {
    return goneUnits;
  }

  /**
   * Returns every matched unit's score change on a measure: this year's score minus last year's,
   * exact.
   *
   * @param measure the total or a component
   * @return the changes by this year's unit
   */
  public Map<Unit, BigDecimal> changes(Measure measure) {
    return byMeasure(changes, measure);
  }

  /**
   * Returns every matched unit's rank change on a measure: last year's rank minus this year's,
   * positive when the unit moved up.
   *
   * @param measure the total or a component
   * @return the rank changes by this year's unit
   */
  public Map<Unit, Integer> rankChanges(Measure measure) {
    return byMeasure(rankChanges, measure);
  }

  /**
   * Returns the ranking of the score changes on a measure (xếp hạng về cải thiện) among the
   * matched units.
   *
   * @param measure the total or a component
   * @return the improvement ranking
   * @throws IllegalArgumentException if no unit is found in both years
   */
  public Ranking<Unit> improvementRanking(Measure measure) {
    checkArgument(
        !improvementRankings.isEmpty(),
        "no unit of %s is found in %s: nothing to rank",
        thisYear.table().year(),
        lastYear.table().year());
    return byMeasure(improvementRankings, measure);
  }

  private <V> V byMeasure(Map<Measure, V> values, Measure measure) {
    V value = values.get(measure);
    checkArgument(
        value != null,
        "block %s is not scored on %s",
        thisYear.table().block().code(),
        measure);
    return value;
  }

  /**
   * Assesses a unit of this year's table by name.
   *
   * @param unitName the unit's name as written (matched with this comparison's matcher)
   * @return the assessment of the total and every component
   * @throws IllegalArgumentException if this year's table lacks the unit
   */
  public UnitAssessment assess(String unitName) {
    Scorecard card =
        thisYear.table()
            .find(unitName, matcher)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        String.format(
                            "block %s, year %s: no unit '%s'",
                            thisYear.table().block().code(),
                            thisYear.table().year(),
                            unitName)));
    Unit unit = card.unit();
    UnitAssessment.Builder builder =
        UnitAssessment.builder()
            .unit(unit)
            .year(thisYear.table().year())
            .lastYear(lastYear.table().year())
            .total(assess(unit, Measure.total()));
    for (Component c : unit.block().framework().components()) {
      builder.putComponents(c, assess(unit, Measure.of(c)));
    }
    return builder.build();
  }

  private MeasureAssessment assess(Unit unit, Measure measure) {
    Optional<Unit> last = Optional.ofNullable(matches.get(unit));
    Optional<Standing> lastStanding = last.map(u -> lastYear.standing(u, measure));
    Improvement improvement =
        Improvement.of(
            Optional.ofNullable(changes(measure).get(unit)),
            last.isPresent() ? OptionalInt.of(rankChanges(measure).get(unit)) : OptionalInt.empty(),
            last.map(u -> improvementRanking(measure).standing(unit)));
    Map<Unit, BigDecimal> scores = thisYear.table().scores(measure);
    return MeasureAssessment.builder()
        .measure(measure)
        .standing(thisYear.standing(unit, measure))
        .score(Score.of(scores.get(unit)))
        .lastStanding(lastStanding)
        .improvement(improvement)
        .leaderScore(Score.of(Collections.max(scores.values())))
        .medianScore(Score.of(Medians.score(scores.values())))
        .build();
  }

  @Override
  public String toString() {
    return "YearOverYear["
        + thisYear.table()
        + " vs "
        + lastYear.table()
        + ", "
        + matches.size()
        + " matched, "
        + newUnits.size()
        + " new, "
        + goneUnits.size()
        + " gone]";
  }
}
