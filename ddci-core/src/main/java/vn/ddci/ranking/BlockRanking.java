package vn.ddci.ranking;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import vn.ddci.framework.Measure;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Unit;

/**
 * A whole block's table ranked on every measure (the total and each component) under one rule.
 *
 * <pre>{@code
 * BlockRanking r = BlockRanking.of(table2016, RankingRule.PCI);
 * r.standing(table2016.get("Đà Nẵng").unit(), Measure.total());   // Standing[01/63]
 * }</pre>
 */
public final class BlockRanking {
  private final ResultTable table;
  private final RankingRule rule;
  private final ImmutableMap<Measure, Ranking<Unit>> rankings;

  private BlockRanking(ResultTable table, RankingRule rule) {
    this.table = table;
    this.rule = rule;
    ImmutableMap.Builder<Measure, Ranking<Unit>> rankings = ImmutableMap.builder();
    for (Measure m : table.block().framework().measures()) {
      rankings.put(m, Ranking.of(table.scores(m), rule));
    }
    this.rankings = rankings.build();
  }

  /**
   * Ranks a table.
   *
   * @param table the block's results for a year
   * @param rule the tie policy and precision
   * @return the rankings of every measure
   */
  public static BlockRanking of(ResultTable table, RankingRule rule) {
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
   * Returns the ranking of a measure.
   *
   * @param measure the total or a component of the table's framework
   * @return its ranking
   * @throws IllegalArgumentException if the measure is not of the table's framework
   */
  public Ranking<Unit> ranking(Measure measure) {
    Ranking<Unit> ranking = rankings.get(measure);
    if (ranking == null) {
      throw new IllegalArgumentException(
          "block " + table.block().code() + " is not ranked on " + measure);
    }
    return ranking;
  }

  /**
   * Returns a unit's standing on a measure.
   *
   * @param unit a unit of the table
   * @param measure the total or a component
   * @return its standing
   */
  public Standing standing(Unit unit, Measure measure) {
    return ranking(measure).standing(unit);
  }

  /**
   * Returns the block's median score of a measure (on the exact scores).
   *
   * @param measure the total or a component
   * @return the median score
   */
  public BigDecimal medianScore(Measure measure) {
    return Medians.score(table.scores(measure).values());
  }

  /**
   * Returns every unit's standing on a measure, from the best.
   *
   * @param measure the total or a component
   * @return the standings
   */
  public Map<Unit, Standing> standings(Measure measure) {
    return ranking(measure).standings();
  }

  @Override
  public String toString() {
    return "BlockRanking[" + table + ", " + rule + "]";
  }
}
