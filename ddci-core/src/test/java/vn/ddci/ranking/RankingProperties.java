package vn.ddci.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import vn.ddci.framework.Precision;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;

/** Invariants of rankings, over generated blocks of 1–30 units scored 0–10. */
class RankingProperties {
  private static final int EXAMPLES = 500;
  private static final Gen<Precision> PRECISIONS =
      Generate.pick(List.of(Precision.FULL, Precision.PUBLISHED));
  private static final Gen<TiePolicy> POLICIES = Generate.enumValues(TiePolicy.class);

  // ---------------------------------------------------------------- invariance under input order

  @Test
  void standingsDoNotDependOnTheOrderOfTheInput() {
    qt().withExamples(EXAMPLES)
        .forAll(blocks(), longs().all(), POLICIES, PRECISIONS)
        .checkAssert(
            (scores, seed, policy, precision) -> {
              List<String> keys = new ArrayList<>(scores.keySet());
              Collections.shuffle(keys, new Random(seed));
              Map<String, BigDecimal> shuffled = new LinkedHashMap<>();
              keys.forEach(k -> shuffled.put(k, scores.get(k)));
              RankingRule rule = RankingRule.of(policy, precision);

              Ranking<String> asGiven = Ranking.of(scores, rule);
              Ranking<String> asShuffled = Ranking.of(shuffled, rule);

              assertThat(asShuffled.order()).containsExactlyElementsOf(asGiven.order());
              for (String key : keys) {
                assertThat(asShuffled.standing(key)).as(key).isEqualTo(asGiven.standing(key));
              }
            });
  }

  // ---------------------------------------------------------------- no ties: policies agree

  @Test
  void tiePoliciesAgreeWhenNothingTies() {
    qt().withExamples(EXAMPLES)
        .forAll(blocksWithoutTiesAtPublishedRounding(), PRECISIONS)
        .checkAssert(
            (scores, precision) -> {
              Map<TiePolicy, Ranking<String>> rankings = new EnumMap<>(TiePolicy.class);
              for (TiePolicy policy : TiePolicy.values()) {
                rankings.put(policy, Ranking.of(scores, RankingRule.of(policy, precision)));
              }
              for (String key : scores.keySet()) {
                int ordinalRank = rankings.get(TiePolicy.ORDINAL).standing(key).rank();
                for (TiePolicy policy : TiePolicy.values()) {
                  Standing s = rankings.get(policy).standing(key);
                  assertThat(s.rank()).as("%s rank of %s", policy, key).isEqualTo(ordinalRank);
                  assertThat(s.tiedCount()).as("%s tied count of %s", policy, key).isEqualTo(1);
                  assertThat(s.fractionalRank())
                      .as("%s fractional rank of %s", policy, key)
                      .isEqualByComparingTo(BigDecimal.valueOf(s.rank()));
                }
              }
              assertThat(rankings.get(TiePolicy.ORDINAL).standings().values())
                  .extracting(Standing::rank)
                  .containsExactlyInAnyOrderElementsOf(
                      IntStream.rangeClosed(1, scores.size()).boxed().toList());
            });
  }

  // ---------------------------------------------------------------- monotonicity

  @Test
  void aHigherScoreNeverGetsAWorseRank() {
    qt().withExamples(EXAMPLES)
        .forAll(blocks(), POLICIES, PRECISIONS)
        .checkAssert(
            (scores, policy, precision) -> {
              Ranking<String> ranking = Ranking.of(scores, RankingRule.of(policy, precision));
              for (String a : scores.keySet()) {
                for (String b : scores.keySet()) {
                  if (scores.get(a).compareTo(scores.get(b)) <= 0) {
                    continue;
                  }
                  Standing sa = ranking.standing(a);
                  Standing sb = ranking.standing(b);
                  String why = a + "=" + scores.get(a) + " > " + b + "=" + scores.get(b);
                  assertThat(sa.rank()).as(why).isLessThanOrEqualTo(sb.rank());
                  assertThat(sa.fractionalRank()).as(why).isLessThanOrEqualTo(sb.fractionalRank());
                  if (precision.isFull() || policy == TiePolicy.ORDINAL) {
                    // level only when rounded, and ORDINAL then breaks the tie by the unrounded
                    // score
                    assertThat(sa.rank()).as(why).isLessThan(sb.rank());
                  }
                }
              }
            });
  }

