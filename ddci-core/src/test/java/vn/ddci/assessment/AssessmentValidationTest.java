package vn.ddci.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.InsufficientDataException;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.framework.RankingRule;
import vn.ddci.name.NameMatcher;
import vn.ddci.ranking.Standing;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/** Assessments and year-over-year comparisons reject what does not fit, naming it. */
class AssessmentValidationTest {
  private static final Framework DEPARTMENTS = Frameworks.LANG_SON_DEPARTMENTS;
  private static final Component TRANSPARENCY = DEPARTMENTS.component("TRANSPARENCY");
  private static final Component DYNAMISM = DEPARTMENTS.component("DYNAMISM");
  private static final Unit NGOAI_VU = Unit.of("Sở Ngoại vụ", Frameworks.LANG_SON_DEPARTMENT_BLOCK);
  private static final Unit TU_PHAP = Unit.of("Sở Tư pháp", Frameworks.LANG_SON_DEPARTMENT_BLOCK);

  private static MeasureAssessment assessed(Measure measure) {
    return MeasureAssessment.builder().measure(measure).standing(Standing.of(10, 25)).build();
  }

  /** Sở Ngoại vụ 2023 against 2022, every component assessed except {@code missing}. */
  private static UnitAssessment.Builder assessment(Component missing) {
    UnitAssessment.Builder a =
        UnitAssessment.builder()
            .unit(NGOAI_VU)
            .year(Year.of(2023))
            .lastYear(Year.of(2022))
            .total(assessed(Measure.total()));
    for (Component c : DEPARTMENTS.components()) {
      if (!c.equals(missing)) {
        a.putComponents(c, assessed(Measure.of(c)));
      }
    }
    return a;
  }

  private static Scorecard card(Unit unit, int year, String score) {
    Scorecard.Builder card = Scorecard.builder().unit(unit).year(year);
    for (Component c : unit.block().framework().components()) {
      card.score(c, score);
    }
    // Lạng Sơn's weights are an assumption: its totals are given, never computed
    return card.givenTotal(new BigDecimal(score).multiply(BigDecimal.TEN).toPlainString()).build();
  }

  private static ResultTable table(int year, Unit... units) {
    List<Scorecard> cards = new ArrayList<>();
    for (int i = 0; i < units.length; i++) {
      cards.add(card(units[i], year, String.valueOf(8 - i)));
    }
    return ResultTable.of(units[0].block(), Year.of(year), cards);
  }

  // ---------------------------------------------------------------- unit assessments

  @Test
  void completeAssessment_isAccepted() {
    UnitAssessment a = assessment(null).build();

    assertThat(a.components().keySet()).containsExactlyElementsOf(DEPARTMENTS.components());
  }

  @Test
  void lastYearNotBeforeThisYear_isRejectedNamingUnitAndBothYears() {
    UnitAssessment.Builder a = assessment(null).lastYear(Year.of(2023));

    assertThatIllegalArgumentException()
        .isThrownBy(a::build)
        .withMessageContainingAll("Sở Ngoại vụ", "year 2023", "last year 2023");
  }

