package vn.ddci.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ddci.goal.GoalFixtures.P;
import static vn.ddci.goal.GoalFixtures.Q;
import static vn.ddci.goal.GoalFixtures.components;
import static vn.ddci.goal.GoalFixtures.totals;
import static vn.ddci.goal.GoalFixtures.unit;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.InsufficientDataException;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.RankingRule;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/** Splitting a gain of the total across components, on hand-computed blocks. */
class GainSplitTest {
  // weights 1 and 3: a point of P adds 2.5 to the total, a point of Q 7.5.
  // X: P 5, Q 6; block's best P 9, Q 10: headroom 4 and 4 (to the scale's top: 5 and 4).
  private static final ResultTable T =
      components(RankingRule.LANG_SON, "X", "5", "6", "Y", "9", "8", "Z", "7", "10");
  private static final Unit X = unit(T, "X");

  private static GainSplit split(String needed) {
    return GainSplit.planner(T, X).split(new BigDecimal(needed));
  }

  @Test
  void gainsFollowWeightTimesHeadroom_theHeavierComponentGainsMore() {
    GainSplit s = split("6");
    // pull (weight × headroom): P 1 × 4, Q 3 × 4; 6 = t × (2.5 × 4 + 7.5 × 12) = 100 t: t = 0.06
    assertThat(s.gains().get(P)).isEqualByComparingTo("0.24");
    assertThat(s.gains().get(Q)).isEqualByComparingTo("0.72");
    assertThat(s.contributions().get(P)).isEqualByComparingTo("0.6");
    assertThat(s.contributions().get(Q)).isEqualByComparingTo("5.4");
    assertThat(s.totalContribution()).isEqualByComparingTo("6");
    assertThat(s.share(Q)).isEqualByComparingTo("0.9");
    assertThat(s.isReachable()).isTrue();
    assertThat(s.weightsAssumed()).isFalse();
    assertThat(s.headroomBasis()).isEqualTo(Headroom.BLOCK_BEST);
    assertThat(s.toString()).isEqualTo("GainSplit[X: +6.00 total → P +0.24, Q +0.72]");
  }

  @Test
  void roundedDown_thenOneStepByWeightFirst_untilTheNeedIsCovered() {
    GainSplit s = split("1.01");
    // t = 0.0101: P 0.0404 → 0.04 (0.10), Q 0.1212 → 0.12 (0.90); 0.01 short: Q gets a step
    assertThat(s.gains().get(P)).isEqualByComparingTo("0.04");
    assertThat(s.gains().get(Q)).isEqualByComparingTo("0.13");
    assertThat(s.totalContribution()).isEqualByComparingTo("1.075");
  }

  @Test
  void aComponentThatWouldPassItsHeadroom_takesIt_andTheOthersShareTheRest() {
    // Q has 0.2 of room to the block's best, P 4; by weight × headroom Q's share would be 0.248:
    // Q takes 0.2 (1.5 of the total), P the rest: 4.5 = 2.5 × 1.80
    ResultTable t = components(RankingRule.LANG_SON, "X", "5", "9.8", "Y", "9", "10");
    GainSplit s = GainSplit.planner(t, unit(t, "X")).split(new BigDecimal("6"));
    assertThat(s.gains().get(Q)).isEqualByComparingTo("0.2");
    assertThat(s.gains().get(P)).isEqualByComparingTo("1.80");
    assertThat(s.totalContribution()).isEqualByComparingTo("6");
  }

