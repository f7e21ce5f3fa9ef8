package vn.ddci.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.ddci.framework.Precision;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;
import vn.ddci.ranking.Ranking;
import vn.ddci.ranking.Standing;

/**
 * The fast ranking of a replication against the core {@link Ranking}, built as {@link
 * vn.ddci.engine.Scores#ranking} builds it, on scores full of ties and near-ties.
 */
class RanksTest {
  private static final List<Precision> PRECISIONS = List.of(Precision.FULL, Precision.decimals(2));

  /**
   * Values that tie, or nearly, at 2 decimals: halves, values just below them, signed zeros; within
   * the core ranking's ±1e6.
   */
  private static final double[] POOL = {
    7.125,
    7.1249999,
    7.12499999999999,
    7.1250001,
    7.12,
    7.13,
    7.115,
    7.135,
    2.675,
    1.005,
    1.0,
    0.0,
    -0.0,
    -0.001,
    0.004,
    -0.125,
    -0.135,
    100.0,
    65.62499999999999,
    65.625,
    999999.995,
    123456.785,
    -999999.985
  };

  private static final String[] NAMES = {
    "Lạng Sơn",
    "Lang Son",
    "An Giang",
    "Ăn",
    "Ân",
    "a",
    "A",
    "Bắc Ninh",
    "Bac Ninh",
    "Đà Nẵng",
    "Da Nang",
    "Z",
    "z"
  };

  /** A unit as the core ranks it: by its name, which is its toString(), never by identity. */
  private static final class Unit {
    final String name;

    Unit(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Scores drawn mostly from the pool, with some NaN and some free values. */
  private static double[] scores(Random random, int n) {
    double[] s = new double[n];
    for (int u = 0; u < n; u++) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        s[u] = POOL[random.nextInt(POOL.length)];
      } else if (kind == 5) {
        s[u] = Double.NaN;
      } else if (kind == 6) {
        s[u] = Math.round(random.nextDouble() * 1000) / 100.0; // 2 decimals: exact ties
      } else if (kind == 7) {
        s[u] = Math.round(random.nextDouble() * 10000) / 1000.0; // 3 decimals: ties when rounded
      } else {
        s[u] = (random.nextDouble() - 0.3) * 10;
      }
    }
    return s;
  }