  @Test
  void equalRankedValuesShareTheStandingUnlessOrdinal() {
    qt().withExamples(EXAMPLES)
        .forAll(tieHeavyBlocks(), Generate.pick(sharingPolicies()), PRECISIONS)
        .checkAssert(
            (scores, policy, precision) -> {
              Ranking<String> ranking = Ranking.of(scores, RankingRule.of(policy, precision));
              for (String a : scores.keySet()) {
                for (String b : scores.keySet()) {
                  if (precision.apply(scores.get(a)).compareTo(precision.apply(scores.get(b)))
                      == 0) {
                    assertThat(ranking.standing(a))
                        .as("%s and %s", a, b)
                        .isEqualTo(ranking.standing(b));
                  }
                }
              }
            });
  }

  // ---------------------------------------------------------------- fractional ranks

  @Test
  void fractionalRanksSumToTheTriangularNumber_evenWithManyTies() {
    qt().withExamples(EXAMPLES)
        .forAll(tieHeavyBlocks(), PRECISIONS)
        .checkAssert(
            (scores, precision) -> {
              Ranking<String> ranking =
                  Ranking.of(scores, RankingRule.of(TiePolicy.FRACTIONAL, precision));
              int n = scores.size();
              BigDecimal sum =
                  ranking.standings().values().stream()
                      .map(Standing::fractionalRank)
                      .reduce(BigDecimal.ZERO, BigDecimal::add);

              assertThat(sum).isEqualByComparingTo(BigDecimal.valueOf((long) n * (n + 1) / 2));
              for (Standing s : ranking.standings().values()) {
                // the mean of the positions rank … rank + tiedCount − 1
                assertThat(s.fractionalRank().multiply(BigDecimal.valueOf(2)))
                    .isEqualByComparingTo(BigDecimal.valueOf(2L * s.rank() + s.tiedCount() - 1));
              }
            });
  }

  @Test
  void tieHeavyBlocks_doTie() {
    // guards the properties above against a generator that stops producing ties
    List<Map<String, BigDecimal>> samples = new ArrayList<>();
    qt().withExamples(200).forAll(tieHeavyBlocks()).checkAssert(samples::add);

    long tied =
        samples.stream().filter(m -> new HashSet<>(publishedValues(m)).size() < m.size()).count();
    assertThat(tied).isGreaterThan(samples.size() / 2);
  }

  // ---------------------------------------------------------------- competition and dense

  @Test
  void competitionRankIsOnePlusTheNumberOfStrictlyHigherRankedValues() {
    qt().withExamples(EXAMPLES)
        .forAll(tieHeavyBlocks(), PRECISIONS)
        .checkAssert(
            (scores, precision) -> {
              Ranking<String> ranking =
                  Ranking.of(scores, RankingRule.of(TiePolicy.COMPETITION, precision));
              for (String key : scores.keySet()) {
                BigDecimal own = precision.apply(scores.get(key));
                long higher =
                    scores.values().stream()
                        .filter(v -> precision.apply(v).compareTo(own) > 0)
                        .count();
                long level =
                    scores.values().stream()
                        .filter(v -> precision.apply(v).compareTo(own) == 0)
                        .count();
                Standing s = ranking.standing(key);
                assertThat(s.rank()).as(key).isEqualTo(1 + higher);
                assertThat(s.tiedCount()).as(key).isEqualTo(level);
                assertThat(ranking.value(key)).as(key).isEqualByComparingTo(own);
              }
            });
  }

