package vn.ddci.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.ddci.framework.Precision;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;

class RankingTest {
  private static final String NGOAI_VU = "Sở Ngoại vụ";
  private static final String TU_PHAP = "Sở Tư pháp";
  private static final String DAI_PTTH = "Đài Phát thanh và Truyền hình";
  private static final String BAN_DAN_TOC = "Ban Dân tộc";

  private final Map<String, BigDecimal> pci2020Totals =
      Map.of("Tỉnh A", bd("64.564"), "Tỉnh B", bd("64.555"), "Tỉnh C", bd("70.1"));
  private final Map<String, BigDecimal> departmentTotals =
      Map.of(
          "Cục Thuế",
          bd("87.77"),
          TU_PHAP,
          bd("85.00"),
          NGOAI_VU,
          bd("80.45"),
          BAN_DAN_TOC,
          bd("70"));
  private final Ranking<String> langSon = Ranking.of(departmentTotals, RankingRule.LANG_SON);
  private final Tiers pciTiers =
      Tiers.of(Tier.of("Khá", bd("59.55")), Tier.of("Rất tốt", bd("70")), Tier.of("Tốt", bd("65")));

  /** 9, 8, 8, 7: the example of {@link TiePolicy}. */
  private static Map<String, BigDecimal> nineEightEightSeven() {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    scores.put(BAN_DAN_TOC, bd("9"));
    scores.put(TU_PHAP, bd("8"));
    scores.put(DAI_PTTH, bd("8"));
    scores.put(NGOAI_VU, bd("7"));
    return scores;
  }

  private static Ranking<String> rank(Map<String, BigDecimal> scores, TiePolicy policy) {
    return Ranking.of(scores, RankingRule.of(policy, Precision.FULL));
  }

  private static List<Integer> ranks(Ranking<String> ranking, String... keys) {
    List<Integer> ranks = new ArrayList<>();
    for (String key : keys) {
      ranks.add(ranking.standing(key).rank());
    }
    return ranks;
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }

  private static <V> Map<String, V> reversed(Map<String, V> map) {
    List<String> keys = new ArrayList<>(map.keySet());
    Map<String, V> reversed = new LinkedHashMap<>();
    for (int i = keys.size() - 1; i >= 0; i--) {
      reversed.put(keys.get(i), map.get(keys.get(i)));
    }
    return reversed;
  }

  // ---------------------------------------------------------------- tie policies

  @Test
  void competition_sharesTheBestRankAndSkipsTheNext() {
    Ranking<String> r = rank(nineEightEightSeven(), TiePolicy.COMPETITION);

    assertThat(ranks(r, BAN_DAN_TOC, TU_PHAP, DAI_PTTH, NGOAI_VU)).containsExactly(1, 2, 2, 4);
    assertThat(r.standing(TU_PHAP).tiedCount()).isEqualTo(2);
    assertThat(r.standing(TU_PHAP)).hasToString("Standing[02/04, tied ×2]");
    assertThat(r.standing(NGOAI_VU).isTied()).isFalse();
  }

  @Test
  void langSonRule_isCompetitionOnPublishedScores_pciRuleIsOrdinalOnFullPrecision() {
    assertThat(RankingRule.LANG_SON)
        .isEqualTo(RankingRule.of(TiePolicy.COMPETITION, Precision.PUBLISHED));
    assertThat(RankingRule.PCI).isEqualTo(RankingRule.of(TiePolicy.ORDINAL, Precision.FULL));
  }

  @Test
  void dense_sharesTheBestRankAndSkipsNothing() {
    Ranking<String> r = rank(nineEightEightSeven(), TiePolicy.DENSE);

    assertThat(ranks(r, BAN_DAN_TOC, TU_PHAP, DAI_PTTH, NGOAI_VU)).containsExactly(1, 2, 2, 3);
  }

