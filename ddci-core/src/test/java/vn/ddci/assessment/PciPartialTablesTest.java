package vn.ddci.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.ddci.InsufficientDataException;
import vn.ddci.PciData;
import vn.ddci.assessment.Unavailable.Figure;
import vn.ddci.framework.Component;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.name.NameMatcher;
import vn.ddci.ranking.BlockRanking;
import vn.ddci.ranking.Consistency;
import vn.ddci.ranking.Discrepancy;
import vn.ddci.ranking.MedianClass;
import vn.ddci.ranking.Medians;
import vn.ddci.ranking.Ranking;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * The real shapes in which results arrive, built from the published PCI 2013–2016 data: totals
 * only, a top 10 with ranks of 63, sub-indices withheld for one province, a whole year against a
 * totals-only year. Every figure the data supports is computed and equals the published one; what
 * it does not support is refused by name.
 */
class PciPartialTablesTest {
  private static final NameMatcher BAC_KAN =
      NameMatcher.builder().alias("Bắc Kạn", "Bắc Cạn").build();
  private static final Component ENTRY = Frameworks.PCI.component("ENTRY");

  /** A copy of a scorecard with only its total (and what {@code keep} adds back). */
  private static Scorecard totalOnly(Scorecard card, UnaryOperator<Scorecard.Builder> keep) {
    Scorecard.Builder b =
        Scorecard.builder()
            .unit(card.unit())
            .year(card.year())
            .givenTotal(card.givenTotal().orElseThrow());
    return keep.apply(b).build();
  }

  private static ResultTable totalsOnly(ResultTable table, boolean withRanks) {
    List<Scorecard> cards = new ArrayList<>();
    for (Scorecard c : table.scorecards()) {
      cards.add(totalOnly(c, b -> withRanks ? b.publishedRank(c.publishedRank().getAsInt()) : b));
    }
    return ResultTable.of(table.block(), table.year(), cards);
  }

  private static ResultTable withoutRanks(ResultTable table) {
    List<Scorecard> cards = new ArrayList<>();
    for (Scorecard c : table.scorecards()) {
      cards.add(
          Scorecard.builder()
              .unit(c.unit())
              .year(c.year())
              .scores(c.scores())
              .givenTotal(c.givenTotal().orElseThrow())
              .build());
    }
    return ResultTable.of(table.block(), table.year(), cards);
  }

  // ---------------------------------------------------------------- the block's rule, 63/63

  @Test
  void pci2016Ranks_computedByYearOverYearAndUnitAssessment_equalThePublishedOnes_63of63()
      throws IOException {
    Map<Integer, ResultTable> t = PciData.tables();
    // ranks taken out, so that every one is computed under the block's rule (ORDINAL, full)
    ResultTable y2016 = withoutRanks(t.get(2016));
    ResultTable y2015 = withoutRanks(t.get(2015));
    YearOverYear yoy = YearOverYear.of(y2016, y2015, BAC_KAN);

    int equal = 0;
    for (Scorecard published : t.get(2016).scorecards()) {
      int rank = published.publishedRank().getAsInt();
      Unit unit = y2016.get(published.unit().name()).unit();
      assertThat(yoy.thisYear().standing(unit, Measure.total()).rank())
          .as(unit.name())
          .isEqualTo(rank);
      assertThat(yoy.assess(unit.name()).total().standing().rank()).as(unit.name()).isEqualTo(rank);
      equal++;
    }
    assertThat(equal).isEqualTo(63);
    assertThat(UnitAssessment.of(y2016, y2015, "Đà Nẵng").total().standing().format())
        .isEqualTo("01/63");
  }