  @Test
  void denseRanksAreContiguousFromOne() {
    qt().withExamples(EXAMPLES)
        .forAll(tieHeavyBlocks(), PRECISIONS)
        .checkAssert(
            (scores, precision) -> {
              Ranking<String> ranking =
                  Ranking.of(scores, RankingRule.of(TiePolicy.DENSE, precision));
              Set<BigDecimal> distinct =
                  scores.values().stream()
                      .map(v -> precision.apply(v).stripTrailingZeros())
                      .collect(Collectors.toCollection(TreeSet::new));
              Set<Integer> ranks =
                  ranking.standings().values().stream()
                      .map(Standing::rank)
                      .collect(Collectors.toCollection(TreeSet::new));

              assertThat(ranks)
                  .containsExactlyElementsOf(
                      IntStream.rangeClosed(1, distinct.size()).boxed().toList());
              for (String key : scores.keySet()) {
                BigDecimal own = precision.apply(scores.get(key));
                long higher = distinct.stream().filter(v -> v.compareTo(own) > 0).count();
                assertThat(ranking.standing(key).rank()).as(key).isEqualTo(1 + higher);
              }
            });
  }

  // ---------------------------------------------------------------- points to reach a rank

  @Test
  void pointsToReach_isZeroAtRankKOrBetter_andOtherwiseJustEnoughToShareRankK() {
    // DENSE is left out: see RankingTest.pointsToReach_underDense_countsDistinctScoresAbove
    qt().withExamples(EXAMPLES)
        .forAll(blocks(), Generate.pick(competitionRankedPolicies()), PRECISIONS, longs().all())
        .checkAssert(
            (scores, policy, precision, seed) -> {
              Random random = new Random(seed);
              RankingRule rule = RankingRule.of(policy, precision);
              Ranking<String> ranking = Ranking.of(scores, rule);
              List<String> keys = new ArrayList<>(scores.keySet());
              String key = keys.get(random.nextInt(keys.size()));
              int k = 1 + random.nextInt(keys.size());

              BigDecimal points = ranking.pointsToReach(key, k);

              if (ranking.standing(key).rank() <= k) {
                assertThat(points).isEqualByComparingTo(BigDecimal.ZERO);
                return;
              }
              if (policy == TiePolicy.ORDINAL) {
                // enough to be level with the unit at rank k (0 if already level): the tie-break
                // decides
                assertThat(points.signum()).isNotNegative();
                return;
              }
              assertThat(points.signum()).isPositive();
              BigDecimal reached = scores.get(key).add(points);
              assertThat(rankWith(scores, key, reached, rule)).isLessThanOrEqualTo(k);
              if (precision.isFull()) {
                // and no less will do
                BigDecimal halfway = scores.get(key).add(points.divide(BigDecimal.valueOf(2)));
                assertThat(rankWith(scores, key, halfway, rule)).isGreaterThan(k);
              }
            });
  }

  private static int rankWith(
      Map<String, BigDecimal> scores, String key, BigDecimal value, RankingRule rule) {
    Map<String, BigDecimal> changed = new LinkedHashMap<>(scores);
    changed.put(key, value);
    return Ranking.of(changed, rule).standing(key).rank();
  }

  // ---------------------------------------------------------------- median classification

  @Test
  void medianClassIsSymmetric() {
    qt().withExamples(1000)
        .forAll(rankOfN())
        .checkAssert(
            rankOfN -> {
              int r = rankOfN._1;
              int n = rankOfN._2;
              MedianClass here = MedianClass.of(r, n);
              MedianClass mirror = MedianClass.of(n + 1 - r, n);

              assertThat(here == MedianClass.ABOVE).isEqualTo(mirror == MedianClass.BELOW);
              assertThat(here == MedianClass.BELOW).isEqualTo(mirror == MedianClass.ABOVE);
              assertThat(here == MedianClass.AT).isEqualTo(n % 2 == 1 && r == (n + 1) / 2);
              assertThat(here == MedianClass.ABOVE)
                  .isEqualTo(BigDecimal.valueOf(r).compareTo(Medians.rank(n)) < 0);
              assertThat(Standing.of(r, n).medianClass()).isEqualTo(here);
            });
  }

  // ---------------------------------------------------------------- generators

  /** r of n, 1 ≤ r ≤ n ≤ 1000. */
  private static Gen<Pair<Integer, Integer>> rankOfN() {
    return integers()
        .between(1, 1000)
        .flatMap(n -> integers().between(1, n).map(r -> Pair.of(r, n)));
  }

