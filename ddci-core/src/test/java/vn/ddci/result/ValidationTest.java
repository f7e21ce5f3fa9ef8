package vn.ddci.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.framework.Block;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.RankingRule;
import vn.ddci.name.NameMatcher;
import vn.ddci.ranking.Consistency;
import vn.ddci.ranking.Discrepancy;

/**
 * Bad published results are rejected at construction, with a message that names the unit, year,
 * component or field, and the offending value.
 */
class ValidationTest {
  private static final Framework DEPARTMENTS = Frameworks.LANG_SON_DEPARTMENTS;
  private static final Component TRANSPARENCY = DEPARTMENTS.component("TRANSPARENCY");
  private static final Component DYNAMISM = DEPARTMENTS.component("DYNAMISM");
  private static final Component PCI_ENTRY = Frameworks.PCI.component("ENTRY");
  private static final Unit NGOAI_VU = Unit.of("Sở Ngoại vụ", Frameworks.LANG_SON_DEPARTMENT_BLOCK);
  private static final Unit TU_PHAP = Unit.of("Sở Tư pháp", Frameworks.LANG_SON_DEPARTMENT_BLOCK);
  private static final Unit CAO_LOC =
      Unit.of("UBND huyện Cao Lộc", Frameworks.LANG_SON_DISTRICT_BLOCK);

  /** A scorecard with every component of the unit's framework at {@code score}. */
  private static Scorecard.Builder card(Unit unit, int year, String score) {
    return cardWith(unit, year, score, null, null);
  }

  /**
   * A scorecard with every component at 8, except {@code odd} (which may be foreign) at its score.
   */
  private static Scorecard.Builder cardWith(Component odd, String oddScore) {
    return cardWith(NGOAI_VU, 2023, "8", odd, oddScore);
  }

  private static Scorecard.Builder cardWith(
      Unit unit, int year, String score, Component odd, String oddScore) {
    Scorecard.Builder card = Scorecard.builder().unit(unit).year(year);
    for (Component c : unit.block().framework().components()) {
      if (!c.equals(odd)) {
        card.score(c, score);
      }
    }
    if (odd != null && oddScore != null) {
      card.score(odd, oddScore);
    }
    if (!unit.block().framework().weightsPublished()) {
      card.givenTotal("80"); // weights that are an assumption never make a total
    }
    return card;
  }

  /** Sở Ngoại vụ's standing: 15/25 on the total, 10/25 on every component but {@code odd}. */
  private static PublishedStanding.Builder standingWith(Component odd, PublishedFigures figures) {
    PublishedStanding.Builder standing =
        PublishedStanding.builder()
            .unit(NGOAI_VU)
            .year(2023)
            .blockSize(25)
            .total(PublishedFigures.ofRank(15));
    for (Component c : DEPARTMENTS.components()) {
      if (!c.equals(odd)) {
        standing.putComponents(c, PublishedFigures.ofRank(10));
      }
    }
    if (odd != null && figures != null) {
      standing.putComponents(odd, figures);
    }
    return standing;
  }

  private static PublishedStanding.Builder standing() {
    return standingWith(null, null);
  }

  private static ResultTable departments2023(Scorecard... cards) {
    return ResultTable.of(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Year.of(2023), List.of(cards));
  }

  // ---------------------------------------------------------------- scores