  @Test
  void aWrongPublishedRank_isReportedNamingBothUnits_andKeptAsPublished() throws IOException {
    ResultTable y2016 = PciData.tables().get(2016);
    // Đà Nẵng (70.00) and Quảng Ninh (65.60) printed the other way round
    List<Scorecard> cards = new ArrayList<>();
    for (Scorecard c : y2016.scorecards()) {
      int rank = c.publishedRank().getAsInt();
      int printed = rank == 1 ? 2 : rank == 2 ? 1 : rank;
      cards.add(Scorecard.builder().from(c).publishedRank(printed).build());
    }
    ResultTable misprinted = ResultTable.of(y2016.block(), y2016.year(), cards);

    List<Discrepancy> found = Consistency.of(misprinted).discrepancies();

    assertThat(found).hasSize(2);
    assertThat(found)
        .allSatisfy(
            d -> {
              assertThat(d.figure()).isEqualTo(Discrepancy.Figure.RANK);
              assertThat(d.cause()).isEqualTo(Discrepancy.Cause.MISPRINT);
            });
    assertThat(found.get(0).message())
        .isEqualTo(
            "PCI 2016, 'Đà Nẵng', TOTAL: published rank 2 of 63, but the scores give 01/63 under"
                + " RankingRule[ORDINAL, Precision[full]]; likely a misprint, or figures computed"
                + " under another rule, weights or scores");
    assertThat(found.get(1).message()).contains("'Quảng Ninh'", "published rank 1 of 63", "02/63");
    // the published figure is the truth: kept, and used
    assertThat(
            BlockRanking.of(misprinted)
                .standing(misprinted.get("Đà Nẵng").unit(), Measure.total())
                .rank())
        .isEqualTo(2);
    assertThat(Consistency.of(y2016).isConsistent()).isTrue();
  }

  // ---------------------------------------------------------------- totals only

  @Test
  void totalsOnlyFor63_ranksMedianAndLeaderAreComputed_componentsAreRefusedByName()
      throws IOException {
    ResultTable published = PciData.tables().get(2016);
    ResultTable totals = totalsOnly(published, false);
    BlockRanking ranking = BlockRanking.of(totals);

    assertThat(totals.isWhole(Measure.total())).isTrue();
    assertThat(totals.isWhole(Measure.of(ENTRY))).isFalse();
    for (Scorecard card : published.scorecards()) {
      assertThat(ranking.standing(totals.get(card.unit().name()).unit(), Measure.total()).rank())
          .isEqualTo(card.publishedRank().getAsInt());
    }
    assertThat(ranking.medianScore(Measure.total()))
        .isEqualByComparingTo(Medians.score(published.scores(Measure.total()).values()));
    assertThat(ranking.findLeaderScore(Measure.total()))
        .contains(new BigDecimal("70.00139617919922"));
    Unit daNang = totals.get("Đà Nẵng").unit();
    assertThatExceptionOfType(InsufficientDataException.class)
        .isThrownBy(() -> ranking.standing(daNang, Measure.of(ENTRY)))
        .withMessage(
            "block PCI, year 2016: the rank of ENTRY of 'Đà Nẵng' was not published, and computing"
                + " it needs every unit's score of ENTRY: 63 of 63 units have none published");
    assertThatExceptionOfType(InsufficientDataException.class)
        .isThrownBy(() -> ranking.medianScore(Measure.of(ENTRY)))
        .withMessageContaining("the median score of ENTRY needs every unit's score of ENTRY");
    assertThat(Consistency.of(totalsOnly(published, true)).isConsistent()).isTrue();
  }

  // ---------------------------------------------------------------- a top 10 of 63

