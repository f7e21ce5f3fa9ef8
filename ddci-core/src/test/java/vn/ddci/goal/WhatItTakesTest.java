package vn.ddci.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ddci.goal.GoalFixtures.components;
import static vn.ddci.goal.GoalFixtures.totals;
import static vn.ddci.goal.GoalFixtures.unit;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.InsufficientDataException;
import vn.ddci.framework.Measure;
import vn.ddci.framework.Precision;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;
import vn.ddci.ranking.MedianClass;
import vn.ddci.result.ResultTable;

/** What it takes to reach a place, on hand-computed blocks. */
class WhatItTakesTest {
  // A 90, B 85, C 85, D 80, E 70: competition ranks 1, 2, 2, 4, 5; median rank 3.
  private static final String[] FIVE = {"A", "90", "B", "85", "C", "85", "D", "80", "E", "70"};

  private static Requirement total(ResultTable t, String name, RankTarget target) {
    return WhatItTakes.from(t).requirement(unit(t, name), Measure.total(), target);
  }

  @Test
  void competition_levelWithTheKthSharesItsRank_soEqualSuffices() {
    ResultTable t = totals(RankingRule.LANG_SON, FIVE);
    Requirement r = total(t, "E", RankTarget.rank(2));

    assertThat(r.gain()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("15.00"));
    assertThat(r.neededScore()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("85"));
    assertThat(r.reached().orElseThrow().rank()).isEqualTo(2);
    assertThat(r.reached().orElseThrow().tiedCount()).isEqualTo(3);
    assertThat(r.sharesRank()).isTrue();
    assertThat(r.standing().rank()).isEqualTo(5);
    assertThat(r.toString()).isEqualTo("Tổng điểm: +15,00 điểm → 02/05");
    assertThat(total(t, "E", RankTarget.rank(1)).gain().orElseThrow()).isEqualByComparingTo("20");
  }

  @Test
  void ordinal_levelIsDecidedByName_soOneStepMoreIsNeeded() {
    ResultTable t = totals(RankingRule.PCI, FIVE);
    // E at 85.00 is level with B and C, and after them by name: rank 4.
    Requirement e = total(t, "E", RankTarget.rank(2));
    assertThat(e.gain().orElseThrow()).isEqualByComparingTo("15.01");
    assertThat(e.sharesRank()).isFalse();
    // A unit named before the others wins on the name when level: "A0" at 85 beats B and C.
    ResultTable named = totals(RankingRule.PCI, "A", "90", "B", "85", "C", "85", "A0", "70");
    assertThat(total(named, "A0", RankTarget.rank(2)).gain().orElseThrow())
        .isEqualByComparingTo("15.00");
  }

  @Test
  void dense_ranksDistinctValues_competitionCountsUnitsAhead() {
    ResultTable dense = totals(RankingRule.of(TiePolicy.DENSE, Precision.PUBLISHED), FIVE);
    ResultTable competition = totals(RankingRule.LANG_SON, FIVE);

    assertThat(total(dense, "E", RankTarget.rank(3)).gain().orElseThrow())
        .isEqualByComparingTo("10"); // level with D: dense rank 3
    assertThat(total(competition, "E", RankTarget.rank(3)).gain().orElseThrow())
        .isEqualByComparingTo("15"); // 3 units ahead at 80: rank 4; level with B, C: rank 2
  }

  @Test
  void aboveTheMedian_ofAnOddBlock_isRankBelowTheMedianRank() {
    ResultTable t = totals(RankingRule.LANG_SON, FIVE);
    Requirement d = total(t, "D", RankTarget.aboveMedian());

    // median rank 3: above is rank 1 or 2; D at 80 is 4th, and 85 ties at rank 2
    assertThat(d.gain().orElseThrow()).isEqualByComparingTo("5");
    assertThat(d.reached().orElseThrow().medianClass()).isEqualTo(MedianClass.ABOVE);
    assertThat(d.toString()).isEqualTo("Tổng điểm: +5,00 điểm → trên trung vị (02/05)");
  }