  @Test
  void fractional_givesTiedUnitsTheMeanOfTheirPositions() {
    Ranking<String> r = rank(nineEightEightSeven(), TiePolicy.FRACTIONAL);

    assertThat(r.standing(BAN_DAN_TOC).fractionalRank()).isEqualByComparingTo("1");
    assertThat(r.standing(TU_PHAP).fractionalRank()).isEqualByComparingTo("2.5");
    assertThat(r.standing(DAI_PTTH).fractionalRank()).isEqualByComparingTo("2.5");
    assertThat(r.standing(NGOAI_VU).fractionalRank()).isEqualByComparingTo("4");
  }

  @Test
  void ordinal_givesEveryUnitItsOwnRank_equalScoresInVietnameseNameOrder() {
    Ranking<String> r = rank(nineEightEightSeven(), TiePolicy.ORDINAL);

    // Đ comes right after D in the Vietnamese alphabet, so Đài … precedes Sở …, although 'Đ'
    // (U+0110) follows 'S' in code-point order
    assertThat(ranks(r, BAN_DAN_TOC, DAI_PTTH, TU_PHAP, NGOAI_VU)).containsExactly(1, 2, 3, 4);
    assertThat(r.order()).containsExactly(BAN_DAN_TOC, DAI_PTTH, TU_PHAP, NGOAI_VU);
    assertThat(r.standings().values()).noneMatch(Standing::isTied);
  }

  @Test
  void ordinal_breaksPublishedTiesByTheUnroundedScoreBeforeTheName() {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    scores.put(DAI_PTTH, bd("8.001")); // 8.00 published, lower unrounded, first by name
    scores.put(TU_PHAP, bd("8.004")); // 8.00 published
    scores.put(BAN_DAN_TOC, bd("9"));

    Ranking<String> r = Ranking.of(scores, RankingRule.of(TiePolicy.ORDINAL, Precision.PUBLISHED));

    assertThat(r.order()).containsExactly(BAN_DAN_TOC, TU_PHAP, DAI_PTTH);
    assertThat(r.value(TU_PHAP)).isEqualByComparingTo(r.value(DAI_PTTH));
  }

  @Test
  void ordinal_doesNotDependOnTheInputOrder() {
    Map<String, BigDecimal> scores = nineEightEightSeven();

    Ranking<String> given = rank(scores, TiePolicy.ORDINAL);
    Ranking<String> reversed = rank(reversed(scores), TiePolicy.ORDINAL);

    assertThat(reversed.order()).containsExactlyElementsOf(given.order());
    assertThat(reversed.standings()).isEqualTo(given.standings());
  }

  @Test
  void ordinal_ordersNamesThatCollateEquallyByCodePoints() {
    // the same name composed (NFC) and decomposed (NFD): equal to the Vietnamese collator
    String composed = Normalizer.normalize("Sở Y tế", Normalizer.Form.NFC);
    String decomposed = Normalizer.normalize("Sở Y tế", Normalizer.Form.NFD);
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    scores.put(composed, bd("5"));
    scores.put(decomposed, bd("5"));

    Ranking<String> given = rank(scores, TiePolicy.ORDINAL);
    Ranking<String> reversed = rank(reversed(scores), TiePolicy.ORDINAL);

    assertThat(given.order()).containsExactly(decomposed, composed);
    assertThat(reversed.order()).containsExactly(decomposed, composed);
  }

  // ---------------------------------------------------------------- precision

  @Test
  void publishedPrecision_makesScoresThatRoundAlikeTie() {
    Ranking<String> r =
        Ranking.of(pci2020Totals, RankingRule.of(TiePolicy.COMPETITION, Precision.PUBLISHED));

    assertThat(r.standing("Tỉnh A").rank()).isEqualTo(2);
    assertThat(r.standing("Tỉnh B").rank()).isEqualTo(2);
    assertThat(r.standing("Tỉnh B").tiedCount()).isEqualTo(2);
    assertThat(r.value("Tỉnh A")).isEqualByComparingTo("64.56");
    assertThat(r.value("Tỉnh B")).isEqualByComparingTo("64.56");
  }

  @Test
  void fullPrecision_separatesScoresThatRoundAlike() {
    Ranking<String> r =
        Ranking.of(pci2020Totals, RankingRule.of(TiePolicy.COMPETITION, Precision.FULL));

    assertThat(r.standing("Tỉnh A").rank()).isEqualTo(2);
    assertThat(r.standing("Tỉnh B").rank()).isEqualTo(3);
    assertThat(r.value("Tỉnh B")).isEqualByComparingTo("64.555");
  }