  @Test
  void aTop10WithRanksOf63_givesStandingsOf63_andRefusesWhatNeedsTheOthers() throws IOException {
    ResultTable published = PciData.tables().get(2016);
    List<Scorecard> top10 = new ArrayList<>();
    published.scorecards().stream()
        .filter(c -> c.publishedRank().getAsInt() <= 10)
        .sorted(Comparator.comparingInt(c -> c.publishedRank().getAsInt()))
        .forEach(c -> top10.add(totalOnly(c, b -> b.publishedRank(c.publishedRank().getAsInt()))));
    ResultTable table = ResultTable.of(published.block(), published.year(), 63, top10);
    BlockRanking ranking = BlockRanking.of(table);

    assertThat(table).hasToString("ResultTable[PCI 2016, 10 of 63 units]");
    assertThat(table.isComplete()).isFalse();
    for (Scorecard card : table.scorecards()) {
      assertThat(ranking.standing(card.unit(), Measure.total()).format())
          .isEqualTo(String.format("%02d/63", card.publishedRank().getAsInt()));
      assertThat(ranking.standing(card.unit(), Measure.total()).medianClass())
          .isEqualTo(MedianClass.ABOVE);
    }
    assertThat(ranking.findLeaderScore(Measure.total()))
        .contains(new BigDecimal("70.00139617919922"));
    assertThat(ranking.findMedianScore(Measure.total())).isEmpty();
    assertThatExceptionOfType(InsufficientDataException.class)
        .isThrownBy(() -> ranking.medianScore(Measure.total()))
        .withMessage(
            "block PCI, year 2016: the median score of TOTAL needs every unit's score of TOTAL:"
                + " the table lists 10 of 63 units, or a published median");
    assertThatExceptionOfType(InsufficientDataException.class)
        .isThrownBy(() -> ranking.ranking(Measure.total()))
        .withMessageContaining(
            "block ranks of TOTAL need every unit's score of TOTAL: the table lists 10 of 63");

    Ranking<Unit> listed = ranking.rankingAmongListed(Measure.total());
    assertThat(listed.isPartial()).isTrue();
    assertThat(listed)
        .hasToString(
            "Ranking[ORDINAL, 10 of 63 units (partial: positions among the listed, not block"
                + " ranks)]");
    assertThat(listed.position(table.get("Đà Nẵng").unit())).isEqualTo(1);
    assertThatExceptionOfType(InsufficientDataException.class)
        .isThrownBy(() -> listed.standing(table.get("Đà Nẵng").unit()))
        .withMessageContaining("this ranking holds 10 of 63 units");
    assertThat(Consistency.of(table).isConsistent()).isTrue();
  }

  // ---------------------------------------------------------------- sub-indices withheld

  @Test
  void subIndicesWithheldForOneProvince_itsTotalStands_componentRanksNeedEveryProvince()
      throws IOException {
    Map<Integer, ResultTable> t = PciData.tables();
    ResultTable published = t.get(2016);
    List<Scorecard> cards = new ArrayList<>();
    for (Scorecard c : published.scorecards()) {
      boolean hcm = c.unit().name().equals("Tp.HCM");
      cards.add(hcm ? totalOnly(c, b -> b.publishedRank(c.publishedRank().getAsInt())) : c);
    }
    ResultTable table = ResultTable.of(published.block(), published.year(), cards);
    YearOverYear yoy = YearOverYear.of(table, t.get(2015), BAC_KAN);

    Unit hcm = table.get("Tp.HCM").unit();
    assertThat(table.get("Tp.HCM").missingComponents()).hasSize(10);
    assertThat(yoy.thisYear().standing(hcm, Measure.total()).format()).isEqualTo("08/63");
    assertThat(yoy.changes(Measure.of(ENTRY))).hasSize(62).doesNotContainKey(hcm);
    assertThat(yoy.changes(Measure.total())).hasSize(63);
    UnitAssessment daNang = yoy.assess("Đà Nẵng");
    assertThat(daNang.total().standing().format()).isEqualTo("01/63");
    assertThat(daNang.components()).isEmpty();
    assertThat(daNang.missingComponents()).hasSize(10);
    assertThat(yoy.unavailable())
        .anySatisfy(
            u -> {
              assertThat(u.figures()).containsExactly(Figure.CHANGE);
              assertThat(u.units()).containsExactly(hcm);
              assertThat(u.reason()).isEqualTo("no score of ENTRY was published in 2016");
            });
    assertThatExceptionOfType(InsufficientDataException.class)
        .isThrownBy(() -> yoy.improvementRanking(Measure.of(ENTRY)))
        .withMessageContaining("the 2016 table lacks scores of ENTRY");
  }

  // ---------------------------------------------------------------- 2015 whole, 2016 totals only

