package vn.ddci.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Precision;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;
import vn.ddci.ranking.Ranking;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;

/** Scores as published: rounded, ranked, and turned into a DDCI result table. */
class ScoresTest {

  private static final IndicatorTree FLAT =
      IndicatorTree.of(Node.root("Index"), Node.indicator("a", "Index"));

  /** Scores of a one-indicator index, the index equal to the indicator. */
  private static Scores flat(String[] units, double... index) {
    return Scores.of(
        FLAT, Dataset.builder().units(units).column("Index", index).column("a", index).build());
  }

  private static Scores flatWithMissing(String[] units, double[] index, String... missing) {
    Dataset d =
        Dataset.builder()
            .units(units)
            .column("Index", index)
            .column("a", index)
            .missing("Index", missing)
            .build();
    return Scores.of(FLAT, d);
  }

  // ---------------------------------------------------------------- rounding

  @Test
  void rounded_isHalfEvenOnTheDoubleItself() {
    Scores s =
        flat(
            new String[] {"A", "B", "C", "D", "E"},
            65.62499999999999,
            21.625,
            21.635,
            0.125,
            0.375);

    assertThat(s.rounded("Index", "A", 2)).isEqualByComparingTo("65.62");
    assertThat(s.rounded("Index", "B", 2)).isEqualByComparingTo("21.62");
    // 21.635 is stored as 21.63500000000000156…, above the tie
    assertThat(s.rounded("Index", "C", 2)).isEqualByComparingTo("21.64");
    assertThat(s.rounded("Index", "D", 2)).isEqualByComparingTo("0.12");
    assertThat(s.rounded("Index", "E", 2)).isEqualByComparingTo("0.38");
    assertThat(s.rounded("Index", "E", 0)).isEqualByComparingTo("0");
    assertThat(s.rounded("Index", "B", 2).scale()).isEqualTo(2);
  }

  @Test
  void roundingAMissingScore_isRefusedNamingNodeAndUnit() {
    Scores s = flatWithMissing(new String[] {"A", "B"}, new double[] {1, 0}, "B");

    assertThat(s.score("Index", "B")).isEmpty();
    assertThatThrownBy(() -> s.rounded("Index", "B", 2))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("Index", "B");
  }

