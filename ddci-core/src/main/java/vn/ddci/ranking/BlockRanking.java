package vn.ddci.ranking;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.ddci.DdciValidationException;
import vn.ddci.InsufficientDataException;
import vn.ddci.framework.Measure;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * Where every unit of a table stands on every measure, under one rule, from what the table
 * publishes: the block's standings, medians and leader.
 *
 * <p>A unit's standing on a measure is, in this order:
 *
 * <ol>
 *   <li>its <b>published rank</b> of n (published figures are the truth; {@link Consistency}
 *       reports where they disagree with the scores), when every listed unit's rank of the total
 *       was published and the rule is the block's own, the one the publisher ranked by;
 *   <li>otherwise its rank <b>computed</b> under the rule, when the table is {@linkplain
 *       ResultTable#isWhole(Measure) whole} for the measure (every unit of the block, each with a
 *       score of it);
 *   <li>otherwise it is not known, and asking for it throws an {@link InsufficientDataException}
 *       that says what is missing.
 * </ol>
 *
 * <p>So ranks are never mixed: a table whose ranks were printed for some units only is ranked by
 * its scores, and ranking a table under another rule than its block's computes every rank.
 *
 * <p>The median class needs only the rank and n, so it is known wherever the standing is. The
 * median score is computed from a whole table, or is the published one; the leader's score is the
 * best of a whole table, or the score of a listed unit published at rank 1.
 *
 * <pre>{@code
 * BlockRanking r = BlockRanking.of(table2016);              // the block's rule: PCI's
 * r.standing(table2016.get("Đà Nẵng").unit(), Measure.total());   // Standing[01/63]
 * BlockRanking press = BlockRanking.of(langSon2021);        // 6 of 24 listed, ranks published
 * press.standing(unit, Measure.total());                    // Standing[22/24]
 * }</pre>
 */
public final class BlockRanking {
  private final ResultTable table;
  private final RankingRule rule;
  private final ImmutableMap<Measure, Ranking<Unit>> computed;
  /** The median and best score of each measure the table is whole for, computed once. */
  private final ImmutableMap<Measure, BigDecimal> medians;

  private final ImmutableMap<Measure, BigDecimal> leaders;
  private final ImmutableMap<Unit, Scorecard> cards;

  /** How many listed units share each published rank. */
  private final ImmutableMap<Integer, Integer> sharing;

  /**
   * Whether the published ranks are the standings: all listed units have one, the rule is the
   * block's.
   */
  private final boolean usePublished;

  private BlockRanking(ResultTable table, RankingRule rule) {
    this.table = table;
    this.rule = rule;
    ImmutableMap.Builder<Unit, Scorecard> cards = ImmutableMap.builder();
    Map<Integer, Integer> sharing = new HashMap<>();
    for (Scorecard c : table.scorecards()) {
      cards.put(c.unit(), c);
      c.publishedRank().ifPresent(r -> sharing.merge(r, 1, Integer::sum));
    }
    this.cards = cards.buildOrThrow();
    this.sharing = ImmutableMap.copyOf(sharing);
    this.usePublished =
        rule.equals(table.block().rankingRule())
            && table.scorecards().stream().allMatch(c -> c.publishedRank().isPresent());
    ImmutableMap.Builder<Measure, Ranking<Unit>> rankings = ImmutableMap.builder();
    ImmutableMap.Builder<Measure, BigDecimal> medians = ImmutableMap.builder();
    ImmutableMap.Builder<Measure, BigDecimal> leaders = ImmutableMap.builder();
    for (Measure m : table.block().framework().measures()) {
      if (table.isWhole(m)) {
        Map<Unit, BigDecimal> scores = table.scores(m);
        rankings.put(m, Ranking.of(scores, rule));
        medians.put(m, Medians.score(scores.values()));
        leaders.put(m, Collections.max(scores.values()));
      }
    }
    this.computed = rankings.build();
    this.medians = medians.build();
    this.leaders = leaders.build();
  }

  /**
   * Ranks a table under its block's rule ({@link vn.ddci.framework.Block#rankingRule()}).
   *
   * @param table the block's results for a year, whole or partial
   * @return the standings the table supports
   */
  public static BlockRanking of(ResultTable table) {
    Objects.requireNonNull(table, "table");
    return new BlockRanking(table, table.block().rankingRule());
  }

