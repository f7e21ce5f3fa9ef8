package vn.ddci.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.InsufficientDataException;
import vn.ddci.framework.Block;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.framework.RankingRule;
import vn.ddci.ranking.Discrepancy.Cause;
import vn.ddci.ranking.Discrepancy.Figure;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * Published figures checked against each other, whole and partial, and the block figures a partial
 * table supports: Lạng Sơn's DDCI 2021 department block as the press printed it (6 of 24 units with
 * ranks of 24, "điểm trung vị" 68.49), and small blocks with ties and misprints.
 */
class ConsistencyTest {
  private static final Block SBN = Frameworks.LANG_SON_DEPARTMENT_BLOCK;

  private static Scorecard card(String unit, String total, int rank) {
    return Scorecard.builder()
        .unit(Unit.of(unit, SBN))
        .year(2021)
        .givenTotal(total)
        .publishedRank(rank)
        .build();
  }

  /** Lạng Sơn DDCI 2021, departments, as Bnews printed them: the first and last three of 24. */
  private static List<Scorecard> press2021() {
    return List.of(
        card("Công an tỉnh", "78,43", 1),
        card("Bảo hiểm xã hội tỉnh", "76,9", 2),
        card("Sở Công Thương", "76,86", 3),
        card("Sở Tài nguyên và Môi trường", "62,19", 22),
        card("Sở Khoa học và Công nghệ", "55,38", 23),
        card("BQL Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn", "54,65", 24));
  }

  private static ResultTable press(Score median) {
    return ResultTable.builder()
        .block(SBN)
        .year(Year.of(2021))
        .blockSize(24)
        .addAllScorecards(press2021())
        .publishedMedianScore(median)
        .build();
  }

  @Test
  void thePressList_isConsistent_andGivesStandingsOf24_theMedianAndTheLeader() {
    ResultTable table = press(Score.parse("68,49"));
    BlockRanking ranking = BlockRanking.of(table);
    Unit tnmt = table.get("Sở Tài nguyên và Môi trường").unit();

    assertThat(Consistency.of(table).isConsistent()).isTrue();
    assertThat(Consistency.of(table))
        .hasToString(
            "Consistency[ResultTable[SBN 2021, 6 of 24 units], RankingRule[COMPETITION, Precision[2"
                + " decimals]]: consistent]");
    Standing standing = ranking.standing(tnmt, Measure.total());
    assertThat(standing).hasToString("Standing[22/24]");
    assertThat(standing.medianClass()).isEqualTo(MedianClass.BELOW);
    assertThat(ranking.medianScore(Measure.total())).isEqualByComparingTo("68.49");
    assertThat(ranking.findLeaderScore(Measure.total())).contains(new BigDecimal("78.43"));
    // comparisons between the listed units
    Ranking<Unit> listed = ranking.rankingAmongListed(Measure.total());
    assertThat(listed.order())
        .extracting(Unit::name)
        .startsWith("Công an tỉnh", "Bảo hiểm xã hội tỉnh");
    assertThat(listed.position(tnmt)).isEqualTo(4);
    assertThatExceptionOfType(InsufficientDataException.class)
        .isThrownBy(() -> listed.pointsToReach(tnmt, 1))
        .withMessageContaining("needs every unit of the block: this ranking holds 6 of 24 units");
  }