  @Test
  void totalAssessedOnAComponent_isRejectedNamingUnitYearAndMeasure() {
    UnitAssessment.Builder a = assessment(null).total(assessed(Measure.of(TRANSPARENCY)));

    assertThatIllegalArgumentException()
        .isThrownBy(a::build)
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "TRANSPARENCY");
  }

  @Test
  void missingComponentAssessment_isAcceptedAsNotAssessed_andAskingForItNamesIt() {
    UnitAssessment a = assessment(DYNAMISM).build();

    assertThat(a.missingComponents()).containsExactly(DYNAMISM);
    assertThat(a.components()).hasSize(7);
    assertThat(a.toString()).endsWith("/8 above the median, 1 not assessed]");
    assertThatExceptionOfType(InsufficientDataException.class)
        .isThrownBy(() -> a.component(DYNAMISM))
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "DYNAMISM", "not assessed");
  }

  @Test
  void assessmentFiledUnderAnotherComponent_isRejectedNamingBoth() {
    UnitAssessment.Builder a =
        assessment(DYNAMISM).putComponents(DYNAMISM, assessed(Measure.of(TRANSPARENCY)));

    assertThatIllegalArgumentException()
        .isThrownBy(a::build)
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "DYNAMISM", "TRANSPARENCY");
  }

  @Test
  void assessmentOfAForeignComponent_isRejectedNamingUnitYearAndFramework() {
    Component entry = Frameworks.PCI.component("ENTRY");
    UnitAssessment.Builder a = assessment(null).putComponents(entry, assessed(Measure.of(entry)));

    assertThatIllegalArgumentException()
        .isThrownBy(a::build)
        .withMessageContainingAll("Sở Ngoại vụ", "2023", "ENTRY", "DDCI Lạng Sơn");
  }

  @Test
  void componentOutsideTheFramework_isRejectedNamingUnitAndComponent() {
    UnitAssessment a = assessment(null).build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> a.component(Frameworks.PCI.component("ENTRY")))
        .withMessageContainingAll("Sở Ngoại vụ", "ENTRY");
  }

  // ---------------------------------------------------------------- year over year

  @Test
  void tablesOfDifferentFrameworks_areRejectedNamingYearsAndFrameworks() {
    Unit caoLoc = Unit.of("UBND huyện Cao Lộc", Frameworks.LANG_SON_DISTRICT_BLOCK);
    ResultTable departments = table(2023, NGOAI_VU);
    ResultTable districts = table(2022, caoLoc);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> YearOverYear.of(departments, districts))
        .withMessageContainingAll(
            "2023", "2022", "khối sở, ban, ngành", "khối UBND huyện, thành phố");
  }

  @Test
  void lastYearsTableNotEarlier_isRejectedNamingBothYears() {
    ResultTable thisYear = table(2023, NGOAI_VU, TU_PHAP);
    ResultTable sameYear = table(2023, TU_PHAP, NGOAI_VU);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> YearOverYear.of(thisYear, sameYear))
        .withMessageContainingAll("(2023)", "earlier");
  }

  @Test
  void twoUnitsMatchingOneNameUnderAliases_areRejectedNamingBothBlockAndYear() {
    ResultTable thisYear = table(2023, NGOAI_VU, TU_PHAP);
    ResultTable lastYear = table(2022, NGOAI_VU);
    NameMatcher matcher = NameMatcher.builder().alias("Sở Ngoại vụ", "Sở Tư pháp").build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> YearOverYear.of(thisYear, lastYear, RankingRule.LANG_SON, matcher))
        .withMessageContainingAll("SBN", "2023", "'Sở Ngoại vụ'", "'Sở Tư pháp'");
  }

  @Test
  void assessingAUnitMissingFromThisYear_isRejectedNamingUnitBlockAndYear() {
    YearOverYear yoy = YearOverYear.of(table(2023, NGOAI_VU, TU_PHAP), table(2022, NGOAI_VU));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> yoy.assess("Sở Y tế"))
        .withMessageContainingAll("SBN", "2023", "'Sở Y tế'");
  }

  @Test
  void improvementRankingWithoutAUnitInBothYears_isRejectedNamingBothYears() {
    YearOverYear yoy = YearOverYear.of(table(2023, NGOAI_VU), table(2022, TU_PHAP));

    assertThat(yoy.newUnits()).containsExactly(NGOAI_VU);
    assertThat(yoy.goneUnits()).containsExactly(TU_PHAP);
    assertThatExceptionOfType(InsufficientDataException.class)
        .isThrownBy(() -> yoy.improvementRanking(Measure.total()))
        .withMessageContainingAll("2023", "2022", "no unit is found in both tables");
  }

  @Test
  void measureAssessmentWithTheLeaderBelowTheScore_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                MeasureAssessment.builder()
                    .measure(Measure.total())
                    .standing(Standing.of(3, 25))
                    .score(vn.ddci.result.Score.parse("80"))
                    .leaderScore(vn.ddci.result.Score.parse("79"))
                    .build())
        .withMessageContainingAll("TOTAL", "79", "80");
  }

  @Test
  void componentsRankedOfAnotherBlockSizeThanTheTotal_areRejected() {
    UnitAssessment.Builder a = assessment(TRANSPARENCY);
    a.putComponents(
        TRANSPARENCY,
        MeasureAssessment.builder()
            .measure(Measure.of(TRANSPARENCY))
            .standing(Standing.of(3, 24))
            .build());

    assertThatIllegalArgumentException()
        .isThrownBy(a::build)
        .withMessageContainingAll("Sở Ngoại vụ", "TRANSPARENCY", "24", "25");
  }

  @Test
  void assessingAUnitOfPartialTablesWithAMisprint_givesWhatTheFiguresSupport_withoutALeader() {
    ResultTable y2021 =
        ResultTable.of(
            NGOAI_VU.block(),
            Year.of(2021),
            24,
            List.of(ranked(NGOAI_VU, 2021, "70", 1), ranked(TU_PHAP, 2021, "80", 2)));
    ResultTable y2020 =
        ResultTable.of(
            NGOAI_VU.block(),
            Year.of(2020),
            24,
            List.of(ranked(NGOAI_VU, 2020, "60", 5), ranked(TU_PHAP, 2020, "75", 3)));

    UnitAssessment tuPhap = UnitAssessment.of(y2021, y2020, "Sở Tư pháp");

    assertThat(tuPhap.total().standing().format()).isEqualTo("02/24");
    assertThat(tuPhap.total().leaderScore())
        .as("rank 1 is below a listed unit: no leader")
        .isEmpty();
    assertThat(tuPhap.total().improvement().rankChange()).hasValue(1);
    assertThat(tuPhap.total().improvement().change()).contains(new BigDecimal("5"));
    assertThat(tuPhap.total().improvement().improvementRank()).isEmpty();
    assertThat(tuPhap.missingComponents()).hasSize(8);
  }

  private static Scorecard ranked(Unit unit, int year, String total, int rank) {
    return Scorecard.builder().unit(unit).year(year).givenTotal(total).publishedRank(rank).build();
  }
}
