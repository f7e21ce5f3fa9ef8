package vn.ddci.assessment;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import vn.ddci.DdciValidationException;
import vn.ddci.InsufficientDataException;
import vn.ddci.assessment.Unavailable.Figure;
import vn.ddci.framework.Component;
import vn.ddci.framework.Measure;
import vn.ddci.framework.RankingRule;
import vn.ddci.name.NameMatcher;
import vn.ddci.ranking.BlockRanking;
import vn.ddci.ranking.Ranking;
import vn.ddci.ranking.Standing;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * Two tables of a block, this year and last, whole or partial, with every listed unit matched
 * across them: the score changes, rank changes and improvement ranks that the published data
 * supports, and what it does not support and why ({@link #unavailable()}).
 *
 * <p>Units are matched by name with a {@link NameMatcher} (tolerant of diacritics, case, spacing
 * and punctuation, plus the user's aliases: PCI spells {@code "Bắc Kạn"} until 2015 and {@code "Bắc
 * Cạn"} in 2016). Units found in only one table are listed by {@link #newUnits()} and {@link
 * #goneUnits()}; for each new unit, {@link #unavailable()} names the nearest names of last year's
 * table and the alias to declare.
 *
 * <ul>
 *   <li>A <b>change</b> needs the unit's score of the measure in both years.
 *   <li>A <b>rank change</b> needs its standing in both years: published, or computed from a table
 *       whole for the measure (see {@link BlockRanking}).
 *   <li>An <b>improvement rank</b> needs every unit's change: both tables whole for the measure;
 *       its n is the number of units matched (a unit new to the block has no change to rank).
 * </ul>
 *
 * <p>Both years are ranked under the block's rule ({@link vn.ddci.framework.Block#rankingRule()})
 * unless the caller passes another; never under a hidden default.
 *
 * <pre>{@code
 * YearOverYear yoy = YearOverYear.of(pci2016, pci2015,
 *     NameMatcher.builder().alias("Bắc Kạn", "Bắc Cạn").build());   // PCI's rule, from the block
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
  private final ImmutableList<Unavailable> unavailable;

  private YearOverYear(
      ResultTable thisYear, ResultTable lastYear, RankingRule rule, NameMatcher matcher) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(matcher, "matcher");
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

    Gaps gaps = new Gaps();
    for (Unit unit : this.newUnits) {
      gaps.add(
          EnumSet.of(Figure.CHANGE, Figure.RANK_CHANGE, Figure.IMPROVEMENT_RANK),
          thisYear.block().framework().measures(),
          unit,
          "not in the "
              + lastYear.year()
              + " table"
              + matcher.suggestion(
                  unit.name(), lastYear.units().stream().map(Unit::name).toList()));
    }
    ImmutableMap.Builder<Measure, ImmutableMap<Unit, BigDecimal>> changes = ImmutableMap.builder();
    ImmutableMap.Builder<Measure, ImmutableMap<Unit, Integer>> rankChanges = ImmutableMap.builder();
    ImmutableMap.Builder<Measure, Ranking<Unit>> improvements = ImmutableMap.builder();
    for (Measure m : thisYear.block().framework().measures()) {
      ImmutableMap<Unit, BigDecimal> measureChanges = changesOf(m, gaps);
      changes.put(m, measureChanges);
      rankChanges.put(m, rankChangesOf(m, gaps));
      Optional<String> notWhole = notWhole(m);
      if (notWhole.isPresent()) {
        if (!this.matches.isEmpty()) {
          gaps.addAll(
              EnumSet.of(Figure.IMPROVEMENT_RANK),
              m,
              this.matches.keySet(),
              "improvement ranks need every unit's change: " + notWhole.get());
        }
      } else if (!measureChanges.isEmpty()) {
        improvements.put(m, Ranking.of(measureChanges, rule));
      }
    }
    this.changes = changes.build();
    this.rankChanges = rankChanges.build();
    this.improvementRankings = improvements.build();
    this.unavailable = gaps.build();
  }

  /** Why the two tables do not hold every unit's score of a measure, if they do not. */
  private Optional<String> notWhole(Measure measure) {
    for (BlockRanking year : List.of(thisYear, lastYear)) {
      ResultTable t = year.table();
      if (!t.isComplete()) {
        return Optional.of(
            "the " + t.year() + " table lists " + t.size() + " of " + t.blockSize() + " units");
      }
      if (!t.isWhole(measure)) {
        return Optional.of("the " + t.year() + " table lacks scores of " + measure.code());
      }
    }
    return Optional.empty();
  }

  private ImmutableMap<Unit, BigDecimal> changesOf(Measure measure, Gaps gaps) {
    Map<Unit, BigDecimal> scoresNow = thisYear.table().scores(measure);
    Map<Unit, BigDecimal> scoresThen = lastYear.table().scores(measure);
    ImmutableMap.Builder<Unit, BigDecimal> changes = ImmutableMap.builder();
    matches.forEach(
        (now, then) -> {
          BigDecimal a = scoresNow.get(now);
          BigDecimal b = scoresThen.get(then);
          if (a != null && b != null) {
            changes.put(now, a.subtract(b));
          } else {
            ResultTable missing = a == null ? thisYear.table() : lastYear.table();
            gaps.add(
                EnumSet.of(Figure.CHANGE),
                List.of(measure),
                now,
                "no score of " + measure.code() + " was published in " + missing.year());
          }
        });
    return changes.build();
  }

  private ImmutableMap<Unit, Integer> rankChangesOf(Measure measure, Gaps gaps) {
    ImmutableMap.Builder<Unit, Integer> changes = ImmutableMap.builder();
    matches.forEach(
        (now, then) -> {
          Optional<Standing> a = thisYear.findStanding(now, measure);
          Optional<Standing> b = lastYear.findStanding(then, measure);
          if (a.isPresent() && b.isPresent()) {
            changes.put(now, b.get().rank() - a.get().rank());
          } else {
            ResultTable missing = a.isEmpty() ? thisYear.table() : lastYear.table();
            gaps.add(
                EnumSet.of(Figure.RANK_CHANGE),
                List.of(measure),
                now,
                "the rank of "
                    + measure.code()
                    + " in "
                    + missing.year()
                    + " was not published, and the table is not whole for it");
          }
        });
    return changes.build();
  }

  /**
   * Compares two tables under their block's ranking rule, with names matched tolerantly and without
   * aliases.
   *
   * @param thisYear the block's results this year, whole or partial
   * @param lastYear the block's results an earlier year, whole or partial
   * @return the comparison
   * @throws DdciValidationException if the tables are of different blocks, last year's is not
   *     earlier, or two units of one table match the same name
   */
  public static YearOverYear of(ResultTable thisYear, ResultTable lastYear) {
    Objects.requireNonNull(thisYear, "thisYear");
    Objects.requireNonNull(lastYear, "lastYear");
    return of(thisYear, lastYear, NameMatcher.tolerant());
  }

  /**
   * Compares two tables under their block's ranking rule, with names matched by a matcher (for
   * aliases).
   *
   * @param thisYear the block's results this year, whole or partial
   * @param lastYear the block's results an earlier year, whole or partial
   * @param matcher how names are matched across the years
   * @return the comparison
   * @throws DdciValidationException if the tables are of different blocks, last year's is not
   *     earlier, or two units of one table match the same name
   */
  public static YearOverYear of(ResultTable thisYear, ResultTable lastYear, NameMatcher matcher) {
    Objects.requireNonNull(thisYear, "thisYear");
    Objects.requireNonNull(lastYear, "lastYear");
    Objects.requireNonNull(matcher, "matcher");
    return of(thisYear, lastYear, thisYear.block().rankingRule(), matcher);
  }

  /**
   * Compares two tables under a rule the caller chooses.
   *
   * @param thisYear the block's results this year, whole or partial
   * @param lastYear the block's results an earlier year, whole or partial
   * @param rule how both years and the changes are ranked
   * @param matcher how names are matched across the years
   * @return the comparison
   * @throws DdciValidationException if the tables are of different blocks, last year's is not
   *     earlier, or two units of one table match the same name
   */
  public static YearOverYear of(
      ResultTable thisYear, ResultTable lastYear, RankingRule rule, NameMatcher matcher) {
    Objects.requireNonNull(thisYear, "thisYear");
    Objects.requireNonNull(lastYear, "lastYear");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(matcher, "matcher");
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
   * @return this year's standings, medians and leader
   */
  public BlockRanking thisYear() {
    return thisYear;
  }

  /**
   * Returns last year's rankings.
   *
   * @return last year's standings, medians and leader
   */
  public BlockRanking lastYear() {
    return lastYear;
  }

  /**
   * Returns the units found in both tables: this year's unit mapped to last year's.
   *
   * @return the matches, in this year's table order
   */
  public Map<Unit, Unit> matches() {
    return matches;
  }

  /**
   * Returns this year's units that last year's table does not list: new to the block when last
   * year's table is complete, otherwise perhaps only not listed.
   *
   * @return the units not matched
   */
  public List<Unit> newUnits() {
    return newUnits;
  }

  /**
   * Returns last year's units that this year's table does not list.
   *
   * @return the units gone, or not listed this year
   */
  public List<Unit> goneUnits() {
    return goneUnits;
  }

  /**
   * Returns the score change on a measure of every matched unit whose score was published in both
   * years: this year's minus last year's, exact.
   *
   * @param measure the total or a component
   * @return the changes by this year's unit
   */
  public Map<Unit, BigDecimal> changes(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    return byMeasure(changes, measure);
  }

  /**
   * Returns the rank change on a measure of every matched unit whose standing is known in both
   * years: last year's rank minus this year's, positive when the unit moved up.
   *
   * @param measure the total or a component
   * @return the rank changes by this year's unit
   */
  public Map<Unit, Integer> rankChanges(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    return byMeasure(rankChanges, measure);
  }

  /**
   * Returns the ranking of the score changes on a measure (xếp hạng về cải thiện) among the matched
   * units.
   *
   * @param measure the total or a component
   * @return the improvement ranking
   * @throws InsufficientDataException if either table is not whole for the measure, or no unit is
   *     found in both
   */
  public Ranking<Unit> improvementRanking(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    byMeasure(changes, measure);
    Ranking<Unit> ranking = improvementRankings.get(measure);
    if (ranking == null) {
      throw new InsufficientDataException(
          "block "
              + thisYear.table().block().code()
              + ", "
              + thisYear.table().year()
              + " vs "
              + lastYear.table().year()
              + ": improvement ranks of "
              + measure.code()
              + " need every unit's change: "
              + notWhole(measure).orElse("no unit is found in both tables"));
    }
    return ranking;
  }

  /**
   * Returns what the published data does not allow, and why: changes, rank changes and improvement
   * ranks that cannot be given, grouped by reason.
   *
   * @return the gaps; empty when two whole tables list the same units
   */
  public List<Unavailable> unavailable() {
    return unavailable;
  }

  private <V> V byMeasure(Map<Measure, V> values, Measure measure) {
    V value = values.get(measure);
    checkArgument(
        value != null, "block %s is not scored on %s", thisYear.table().block().code(), measure);
    return value;
  }

  /**
   * Assesses a unit of this year's table by name: every measure whose standing this year is known,
   * with what last year's table adds.
   *
   * @param unitName the unit's name as written (matched with this comparison's matcher)
   * @return the assessment of the total and of every component whose standing is known
   * @throws DdciValidationException if this year's table lacks the unit, naming the nearest names
   * @throws InsufficientDataException if the unit's total rank was not published and cannot be
   *     computed
   */
  public UnitAssessment assess(String unitName) {
    Objects.requireNonNull(unitName, "unitName");
    ResultTable table = thisYear.table();
    Scorecard card =
        table
            .find(unitName, matcher)
            .orElseThrow(
                () ->
                    new DdciValidationException(
                        String.format(
                            "block %s, year %s: no unit '%s'%s",
                            table.block().code(),
                            table.year(),
                            unitName,
                            matcher.suggestion(
                                unitName, table.units().stream().map(Unit::name).toList()))));
    Unit unit = card.unit();
    UnitAssessment.Builder builder =
        UnitAssessment.builder()
            .unit(unit)
            .year(table.year())
            .lastYear(lastYear.table().year())
            .total(
                assess(card, Measure.total())
                    .orElseThrow(
                        () ->
                            new InsufficientDataException(
                                "block "
                                    + table.block().code()
                                    + ", year "
                                    + table.year()
                                    + ": cannot assess '"
                                    + unit.name()
                                    + "': "
                                    + describeMissingStanding(unit))));
    for (Component c : unit.block().framework().components()) {
      assess(card, Measure.of(c)).ifPresent(a -> builder.putComponents(c, a));
    }
    return builder.build();
  }

  private String describeMissingStanding(Unit unit) {
    try {
      thisYear.standing(unit, Measure.total());
      return "its standing is unknown";
    } catch (InsufficientDataException e) {
      return e.getMessage();
    }
  }

  private Optional<MeasureAssessment> assess(Scorecard card, Measure measure) {
    Unit unit = card.unit();
    Optional<Standing> standing = thisYear.findStanding(unit, measure);
    if (standing.isEmpty()) {
      return Optional.empty();
    }
    Optional<Unit> last = Optional.ofNullable(matches.get(unit));
    Optional<Standing> lastStanding = last.flatMap(u -> lastYear.findStanding(u, measure));
    Integer rankChange = rankChanges(measure).get(unit);
    Ranking<Unit> improvements = improvementRankings.get(measure);
    Improvement improvement =
        Improvement.of(
            Optional.ofNullable(changes(measure).get(unit)),
            rankChange == null ? OptionalInt.empty() : OptionalInt.of(rankChange),
            improvements == null || last.isEmpty()
                ? Optional.empty()
                : Optional.of(improvements.standing(unit)));
    return Optional.of(
        MeasureAssessment.builder()
            .measure(measure)
            .publishedDecimals(unit.block().framework().publishedDecimals())
            .standing(standing.get())
            .score(card.score(measure).map(Score::of))
            .lastStanding(lastStanding)
            .improvement(improvement)
            .leaderScore(thisYear.findLeaderScore(measure).map(Score::of))
            .medianScore(thisYear.findMedianScore(measure).map(Score::of))
            .build());
  }

  @Override
  public String toString() {
    return "YearOverYear["
        + thisYear.table()
        + " vs "
        + lastYear.table()
        + ", "
        + thisYear.rule()
        + ", "
        + matches.size()
        + " matched, "
        + newUnits.size()
        + " new, "
        + goneUnits.size()
        + " gone"
        + (unavailable.isEmpty() ? "" : ", " + unavailable.size() + " gaps")
        + "]";
  }

  /** Collects the figures that cannot be given, grouped by reason. */
  private static final class Gaps {
    private final Map<String, Set<Figure>> figures = new LinkedHashMap<>();
    private final Map<String, Set<Measure>> measures = new LinkedHashMap<>();
    private final Map<String, Set<Unit>> units = new LinkedHashMap<>();

    void add(Set<Figure> what, List<Measure> of, Unit unit, String why) {
      addAll(what, of, List.of(unit), why);
    }

    void addAll(Set<Figure> what, Measure of, Iterable<Unit> who, String why) {
      addAll(what, List.of(of), who, why);
    }

    private void addAll(Set<Figure> what, List<Measure> of, Iterable<Unit> who, String why) {
      figures.computeIfAbsent(why, k -> EnumSet.noneOf(Figure.class)).addAll(what);
      measures.computeIfAbsent(why, k -> new LinkedHashSet<>()).addAll(of);
      who.forEach(u -> units.computeIfAbsent(why, k -> new LinkedHashSet<>()).add(u));
    }

    ImmutableList<Unavailable> build() {
      ImmutableList.Builder<Unavailable> all = ImmutableList.builder();
      figures.forEach(
          (why, what) ->
              all.add(
                  Unavailable.of(
                      what,
                      ImmutableList.copyOf(measures.get(why)),
                      ImmutableList.copyOf(units.get(why)),
                      why)));
      return all.build();
    }
  }
}
