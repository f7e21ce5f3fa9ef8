package vn.ddci.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ddci.assessment.SeedFigures.F;

import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;
import vn.ddci.framework.Component;
import vn.ddci.ranking.MedianClass;
import vn.ddci.ranking.Medians;
import vn.ddci.result.Score;

/** Every figure of the seed plan's section II (DOMAIN.md's seed table), from its own figures. */
class SeedAssessmentTest {
  private final UnitAssessment seed = UnitAssessment.of(SeedFigures.standing2023());

  @Test
  void total_80_45_rank15of25_gap7_32_lastYear74_63_improvementRank10() {
    MeasureAssessment total = seed.total();

    assertThat(total.score()).contains(Score.parse("80.45"));
    assertThat(total.standing().format()).isEqualTo("15/25");
    assertThat(total.gapToLeader()).hasValueSatisfying(g -> assertThat(g).isEqualTo("7.32"));
    assertThat(total.lastScore().orElseThrow().value()).isEqualTo(new BigDecimal("74.63"));
    assertThat(total.improvement().change()).contains(new BigDecimal("5.82"));
    assertThat(total.improvement().improvementRank().orElseThrow().format()).isEqualTo("10/25");
    assertThat(seed.year()).isEqualTo(Year.of(2023));
    assertThat(seed.lastYear()).isEqualTo(Year.of(2022));
  }

  @Test
  void medianRankOf25_is13_andTheTotalIsBelowIt_andBelowTheMedianScore() {
    assertThat(Medians.rank(25)).isEqualByComparingTo("13");
    assertThat(seed.total().medianClass()).isEqualTo(MedianClass.BELOW);
    assertThat(seed.total().gapToMedian()).hasValueSatisfying(g -> assertThat(g).isEqualTo("0.89"));
  }

  @Test
  void fourComponentsAboveAndFourBelowTheMedian() {
    assertThat(seed.strengths())
        .containsExactly(
            F.component("TIME_COST"),
            F.component("EQUAL_COMPETITION"),
            F.component("LEGAL_INSTITUTIONS"),
            F.component("LEADERSHIP"));
    assertThat(seed.weaknesses())
        .containsExactly(
            F.component("TRANSPARENCY"),
            F.component("INFORMAL_CHARGES"),
            F.component("BUSINESS_SUPPORT"),
            F.component("DYNAMISM"));
    assertThat(seed.components().values())
        .noneMatch(a -> a.medianClass() == MedianClass.AT);
  }

  @Test
  void rankChanges_plus23_plus2_plus7_minus15_0_0() {
    assertThat(rankChange("EQUAL_COMPETITION")).isEqualTo(23);
    assertThat(rankChange("LEADERSHIP")).isEqualTo(2);
    assertThat(rankChange("LEGAL_INSTITUTIONS")).isEqualTo(7);
    assertThat(rankChange("TRANSPARENCY")).isEqualTo(-15);
    assertThat(rankChange("INFORMAL_CHARGES")).isZero();
    assertThat(rankChange("DYNAMISM")).isZero();
    assertThat(seed.component("TIME_COST").improvement().rankChange()).isEmpty();
    assertThat(seed.component("BUSINESS_SUPPORT").improvement().rankChange()).isEmpty();
  }

  @Test
  void scoreChanges_andImprovementRanks_asPublished() {
    assertThat(change("TIME_COST")).isEqualTo("-1.29");
    assertThat(change("EQUAL_COMPETITION")).isEqualTo("5.20");
    assertThat(change("LEGAL_INSTITUTIONS")).isEqualTo("1.48");
    assertThat(change("TRANSPARENCY")).isEqualTo("-1.92");
    assertThat(change("INFORMAL_CHARGES")).isEqualTo("-1.18");
    assertThat(change("BUSINESS_SUPPORT")).isEqualTo("1.15");
    assertThat(change("DYNAMISM")).isEqualTo("0.86");
    assertThat(seed.component("LEADERSHIP").improvement().change()).isEmpty();
    assertThat(seed.component("TIME_COST").improvement().improvementRank().orElseThrow().format())
        .isEqualTo("18/25");
    assertThat(
            seed.component("BUSINESS_SUPPORT").improvement().improvementRank().orElseThrow().format())
        .isEqualTo("13/25");
  }

  @Test
  void tiedFirstPlaces_scoreTheMaximum_withNoGapToTheLeader() {
    for (String code : new String[] {"EQUAL_COMPETITION", "LEADERSHIP"}) {
      MeasureAssessment a = seed.component(code);
      assertThat(a.standing().toString()).isEqualTo("Standing[01/25, tied ×3]");
      assertThat(a.score()).contains(Score.of(F.componentMax()));
      assertThat(a.gapToLeader()).hasValueSatisfying(g -> assertThat(g).isZero());
    }
    // "tăng 23 bậc": from 24 to 1; last year's score 10 − 5.20 = 4.80
    assertThat(seed.component("EQUAL_COMPETITION").lastScore()).contains(Score.parse("4.80"));
  }

  @Test
  void trends_followTheSignOfTheScoreChange() {
    assertThat(seed.component("TRANSPARENCY").improvement().trend()).contains(Trend.DECLINED);
    assertThat(seed.component("DYNAMISM").improvement().trend()).contains(Trend.IMPROVED);
    assertThat(seed.component("LEADERSHIP").improvement().trend()).isEmpty();
  }

  @Test
  void priorities_areTheComponentsBelowTheMedianOrDeclined() {
    // below the median: the four weaknesses; declined though above: Chi phí thời gian (−1.29)
    assertThat(seed.priorities())
        .containsExactly(
            F.component("TRANSPARENCY"),
            F.component("TIME_COST"),
            F.component("INFORMAL_CHARGES"),
            F.component("BUSINESS_SUPPORT"),
            F.component("DYNAMISM"));
  }

  @Test
  void toString_isShortAndReadable() {
    assertThat(seed.toString())
        .isEqualTo("UnitAssessment[Sở Ngoại vụ 2023 vs 2022: total 15/25, 4/8 above the median]");
    assertThat(seed.component("TRANSPARENCY").toString())
        .isEqualTo(
            "MeasureAssessment[TRANSPARENCY 17/25, BELOW, Improvement[change -1.92, rank -15]]");
  }

  private int rankChange(String code) {
    return seed.component(code).improvement().rankChange().orElseThrow();
  }

  private BigDecimal change(String code) {
    Component c = F.component(code);
    return seed.component(c).improvement().change().orElseThrow();
  }
}
