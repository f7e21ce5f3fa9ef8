package vn.ddci.goal;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import vn.ddci.framework.Block;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.RankingRule;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/** Small hand-made blocks for the goal tests. */
final class GoalFixtures {
  /**
   * Two components with published weights 1 and 3: a point of P adds 2.5 to the total, of Q 7.5.
   */
  static final Framework TWO =
      Framework.builder()
          .name("Two components")
          .addComponents(Component.of("P", "Thành phần P", "Component P", BigDecimal.ONE))
          .addComponents(Component.of("Q", "Thành phần Q", "Component Q", BigDecimal.valueOf(3)))
          .build();

  static final Component P = TWO.component("P");
  static final Component Q = TWO.component("Q");

  private GoalFixtures() {}

  static Block block(RankingRule rule) {
    return Block.of("T", "Khối thử", TWO, rule);
  }

  /** A table of totals only: name, total, name, total, … */
  static ResultTable totals(RankingRule rule, String... nameTotal) {
    return totals(rule, nameTotal.length / 2, nameTotal);
  }

  static ResultTable totals(RankingRule rule, int blockSize, String... nameTotal) {
    Block block = block(rule);
    List<Scorecard> cards = new ArrayList<>();
    for (int i = 0; i < nameTotal.length; i += 2) {
      cards.add(
          Scorecard.builder()
              .unit(Unit.of(nameTotal[i], block))
              .year(2023)
              .givenTotal(nameTotal[i + 1])
              .build());
    }
    return ResultTable.of(block, Year.of(2023), blockSize, cards);
  }

  /** A table of component scores (totals computed): name, P, Q, name, P, Q, … */
  static ResultTable components(RankingRule rule, String... nameScores) {
    Block block = block(rule);
    List<Scorecard> cards = new ArrayList<>();
    for (int i = 0; i < nameScores.length; i += 3) {
      cards.add(
          Scorecard.builder()
              .unit(Unit.of(nameScores[i], block))
              .year(2023)
              .score(P, nameScores[i + 1])
              .score(Q, nameScores[i + 2])
              .build());
    }
    return ResultTable.of(block, Year.of(2023), cards);
  }

  static Unit unit(ResultTable table, String name) {
    return table.get(name).unit();
  }
}