  private static List<String> names(Random random, int n) {
    List<String> names = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      names.add(
          random.nextInt(4) == 0 ? "U" + random.nextInt(3) : NAMES[random.nextInt(NAMES.length)]);
    }
    return names;
  }

  /** The value Scores#ranking ranks on: p + (x − p)/2 at d decimals, x at full precision. */
  private static BigDecimal rankedValue(double v, OptionalInt decimals) {
    BigDecimal x = BigDecimal.valueOf(v);
    if (decimals.isEmpty()) {
      return x;
    }
    BigDecimal p = new BigDecimal(v).setScale(decimals.getAsInt(), RoundingMode.HALF_EVEN);
    return p.add(x.subtract(p).divide(BigDecimal.valueOf(2)));
  }

  /** Checks Ranks against the core on one score array (and returns nothing; asserts). */
  private static void assertRanksAsCore(
      Ranks ranks, RankingRule rule, double[] scores, List<String> names) {
    int n = scores.length;
    double[] rank = new double[n];
    double[] competition = new double[n];
    int ranked = ranks.rank(scores, rank, competition);

    List<Unit> units = new ArrayList<>();
    Map<Unit, BigDecimal> values = new LinkedHashMap<>();
    int present = 0;
    for (int u = 0; u < n; u++) {
      units.add(new Unit(names.get(u)));
      if (!Double.isNaN(scores[u])) {
        values.put(units.get(u), rankedValue(scores[u], rule.precision().decimalPlaces()));
        present++;
      }
    }
    String what = rule + " " + Arrays.toString(scores) + " " + names;
    assertThat(ranked).as(what).isEqualTo(present);
    if (present == 0) {
      for (int u = 0; u < n; u++) {
        assertThat(rank[u]).as(what).isNaN();
        assertThat(competition[u]).as(what).isNaN();
      }
      return;
    }
    Ranking<Unit> core = Ranking.of(values, rule);
    for (int u = 0; u < n; u++) {
      String unit = what + " unit " + u;
      if (Double.isNaN(scores[u])) {
        assertThat(rank[u]).as(unit).isNaN();
        assertThat(competition[u]).as(unit).isNaN();
        continue;
      }
      Standing s = core.standing(units.get(u));
      double expected;
      switch (rule.policy()) {
        case ORDINAL:
          expected = core.position(units.get(u));
          break;
        case FRACTIONAL:
          expected = s.fractionalRank().doubleValue();
          break;
        default:
          expected = s.rank();
      }
      assertThat(rank[u]).as(unit).isEqualTo(expected);
      assertThat(competition[u]).as(unit + " competition").isEqualTo(s.competitionRank());
    }
  }

  @Test
  void everyPolicyAndPrecision_ranksAsTheCoreRanking() {
    qt().withExamples(400)
        .forAll(longs().all(), integers().between(1, 30))
        .checkAssert(
            (seed, n) -> {
              Random random = new Random(seed);
              List<String> names = names(random, n);
              double[] first = scores(random, n);
              double[] second = scores(random, n);
              for (TiePolicy policy : TiePolicy.values()) {
                for (Precision precision : PRECISIONS) {
                  RankingRule rule = RankingRule.of(policy, precision);
                  Ranks ranks = new Ranks(rule, Ranks.nameOrder(names));
                  // twice with one instance: its scratch space must not carry over
                  assertRanksAsCore(ranks, rule, first, names);
                  assertRanksAsCore(ranks, rule, second, names);
                }
              }
            });
  }

  @Test
  void halvesAndValuesJustBelowThem_tieAtTwoDecimalsAsPublished() {
    // 7.125 rounds half even to 7.12; 7.1249999 to 7.12; 7.135 is 7.13499… in binary: 7.13
    double[] scores = {7.125, 7.1249999, 7.135, 7.13};
    List<String> names = List.of("A", "B", "C", "D");
    double[] rank = new double[4];
    double[] competition = new double[4];

    int n =
        new Ranks(
                RankingRule.of(TiePolicy.COMPETITION, Precision.decimals(2)),
                Ranks.nameOrder(names))
            .rank(scores, rank, competition);

    assertThat(n).isEqualTo(4);
    assertThat(rank).containsExactly(3, 3, 1, 1);
    assertThat(competition).containsExactly(3, 3, 1, 1);
    new Ranks(RankingRule.of(TiePolicy.ORDINAL, Precision.decimals(2)), Ranks.nameOrder(names))
        .rank(scores, rank, competition);
    assertThat(rank).containsExactly(3, 4, 1, 2); // ties broken by the unrounded score
    new Ranks(RankingRule.of(TiePolicy.COMPETITION, Precision.FULL), Ranks.nameOrder(names))
        .rank(scores, rank, competition);
    assertThat(rank).containsExactly(3, 4, 1, 2);
  }

  @Test
  void missingScores_getNoRank_andTheOthersAreRankedAmongThemselves() {
    double[] scores = {Double.NaN, 5, Double.NaN, 9, 5};
    double[] rank = new double[5];
    double[] competition = new double[5];

    for (TiePolicy policy : TiePolicy.values()) {
      int n =
          new Ranks(
                  RankingRule.of(policy, Precision.FULL),
                  Ranks.nameOrder(List.of("a", "b", "c", "d", "e")))
              .rank(scores, rank, competition);

      assertThat(n).as("%s", policy).isEqualTo(3);
      assertThat(rank[0]).as("%s", policy).isNaN();
      assertThat(rank[2]).as("%s", policy).isNaN();
      assertThat(competition[0]).isNaN();
      assertThat(competition[2]).isNaN();
      assertThat(rank[3]).as("%s", policy).isEqualTo(1.0);
      // under ORDINAL no unit is tied: b and e are 2 and 3 by name, as the core's standings
      double e = policy == TiePolicy.ORDINAL ? 3 : 2;
      assertThat(competition).as("%s", policy).containsExactly(Double.NaN, 2, Double.NaN, 1, e);
    }
  }

  @Test
  void tiedUnitsUnderOrdinal_areOrderedByVietnameseName() {
    double[] scores = {5, 5, 5};
    double[] rank = new double[3];
    double[] competition = new double[3];

    new Ranks(
            RankingRule.of(TiePolicy.ORDINAL, Precision.FULL),
            Ranks.nameOrder(List.of("Đà Nẵng", "Bắc Ninh", "Cà Mau")))
        .rank(scores, rank, competition);

    assertThat(rank).containsExactly(3, 1, 2); // B < C < Đ in Vietnamese order
    assertThat(competition).containsExactly(3, 1, 2); // never tied under ORDINAL, as the core
  }

  @Test
  void underOrdinal_theCompetitionRankIsTheCoreStandingsCompetitionRank() {
    RankingRule rule = RankingRule.of(TiePolicy.ORDINAL, Precision.FULL);
    double[] rank = new double[2];
    double[] competition = new double[2];
    new Ranks(rule, Ranks.nameOrder(List.of("A", "Z")))
        .rank(new double[] {5, 5}, rank, competition);

    Map<String, BigDecimal> values = new LinkedHashMap<>();
    values.put("A", BigDecimal.valueOf(5.0));
    values.put("Z", BigDecimal.valueOf(5.0));
    Ranking<String> core = Ranking.of(values, rule);

    assertThat(rank).containsExactly(1, 2);
    assertThat(competition[0]).isEqualTo(core.standing("A").competitionRank());
    assertThat(competition[1]).isEqualTo(core.standing("Z").competitionRank());
  }
}
