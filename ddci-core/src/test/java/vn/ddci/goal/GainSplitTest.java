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
  void everyFreeComponentClosesTheSameShareOfItsHeadroom() {
    GainSplit s = split("6");
    // capacity 2.5 × 4 + 7.5 × 4 = 40; t = 0.15: 0.60 each
    assertThat(s.gains().get(P)).isEqualByComparingTo("0.60");
    assertThat(s.gains().get(Q)).isEqualByComparingTo("0.60");
    assertThat(s.contributions().get(P)).isEqualByComparingTo("1.5");
    assertThat(s.contributions().get(Q)).isEqualByComparingTo("4.5");
    assertThat(s.totalContribution()).isEqualByComparingTo("6");
    assertThat(s.share(Q)).isEqualByComparingTo("0.75");
    assertThat(s.isReachable()).isTrue();
    assertThat(s.weightsAssumed()).isFalse();
    assertThat(s.headroomBasis()).isEqualTo(Headroom.BLOCK_BEST);
    assertThat(s.toString()).isEqualTo("GainSplit[X: +6 total → P +0.60, Q +0.60]");
  }

  @Test
  void roundedDown_thenOneStepByWeightFirst_untilTheNeedIsCovered() {
    GainSplit s = split("1.01");
    // t = 0.02525: 0.101 → 0.10 and 0.10 → 1.00; 0.01 short: Q (weight 3) gets a step
    assertThat(s.gains().get(P)).isEqualByComparingTo("0.10");
    assertThat(s.gains().get(Q)).isEqualByComparingTo("0.11");
    assertThat(s.totalContribution()).isEqualByComparingTo("1.075");
  }

  @Test
  void toTheScalesTop() {
    GainSplit s = GainSplit.planner(T, X).headroom(Headroom.SCALE_TOP).split(new BigDecimal("6"));
    // headroom 5 and 4; capacity 42.5; t = 0.1411…: 0.70 and 0.56 give 5.95; Q gets a step
    assertThat(s.headroom().get(P)).isEqualByComparingTo("5");
    assertThat(s.gains().get(P)).isEqualByComparingTo("0.70");
    assertThat(s.gains().get(Q)).isEqualByComparingTo("0.57");
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
    assertThat(s.toString()).contains("short by 10");
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