  /**
   * Ranks a table under a rule the caller chooses.
   *
   * @param table the block's results for a year, whole or partial
   * @param rule the tie policy and precision
   * @return the standings the table supports
   */
  public static BlockRanking of(ResultTable table, RankingRule rule) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(rule, "rule");
    return new BlockRanking(table, rule);
  }

  /**
   * Returns the table ranked.
   *
   * @return the table
   */
  public ResultTable table() {
    return table;
  }

  /**
   * Returns the rule.
   *
   * @return the rule
   */
  public RankingRule rule() {
    return rule;
  }

  /**
   * Returns the ranking computed from the scores of a measure, which needs the table to be whole
   * for it.
   *
   * @param measure the total or a component of the table's framework
   * @return the ranking of every unit of the block
   * @throws InsufficientDataException if the table is not whole for the measure
   * @throws DdciValidationException if the measure is not of the table's framework
   */
  public Ranking<Unit> ranking(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    checkMeasure(measure);
    Ranking<Unit> ranking = computed.get(measure);
    if (ranking == null) {
      throw new InsufficientDataException(
          where() + ": block ranks of " + measure.code() + " need " + wholeNeed(measure));
    }
    return ranking;
  }

  /**
   * Tells whether ranks of a measure are computed from the scores (the table is whole for it).
   *
   * @param measure the total or a component
   * @return true when {@link #ranking(Measure)} is available
   */
  public boolean isComputed(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    return computed.containsKey(measure);
  }

  /**
   * Returns the ranking of the listed units that have a score of a measure: partial when the table
   * is (their positions among themselves, never block ranks).
   *
   * @param measure the total or a component
   * @return the ranking among the listed units
   * @throws InsufficientDataException if no listed unit has a score of the measure
   */
  public Ranking<Unit> rankingAmongListed(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    checkMeasure(measure);
    Map<Unit, BigDecimal> scores = table.scores(measure);
    if (scores.isEmpty()) {
      throw new InsufficientDataException(
          where() + ": no listed unit has a score of " + measure.code());
    }
    return Ranking.among(scores, rule, table.blockSize());
  }

  /**
   * Returns a unit's standing on a measure: published, or computed from a whole table (see the
   * class comment).
   *
   * @param unit a unit of the table
   * @param measure the total or a component
   * @return its standing of n
   * @throws InsufficientDataException naming what is missing if neither is available
   * @throws DdciValidationException if the unit is not in the table
   */
  public Standing standing(Unit unit, Measure measure) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(measure, "measure");
    return findStanding(unit, measure)
        .orElseThrow(
            () ->
                new InsufficientDataException(
                    where()
                        + ": the rank of "
                        + measure.code()
                        + " of '"
                        + unit.name()
                        + "' was not published, and computing it needs "
                        + wholeNeed(measure)));
  }

  /**
   * Returns a unit's standing on a measure, if the table supports it.
   *
   * @param unit a unit of the table
   * @param measure the total or a component
   * @return its standing, or empty when it was not published and cannot be computed
   * @throws DdciValidationException if the unit is not in the table
   */
  public Optional<Standing> findStanding(Unit unit, Measure measure) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(measure, "measure");
    checkMeasure(measure);
    Scorecard card = card(unit);
    if (measure.isTotal() && usePublished) {
      return published(card.publishedRank().getAsInt());
    }
    Ranking<Unit> ranking = computed.get(measure);
    return ranking == null ? Optional.empty() : Optional.of(ranking.standing(unit));
  }

  /**
   * Returns the standing of every listed unit whose standing on a measure is known.
   *
   * @param measure the total or a component
   * @return the standings, from the best
   */
  public Map<Unit, Standing> standings(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    Map<Unit, Standing> standings = new HashMap<>();
    for (Unit unit : table.units()) {
      findStanding(unit, measure).ifPresent(s -> standings.put(unit, s));
    }
    ImmutableMap.Builder<Unit, Standing> ordered = ImmutableMap.builder();
    table.units().stream()
        .filter(standings::containsKey)
        .sorted((a, b) -> standings.get(a).compareTo(standings.get(b)))
        .forEach(u -> ordered.put(u, standings.get(u)));
    return ordered.build();
  }

  /**
   * Returns the block's median score of a measure (điểm trung vị): computed from the exact scores
   * of a whole table, or, for the total, the published median.
   *
   * @param measure the total or a component
   * @return the median score
   * @throws InsufficientDataException if the table is not whole for the measure and no median was
   *     published
   */
  public BigDecimal medianScore(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    return findMedianScore(measure)
        .orElseThrow(
            () ->
                new InsufficientDataException(
                    where()
                        + ": the median score of "
                        + measure.code()
                        + " needs "
                        + wholeNeed(measure)
                        + (measure.isTotal() ? ", or a published median" : "")));
  }

  /**
   * Returns the block's median score of a measure, if the table supports it (see {@link
   * #medianScore(Measure)}).
   *
   * @param measure the total or a component
   * @return the median score
   */
  public Optional<BigDecimal> findMedianScore(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    checkMeasure(measure);
    if (computed.containsKey(measure)) {
      return Optional.of(medians.get(measure));
    }
    if (measure.isTotal()) {
      return table.publishedMedianScore().map(s -> s.value());
    }
    return Optional.empty();
  }

  /**
   * Returns the leader's score of a measure (đơn vị đứng đầu): the best score of a whole table, or
   * for the total the score of a listed unit published at rank 1, unless a listed unit has a higher
   * total (a misprint that {@link Consistency} reports).
   *
   * @param measure the total or a component
   * @return the leader's score, if the table supports it
   */
  public Optional<BigDecimal> findLeaderScore(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    checkMeasure(measure);
    if (computed.containsKey(measure)) {
      return Optional.of(leaders.get(measure));
    }
    if (measure.isTotal() && sharing.containsKey(1)) {
      Optional<BigDecimal> first =
          table.scorecards().stream()
              .filter(c -> c.publishedRank().orElse(0) == 1)
              .map(Scorecard::total)
              .max(BigDecimal::compareTo);
      BigDecimal best = Collections.max(table.scores(Measure.total()).values());
      return first.filter(f -> f.compareTo(best) == 0);
    }
    return Optional.empty();
  }

  private Optional<Standing> published(int rank) {
    int n = table.blockSize();
    int tied = sharing.get(rank);
    TiePolicy policy = rule.policy();
    if (policy == TiePolicy.DENSE) {
      int ranked = sharing.values().stream().mapToInt(Integer::intValue).sum();
      if (!table.isComplete() || ranked < n) {
        return Optional.empty(); // a dense rank does not tell the position without every rank
      }
      int better =
          sharing.entrySet().stream()
              .filter(e -> e.getKey() < rank)
              .mapToInt(Map.Entry::getValue)
              .sum();
      return Optional.of(
          Standing.of(rank, n, tied, Standing.meanPosition(better + 1, tied), TiePolicy.DENSE));
    }
    if (policy == TiePolicy.ORDINAL && tied == 1) {
      return Optional.of(Standing.of(rank, n, 1, BigDecimal.valueOf(rank), TiePolicy.ORDINAL));
    }
    TiePolicy shared =
        policy == TiePolicy.FRACTIONAL ? TiePolicy.FRACTIONAL : TiePolicy.COMPETITION;
    return Optional.of(Standing.of(rank, n, tied, Standing.meanPosition(rank, tied), shared));
  }

  private Scorecard card(Unit unit) {
    Scorecard card = cards.get(unit);
    if (card == null) {
      throw new DdciValidationException(where() + ": no unit '" + unit.name() + "'");
    }
    return card;
  }

  private void checkMeasure(Measure measure) {
    if (!table.block().framework().measures().contains(measure)) {
      throw new DdciValidationException(
          "block " + table.block().code() + " is not scored on " + measure);
    }
  }

  /** What a computation over the whole block needs, and what this table lacks of it. */
  private String wholeNeed(Measure measure) {
    if (!table.isComplete()) {
      return "every unit's score of "
          + measure.code()
          + ": the table lists "
          + table.size()
          + " of "
          + table.blockSize()
          + " units";
    }
    long without = table.scorecards().stream().filter(c -> c.score(measure).isEmpty()).count();
    return "every unit's score of "
        + measure.code()
        + ": "
        + without
        + " of "
        + table.size()
        + " units have none published";
  }

  private String where() {
    return "block " + table.block().code() + ", year " + table.year();
  }

  @Override
  public String toString() {
    return "BlockRanking[" + table + ", " + rule + "]";
  }
}
