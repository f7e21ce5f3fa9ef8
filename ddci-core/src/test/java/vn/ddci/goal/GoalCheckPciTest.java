package vn.ddci.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.PciData;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.goal.GoalOutcome.Missing;
import vn.ddci.goal.GoalOutcome.Verdict;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;

/**
 * Goals judged on the real PCI 2016 results against 2015 (shared data; skipped without it). The
 * goals are invented; the expected ranks and changes come from the published CSV: Hà Nội 24 → 14
 * (59.00027847290039 → 60.74099349975586), Lạng Sơn 57 → 55, Đà Nẵng 1 → 1; Lạng Sơn's proactivity
 * ranks 63 → 35 of 63 (computed from the scores under PCI's ordinal rule).
 */
class GoalCheckPciTest {
  private static final Year Y2016 = Year.of(2016);
  private static final Measure TOTAL = Measure.total();
  private static final Measure PROACTIVITY = Measure.of(Frameworks.PCI.component("PROACTIVITY"));
  private static ResultTable t2015;
  private static ResultTable t2016;

  @BeforeAll
  static void read() throws IOException {
    Map<Integer, ResultTable> tables = PciData.tables();
    t2015 = tables.get(2015);
    t2016 = tables.get(2016);
  }

  private static GoalOutcome check(Goal g, String province) {
    return GoalCheck.check(g, t2016, t2015, province);
  }

