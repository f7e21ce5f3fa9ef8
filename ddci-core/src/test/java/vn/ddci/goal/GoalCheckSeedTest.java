package vn.ddci.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.assessment.SeedFigures;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.goal.GoalOutcome.Missing;
import vn.ddci.goal.GoalOutcome.Verdict;
import vn.ddci.result.PublishedFigures;
import vn.ddci.result.PublishedStanding;

/**
 * The seed's 2023 standing (Sở Ngoại vụ, 25 departments) as "this year", judged against goals that
 * are INVENTED for these tests: the seed states that its goals were met, not what they were. Every
 * margin below is computed by hand from the seed's figures.
 */
class GoalCheckSeedTest {
  private static final Framework F = Frameworks.LANG_SON_DEPARTMENTS;
  private static final Year Y2023 = Year.of(2023);
  private static final UnitAssessment SEED = UnitAssessment.of(SeedFigures.standing2023());

  private static Measure m(String code) {
    return Measure.of(F.component(code));
  }

  private static GoalOutcome check(Goal g) {
    return GoalCheck.check(g, SEED);
  }

  @Test
  void invented_totalScore64_isMetBy16_45() {
    GoalOutcome o = check(Goal.score(Measure.total(), Y2023, new BigDecimal("64.00")));
    assertThat(o.verdict()).isEqualTo(Verdict.MET);
    assertThat(o.scoreMargin()).contains(new BigDecimal("16.45")); // 80.45 − 64.00
    assertThat(o.score()).contains(new BigDecimal("80.45"));
    assertThat(o.rankMargin()).isEmpty();
    assertThat(o.reason()).isEmpty();
  }