  @Test
  void scoreAboveTen_isRejectedNamingUnitYearComponentAndValue() {
    Scorecard.Builder card = cardWith(TRANSPARENCY, "10,5");

    assertThatIllegalArgumentException()
        .isThrownBy(card::build)
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "TRANSPARENCY", "10.5", "0–10");
  }

  @Test
  void scoreOfExactlyTen_isAccepted() {
    Scorecard card = cardWith(TRANSPARENCY, "10").build();

    assertThat(card.score(TRANSPARENCY).orElseThrow()).isEqualByComparingTo("10");
  }

  @Test
  void negativeScore_isRejectedByScoreParseNamingTheValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Score.parse("−0,5"))
        .withMessageContainingAll("negative", "-0.5");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Score.of(new BigDecimal("-0.01")))
        .withMessageContainingAll("negative", "-0.01");
  }

  @Test
  void negativeScoreInAScorecard_isRejectedNamingTheComponentAndValue() {
    // the builder does not know the unit yet; readers of files add the file, row and column
    Scorecard.Builder card = cardWith(TRANSPARENCY, null);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> card.score(TRANSPARENCY, "-0.5"))
        .withMessage("component TRANSPARENCY: a score must not be negative, got -0.5");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> card.score(TRANSPARENCY, new BigDecimal("-0.5")))
        .withMessage("component TRANSPARENCY: a score must not be negative, got -0.5");
  }

  @Test
  void unparsableScoreInAScorecard_isRejectedNamingTheComponentAndText() {
    Scorecard.Builder card = cardWith(TRANSPARENCY, null);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> card.score(TRANSPARENCY, "tám"))
        .withMessage("component TRANSPARENCY: 'tám' is not a decimal number");
  }

  @Test
  void totalAboveHundred_isRejectedNamingUnitYearAndValue() {
    Scorecard.Builder card = card(NGOAI_VU, 2023, "10").givenTotal("100.5");

    assertThatIllegalArgumentException()
        .isThrownBy(card::build)
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "total", "100.5", "0–100");
  }

  // ---------------------------------------------------------------- components of a scorecard

  @Test
  void componentOfAnotherFramework_isRejectedNamingUnitYearComponentAndFramework() {
    Scorecard.Builder card = cardWith(PCI_ENTRY, "5");

    assertThatIllegalArgumentException()
        .isThrownBy(card::build)
        .withMessageContainingAll(
            "Sở Ngoại vụ", "2023", "ENTRY", "DDCI Lạng Sơn – khối sở, ban, ngành");
  }

  @Test
  void pciComponentWithALangSonCode_isNotTheLangSonComponent() {
    Component pciTransparency = Frameworks.PCI.component("TRANSPARENCY");
    Scorecard.Builder card = cardWith(pciTransparency, "5");

    assertThatIllegalArgumentException()
        .isThrownBy(card::build)
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "TRANSPARENCY", "is not in framework");
  }

  @Test
  void missingComponentWithAGivenTotal_isAccepted_andListedAsMissing() {
    Scorecard card = cardWith(DYNAMISM, null).build();

    assertThat(card.missingComponents()).containsExactly(DYNAMISM);
    assertThat(card.isComplete()).isFalse();
    assertThat(card.score(DYNAMISM)).isEmpty();
  }

  @Test
  void scoreOfAComponentOutsideTheFramework_isRejectedNamingUnitYearAndComponent() {
    Scorecard card = card(NGOAI_VU, 2023, "8").build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> card.score(PCI_ENTRY))
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "ENTRY");
  }

  @Test
  void publishedRankBelowOne_isRejectedNamingUnitYearAndRank() {
    Scorecard.Builder card = card(NGOAI_VU, 2023, "8").publishedRank(0);

    assertThatIllegalArgumentException()
        .isThrownBy(card::build)
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "published rank 0");
  }

  @Test
  void blankPublishedTier_isRejectedNamingUnitAndYear() {
    Scorecard.Builder card = card(NGOAI_VU, 2023, "8").publishedTier("  ");

    assertThatIllegalArgumentException()
        .isThrownBy(card::build)
        .withMessageContainingAll(
            "Sở Ngoại vụ", "2023", "published tier", "needs a letter or digit");
  }

  // ---------------------------------------------------------------- given total

  /** Lạng Sơn's departments, as if the equal weights were published. */
  private static final Unit NGOAI_VU_PUBLISHED_WEIGHTS =
      Unit.of(
          "Sở Ngoại vụ",
          Block.of(
              "SBN",
              "Khối sở, ban, ngành",
              Framework.builder()
                  .from(DEPARTMENTS)
                  .name("DDCI with published equal weights")
                  .weightsPublished(true)
                  .build(),
              RankingRule.LANG_SON));

  @Test
  void givenTotalBeyondTheTolerance_isKeptAsPublished_andReportedNamingUnitYearAndBothTotals() {
    // every component 8: the computed total is 80; the tolerance is 0.055
    Scorecard card = card(NGOAI_VU_PUBLISHED_WEIGHTS, 2023, "8").givenTotal("80.06").build();
    ResultTable table =
        ResultTable.of(NGOAI_VU_PUBLISHED_WEIGHTS.block(), Year.of(2023), List.of(card));

    assertThat(card.total()).isEqualByComparingTo("80.06");
    assertThat(Consistency.of(table).discrepancies())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.figure()).isEqualTo(Discrepancy.Figure.TOTAL);
              assertThat(d.cause()).isEqualTo(Discrepancy.Cause.MISPRINT);
              assertThat(d.message())
                  .contains("Sở Ngoại vụ", "2023", "80.06", "give 80", "0.06", "0.055");
            });
  }

  @Test
  void givenTotalBelowTheComputedBeyondTheTolerance_isReported() {
    Scorecard card = card(NGOAI_VU_PUBLISHED_WEIGHTS, 2023, "8").givenTotal("79.944").build();
    ResultTable table =
        ResultTable.of(NGOAI_VU_PUBLISHED_WEIGHTS.block(), Year.of(2023), List.of(card));

    assertThat(Consistency.of(table).discrepancies())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("Sở Ngoại vụ", "79.944", "0.056"));
  }

  @Test
  void noTotalUnderAssumedWeights_isRejected_anEstimateIsNeverAPublishedTotal() {
    Scorecard.Builder card = Scorecard.builder().unit(NGOAI_VU).year(2023);
    DEPARTMENTS.components().forEach(c -> card.score(c, "8"));

    assertThatIllegalArgumentException()
        .isThrownBy(card::build)
        .isInstanceOf(DdciValidationException.class)
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "no total was given", "assumption");
  }

  @Test
  void missingComponentScores_needAGivenTotal_andAreAbsentNeverZero() {
    Scorecard.Builder card =
        Scorecard.builder()
            .unit(NGOAI_VU_PUBLISHED_WEIGHTS)
            .year(2023)
            .score(DEPARTMENTS.component("TIME_COST"), "9.1");

    assertThatIllegalArgumentException()
        .isThrownBy(card::build)
        .withMessageContainingAll(
            "Sở Ngoại vụ",
            "2023",
            "TRANSPARENCY",
            "DYNAMISM",
            "were not published",
            "total must be given");

    Scorecard partial = card.givenTotal("80.45").build();
    assertThat(partial.score(TRANSPARENCY)).isEmpty();
    assertThat(partial.score(DEPARTMENTS.component("TIME_COST"))).contains(new BigDecimal("9.1"));
    assertThat(partial.missingComponents())
        .hasSize(7)
        .doesNotContain(DEPARTMENTS.component("TIME_COST"));
    assertThat(partial.computedTotal()).isEmpty();
    assertThat(partial.total()).isEqualByComparingTo("80.45");
    assertThat(partial)
        .hasToString("Scorecard[Sở Ngoại vụ 2023: total 80.45, 7 components not published]");
  }

  @Test
  void givenTotalWithinTheTolerance_isAcceptedAndKept() {
    assertThat(DEPARTMENTS.totalTolerance()).isEqualByComparingTo("0.055");

    Scorecard inside = card(NGOAI_VU_PUBLISHED_WEIGHTS, 2023, "8").givenTotal("80.05").build();
    Scorecard atTheEdge = card(NGOAI_VU_PUBLISHED_WEIGHTS, 2023, "8").givenTotal("79.945").build();

    assertThat(inside.total()).isEqualByComparingTo("80.05");
    assertThat(inside.computedTotal().orElseThrow()).isEqualByComparingTo("80");
    assertThat(atTheEdge.total()).isEqualByComparingTo("79.945");
  }

  @Test
  void givenTotalUnderAssumedWeights_isKeptAsPublished_notChecked() {
    // Lạng Sơn's weights are an assumption: a real total may differ from the equal-weight estimate
    assertThat(DEPARTMENTS.weightsPublished()).isFalse();
    Scorecard card = card(NGOAI_VU, 2023, "8").givenTotal("83.17").build();

    assertThat(card.total()).isEqualByComparingTo("83.17");
    assertThat(card.computedTotal().orElseThrow()).isEqualByComparingTo("80");
  }

  @Test
  void scoreSetTwice_isRejectedNamingTheComponentAndBothScores() {
    // message gap (see report): Guava's duplicate-key message names neither the unit nor the year
    Scorecard.Builder card = card(NGOAI_VU, 2023, "8").score(TRANSPARENCY, "10");

    assertThatIllegalArgumentException()
        .isThrownBy(card::build)
        .withMessageContainingAll("TRANSPARENCY", "10", "8");
  }

  // ---------------------------------------------------------------- result tables

  @Test
  void resultTable_keepsTheScorecardsInTheOrderGiven() {
    List<Scorecard> cards =
        List.of(card(TU_PHAP, 2023, "7").build(), card(NGOAI_VU, 2023, "8").build());

    ResultTable table = ResultTable.of(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Year.of(2023), cards);

    assertThat(table.units()).containsExactly(TU_PHAP, NGOAI_VU);
  }

  @Test
  void emptyTable_isRejectedNamingBlockAndYear() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> departments2023())
        .withMessageContainingAll("SBN", "2023", "no unit");
  }

  @Test
  void duplicateUnit_isRejectedNamingUnitBlockAndYear() {
    Scorecard first = card(NGOAI_VU, 2023, "8").build();
    Scorecard again = card(NGOAI_VU, 2023, "7").build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> departments2023(first, again))
        .withMessageContainingAll("SBN", "2023", "'Sở Ngoại vụ'", "twice");
  }

  @Test
  void duplicateUnitSpelledWithoutDiacriticsInAnotherCaseAndSpacing_isRejectedNamingBoth() {
    Unit respelled = Unit.of("so  NGOAI   vu", Frameworks.LANG_SON_DEPARTMENT_BLOCK);
    Scorecard first = card(NGOAI_VU, 2023, "8").build();
    Scorecard again = card(respelled, 2023, "7").build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> departments2023(first, again))
        .withMessageContainingAll("SBN", "2023", "'so NGOAI vu'", "'Sở Ngoại vụ'", "twice");
  }

  @Test
  void districtUnitInTheDepartmentTable_isRejectedNamingUnitAndBothBlocks() {
    Scorecard department = card(NGOAI_VU, 2023, "8").build();
    Scorecard district = card(CAO_LOC, 2023, "8").build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> departments2023(department, district))
        .withMessageContainingAll("SBN", "2023", "'UBND huyện Cao Lộc'", "UBND");
  }

  @Test
  void scorecardOfAnotherYear_isRejectedNamingUnitAndBothYears() {
    Scorecard thisYear = card(NGOAI_VU, 2023, "8").build();
    Scorecard lastYear = card(TU_PHAP, 2022, "8").build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> departments2023(thisYear, lastYear))
        .withMessageContainingAll("SBN", "year 2023", "'Sở Tư pháp'", "2022");
  }

  @Test
  void unknownUnit_isRejectedByGetNamingUnitBlockAndYear() {
    ResultTable table = departments2023(card(NGOAI_VU, 2023, "8").build());

    assertThatIllegalArgumentException()
        .isThrownBy(() -> table.get("Sở Y tế"))
        .withMessageContainingAll("SBN", "2023", "'Sở Y tế'");
    assertThat(table.get("so ngoai vu").unit()).isEqualTo(NGOAI_VU);
  }

  @Test
  void publishedRankAboveTheTableSize_isRejectedNamingBlockYearUnitAndRank() {
    Scorecard third = card(NGOAI_VU, 2023, "8").publishedRank(3).build();
    Scorecard first = card(TU_PHAP, 2023, "9").publishedRank(1).build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> departments2023(third, first))
        .withMessage(
            "block SBN, year 2023: unit 'Sở Ngoại vụ' has the published rank 3, outside 1–2");
  }

  // ---------------------------------------------------------------- published standings

  @Test
  void totalRankAboveBlockSize_isRejectedNamingUnitYearRankAndN() {
    PublishedStanding.Builder s = standing().total(PublishedFigures.ofRank(26));

    assertThatIllegalArgumentException()
        .isThrownBy(s::build)
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "total", "rank 26", "1–25");
  }

  @Test
  void componentRankAboveBlockSize_isRejectedNamingUnitYearComponentRankAndN() {
    PublishedStanding.Builder s = standingWith(TRANSPARENCY, PublishedFigures.ofRank(26));

    assertThatIllegalArgumentException()
        .isThrownBy(s::build)
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "TRANSPARENCY", "rank 26", "1–25");
  }

  @Test
  void rankOfN_isAccepted() {
    PublishedStanding s = standingWith(TRANSPARENCY, PublishedFigures.ofRank(25)).build();

    assertThat(s.component(TRANSPARENCY).orElseThrow().rank()).isEqualTo(25);
  }

  @Test
  void tieRunningPastTheBlockSize_isRejectedNamingRankAndTie() {
    PublishedFigures tied = PublishedFigures.builder().rank(24).tiedCount(3).build();
    PublishedStanding.Builder s = standingWith(TRANSPARENCY, tied);

    assertThatIllegalArgumentException()
        .isThrownBy(s::build)
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "TRANSPARENCY", "rank 24 tied ×3", "1–25");
  }

  @Test
  void lastYearsRankAboveLastYearsBlockSize_isRejectedNamingIt() {
    PublishedFigures figures = PublishedFigures.builder().rank(10).lastRank(25).build();
    PublishedStanding.Builder s = standingWith(TRANSPARENCY, figures).lastBlockSize(24);

    assertThatIllegalArgumentException()
        .isThrownBy(s::build)
        .withMessageContainingAll(
            "Sở Ngoại vụ", "2023", "TRANSPARENCY", "last year's rank 25", "1–24");
  }

  @Test
  void improvementRankAboveBlockSize_isRejectedNamingIt() {
    PublishedFigures figures = PublishedFigures.builder().rank(15).improvementRank(26).build();
    PublishedStanding.Builder s = standing().total(figures);

    assertThatIllegalArgumentException()
        .isThrownBy(s::build)
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "total", "improvement rank 26", "1–25");
  }

  @Test
  void blockSizeBelowOne_isRejectedNamingUnitYearAndSize() {
    PublishedStanding.Builder s = standing().blockSize(0);

    assertThatIllegalArgumentException()
        .isThrownBy(s::build)
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "block size 0");
  }

  @Test
  void lastBlockSizeBelowOne_isRejectedNamingUnitYearAndSize() {
    PublishedStanding.Builder s = standing().lastBlockSize(0);

    assertThatIllegalArgumentException()
        .isThrownBy(s::build)
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "last year's block size 0");
  }

  @Test
  void missingComponentFigures_areAbsent_notInvented() {
    PublishedStanding s = standingWith(DYNAMISM, null).build();

    assertThat(s.components()).hasSize(7).doesNotContainKey(DYNAMISM);
    assertThat(s.component(DYNAMISM)).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> s.component(PCI_ENTRY))
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "ENTRY");
  }

  @Test
  void figuresOfAComponentOfAnotherFramework_areRejectedNamingUnitYearAndComponent() {
    PublishedStanding.Builder s = standingWith(PCI_ENTRY, PublishedFigures.ofRank(1));

    assertThatIllegalArgumentException()
        .isThrownBy(s::build)
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "ENTRY", "not in framework");
  }

  @Test
  void publishedComponentScoreAboveTen_isRejectedNamingUnitYearComponentAndValue() {
    PublishedFigures figures = PublishedFigures.builder().rank(1).score("10.5").build();
    PublishedStanding.Builder s = standingWith(TRANSPARENCY, figures);

    assertThatIllegalArgumentException()
        .isThrownBy(s::build)
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "TRANSPARENCY", "10.5", "0–10");
  }

  @Test
  void publishedLeaderScoreAboveHundred_isRejectedNamingUnitYearAndValue() {
    PublishedFigures figures = PublishedFigures.builder().rank(15).leaderScore("100.01").build();
    PublishedStanding.Builder s = standing().total(figures);

    assertThatIllegalArgumentException()
        .isThrownBy(s::build)
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "total", "100.01", "0–100");
  }

  // ---------------------------------------------------------------- published figures alone

  @Test
  void figuresWithRankBelowOne_areRejectedNamingFieldAndValue() {
    // message gap (see report): figures know no unit, year or measure
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PublishedFigures.ofRank(0))
        .withMessage("rank 0 is outside 1–10000");
  }

  @Test
  void figuresWithTiedCountBelowOne_areRejectedNamingFieldAndValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PublishedFigures.builder().rank(1).tiedCount(0).build())
        .withMessage("tied count 0 is outside 1–10000");
  }

  @Test
  void figuresWithLastRankBelowOne_areRejectedNamingFieldAndValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PublishedFigures.builder().rank(1).lastRank(0).build())
        .withMessage("last year's rank 0 is outside 1–10000");
  }

  @Test
  void figuresWithImprovementRankBelowOne_areRejectedNamingFieldAndValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PublishedFigures.builder().rank(1).improvementRank(-3).build())
        .withMessage("improvement rank -3 is outside 1–10000");
  }

  @Test
  void figuresWithTheLeaderBelowTheUnit_areRejectedNamingBothScores() {
    PublishedFigures.Builder figures =
        PublishedFigures.builder().rank(2).score("80.45").leaderScore("80.44");

    assertThatIllegalArgumentException()
        .isThrownBy(figures::build)
        .withMessageContainingAll("leader", "80.44", "80.45");
  }

  @Test
  void figuresWhoseChangeMakesLastYearNegative_areRejectedNamingChangeAndResult() {
    PublishedFigures.Builder figures = PublishedFigures.builder().rank(3).score("5").change("5.01");

    assertThatIllegalArgumentException()
        .isThrownBy(figures::build)
        .withMessageContainingAll("5.01", "-0.01", "negative");
  }

  @Test
  void figuresOfTheSeed_areAccepted() {
    PublishedFigures total =
        PublishedFigures.builder()
            .rank(15)
            .score("80.45")
            .leaderScore("87.77")
            .change("5.82")
            .improvementRank(10)
            .build();

    assertThat(total.lastScore()).hasValue(Score.parse("74.63"));
  }

  // ---------------------------------------------------------------- decimals

  @Test
  void decimalWithAThousandsSeparator_isRejectedNamingTheText() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Decimals.parse("1.234,5"))
        .withMessage("'1.234,5' is not a decimal number");
  }

  @Test
  void nonNumericDecimal_isRejectedNamingTheText() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Decimals.parse("abc"))
        .withMessage("'abc' is not a decimal number");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Decimals.parse("  "))
        .withMessageContaining("is not a decimal number");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Decimals.parse("1e3"))
        .withMessage("'1e3' is not a decimal number");
  }

  @Test
  void decimalsAsVietnameseDocumentsWriteThem_areParsedExactly() {
    assertThat(Decimals.parse("5,20")).isEqualTo(new BigDecimal("5.20"));
    assertThat(Decimals.parse(" 80.45 ")).isEqualTo(new BigDecimal("80.45"));
    assertThat(Decimals.parse("−1,92")).isEqualTo(new BigDecimal("-1.92"));
    assertThat(Decimals.parse("+5.82")).isEqualTo(new BigDecimal("5.82"));
  }

  // ---------------------------------------------------------------- units

  @Test
  void blankUnitName_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Unit.of(" \t", Frameworks.LANG_SON_DEPARTMENT_BLOCK))
        .withMessageContaining("needs a letter or digit");
  }

  @Test
  void validScorecardAndTable_areAccepted() {
    assertThatNoException()
        .isThrownBy(
            () ->
                departments2023(
                    card(NGOAI_VU, 2023, "8").givenTotal("80").build(),
                    card(TU_PHAP, 2023, "7,5").givenTotal("75").build()));
  }

  // ---------------------------------------------------------------- impossible published figures

  @Test
  void changeThatPutsLastYearsScoreAboveTheScale_isRejectedNamingUnitYearAndComponent() {
    PublishedFigures figures = PublishedFigures.builder().rank(5).score("5").change("-6").build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> standingWith(TRANSPARENCY, figures).build())
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "TRANSPARENCY", "11", "0–10");
  }

  @Test
  void medianScoreAboveTheScale_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> standing().medianScore("500").build())
        .withMessageContainingAll("Sở Ngoại vụ", "median score 500", "0–100");
  }

  @Test
  void firstRankBelowTheLeadersScore_isRejected() {
    PublishedFigures figures =
        PublishedFigures.builder().rank(1).score("8").leaderScore("9").build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> standingWith(TRANSPARENCY, figures).build())
        .withMessageContainingAll("TRANSPARENCY", "rank 1", "leader's score is 9");
  }

  @Test
  void maximumScoreNotRankedFirst_isRejected() {
    PublishedFigures figures = PublishedFigures.builder().rank(4).score("10").build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> standingWith(TRANSPARENCY, figures).build())
        .withMessageContainingAll("TRANSPARENCY", "score 10 is the maximum", "rank is 4");
  }

  @Test
  void aNameThatAnAliasMakesMatchTwoUnits_isAnErrorNotTheFirstMatch() {
    ResultTable table =
        departments2023(card(NGOAI_VU, 2023, "8").build(), card(TU_PHAP, 2023, "9").build());
    NameMatcher folding = NameMatcher.builder().alias("Sở Ngoại vụ", "Sở Tư pháp").build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> table.find("Sở Tư pháp", folding))
        .withMessageContainingAll("SBN", "2023", "'Sở Tư pháp'", "several units");
  }

  @Test
  void decimalWithASpaceAfterTheSign_asTheSeedWritesIt_isParsed() {
    assertThat(Decimals.parse("– 1.92")).isEqualTo(new BigDecimal("-1.92"));
    assertThat(Decimals.parse("-\n1.92")).isEqualTo(new BigDecimal("-1.92"));
  }

  @Test
  void shortNames_areCleanedLikeNames() {
    Unit withShort = NGOAI_VU.withShortName("  Sở\n NV ");

    assertThat(withShort.shortName()).contains("Sở NV");
    assertThatIllegalArgumentException().isThrownBy(() -> NGOAI_VU.withShortName(" "));
  }
}