  @Test
  void aMedianThatAListedUnitContradicts_isReported() {
    ResultTable table = press(Score.parse("80"));

    assertThat(Consistency.of(table).discrepancies())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.figure()).isEqualTo(Figure.MEDIAN_SCORE);
              assertThat(d.unit()).isEmpty();
              assertThat(d.message())
                  .isEqualTo(
                      "SBN 2021, TOTAL: published median 80, but 'Công an tỉnh', published at rank"
                          + " 1 of 24, has the total 78.43, below it; likely a misprint, or figures"
                          + " computed under another rule, weights or scores");
            });
  }

  @Test
  void listedRanksThatContradictTheirTotals_areReported_pairByPair() {
    List<Scorecard> cards = new ArrayList<>(press2021());
    cards.set(1, card("Bảo hiểm xã hội tỉnh", "76,9", 3));
    cards.set(2, card("Sở Công Thương", "76,86", 2));
    ResultTable table = ResultTable.of(SBN, Year.of(2021), 24, cards);

    List<Discrepancy> found = Consistency.of(table).discrepancies();

    assertThat(found).hasSize(2);
    assertThat(found.get(0).message())
        .isEqualTo(
            "SBN 2021, 'Bảo hiểm xã hội tỉnh', TOTAL: published rank 3 of 24, but its total 76.9 is"
                + " above that of 'Sở Công Thương' (76.86), published at rank 2; likely a misprint,"
                + " or figures computed under another rule, weights or scores");
  }

  @Test
  void aTieAtThePublishedPrecision_orderedByUnpublishedDecimals_isNamedAsSuch() {
    // 80.451 and 80.449 both print as 80.45: Lạng Sơn's rule shares rank 1, the list says 1 and 2
    List<Scorecard> cards =
        List.of(card("Sở A", "80.451", 1), card("Sở B", "80.449", 2), card("Sở C", "70", 3));
    ResultTable table = ResultTable.of(SBN, Year.of(2021), cards);

    assertThat(Consistency.of(table).discrepancies())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.cause()).isEqualTo(Cause.TIE_ORDERED_BY_UNPUBLISHED_DECIMALS);
              assertThat(d.unit().orElseThrow().name()).isEqualTo("Sở B");
              assertThat(d.published()).isEqualTo("rank 2 of 3");
              assertThat(d.expected())
                  .isEqualTo(
                      "the scores give 01/03 under RankingRule[COMPETITION, Precision[2"
                          + " decimals]]");
            });
    // under the rule that ranks on every digit, the same list agrees with itself
    assertThat(Consistency.of(table, RankingRule.PCI).isConsistent()).isTrue();
    // the published rank is the truth, and is the standing used
    assertThat(BlockRanking.of(table).standing(table.get("Sở B").unit(), Measure.total()).rank())
        .isEqualTo(2);
  }

  @Test
  void aMedianThatIsTheAverage_isNamedAsSuch() {
    // totals 90, 80, 40: median 80, average 70
    List<Scorecard> cards =
        List.of(card("Sở A", "90", 1), card("Sở B", "80", 2), card("Sở C", "40", 3));
    ResultTable table =
        ResultTable.builder()
            .block(SBN)
            .year(Year.of(2021))
            .addAllScorecards(cards)
            .publishedMedianScore(Score.parse("70"))
            .publishedMeanScore(Score.parse("70"))
            .build();

    assertThat(Consistency.of(table).discrepancies())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.figure()).isEqualTo(Figure.MEDIAN_SCORE);
              assertThat(d.cause()).isEqualTo(Cause.OTHER_BLOCK_FIGURE);
              assertThat(d.message())
                  .contains("published median 70", "give 80", "the average is 70");
            });
    // a whole table computes its median: the published one is checked, not used
    assertThat(BlockRanking.of(table).medianScore(Measure.total())).isEqualByComparingTo("80");
  }

  @Test
  void sharedPublishedRanks_mustFitTheBlock_andEqualTotalsMustShareUnderLangSon() {
    List<Scorecard> tied =
        List.of(card("Sở A", "90", 1), card("Sở B", "90", 1), card("Sở C", "80", 3));
    ResultTable table = ResultTable.of(SBN, Year.of(2021), tied);

    assertThat(Consistency.of(table).isConsistent()).isTrue();
    assertThat(BlockRanking.of(table).standing(table.get("Sở B").unit(), Measure.total()))
        .hasToString("Standing[01/03, tied ×2]");
    assertThat(Consistency.of(table, RankingRule.PCI).discrepancies())
        .singleElement()
        .satisfies(d -> assertThat(d.unit().orElseThrow().name()).isEqualTo("Sở B"));
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    ResultTable.of(
                        SBN,
                        Year.of(2021),
                        4,
                        List.of(
                            card("Sở A", "90", 3), card("Sở B", "90", 3), card("Sở C", "80", 3)))))
        .isInstanceOf(vn.ddci.DdciValidationException.class)
        .hasMessage(
            "block SBN, year 2021: 3 units share the published rank 3, which runs beyond the"
                + " block's 4 units");
  }

  @Test
  void ranksPrintedForSomeUnitsOnly_areNotMixedWithComputedOnes_theWholeTableIsRanked() {
    Scorecard a =
        Scorecard.builder().unit(Unit.of("Sở A", SBN)).year(2021).givenTotal("80").build();
    List<Scorecard> cards = List.of(a, card("Sở B", "70", 1), card("Sở C", "60", 3));
    ResultTable table = ResultTable.of(SBN, Year.of(2021), cards);
    BlockRanking ranking = BlockRanking.of(table);

    assertThat(ranking.standing(table.get("Sở A").unit(), Measure.total()))
        .hasToString("Standing[01/03]");
    assertThat(ranking.standing(table.get("Sở B").unit(), Measure.total()))
        .hasToString("Standing[02/03]");
    assertThat(Consistency.of(table).discrepancies())
        .singleElement()
        .satisfies(
            d -> assertThat(d.message()).contains("'Sở B'", "published rank 1 of 3", "02/03"));
  }

  @Test
  void anotherRuleThanTheBlocks_computesEveryRank_thePublishedOnesFollowTheBlocksRule() {
    List<Scorecard> cards =
        List.of(card("Sở A", "90", 1), card("Sở B", "90", 1), card("Sở C", "80", 3));
    ResultTable table = ResultTable.of(SBN, Year.of(2021), cards);
    RankingRule dense =
        RankingRule.of(vn.ddci.framework.TiePolicy.DENSE, vn.ddci.framework.Precision.PUBLISHED);

    assertThat(BlockRanking.of(table, dense).standing(table.get("Sở C").unit(), Measure.total()))
        .hasToString("Standing[02/03]");
    assertThat(BlockRanking.of(table).standing(table.get("Sở C").unit(), Measure.total()))
        .hasToString("Standing[03/03]");
  }

  @Test
  void aMisprintedFirstRankOfAPartialList_givesNoLeader_ratherThanALeaderBelowAUnit() {
    List<Scorecard> cards = List.of(card("Sở A", "70", 1), card("Sở B", "80", 2));
    ResultTable table = ResultTable.of(SBN, Year.of(2021), 24, cards);

    assertThat(BlockRanking.of(table).findLeaderScore(Measure.total())).isEmpty();
    assertThat(Consistency.of(table).discrepancies()).hasSize(2);
  }
}