  private static List<TiePolicy> sharingPolicies() {
    return List.of(TiePolicy.COMPETITION, TiePolicy.DENSE, TiePolicy.FRACTIONAL);
  }

  /** The policies whose rank() is the competition rank or the position. */
  private static List<TiePolicy> competitionRankedPolicies() {
    return List.of(TiePolicy.COMPETITION, TiePolicy.FRACTIONAL, TiePolicy.ORDINAL);
  }

  /** Blocks whose scores are drawn, per block, from one of several kinds. */
  private static Gen<Map<String, BigDecimal>> blocks() {
    return Generate.pick(
            List.of(
                finelyGraded(),
                Generate.range(0, 6).flatMap(RankingProperties::ofScale),
                fewValues(),
                levelWhenPublished(),
                sameValueDifferentScale()))
        .flatMap(values -> block(values, v -> new Object()));
  }

  /** Blocks in which most units share their score with another. */
  private static Gen<Map<String, BigDecimal>> tieHeavyBlocks() {
    return Generate.pick(List.of(fewValues(), levelWhenPublished(), sameValueDifferentScale()))
        .flatMap(values -> block(values, v -> new Object()));
  }

  /** Blocks whose scores differ even after rounding to the published two decimals. */
  private static Gen<Map<String, BigDecimal>> blocksWithoutTiesAtPublishedRounding() {
    return block(finelyGraded(), v -> Precision.PUBLISHED.apply(v).stripTrailingZeros());
  }

  /**
   * Up to 30 units with Vietnamese names (so that ORDINAL's tie-break by Vietnamese name order is
   * used); a unit whose name or whose {@code distinctBy} value is taken already is dropped.
   */
  private static Gen<Map<String, BigDecimal>> block(
      Gen<BigDecimal> values, Function<BigDecimal, Object> distinctBy) {
    return lists()
        .of(unitNames().zip(values, Pair::of))
        .ofSizeBetween(1, 30)
        .map(
            entries -> {
              Map<String, BigDecimal> block = new LinkedHashMap<>();
              Set<Object> seen = new HashSet<>();
              for (Pair<String, BigDecimal> e : entries) {
                if (!block.containsKey(e._1) && seen.add(distinctBy.apply(e._2))) {
                  block.put(e._1, e._2);
                }
              }
              return block;
            });
  }

  private static Gen<String> unitNames() {
    List<Character> letters =
        "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếờựĐĂÂƠƯ".chars().mapToObj(c -> (char) c).toList();
    return lists()
        .of(Generate.pick(letters))
        .ofSizeBetween(1, 6)
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  private static List<BigDecimal> publishedValues(Map<String, BigDecimal> block) {
    return block.values().stream()
        .map(v -> Precision.PUBLISHED.apply(v).stripTrailingZeros())
        .toList();
  }

  /** 0–10 with six decimals: ties are rare. */
  private static Gen<BigDecimal> finelyGraded() {
    return ofScale(6);
  }

  /** 0–10 with {@code scale} decimals. */
  private static Gen<BigDecimal> ofScale(int scale) {
    int max = BigDecimal.TEN.scaleByPowerOfTen(scale).intValueExact();
    return integers().between(0, max).map(i -> BigDecimal.valueOf(i, scale));
  }

  /** 0, 1, …, 5: exact ties everywhere. */
  private static Gen<BigDecimal> fewValues() {
    return integers().between(0, 5).map(i -> BigDecimal.valueOf(i));
  }

  /**
   * 5.000–5.040: distinct in full, often level once rounded to two decimals (as 64.564, 64.555).
   */
  private static Gen<BigDecimal> levelWhenPublished() {
    return integers().between(5000, 5040).map(i -> BigDecimal.valueOf(i, 3));
  }

  /** 0, 1.0, 2.00, 3.000 …: numerically equal values written with different scales. */
  private static Gen<BigDecimal> sameValueDifferentScale() {
    return integers()
        .between(0, 5)
        .zip(integers().between(0, 3), (i, scale) -> BigDecimal.valueOf(i).setScale(scale));
  }
}