  @Test
  void invented_totalRank10of25_isNotMet_fivePlacesBehind() {
    GoalOutcome o = check(Goal.rank(Measure.total(), Y2023, 10, 25));
    assertThat(o.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(o.rankMargin()).hasValue(-5); // 10 − 15
    assertThat(o.standing().orElseThrow().format()).isEqualTo("15/25");
    assertThat(o).hasToString("GoalOutcome[TOTAL 2023: rank 10/25, NOT_MET, 5 places behind]");
  }

  @Test
  void invented_componentAboveTheMedian_legalInstitutionsMet_dynamismNot() {
    GoalOutcome legal = check(Goal.aboveMedian(m("LEGAL_INSTITUTIONS"), Y2023));
    assertThat(legal.verdict()).isEqualTo(Verdict.MET);
    assertThat(legal.rankMargin()).hasValue(7); // last rank above the median of 25 is 12; 12 − 5
    GoalOutcome dynamism = check(Goal.aboveMedian(m("DYNAMISM"), Y2023));
    assertThat(dynamism.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(dynamism.rankMargin()).hasValue(-8); // 12 − 20
  }

  @Test
  void invented_outOfTheBottom() {
    // BUSINESS_SUPPORT is 25/25: out of the bottom 5 needs rank 20 or better
    GoalOutcome support = check(Goal.outOfBottom(m("BUSINESS_SUPPORT"), Y2023, 5));
    assertThat(support.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(support.rankMargin()).hasValue(-5);
    // INFORMAL_CHARGES is 23/25: in the bottom 3 (23, 24, 25), just out of the bottom 2
    GoalOutcome bottom3 = check(Goal.outOfBottom(m("INFORMAL_CHARGES"), Y2023, 3));
    assertThat(bottom3.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(bottom3.rankMargin()).hasValue(-1);
    GoalOutcome bottom2 = check(Goal.outOfBottom(m("INFORMAL_CHARGES"), Y2023, 2));
    assertThat(bottom2.verdict()).isEqualTo(Verdict.MET);
    assertThat(bottom2.rankMargin()).hasValue(0);
  }

  @Test
  void invented_gains() {
    GoalOutcome total = check(Goal.scoreGain(Measure.total(), Y2023, new BigDecimal("2.00")));
    assertThat(total.verdict()).isEqualTo(Verdict.MET);
    assertThat(total.scoreMargin()).contains(new BigDecimal("3.82")); // 5.82 − 2.00
    GoalOutcome timeCost = check(Goal.scoreGain(m("TIME_COST"), Y2023, new BigDecimal("0.50")));
    assertThat(timeCost.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(timeCost.scoreMargin()).contains(new BigDecimal("-1.79")); // −1.29 − 0.50
    GoalOutcome equal = check(Goal.rankGain(m("EQUAL_COMPETITION"), Y2023, 3));
    assertThat(equal.verdict()).isEqualTo(Verdict.MET);
    assertThat(equal.rankMargin()).hasValue(20); // 24 → 1 is up 23; 23 − 3
    GoalOutcome transparency = check(Goal.rankGain(m("TRANSPARENCY"), Y2023, 1));
    assertThat(transparency.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(transparency.rankMargin()).hasValue(-16); // 2 → 17 is down 15; −15 − 1
  }

  @Test
  void exactlyAtTheTarget_isMetWithMarginZero() {
    GoalOutcome score = check(Goal.score(Measure.total(), Y2023, new BigDecimal("80.45")));
    assertThat(score.verdict()).isEqualTo(Verdict.MET);
    assertThat(score.scoreMargin().orElseThrow()).isZero();
    GoalOutcome rank = check(Goal.rank(Measure.total(), Y2023, 15, 25));
    assertThat(rank.verdict()).isEqualTo(Verdict.MET);
    assertThat(rank.rankMargin()).hasValue(0);
    GoalOutcome gain = check(Goal.scoreGain(Measure.total(), Y2023, new BigDecimal("5.82")));
    assertThat(gain.isMet()).isTrue();
    assertThat(gain.scoreMargin().orElseThrow()).isZero();
  }

  @Test
  void aTieAtRank1_meetsRank1() {
    // EQUAL_COMPETITION: 01/25 shared with two others ("đồng vị trí bậc 1")
    GoalOutcome o = check(Goal.rank(m("EQUAL_COMPETITION"), Y2023, 1, 25));
    assertThat(o.verdict()).isEqualTo(Verdict.MET);
    assertThat(o.rankMargin()).hasValue(0);
  }

  @Test
  void atTheMedian_isNotAbove() {
    UnitAssessment a =
        UnitAssessment.of(
            SeedFigures.builder2023("DYNAMISM")
                .putComponents(F.component("DYNAMISM"), PublishedFigures.ofRank(13))
                .build());
    GoalOutcome o = GoalCheck.check(Goal.aboveMedian(m("DYNAMISM"), Y2023), a);
    assertThat(o.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(o.rankMargin()).hasValue(-1);
  }

  @Test
  void evenBlock_rank12of24IsAbove_rank13IsNot() {
    for (int[] rankMarginMet : new int[][] {{12, 0, 1}, {13, -1, 0}}) {
      PublishedStanding s =
          PublishedStanding.builder()
              .unit(SeedFigures.SO_NGOAI_VU)
              .year(2023)
              .blockSize(24)
              .total(PublishedFigures.ofRank(rankMarginMet[0]))
              .build();
      GoalOutcome o = GoalCheck.check(Goal.aboveMedian(Measure.total(), Y2023), s);
      assertThat(o.rankMargin()).hasValue(rankMarginMet[1]);
      assertThat(o.isMet()).isEqualTo(rankMarginMet[2] == 1);
    }
  }

  @Test
  void singleUnitBlock_rank1IsAtTheMedian_notAbove() {
    PublishedStanding s =
        PublishedStanding.builder()
            .unit(SeedFigures.SO_NGOAI_VU)
            .year(2023)
            .blockSize(1)
            .total(PublishedFigures.ofRank(1))
            .build();
    GoalOutcome o = GoalCheck.check(Goal.aboveMedian(Measure.total(), Y2023), s);
    assertThat(o.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(o.rankMargin()).hasValue(-1);
    assertThat(GoalCheck.check(Goal.rank(Measure.total(), Y2023, 1, 1), s).isMet()).isTrue();
  }

  @Test
  void whatTheSeedDoesNotPublish_cannotBeJudged() {
    GoalOutcome score = check(Goal.score(m("TIME_COST"), Y2023, new BigDecimal("8")));
    assertThat(score.verdict()).isEqualTo(Verdict.NOT_JUDGED);
    assertThat(score.missing()).contains(Missing.SCORE);
    assertThat(score.reason())
        .contains("'Sở Ngoại vụ', TIME_COST, 2023: the score was not published");
    assertThat(score.scoreMargin()).isEmpty();
    assertThat(score.isJudged()).isFalse();

    GoalOutcome rankGain = check(Goal.rankGain(m("BUSINESS_SUPPORT"), Y2023, 2));
    assertThat(rankGain.missing()).contains(Missing.LAST_YEAR_RANK);
    assertThat(rankGain.reason().orElseThrow()).contains("last year's rank is missing");

    GoalOutcome scoreGain = check(Goal.scoreGain(m("LEADERSHIP"), Y2023, BigDecimal.ONE));
    assertThat(scoreGain.missing()).contains(Missing.LAST_YEAR_SCORE);
    assertThat(scoreGain.reason().orElseThrow())
        .isEqualTo(
            "'Sở Ngoại vụ', LEADERSHIP, 2023: the change since 2022 is not known: it was not"
                + " published, and last year's score is missing");
  }

  @Test
  void aComponentNotPublished_cannotBeJudged() {
    UnitAssessment a = UnitAssessment.of(SeedFigures.builder2023("DYNAMISM").build());
    GoalOutcome o = GoalCheck.check(Goal.aboveMedian(m("DYNAMISM"), Y2023), a);
    assertThat(o.verdict()).isEqualTo(Verdict.NOT_JUDGED);
    assertThat(o.missing()).contains(Missing.RANK);
    assertThat(o.reason().orElseThrow()).contains("DYNAMISM, 2023: not assessed");
  }

  @Test
  void firstYear_gainsCannotBeJudged_levelsCan() {
    PublishedStanding first =
        PublishedStanding.builder()
            .unit(SeedFigures.SO_NGOAI_VU)
            .year(2023)
            .blockSize(25)
            .total(PublishedFigures.builder().rank(15).score("80.45").build())
            .build();
    List<GoalOutcome> outcomes =
        GoalCheck.checkAll(
            List.of(
                Goal.scoreGain(Measure.total(), Y2023, BigDecimal.ONE),
                Goal.rankGain(Measure.total(), Y2023, 1),
                Goal.score(Measure.total(), Y2023, new BigDecimal("80"))),
            first);
    assertThat(outcomes)
        .extracting(GoalOutcome::verdict)
        .containsExactly(Verdict.NOT_JUDGED, Verdict.NOT_JUDGED, Verdict.MET);
    assertThat(outcomes)
        .extracting(o -> o.missing().orElse(null))
        .containsExactly(Missing.LAST_YEAR_SCORE, Missing.LAST_YEAR_RANK, null);
  }

  @Test
  void aGoalOfAnotherYearOrFramework_isRefused() {
    assertThatThrownBy(() -> check(Goal.rank(Measure.total(), Year.of(2024), 10, 25)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessage(
            "Goal[TOTAL 2024: rank 10/25]: the results of 'Sở Ngoại vụ' are of 2023, not of the"
                + " goal's year");
    Measure land = Measure.of(Frameworks.LANG_SON_DISTRICTS.component("LAND_ACCESS"));
    assertThatThrownBy(() -> check(Goal.aboveMedian(land, Y2023)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("no component LAND_ACCESS in framework");
  }

  @Test
  void checkAll_keepsTheGoalsOrder_andEqualsOneByOne() {
    List<Goal> goals =
        List.of(
            Goal.rank(Measure.total(), Y2023, 10, 25),
            Goal.score(Measure.total(), Y2023, new BigDecimal("64.00")),
            Goal.aboveMedian(m("TRANSPARENCY"), Y2023));
    List<GoalOutcome> all = GoalCheck.checkAll(goals, SeedFigures.standing2023());
    assertThat(all).extracting(GoalOutcome::goal).containsExactlyElementsOf(goals);
    assertThat(all).containsExactly(check(goals.get(0)), check(goals.get(1)), check(goals.get(2)));
  }
}