  @Test
  void threeEqualWeights_aNonTerminatingShare_isCoveredExactly_withoutAnExtraStep() {
    // each point adds 100 / 30 = 3.333… to the total: 0.30 each give exactly 3
    Framework three =
        Framework.builder()
            .name("Three components")
            .addComponents(Component.of("A", "A", "A", BigDecimal.ONE))
            .addComponents(Component.of("B", "B", "B", BigDecimal.ONE))
            .addComponents(Component.of("C", "C", "C", BigDecimal.ONE))
            .build();
    vn.ddci.framework.Block block = vn.ddci.framework.Block.of("T3", "Ba", three, RankingRule.PCI);
    List<Scorecard> cards = new ArrayList<>();
    for (String[] u : new String[][] {{"X", "5"}, {"Y", "9"}}) {
      Scorecard.Builder b = Scorecard.builder().unit(Unit.of(u[0], block)).year(2023);
      three.components().forEach(c -> b.score(c, u[1]));
      cards.add(b.build());
    }
    ResultTable t = ResultTable.of(block, Year.of(2023), cards);

    GainSplit s = GainSplit.planner(t, unit(t, "X")).split(new BigDecimal("3.00"));

    assertThat(s.gains().values()).allSatisfy(g -> assertThat(g).isEqualByComparingTo("0.30"));
  }

  @Test
  void toTheScalesTop() {
    GainSplit s = GainSplit.planner(T, X).headroom(Headroom.SCALE_TOP).split(new BigDecimal("6"));
    // headroom 5 and 4; pull 5 and 12; t = 6 / 102.5 = 0.05853…: 0.29 and 0.70 give 5.975;
    // Q gets a step
    assertThat(s.headroom().get(P)).isEqualByComparingTo("5");
    assertThat(s.gains().get(P)).isEqualByComparingTo("0.29");
    assertThat(s.gains().get(Q)).isEqualByComparingTo("0.71");
    assertThat(s.totalContribution()).isGreaterThanOrEqualTo(new BigDecimal("6"));
  }

  @Test
  void fixedGains_areKept_andTheRestGoesToTheOthers() {
    GainSplit s = GainSplit.planner(T, X).fix(Q, new BigDecimal("0.40")).split(new BigDecimal("5"));
    // Q adds 3; P must add 2: 0.80
    assertThat(s.gains().get(Q)).isEqualByComparingTo("0.40");
    assertThat(s.gains().get(P)).isEqualByComparingTo("0.80");
    assertThat(s.fixed()).containsExactly(Q);

    GainSplit onlyP = GainSplit.planner(T, X).fix(Q, BigDecimal.ZERO).split(new BigDecimal("5"));
    assertThat(onlyP.gains().get(P)).isEqualByComparingTo("2");
    assertThat(onlyP.gains().get(Q)).isEqualByComparingTo("0");

    GainSplit covered =
        GainSplit.planner(T, X).fix(Q, new BigDecimal("1")).split(new BigDecimal("5"));
    assertThat(covered.gains().get(P)).isEqualByComparingTo("0");
  }

  @Test
  void zeroNeeded_gainsNothing() {
    GainSplit s = split("0");
    assertThat(s.gains().values()).allSatisfy(g -> assertThat(g).isEqualByComparingTo("0"));
    assertThat(s.share(P)).isEqualByComparingTo("0");
    assertThat(s.toString()).contains("nothing");
  }