  @Test
  void scoreOfAnUnknownNode_isRefusedNamingIt() {
    Scores s = flat(new String[] {"A"}, 1);

    assertThatThrownBy(() -> s.score("Conn", "A"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("Conn");
  }

  @Test
  void scoresOfDataNotAggregated_areRefusedNamingTheNodesWithoutAColumn() {
    Dataset d = Dataset.builder().units("A").column("a", 1).build();

    assertThatThrownBy(() -> Scores.of(FLAT, d))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("Index", "not aggregated");
  }

  // ---------------------------------------------------------------- ranking

  @Test
  void ranking_putsTheHighestFirst_andEqualScoresShareARankUnderCompetition() {
    Scores s = flat(new String[] {"A", "B", "C", "D"}, 7.5, 8.25, 7.5, 3);

    Ranking<String> r = s.ranking("Index", RankingRule.of(TiePolicy.COMPETITION, Precision.FULL));

    assertThat(r.standing("B").rank()).isEqualTo(1);
    assertThat(r.standing("A").rank()).isEqualTo(2);
    assertThat(r.standing("C").rank()).isEqualTo(2);
    assertThat(r.standing("D").rank()).isEqualTo(4);
  }

  @Test
  void ranking_leavesUnitsWithoutAScoreOut_rankingTheOthersOutOfAll() {
    Scores s = flatWithMissing(new String[] {"A", "B", "C"}, new double[] {5, 0, 6}, "B");

    Ranking<String> r = s.ranking("Index", RankingRule.PCI);

    assertThat(r.order()).containsExactly("C", "A");
    assertThat(r.blockSize()).isEqualTo(3);
    assertThat(r.isPartial()).isTrue();
  }

  @Test
  void ranking_atThePublishedPrecision_agreesWithTheRoundedScores() {
    // published (half even): A 21.62, B 21.63 — B is ahead, not tied with A
    Scores s = flat(new String[] {"A", "B"}, 21.625, 21.63);
    assertThat(s.rounded("Index", "A", 2)).isEqualByComparingTo("21.62");
    assertThat(s.rounded("Index", "B", 2)).isEqualByComparingTo("21.63");

    Ranking<String> r = s.ranking("Index", RankingRule.LANG_SON);

    assertThat(r.standing("B").rank()).isEqualTo(1);
    assertThat(r.standing("A").rank()).isEqualTo(2);
    assertThat(r.standing("A").isTied()).isFalse();
  }

  @Test
  void ranking_atThePublishedPrecision_roundsAsPublished_notHalfUpOnTheShortestDecimal() {
    // 1.005 is stored as 1.00499999999999989…: published 1.00, below 1.01
    Scores s = flat(new String[] {"A", "B"}, 1.005, 1.01);
    assertThat(s.rounded("Index", "A", 2)).isEqualByComparingTo("1.00");

    Ranking<String> r = s.ranking("Index", RankingRule.LANG_SON);

    assertThat(r.standing("B").rank()).isEqualTo(1);
    assertThat(r.standing("A").rank()).isEqualTo(2);
    assertThat(r.value("A")).isEqualByComparingTo("1.00");
    assertThat(r.value("B")).isEqualByComparingTo("1.01");
  }

  @Test
  void ordinalRanking_atThePublishedPrecision_ordersEqualPublishedScoresByTheUnroundedOnes() {
    Scores s = flat(new String[] {"A", "B", "C", "D"}, 21.6151, 21.62, 21.6249, 21.625);

    Ranking<String> r = s.ranking("Index", RankingRule.of(TiePolicy.ORDINAL, Precision.PUBLISHED));

    assertThat(r.order()).containsExactly("D", "C", "B", "A");
    assertThat(r.value("D")).isEqualByComparingTo("21.62");
    assertThat(r.value("A")).isEqualByComparingTo("21.62");
    assertThat(r.standing("D").rank()).isEqualTo(1);
    assertThat(r.standing("A").rank()).isEqualTo(4);
  }

  @Test
  void ranking_atThePublishedPrecision_tiesScoresThatRoundAlike() {
    Scores s = flat(new String[] {"A", "B", "C"}, 21.6249, 21.62, 21.6151);

    Ranking<String> r = s.ranking("Index", RankingRule.LANG_SON);

    assertThat(r.standing("A").rank()).isEqualTo(1);
    assertThat(r.standing("B").rank()).isEqualTo(1);
    assertThat(r.standing("C").rank()).isEqualTo(1);
  }

  @Test
  void rankingANodeNoUnitHasAScoreOf_isRefusedNamingIt() {
    Scores s = flatWithMissing(new String[] {"A"}, new double[] {0}, "A");

    assertThatThrownBy(() -> s.ranking("Index", RankingRule.PCI))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("Index");
  }

  // ---------------------------------------------------------------- result tables

  private static final Framework LANG_SON = Frameworks.LANG_SON_DEPARTMENT_BLOCK.framework();

  /** DDCI → the eight components of a framework, each of one indicator "<code>_1". */
  private static IndicatorTree ddciTree(Framework f, boolean publishedWeights) {
    List<Node> nodes = new ArrayList<>();
    nodes.add(Node.root("DDCI"));
    for (Component c : f.components()) {
      double w = publishedWeights ? c.weight().doubleValue() : 1;
      nodes.add(Node.aggregate(c.code(), "DDCI").withWeight(w));
      nodes.add(Node.indicator(c.code() + "_1", c.code()));
    }
    return IndicatorTree.of(nodes);
  }

  /** Three departments, each indicator's values a permutation of 0, 1 and 2. */
  private static Dataset departments(Framework f) {
    Dataset.Builder b =
        Dataset.builder()
            .unit("STC", "Sở Tài chính")
            .unit("SXD", "Sở Xây dựng")
            .unit("SYT", "Sở Y tế");
    int i = 0;
    for (Component c : f.components()) {
      i++;
      b.column(c.code() + "_1", i % 3, (i + 1) % 3, (i + 2) % 3);
    }
    return b.build();
  }

  private static final Pipeline TO_TEN =
      Pipeline.of(
          Normalise.minMax(0, 10),
          Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE));

  @Test
  void toResultTable_ofTheLangSonDepartmentBlock_hasTheComponentsAndTotalTimesTen() {
    IndicatorTree tree = ddciTree(LANG_SON, false);
    Dataset data = departments(LANG_SON);
    Scores scores = TO_TEN.run(tree, data).scores();

    ResultTable table = scores.toResultTable(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Year.of(2023));

    assertThat(table.size()).isEqualTo(3);
    assertThat(LANG_SON.components()).hasSize(8);
    for (String u : data.units()) {
      Scorecard card = table.get(data.name(u).orElseThrow());
      for (Component c : LANG_SON.components()) {
        double expected = scores.score(c.code(), u).orElseThrow();
        assertThat(card.score(c)).as(u + "/" + c.code()).contains(BigDecimal.valueOf(expected));
      }
      double total = scores.score("DDCI", u).orElseThrow() * 10;
      assertThat(card.total()).as(u).isEqualByComparingTo(BigDecimal.valueOf(total));
      assertThat(card.year()).isEqualTo(Year.of(2023));
    }
    // TRANSPARENCY_1 is 1, 2, 0: Sở Tài chính is in the middle
    assertThat(table.get("Sở Tài chính").score(LANG_SON.component("TRANSPARENCY")))
        .contains(BigDecimal.valueOf(5.0));
  }

  @Test
  void toResultTable_ofPci_acceptsTheComponentsInThePublishedRatios() {
    Framework pci = Frameworks.PCI;
    IndicatorTree tree =
        ddciTree(pci, true)
            .withWeights(
                Map.of(
                    "ENTRY",
                    0.5,
                    "LAND",
                    0.5,
                    "TRANSPARENCY",
                    2.0,
                    "TIME",
                    0.5,
                    "INFORMAL",
                    1.0,
                    "POLICY_BIAS",
                    0.5,
                    "PROACTIVITY",
                    0.5,
                    "BUSINESS_SUPPORT",
                    2.0,
                    "LABOR",
                    2.0,
                    "LEGAL",
                    0.5));
    Scores scores = TO_TEN.run(tree, departments(pci)).scores();

    ResultTable table = scores.toResultTable(Frameworks.PCI_PROVINCES, Year.of(2023));

    Scorecard card = table.get("Sở Y tế");
    assertThat(card.total())
        .isEqualByComparingTo(BigDecimal.valueOf(scores.score("DDCI", "SYT").orElseThrow() * 10));
    assertThat(card.computedTotal().orElseThrow().doubleValue())
        .isCloseTo(card.total().doubleValue(), within(1e-9));
  }

  @Test
  void toResultTable_ofPci_refusesWeightsInOtherRatios_namingTheComponent() {
    Framework pci = Frameworks.PCI;
    IndicatorTree equal = ddciTree(pci, false);
    Scores scores = TO_TEN.run(equal, departments(pci)).scores();

    assertThatThrownBy(() -> scores.toResultTable(Frameworks.PCI_PROVINCES, Year.of(2023)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("component ENTRY", "0.1", "0.05", "PCI");
  }

  @Test
  void toResultTable_refusesARootWhoseChildrenAreNotTheComponents() {
    IndicatorTree tree = ddciTree(Frameworks.LANG_SON_DISTRICTS, false);
    Scores scores = TO_TEN.run(tree, departments(Frameworks.LANG_SON_DISTRICTS)).scores();

    assertThatThrownBy(
            () -> scores.toResultTable(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Year.of(2023)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("DDCI", "LAND_ACCESS", "DYNAMISM");
  }

  @Test
  void toResultTable_refusesAComponentScoreOutsideItsScale_namingComponentAndUnit() {
    IndicatorTree tree = ddciTree(LANG_SON, false);
    Scores scores =
        Pipeline.of(
                Normalise.minMax(0, 100),
                Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE))
            .run(tree, departments(LANG_SON))
            .scores();

    assertThatThrownBy(
            () -> scores.toResultTable(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Year.of(2023)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("component", "unit", "outside the scale 0–10");
  }

  @Test
  void toResultTable_refusesAUnitWithoutATotal_namingIt() {
    IndicatorTree tree = ddciTree(LANG_SON, false);
    Dataset.Builder b = Dataset.builder().unit("STC", "Sở Tài chính").unit("SXD", "Sở Xây dựng");
    for (Component c : LANG_SON.components()) {
      b.column(c.code() + "_1", 1, 0).missing(c.code() + "_1", "SXD");
    }
    Scores scores =
        Pipeline.of(
                Normalise.minMax(0, 10).whenConstant(Normalise.Constant.UPPER),
                Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE))
            .run(tree, b.build())
            .scores();
    assertThat(scores.score("DDCI", "SXD")).isEmpty();

    assertThatThrownBy(
            () -> scores.toResultTable(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Year.of(2023)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("unit SXD", "DDCI", "total");
  }
}