  @Test
  void theMedianRank_ofAnOddBlock_isAtOrAbove_ofAnEvenBlockAbove() {
    ResultTable odd = totals(RankingRule.LANG_SON, FIVE);
    // median rank 3, but B and C share rank 2 at 85, so no unit is 3rd: D (80, 4th) needs 85
    Requirement d = total(odd, "D", RankTarget.median());
    assertThat(d.gain().orElseThrow()).isEqualByComparingTo("5");
    ResultTable plain =
        totals(RankingRule.LANG_SON, "A", "90", "B", "85", "C", "82", "D", "80", "E", "70");
    Requirement at = total(plain, "D", RankTarget.median());
    assertThat(at.gain().orElseThrow()).isEqualByComparingTo("2"); // level with C: rank 3 = median
    assertThat(at.reached().orElseThrow().medianClass()).isEqualTo(MedianClass.AT);
    assertThat(at.toString()).isEqualTo("Tổng điểm: +2,00 điểm → xếp hạng trung vị (03/05)");
    assertThat(total(plain, "C", RankTarget.median()).isMet()).isTrue();
    ResultTable even = totals(RankingRule.LANG_SON, "A", "90", "B", "85", "C", "82", "D", "80");
    // no unit of 4 is at the median (2.5): the median rank is rank 2, as above the median
    assertThat(total(even, "D", RankTarget.median()).gain().orElseThrow())
        .isEqualByComparingTo("5");
    assertThat(RankTarget.median().worstRank(4)).isEqualTo(2);
    assertThat(RankTarget.median().worstRank(25)).isEqualTo(13);
    assertThat(RankTarget.median().english(25)).isEqualTo("the median rank (13/25)");
  }

  @Test
  void aboveTheMedian_ofAnEvenBlock_isRankTwoOfFour() {
    ResultTable t = totals(RankingRule.LANG_SON, "A", "90", "B", "85", "C", "82", "D", "80");
    // median rank 2.5; D needs rank 2: level with B
    assertThat(total(t, "D", RankTarget.aboveMedian()).gain().orElseThrow())
        .isEqualByComparingTo("5");
    assertThat(total(t, "C", RankTarget.aboveMedian()).gain().orElseThrow())
        .isEqualByComparingTo("3");
    assertThat(total(t, "B", RankTarget.aboveMedian()).isMet()).isTrue();
  }

  @Test
  void outOfTheBottom_onTheCompetitionRank() {
    ResultTable t = totals(RankingRule.LANG_SON, FIVE);
    // out of the bottom 2 is rank 3 or better; with B and C tied at 85, only 85 gets D there
    Requirement d = total(t, "D", RankTarget.outOfBottom(2));
    assertThat(d.gain().orElseThrow()).isEqualByComparingTo("5");
    // out of the bottom 1: E needs to pass D or be level with it (rank 4 shared)
    assertThat(total(t, "E", RankTarget.outOfBottom(1)).gain().orElseThrow())
        .isEqualByComparingTo("10");
  }

  @Test
  void alreadyThere_needsZero() {
    ResultTable t = totals(RankingRule.LANG_SON, FIVE);
    Requirement a = total(t, "A", RankTarget.rank(1));
    assertThat(a.isMet()).isTrue();
    assertThat(a.gain().orElseThrow()).isEqualByComparingTo("0");
    assertThat(a.toString()).isEqualTo("Tổng điểm: đã đạt 01/05 (01/05)");
    // B shares rank 2: met for rank 2
    assertThat(total(t, "B", RankTarget.rank(2)).isMet()).isTrue();
  }

  @Test
  void singleUnit_isFirst_andCannotBeAboveItsMedian() {
    ResultTable t = totals(RankingRule.LANG_SON, "A", "50");
    assertThat(total(t, "A", RankTarget.rank(1)).isMet()).isTrue();
    assertThatThrownBy(() -> total(t, "A", RankTarget.aboveMedian()))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("no rank of 1 units meets")
        .hasMessageContaining("a block of one unit has no rank above its median");
  }

