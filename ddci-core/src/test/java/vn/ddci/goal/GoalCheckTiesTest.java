package vn.ddci.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.framework.Block;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.framework.Precision;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;
import vn.ddci.ranking.MedianClass;
import vn.ddci.ranking.Standing;
import vn.ddci.result.PublishedFigures;
import vn.ddci.result.PublishedStanding;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * Ties follow the block's rule; "above the median" follows {@link MedianClass}; and the verdicts of
 * rank goals agree with their margins for every rank of every block size.
 */
class GoalCheckTiesTest {
  private static final Year Y = Year.of(2023);
  private static final Measure TOTAL = Measure.total();

  /** Five units with totals 90, 80, 80, 70, 60: B and C share rank 2. */
  private static ResultTable table(RankingRule rule) {
    Block block = Block.of("T", "Khối thử", Frameworks.LANG_SON_DEPARTMENTS, rule);
    String[] names = {"A", "B", "C", "D", "E"};
    String[] totals = {"90.00", "80.00", "80.00", "70.00", "60.00"};
    List<Scorecard> cards = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      cards.add(
          Scorecard.builder()
              .unit(Unit.of("Sở " + names[i], block))
              .year(2023)
              .givenTotal(totals[i])
              .build());
    }
    return ResultTable.of(block, Y, cards);
  }

  @Test
  void competition_tiedUnitsShareTheRank() {
    ResultTable t = table(RankingRule.LANG_SON);
    GoalOutcome c = GoalCheck.check(Goal.rank(TOTAL, Y, 2, 5), t, "Sở C");
    assertThat(c.isMet()).isTrue();
    assertThat(c.rankMargin()).hasValue(0);
    assertThat(c.standing().orElseThrow().isTied()).isTrue();
    GoalOutcome d = GoalCheck.check(Goal.rank(TOTAL, Y, 3, 5), t, "Sở D");
    assertThat(d.isMet()).isFalse(); // competition: 1, 2, 2, 4, 5
    assertThat(d.rankMargin()).hasValue(-1);
    assertThat(GoalCheck.check(Goal.outOfBottom(TOTAL, Y, 1), t, "Sở D").rankMargin()).hasValue(0);
    assertThat(GoalCheck.check(Goal.outOfBottom(TOTAL, Y, 2), t, "Sở D").isMet()).isFalse();
  }

  @Test
  void dense_rankGoalsUseTheDenseRank_theMedianAndBottomUseThePositions() {
    ResultTable t = table(RankingRule.of(TiePolicy.DENSE, Precision.PUBLISHED));
    // dense: 1, 2, 2, 3, 4 — D is rank 3 under the block's rule, yet 4th of 5 by position
    GoalOutcome rank = GoalCheck.check(Goal.rank(TOTAL, Y, 3, 5), t, "Sở D");
    assertThat(rank.isMet()).isTrue();
    assertThat(rank.rankMargin()).hasValue(0);
    GoalOutcome median = GoalCheck.check(Goal.aboveMedian(TOTAL, Y), t, "Sở D");
    assertThat(median.isMet()).isFalse(); // competition rank 4 of 5 is below the median 3
    assertThat(median.rankMargin()).hasValue(-2); // the last rank above the median of 5 is 2
    GoalOutcome bottom = GoalCheck.check(Goal.outOfBottom(TOTAL, Y, 2), t, "Sở D");
    assertThat(bottom.isMet()).isFalse();
    assertThat(bottom.rankMargin()).hasValue(-1);
  }

  @Test
  void fractional_rankGoalsUseTheFractionalRank_tiedForPlaces2And3IsNotRank2() {
    ResultTable t = table(RankingRule.of(TiePolicy.FRACTIONAL, Precision.PUBLISHED));
    // fractional: 1, 2.5, 2.5, 4, 5 — B and C share the competition rank 2, yet stand at 2.5
    GoalOutcome two = GoalCheck.check(Goal.rank(TOTAL, Y, 2, 5), t, "Sở C");
    assertThat(two.standing().orElseThrow().fractionalRank()).isEqualByComparingTo("2.5");
    assertThat(two.standing().orElseThrow().rank()).isEqualTo(2);
    assertThat(two.isMet()).isFalse();
    assertThat(two.rankMargin()).hasValue(-1); // 2 − 2.5, rounded down
    GoalOutcome three = GoalCheck.check(Goal.rank(TOTAL, Y, 3, 5), t, "Sở B");
    assertThat(three.isMet()).isTrue();
    assertThat(three.rankMargin()).hasValue(0); // 3 − 2.5, rounded down
    GoalOutcome one = GoalCheck.check(Goal.rank(TOTAL, Y, 1, 5), t, "Sở A");
    assertThat(one.isMet()).isTrue();
    assertThat(one.rankMargin()).hasValue(0);
    GoalOutcome d = GoalCheck.check(Goal.rank(TOTAL, Y, 3, 5), t, "Sở D");
    assertThat(d.isMet()).isFalse();
    assertThat(d.rankMargin()).hasValue(-1);
    // the verdict agrees with RankTarget, whose rank 2 the tied pair does not meet either
    Standing c = two.standing().orElseThrow();
    assertThat(RankTarget.rank(2).isMetBy(c)).isFalse();
    assertThat(RankTarget.rank(3).isMetBy(c)).isTrue();
    // the median and bottom goals stay on the competition rank
    assertThat(GoalCheck.check(Goal.aboveMedian(TOTAL, Y), t, "Sở C").isMet()).isTrue();
    assertThat(GoalCheck.check(Goal.outOfBottom(TOTAL, Y, 3), t, "Sở C").isMet()).isTrue();
  }

  @Test
  void fractional_whatItTakesToRank2_isToBreakTheTie() {
    ResultTable t = table(RankingRule.of(TiePolicy.FRACTIONAL, Precision.PUBLISHED));
    WhatItTakes takes = WhatItTakes.from(t);
    Unit c = t.get("Sở C").unit();
    Requirement two = takes.requirement(c, TOTAL, RankTarget.rank(2));
    assertThat(two.isMet()).isFalse();
    assertThat(two.gain()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("0.01"));
    assertThat(two.reached().orElseThrow().fractionalRank()).isEqualByComparingTo("2");
    Requirement three = takes.requirement(c, TOTAL, RankTarget.rank(3));
    assertThat(three.isMet()).isTrue();
    assertThat(three.gain()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("0"));
    // under COMPETITION the shared rank 2 suffices
    Requirement competition =
        WhatItTakes.from(t, RankingRule.LANG_SON).requirement(c, TOTAL, RankTarget.rank(2));
    assertThat(competition.isMet()).isTrue();
  }

  @Test
  void everyRankOfEveryBlock_verdictsAgreeWithMedianClassAndMargins() {
    qt().forAll(integers().between(1, 60), integers().between(0, 59), integers().between(1, 60))
        .checkAssert(
            (n, x, k) -> {
              int r = 1 + x % n; // a rank of 1..n, whatever n
              PublishedStanding s =
                  PublishedStanding.builder()
                      .unit(vn.ddci.assessment.SeedFigures.SO_NGOAI_VU)
                      .year(2023)
                      .blockSize(n)
                      .total(PublishedFigures.ofRank(r))
                      .build();
              GoalOutcome median = GoalCheck.check(Goal.aboveMedian(TOTAL, Y), s);
              assertThat(median.isMet()).isEqualTo(MedianClass.of(r, n) == MedianClass.ABOVE);
              assertThat(median.isMet()).isEqualTo(median.rankMargin().getAsInt() >= 0);
              GoalOutcome bottom = GoalCheck.check(Goal.outOfBottom(TOTAL, Y, k), s);
              assertThat(bottom.isMet()).isEqualTo(r <= n - k);
              assertThat(bottom.rankMargin()).hasValue(n - k - r);
              if (k <= n) {
                GoalOutcome rank = GoalCheck.check(Goal.rank(TOTAL, Y, k, n), s);
                assertThat(rank.isMet()).isEqualTo(r <= k);
                assertThat(rank.rankMargin()).hasValue(k - r);
              }
            });
  }
}