  @Test
  void wholeYearAgainstATotalsOnlyYear_givesEveryTotalFigure_andNamesTheComponentGaps()
      throws IOException {
    Map<Integer, ResultTable> t = PciData.tables();
    ResultTable y2016 = totalsOnly(t.get(2016), true);
    YearOverYear yoy = YearOverYear.of(y2016, t.get(2015), BAC_KAN);
    YearOverYear whole = YearOverYear.of(t.get(2016), t.get(2015), BAC_KAN);

    assertThat(yoy.changes(Measure.total())).hasSize(63);
    for (Unit unit : y2016.units()) {
      Unit same = t.get(2016).get(unit.name()).unit();
      assertThat(yoy.changes(Measure.total()).get(unit))
          .isEqualTo(whole.changes(Measure.total()).get(same));
      assertThat(yoy.rankChanges(Measure.total()).get(unit))
          .isEqualTo(whole.rankChanges(Measure.total()).get(same));
      assertThat(yoy.improvementRanking(Measure.total()).standing(unit).rank())
          .isEqualTo(whole.improvementRanking(Measure.total()).standing(same).rank());
    }
    assertThat(yoy.changes(Measure.of(ENTRY))).isEmpty();
    assertThat(yoy.unavailable())
        .anySatisfy(
            u -> {
              assertThat(u.figures()).containsExactly(Figure.CHANGE);
              assertThat(u.measures()).containsExactly(Measure.of(ENTRY));
              assertThat(u.units()).hasSize(63);
              assertThat(u.reason()).isEqualTo("no score of ENTRY was published in 2016");
            })
        .anySatisfy(
            u -> {
              assertThat(u.figures()).containsExactly(Figure.RANK_CHANGE);
              assertThat(u.reason())
                  .isEqualTo(
                      "the rank of ENTRY in 2016 was not published, and the table is not whole for"
                          + " it");
            })
        .anySatisfy(
            u -> {
              assertThat(u.figures()).containsExactly(Figure.IMPROVEMENT_RANK);
              assertThat(u.reason())
                  .isEqualTo(
                      "improvement ranks need every unit's change: the 2016 table lacks scores of"
                          + " ENTRY");
            });

    UnitAssessment hue = yoy.assess("TT.Huế");
    assertThat(hue.total().standing().format()).isEqualTo("23/63");
    assertThat(hue.total().lastStanding().orElseThrow().format()).isEqualTo("29/63");
    assertThat(hue.total().improvement().rankChange()).hasValue(6);
    assertThat(hue.missingComponents()).hasSize(10);
    assertThat(hue.toString())
        .isEqualTo(
            "UnitAssessment[TT.Huế 2016 vs 2015: total 23/63, 0/10 above the median, 10 not"
                + " assessed]");
  }

  @Test
  void figuresArePrintedAtThePublishedPrecision_andKeepEveryDigit() throws IOException {
    Map<Integer, ResultTable> t = PciData.tables();
    MeasureAssessment daNang =
        YearOverYear.of(t.get(2016), t.get(2015), BAC_KAN).assess("Đà Nẵng").total();

    assertThat(daNang.improvement().change()).contains(new BigDecimal("1.66618347167969"));
    assertThat(daNang.toString())
        .isEqualTo(
            "MeasureAssessment[TOTAL 01/63, 70.00, ABOVE, Improvement[change +1.67, rank 0,"
                + " improvement 09/63]]");
  }

  @Test
  void aUnitNotFoundAcrossYears_suggestsTheNearestNameAndTheAlias() throws IOException {
    Map<Integer, ResultTable> t = PciData.tables();
    YearOverYear yoy = YearOverYear.of(t.get(2016), t.get(2015));

    assertThat(yoy.unavailable())
        .anySatisfy(
            u -> {
              assertThat(u.units()).extracting(Unit::name).containsExactly("Bắc Cạn");
              assertThat(u.reason())
                  .isEqualTo(
                      "not in the 2015 table; nearest: 'Bắc Kạn' — if it is the same unit, add an"
                          + " alias (NameMatcher.builder().alias(\"Bắc Kạn\", \"Bắc Cạn\"))");
            });
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> t.get(2015).get("Bắc Cạn")))
        .hasMessage(
            "block PCI, year 2015: no unit 'Bắc Cạn'; nearest: 'Bắc Kạn' — if it is the same unit,"
                + " add an alias (NameMatcher.builder().alias(\"Bắc Kạn\", \"Bắc Cạn\"))");
    assertThat(Year.of(2016)).isEqualTo(t.get(2016).year());
  }
}