  @Test
  void aGain_isCountedFromTheYearBefore_notFromAnEarlierTable() throws IOException {
    ResultTable t2014 = PciData.tables().get(2014);
    Goal gain = Goal.rankGain(TOTAL, Y2016, 1);

    assertThatThrownBy(() -> GoalCheck.check(gain, t2016, t2014, "Hà Nội"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("2014")
        .hasMessageContaining("2015");
    // an assessment against 2014 judges levels, not gains
    UnitAssessment overTwoYears = UnitAssessment.of(t2016, t2014, "Hà Nội");
    GoalOutcome outcome = GoalCheck.check(gain, overTwoYears);
    assertThat(outcome.verdict()).isEqualTo(Verdict.NOT_JUDGED);
    assertThat(outcome.reason()).get().asString().contains("compares with 2014, not with 2015");
    assertThat(GoalCheck.check(Goal.rank(TOTAL, Y2016, 15, 63), overTwoYears).verdict())
        .isEqualTo(Verdict.MET);
  }

  @Test
  void haNoi_rankAndGains() {
    GoalOutcome rank = check(Goal.rank(TOTAL, Y2016, 15, 63), "Hà Nội");
    assertThat(rank.verdict()).isEqualTo(Verdict.MET);
    assertThat(rank.rankMargin()).hasValue(1); // 15 − 14
    GoalOutcome places = check(Goal.rankGain(TOTAL, Y2016, 10), "Hà Nội");
    assertThat(places.verdict()).isEqualTo(Verdict.MET);
    assertThat(places.rankMargin()).hasValue(0); // 24 → 14 is up 10, exactly the goal
    GoalOutcome points = check(Goal.scoreGain(TOTAL, Y2016, new BigDecimal("2")), "Hà Nội");
    assertThat(points.verdict()).isEqualTo(Verdict.NOT_MET);
    // 60.74099349975586 − 59.00027847290039 = 1.74071502685547, minus 2
    assertThat(points.scoreMargin()).contains(new BigDecimal("-0.25928497314453"));
  }

  @Test
  void langSon_outOfTheBottom_andAboveTheMedian() {
    GoalOutcome bottom = check(Goal.outOfBottom(TOTAL, Y2016, 10), "Lạng Sơn");
    assertThat(bottom.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(bottom.rankMargin()).hasValue(-2); // needs 53 or better, ranks 55
    GoalOutcome rank = check(Goal.rank(TOTAL, Y2016, 55, 63), "Lạng Sơn");
    assertThat(rank.verdict()).isEqualTo(Verdict.MET);
    assertThat(rank.rankMargin()).hasValue(0);
    GoalOutcome median = check(Goal.aboveMedian(PROACTIVITY, Y2016), "Lạng Sơn");
    assertThat(median.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(median.rankMargin()).hasValue(-4); // last rank above the median of 63 is 31; 35th
    GoalOutcome gain = check(Goal.rankGain(PROACTIVITY, Y2016, 20), "Lạng Sơn");
    assertThat(gain.verdict()).isEqualTo(Verdict.MET);
    assertThat(gain.rankMargin()).hasValue(8); // 63 → 35 is up 28
  }

  @Test
  void daNang_leaderStaysFirst_soARankGainIsNotMet() {
    GoalOutcome gain = check(Goal.rankGain(TOTAL, Y2016, 1), "Đà Nẵng");
    assertThat(gain.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(gain.rankMargin()).hasValue(-1);
    GoalOutcome median = check(Goal.aboveMedian(TOTAL, Y2016), "Da Nang");
    assertThat(median.rankMargin()).hasValue(30); // 31 − 1
  }

  @Test
  void thisYearsTableAlone_judgesLevels_notGains() {
    GoalOutcome rank = GoalCheck.check(Goal.rank(TOTAL, Y2016, 15, 63), t2016, "Hà Nội");
    assertThat(rank.verdict()).isEqualTo(Verdict.MET);
    assertThat(rank.rankMargin()).hasValue(1);
    assertThat(rank.rankChange()).isEmpty(); // no 2015 table given
    GoalOutcome gain = GoalCheck.check(Goal.rankGain(TOTAL, Y2016, 1), t2016, "Hà Nội");
    assertThat(gain.verdict()).isEqualTo(Verdict.NOT_JUDGED);
    assertThat(gain.missing()).contains(Missing.LAST_YEAR_RANK);
    assertThat(gain.reason())
        .contains("'Hà Nội', TOTAL, 2016: no results of an earlier year were given");
  }

  @Test
  void aPartialTable_publishedRanksJudgeTheTotal_notTheComponents() {
    List<Scorecard> six =
        t2016.scorecards().stream()
            .filter(c -> List.of("Đà Nẵng", "Hà Nội", "Lạng Sơn").contains(c.unit().name()))
            .collect(Collectors.toList());
    ResultTable partial =
        ResultTable.builder()
            .block(Frameworks.PCI_PROVINCES)
            .year(Y2016)
            .blockSize(63)
            .addAllScorecards(six)
            .build();
    GoalOutcome rank = GoalCheck.check(Goal.rank(TOTAL, Y2016, 15, 63), partial, "Hà Nội");
    assertThat(rank.verdict()).isEqualTo(Verdict.MET);
    assertThat(rank.rankMargin()).hasValue(1);
    GoalOutcome component =
        GoalCheck.check(Goal.aboveMedian(PROACTIVITY, Y2016), partial, "Hà Nội");
    assertThat(component.verdict()).isEqualTo(Verdict.NOT_JUDGED);
    assertThat(component.missing()).contains(Missing.RANK);
    assertThat(component.reason().orElseThrow())
        .startsWith("'Hà Nội', PROACTIVITY, 2016: ")
        .contains("was not published");
    GoalOutcome score =
        GoalCheck.check(Goal.score(PROACTIVITY, Y2016, new BigDecimal("3.8")), partial, "Hà Nội");
    assertThat(score.verdict()).isEqualTo(Verdict.MET); // 3.8414556980133057: the score is there
  }

  @Test
  void everyProvince_rankGoalIsMetExactlyWhenRankedAtOrAboveIt() {
    for (Scorecard c : t2016.scorecards()) {
      int published = c.publishedRank().getAsInt();
      for (int k : new int[] {published - 1, published, published + 1}) {
        if (k < 1 || k > 63) {
          continue;
        }
        GoalOutcome o = GoalCheck.check(Goal.rank(TOTAL, Y2016, k, 63), t2016, c.unit().name());
        assertThat(o.isMet()).as(c.unit().name() + " k=" + k).isEqualTo(published <= k);
        assertThat(o.rankMargin()).hasValue(k - published);
      }
    }
  }
}