  @Test
  void beyondTheHeadroom_isUnreachable_namingTheShortfall() {
    GainSplit s = GainSplit.planner(T, X).fix(Q, BigDecimal.ZERO).split(new BigDecimal("20"));
    assertThat(s.isReachable()).isFalse();
    assertThat(s.gains().get(P)).isEqualByComparingTo("4");
    assertThat(s.shortfall()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
    assertThat(s.toString()).contains("short by 10.00");
  }

  @Test
  void langSon_weightsAreAnAssumption_andTheSplitSaysSo() {
    Framework f = Frameworks.LANG_SON_DEPARTMENTS;
    List<Scorecard> cards = new ArrayList<>();
    String[][] rows = {{"Sở A", "80.00", "7"}, {"Sở B", "85.00", "9"}};
    for (String[] row : rows) {
      Scorecard.Builder card =
          Scorecard.builder()
              .unit(Unit.of(row[0], Frameworks.LANG_SON_DEPARTMENT_BLOCK))
              .year(2023)
              .givenTotal(row[1]);
      f.components().forEach(c -> card.score(c, row[2]));
      cards.add(card.build());
    }
    ResultTable t = ResultTable.of(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Year.of(2023), cards);
    GainSplit s = GainSplit.planner(t, t.get("Sở A").unit()).split(new BigDecimal("10"));
    assertThat(s.weightsAssumed()).isTrue();
    // 8 equal weights: a point of any component adds 1.25; 10 points: 1.00 each
    assertThat(s.gains().values()).allSatisfy(g -> assertThat(g).isEqualByComparingTo("1"));
    assertThat(s.toString()).endsWith(", weights assumed]");
  }

  @Test
  void badInput_isRefused_byName() {
    assertThatThrownBy(() -> split("-1"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("0 or more");
    assertThatThrownBy(
            () -> GainSplit.planner(T, X).fix(P, new BigDecimal("4.01")).split(BigDecimal.ONE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("fixed gain 4.01 of P is beyond its headroom 4");
    assertThatThrownBy(() -> GainSplit.planner(T, X).fix(P, new BigDecimal("0.001")))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("at most 2 decimals");
    ResultTable totalsOnly = totals(RankingRule.LANG_SON, "A", "90", "B", "80");
    assertThatThrownBy(
            () -> GainSplit.planner(totalsOnly, unit(totalsOnly, "B")).split(BigDecimal.ONE))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessageContaining("score of P of 'B'");
  }

  @Test
  void property_contributionsCoverTheNeed_fixedKept_noneBeyondItsHeadroom() {
    Random random = new Random(2024);
    for (int round = 0; round < 300; round++) {
      List<String> cells = new ArrayList<>();
      int n = 2 + random.nextInt(6);
      for (int i = 0; i < n; i++) {
        cells.add("U" + i);
        cells.add(BigDecimal.valueOf(random.nextInt(1001), 2).toPlainString());
        cells.add(BigDecimal.valueOf(random.nextInt(1001), 2).toPlainString());
      }
      ResultTable t = components(RankingRule.LANG_SON, cells.toArray(new String[0]));
      Unit u = unit(t, "U0");
      GainSplit.Planner planner =
          GainSplit.planner(t, u)
              .headroom(random.nextBoolean() ? Headroom.BLOCK_BEST : Headroom.SCALE_TOP);
      BigDecimal fixedQ = null;
      if (random.nextBoolean()) {
        BigDecimal room =
            GainSplit.planner(t, u)
                .headroom(Headroom.SCALE_TOP)
                .split(BigDecimal.ZERO)
                .headroom()
                .get(Q);
        fixedQ =
            room.multiply(BigDecimal.valueOf(random.nextInt(101), 2))
                .setScale(2, java.math.RoundingMode.DOWN);
        planner.fix(Q, fixedQ);
      }
      BigDecimal needed = BigDecimal.valueOf(random.nextInt(8000), 2);
      GainSplit s;
      try {
        s = planner.split(needed);
      } catch (DdciValidationException beyondBlockBest) {
        assertThat(beyondBlockBest).hasMessageContaining("beyond its headroom");
        continue;
      }
      for (Map.Entry<Component, BigDecimal> e : s.gains().entrySet()) {
        assertThat(e.getValue()).isBetween(BigDecimal.ZERO, s.headroom().get(e.getKey()));
        assertThat(e.getValue().stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
      }
      if (fixedQ != null) {
        assertThat(s.gains().get(Q)).isEqualByComparingTo(fixedQ);
      }
      if (s.isReachable()) {
        assertThat(s.totalContribution()).isGreaterThanOrEqualTo(needed);
      } else {
        assertThat(s.totalContribution().add(s.shortfall().orElseThrow()))
            .isGreaterThanOrEqualTo(needed);
        s.gains()
            .forEach(
                (c, g) -> {
                  if (!s.fixed().contains(c)) {
                    assertThat(g).isEqualByComparingTo(s.headroom().get(c));
                  }
                });
      }
    }
  }
}