  @Test
  void outOfTheBottomOfTheWholeBlock_isRefused_notCalledOutOfReachOnTheScale() {
    ResultTable t = totals(RankingRule.LANG_SON, FIVE);
    assertThatThrownBy(() -> total(t, "E", RankTarget.outOfBottom(5)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("every unit is in the bottom 5");
    assertThat(total(t, "E", RankTarget.outOfBottom(4)).isReachable()).isTrue();
  }

  @Test
  void beyondTheScale_isUnreachable_notANumber() {
    ResultTable ordinal = totals(RankingRule.PCI, "A", "100", "E", "70");
    Requirement r = total(ordinal, "E", RankTarget.rank(1));
    assertThat(r.isReachable()).isFalse();
    assertThat(r.neededScore()).isEmpty();
    assertThat(r.toString()).isEqualTo("Tổng điểm: không thể đạt 01/02 trong thang 0–100");
    // under COMPETITION, 100 is level with A and shares rank 1
    ResultTable shared = totals(RankingRule.LANG_SON, "A", "100", "E", "70");
    assertThat(total(shared, "E", RankTarget.rank(1)).gain().orElseThrow())
        .isEqualByComparingTo("30");
  }

  @Test
  void publishedPrecision_levelAtTwoDecimalsIsLevel() {
    // B's 85.004 is published 85.00: at 85.00 E shares B's rank under Lạng Sơn's rule
    ResultTable t = totals(RankingRule.LANG_SON, "A", "90", "B", "85.004", "E", "70");
    assertThat(total(t, "E", RankTarget.rank(2)).gain().orElseThrow())
        .isEqualByComparingTo("15.00");
  }

  @Test
  void components_andTheTotal_ofAUnit() {
    ResultTable t = components(RankingRule.LANG_SON, "X", "5", "6", "Y", "9", "8", "Z", "7", "10");
    List<Requirement> rs = WhatItTakes.from(t).requirements(unit(t, "X"), RankTarget.rank(1));

    assertThat(rs).extracting(r -> r.measure().code()).containsExactly("TOTAL", "P", "Q");
    // totals: X 57.5, Y 82.5, Z 92.5 (2.5 × P + 7.5 × Q)
    assertThat(rs.get(0).gain().orElseThrow()).isEqualByComparingTo("35");
    assertThat(rs.get(1).gain().orElseThrow()).isEqualByComparingTo("4");
    assertThat(rs.get(2).gain().orElseThrow()).isEqualByComparingTo("4");
    assertThat(rs.get(2).scaleMax()).isEqualByComparingTo("10");
  }

  @Test
  void partialTable_isRefused_sayingWhatIsMissing() {
    ResultTable partial =
        totals(RankingRule.LANG_SON, 6, "A", "90", "B", "85", "C", "85", "D", "80", "E", "70");
    assertThatThrownBy(() -> total(partial, "E", RankTarget.rank(2)))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessageContaining("5 of 6 units")
        .hasMessageContaining("'E'")
        .hasMessageContaining("TOTAL");
    ResultTable totalsOnly = totals(RankingRule.LANG_SON, FIVE);
    assertThatThrownBy(
            () ->
                WhatItTakes.from(totalsOnly)
                    .requirement(
                        unit(totalsOnly, "E"), Measure.of(GoalFixtures.P), RankTarget.rank(1)))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessageContaining("score of P")
        .hasMessageContaining("[A, B, C, D, E] have no score");
  }

  @Test
  void badInput_isRefused_byName() {
    ResultTable t = totals(RankingRule.LANG_SON, FIVE);
    assertThatThrownBy(() -> total(t, "E", RankTarget.rank(6)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("target rank 6 is beyond the block's 5 units");
    ResultTable other = totals(RankingRule.LANG_SON, "Z", "1");
    assertThatThrownBy(
            () ->
                WhatItTakes.from(t)
                    .requirement(unit(other, "Z"), Measure.total(), RankTarget.rank(1)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("unit 'Z' is not in the table");
    assertThatThrownBy(() -> RankTarget.rank(0)).isInstanceOf(DdciValidationException.class);
    assertThatThrownBy(() -> RankTarget.outOfBottom(0)).isInstanceOf(DdciValidationException.class);
  }

  @Test
  void raisedByTheGain_reaches_andByOneStepLess_doesNot() {
    ResultTable t =
        totals(
            RankingRule.LANG_SON,
            "A",
            "91.37",
            "B",
            "88.12",
            "C",
            "88.12",
            "D",
            "80.05",
            "E",
            "72.49",
            "F",
            "61.30");
    for (String name : List.of("B", "C", "D", "E", "F")) {
      for (int k = 1; k <= 6; k++) {
        Requirement r = total(t, name, RankTarget.rank(k));
        BigDecimal own = r.score();
        BigDecimal g = r.gain().orElseThrow();
        assertThat(rank(t, name, own.add(g))).as("%s to %s", name, k).isLessThanOrEqualTo(k);
        if (g.signum() > 0) {
          assertThat(rank(t, name, own.add(g).subtract(new BigDecimal("0.01"))))
              .as("%s to %s, one step less", name, k)
              .isGreaterThan(k);
        }
      }
    }
  }

  private static int rank(ResultTable t, String name, BigDecimal value) {
    java.util.Map<vn.ddci.result.Unit, BigDecimal> scores =
        new java.util.HashMap<>(t.scores(Measure.total()));
    scores.put(unit(t, name), value);
    return vn.ddci.ranking.Ranking.of(scores, t.block().rankingRule())
        .standing(unit(t, name))
        .rank();
  }
}