  @Test
  void publishedPrecision_roundsHalfUpToTwoDecimals() {
    assertThat(Precision.PUBLISHED.apply(bd("64.555"))).isEqualByComparingTo("64.56");
    assertThat(Precision.PUBLISHED.apply(bd("64.565"))).isEqualByComparingTo("64.57");
    assertThat(Precision.PUBLISHED.apply(bd("64.554999"))).isEqualByComparingTo("64.55");
    assertThat(Precision.FULL.apply(bd("64.554999"))).isEqualByComparingTo("64.554999");
  }

  @Test
  void precisionWithNegativeDecimals_isRejectedNamingTheValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Precision.decimals(-1))
        .withMessageContaining("decimals")
        .withMessageContaining("-1");
  }

  // ---------------------------------------------------------------- medians

  @Test
  void singleUnit_isFirstOfOneAndAtTheMedian() {
    Standing s = rank(Map.of(NGOAI_VU, bd("80.45")), TiePolicy.COMPETITION).standing(NGOAI_VU);

    assertThat(s.format()).isEqualTo("01/01");
    assertThat(s.medianClass()).isEqualTo(MedianClass.AT);
  }

  @Test
  void oddBlock_hasItsMedianAtTheMiddleRank() {
    assertThat(Medians.rank(25)).isEqualByComparingTo("13");
    assertThat(MedianClass.of(12, 25)).isEqualTo(MedianClass.ABOVE);
    assertThat(MedianClass.of(13, 25)).isEqualTo(MedianClass.AT);
    assertThat(MedianClass.of(14, 25)).isEqualTo(MedianClass.BELOW);
  }

  @Test
  void evenBlock_hasNoRankAtTheMedian() {
    assertThat(Medians.rank(24)).isEqualByComparingTo("12.5");
    assertThat(MedianClass.of(12, 24)).isEqualTo(MedianClass.ABOVE);
    assertThat(MedianClass.of(13, 24)).isEqualTo(MedianClass.BELOW);
    assertThat(IntStream.rangeClosed(1, 24).mapToObj(r -> MedianClass.of(r, 24)))
        .doesNotContain(MedianClass.AT);
  }

  @Test
  void tiedUnits_areClassifiedAgainstTheMedianByTheirSharedRank() {
    // 13 units (median rank 7): three tied at rank 6 occupy positions 6, 7 and 8, and all three
    // are above the median by their shared rank
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    for (int i = 1; i <= 10; i++) {
      scores.put("u" + i, BigDecimal.valueOf(i <= 5 ? 100 - i : 50 - i));
    }
    scores.put("a", bd("60"));
    scores.put("b", bd("60"));
    scores.put("c", bd("60"));
    Ranking<String> r = rank(scores, TiePolicy.COMPETITION);

    for (String tied : List.of("a", "b", "c")) {
      assertThat(r.standing(tied).rank()).isEqualTo(6);
      assertThat(r.standing(tied).medianClass()).as(tied).isEqualTo(MedianClass.ABOVE);
    }
    assertThat(r.standing("u6").rank()).isEqualTo(9);
    assertThat(r.standing("u6").medianClass()).isEqualTo(MedianClass.BELOW);
  }

  @Test
  void medianClass_rejectsARankOutsideTheBlock() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MedianClass.of(26, 25))
        .withMessage("rank 26 is outside 1–25");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MedianClass.of(0, 25))
        .withMessage("rank 0 is outside 1–25");
  }

  @Test
  void medianRank_rejectsAnEmptyBlock() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Medians.rank(0))
        .withMessageContaining("n = 0");
  }

  @Test
  void medianScore_ofAnOddNumberOfScores_isTheMiddleOne() {
    assertThat(Medians.score(List.of(bd("90.10"), bd("75.99"), bd("81.34"))))
        .isEqualByComparingTo("81.34");
  }

  @Test
  void medianScore_ofAnEvenNumberOfScores_isTheExactMeanOfTheMiddleTwo() {
    BigDecimal median = Medians.score(List.of(bd("81.34"), bd("99"), bd("80.45"), bd("10")));

    assertThat(median).isEqualByComparingTo("80.895");
    assertThat(median.toPlainString()).isEqualTo("80.895");
  }

  @Test
  void medianScore_ofNoScore_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Medians.score(List.of()))
        .withMessageContaining("no score");
  }

  // ---------------------------------------------------------------- standings

  @Test
  void standingFormat_zeroPadsToTwoDigitsAtLeast() {
    assertThat(Standing.of(2, 25).format()).isEqualTo("02/25");
    assertThat(Standing.of(15, 25).format()).isEqualTo("15/25");
    assertThat(Standing.of(3, 9).format()).isEqualTo("03/09");
  }

  @Test
  void standingFormat_padsTheRankToTheWidthOfN() {
    assertThat(Standing.of(100, 120).format()).isEqualTo("100/120");
    assertThat(Standing.of(5, 120).format()).isEqualTo("005/120");
    assertThat(Standing.of(20, 63).format()).isEqualTo("20/63");
  }

  @Test
  void standingToString_showsTheTie() {
    assertThat(Standing.of(1, 25, 3)).hasToString("Standing[01/25, tied ×3]");
    assertThat(Standing.of(15, 25)).hasToString("Standing[15/25]");
  }

  @Test
  void sharedStanding_hasTheMeanOfItsPositionsAsFractionalRank() {
    assertThat(Standing.of(1, 25, 3).fractionalRank()).isEqualByComparingTo("2");
    assertThat(Standing.of(2, 4, 2).fractionalRank()).isEqualByComparingTo("2.5");
  }

  @Test
  void standingWithRankAboveN_isRejectedNamingRankAndN() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Standing.of(26, 25))
        .withMessage("rank 26 is outside 1–25");
  }

  @Test
  void standingWithRankBelowOne_isRejectedNamingRankAndN() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Standing.of(0, 25))
        .withMessage("rank 0 is outside 1–25");
  }

  @Test
  void standingOutOfZero_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Standing.of(1, 0))
        .withMessageContaining("n = 0");
  }

  @Test
  void standingWithTiedCountBelowOne_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Standing.of(1, 25, 0))
        .withMessage("tied count 0 is outside 1–25");
  }

  @Test
  void sharedStandingRunningPastN_isRejected() {
    // rank 25 shared by two would occupy positions 25 and 26
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Standing.of(25, 25, 2))
        .withMessageContaining("25");
  }

  @Test
  void sharedStandingRunningPastN_isRejectedEvenWhenItsMeanPositionFits() {
    // positions 24, 25, 26: the mean 25 fits in 1–25, the positions do not
    assertThatIllegalArgumentException().isThrownBy(() -> Standing.of(24, 25, 3));
  }

  @Test
  void standings_sortFromTheBest() {
    List<Standing> standings =
        new ArrayList<>(List.of(Standing.of(25, 25), Standing.of(3, 25), Standing.of(1, 25, 2)));

    Collections.sort(standings);

    assertThat(standings)
        .containsExactly(Standing.of(1, 25, 2), Standing.of(3, 25), Standing.of(25, 25));
  }

  // ---------------------------------------------------------------- points to reach a rank

  @Test
  void pointsToReach_isZeroWhenTheUnitAlreadyStandsThereOrBetter() {
    assertThat(langSon.standing(NGOAI_VU).rank()).isEqualTo(3);
    assertThat(langSon.pointsToReach(NGOAI_VU, 3)).isEqualByComparingTo("0");
    assertThat(langSon.pointsToReach(NGOAI_VU, 4)).isEqualByComparingTo("0");
    assertThat(langSon.pointsToReach("Cục Thuế", 1)).isEqualByComparingTo("0");
  }

  @Test
  void pointsToReach_isTheExactGapToTheUnitHoldingTheRank() {
    assertThat(langSon.pointsToReach(NGOAI_VU, 1)).isEqualByComparingTo("7.32");
    assertThat(langSon.pointsToReach(NGOAI_VU, 2)).isEqualByComparingTo("4.55");
    assertThat(langSon.pointsToReach(BAN_DAN_TOC, 3)).isEqualByComparingTo("10.45");
  }

  @Test
  void pointsToReach_withTies_isTheGapToTheSharedScore() {
    Ranking<String> tied = rank(nineEightEightSeven(), TiePolicy.COMPETITION);

    assertThat(tied.pointsToReach(NGOAI_VU, 2)).isEqualByComparingTo("1");
    assertThat(tied.pointsToReach(NGOAI_VU, 3)).isEqualByComparingTo("1");
    assertThat(tied.pointsToReach(TU_PHAP, 2)).isEqualByComparingTo("0");
    assertThat(tied.pointsToReach(TU_PHAP, 1)).isEqualByComparingTo("1");
  }

  @Test
  void pointsToReach_underDense_countsDistinctScoresAbove() {
    Ranking<String> dense = rank(nineEightEightSeven(), TiePolicy.DENSE);
    Map<String, BigDecimal> twoLeaders = new LinkedHashMap<>(nineEightEightSeven());
    twoLeaders.put(TU_PHAP, bd("9"));
    Ranking<String> denseTwoLeaders = rank(twoLeaders, TiePolicy.DENSE);

    // 9, 8, 8, 7: Sở Ngoại vụ already stands at dense rank 3
    assertThat(dense.standing(NGOAI_VU).rank()).isEqualTo(3);
    assertThat(dense.pointsToReach(NGOAI_VU, 3)).isEqualByComparingTo("0");
    // 9, 9, 8, 7: reaching 8 makes it second (dense), one point
    assertThat(denseTwoLeaders.pointsToReach(NGOAI_VU, 2)).isEqualByComparingTo("1");
  }

  @Test
  void pointsToReach_underDenseAtFullPrecision_treatsEqualValuesOfAnotherScaleAsOne() {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    scores.put(TU_PHAP, bd("9"));
    scores.put("Sở Y tế", bd("8.0"));
    scores.put("Cục Thuế", bd("8.00"));
    scores.put(NGOAI_VU, bd("7"));
    Ranking<String> dense = Ranking.of(scores, RankingRule.of(TiePolicy.DENSE, Precision.FULL));

    assertThat(dense.standing(NGOAI_VU).rank()).isEqualTo(3);
    assertThat(dense.pointsToReach(NGOAI_VU, 2)).isEqualByComparingTo("1");
    assertThat(dense.pointsToReach(NGOAI_VU, 1)).isEqualByComparingTo("2");
  }

  @Test
  void pointsToReach_rankOutsideOneToN_isRejectedNamingRankAndN() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> langSon.pointsToReach(NGOAI_VU, 0))
        .withMessage("rank 0 is outside 1–4");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> langSon.pointsToReach(NGOAI_VU, 5))
        .withMessage("rank 5 is outside 1–4");
  }

  @Test
  void pointsToReach_ofAnUnrankedUnit_isRejectedNamingIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> langSon.pointsToReach("Sở Y tế", 1))
        .withMessageContaining("'Sở Y tế'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> langSon.standing("Sở Y tế"))
        .withMessageContaining("'Sở Y tế'");
  }

  // ---------------------------------------------------------------- rankings

  @Test
  void ranking_ofAnEmptyMap_isRejected() {
    Map<String, BigDecimal> none = Map.of();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Ranking.of(none, RankingRule.LANG_SON))
        .withMessageContaining("no score");
  }

  @Test
  void leaders_areEveryUnitAtRankOne() {
    Map<String, BigDecimal> scores = new LinkedHashMap<>(nineEightEightSeven());
    scores.put("Cục Thuế", bd("9.00"));
    Ranking<String> r = rank(scores, TiePolicy.COMPETITION);

    assertThat(r.leaders()).containsExactlyInAnyOrder(BAN_DAN_TOC, "Cục Thuế");
    assertThat(r.leaderValue()).isEqualByComparingTo("9");
    assertThat(r.size()).isEqualTo(5);
  }

  @Test
  void order_runsFromTheBestToTheWorst() {
    Ranking<String> r = rank(nineEightEightSeven(), TiePolicy.COMPETITION);

    assertThat(r.order()).first().isEqualTo(BAN_DAN_TOC);
    assertThat(r.order()).last().isEqualTo(NGOAI_VU);
    assertThat(r.standings().keySet()).containsExactlyElementsOf(r.order());
  }

  // ---------------------------------------------------------------- tiers

  @Test
  void tiers_areSortedFromTheBest() {
    assertThat(pciTiers.tiers()).extracting(Tier::label).containsExactly("Rất tốt", "Tốt", "Khá");
  }

  @Test
  void tierCutOffs_areInclusive() {
    assertThat(pciTiers.tierOf(bd("70"))).map(Tier::label).hasValue("Rất tốt");
    assertThat(pciTiers.tierOf(bd("70.00"))).map(Tier::label).hasValue("Rất tốt");
    assertThat(pciTiers.tierOf(bd("69.99"))).map(Tier::label).hasValue("Tốt");
    assertThat(pciTiers.tierOf(bd("65"))).map(Tier::label).hasValue("Tốt");
    assertThat(pciTiers.tierOf(bd("59.55"))).map(Tier::label).hasValue("Khá");
  }

  @Test
  void scoreBelowTheLowestCutOff_hasNoTier() {
    assertThat(pciTiers.tierOf(bd("59.549"))).isEmpty();
    assertThat(pciTiers.tierOf(BigDecimal.ZERO)).isEmpty();
  }

  @Test
  void tiersWithoutTier_areRejected() {
    List<Tier> none = List.of();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Tiers.of(none))
        .withMessageContaining("no tier");
  }

  @Test
  void tiersSharingACutOff_areRejectedNamingBothTiersAndTheCutOff() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Tiers.of(Tier.of("Tốt", bd("65")), Tier.of("Khá", bd("65.00"))))
        .withMessageContaining("'Tốt'")
        .withMessageContaining("'Khá'")
        .withMessageContaining("65");
  }

  @Test
  void tiersSharingALabel_areRejectedNamingIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Tiers.of(Tier.of("Tốt", bd("65")), Tier.of("Tốt", bd("60"))))
        .withMessageContaining("Tốt");
  }

  @Test
  void tierWithNegativeCutOff_isRejectedNamingTierAndValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Tier.of("Thấp", bd("-1")))
        .withMessageContaining("'Thấp'")
        .withMessageContaining("-1");
  }

  // ---------------------------------------------------------------- review fixes

  @Test
  void denseRankBehindManyTiedLeaders_isClassifiedOnItsPosition_notOnItsDenseRank() {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    for (int i = 0; i < 8; i++) {
      scores.put("Đơn vị " + i, bd("5"));
    }
    scores.put("Sở A", bd("1"));
    scores.put("Sở B", bd("1"));
    Ranking<String> dense = Ranking.of(scores, RankingRule.of(TiePolicy.DENSE, Precision.FULL));

    Standing last = dense.standing("Sở B");
    assertThat(last.rank()).isEqualTo(2);
    assertThat(last.competitionRank()).isEqualTo(9);
    assertThat(last.medianClass()).isEqualTo(MedianClass.BELOW);
  }

  @Test
  void fractionalStandings_printTheirHalf_andDifferFromCompetitionOnes() {
    Ranking<String> fractional = rank(nineEightEightSeven(), TiePolicy.FRACTIONAL);
    Ranking<String> competition = rank(nineEightEightSeven(), TiePolicy.COMPETITION);

    assertThat(fractional.standing(TU_PHAP).format()).isEqualTo("02.5/04");
    assertThat(fractional.standing(TU_PHAP).rank()).isEqualTo(2);
    assertThat(fractional.standing(TU_PHAP).policy()).isEqualTo(TiePolicy.FRACTIONAL);
    assertThat(competition.standing(TU_PHAP).format()).isEqualTo("02/04");
    assertThat(fractional.standing(TU_PHAP)).isNotEqualTo(competition.standing(TU_PHAP));
  }
}
