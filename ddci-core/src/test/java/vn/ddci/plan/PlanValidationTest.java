package vn.ddci.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threeten.extra.YearQuarter;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Frameworks;
import vn.ddci.result.PublishedFigures;
import vn.ddci.result.PublishedStanding;
import vn.ddci.result.Unit;

/**
 * A plan and its parts reject what does not fit, with a message naming what is wrong and where
 * (plan, unit and year, task number, component, value); and what a valid plan means by default.
 */
class PlanValidationTest {
  private static final Framework F = Frameworks.LANG_SON_DEPARTMENTS;
  private static final Component TRANSPARENCY = F.component("TRANSPARENCY");
  private static final Component TIME_COST = F.component("TIME_COST");
  private static final Unit NGOAI_VU = Unit.of("Sở Ngoại vụ", Frameworks.LANG_SON_DEPARTMENT_BLOCK);
  private static final Unit TU_PHAP = Unit.of("Sở Tư pháp", Frameworks.LANG_SON_DEPARTMENT_BLOCK);
  private static final String PLAN_2024 = "plan of 'Sở Ngoại vụ' for 2024";

  private static final Division VP = Division.of("Văn phòng Sở");
  private static final Division THANH_TRA = Division.of("Thanh tra Sở");
  private static final Division LS = Division.specialised("Phòng Lãnh sự - Hợp tác quốc tế");
  private static final Division TT =
      Division.specialised("Trung tâm Thông tin và Dịch vụ đối ngoại");
  private static final Division ALL = Division.allSpecialised();

  private static Task.Builder task(String number, Component component) {
    return Task.builder()
        .number(number)
        .title("Nhiệm vụ " + number)
        .addComponents(component)
        .lead(LS);
  }

  private static Plan.Builder plan(Task... tasks) {
    return Plan.builder()
        .issuingUnit(NGOAI_VU)
        .year(2024)
        .title("Cải thiện, nâng cao Chỉ số DDCI năm 2024")
        .legalBasis("Kế hoạch số 36/KH-UBND ngày 06/02/2024 của UBND tỉnh")
        .addTasks(tasks)
        .focalPoint(VP)
        .reportingRule(ReportingRule.quarterly(List.of(LS, TT), VP, 10))
        .signer(Signer.of("Giám đốc", "Nguyễn Văn A"));
  }

  private static UnitAssessment assessmentOf(Unit unit) {
    PublishedStanding.Builder s =
        PublishedStanding.builder()
            .unit(unit)
            .year(2023)
            .blockSize(25)
            .total(PublishedFigures.ofRank(15));
    for (Component c : F.components()) {
      s.putComponents(c, PublishedFigures.ofRank(10));
    }
    return UnitAssessment.of(s.build());
  }

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  // ---------------------------------------------------------------- plan: tasks

  @Test
  void duplicateTaskNumbers_areRejected_namingThePlanAndTheNumber() {
    Plan.Builder p = plan(task("1.1", TRANSPARENCY).build(), task("1.1", TIME_COST).build());

    assertThatIllegalArgumentException()
        .isThrownBy(p::build)
        .withMessage(PLAN_2024 + ": task number 1.1 is used twice");
  }

  @Test
  void taskWithNoComponent_isRejected_namingTheTask() {
    Task.Builder t = Task.builder().number("1.1").title("Nhiệm vụ").lead(LS);

    assertThatIllegalArgumentException()
        .isThrownBy(t::build)
        .withMessage("task 1.1 addresses no component");
  }

  @Test
  void taskListingAComponentTwice_isRejected_namingTheTaskAndComponent() {
    Task.Builder t = task("1.1", TRANSPARENCY).addComponents(TRANSPARENCY);

    assertThatIllegalArgumentException()
        .isThrownBy(t::build)
        .withMessageContainingAll("task 1.1", "lists a component twice", "TRANSPARENCY");
  }

  @Test
  void componentOutsideTheFramework_isRejected_namingPlanTaskComponentAndFramework() {
    Plan.Builder p =
        plan(
            task("1.1", TRANSPARENCY).build(),
            task("1.2", Frameworks.PCI.component("LABOR")).build());

    assertThatIllegalArgumentException()
        .isThrownBy(p::build)
        .withMessage(
            PLAN_2024
                + ", task 1.2: component LABOR (Đào tạo lao động) is not in framework"
                + " 'DDCI Lạng Sơn – khối sở, ban, ngành'");
  }

  @Test
  void pciComponentWithTheSameCodeAsALangSonOne_isStillOutsideTheFramework() {
    Component pciTransparency = Frameworks.PCI.component("TRANSPARENCY");
    Plan.Builder p = plan(task("1.1", pciTransparency).build());

    assertThatIllegalArgumentException()
        .isThrownBy(p::build)
        .withMessageContainingAll(
            PLAN_2024, "task 1.1", "component TRANSPARENCY", "not in framework 'DDCI Lạng Sơn");
  }

  @Test
  void taskStartingBeforeThePlan_isRejected_namingTaskDatesAndPeriod() {
    Plan.Builder p = plan(task("1.1", TRANSPARENCY).start(LocalDate.of(2023, 12, 1)).build());

    assertThatIllegalArgumentException()
        .isThrownBy(p::build)
        .withMessage(
            PLAN_2024
                + ", task 1.1: its dates 2023-12-01–2024-12-31 lie outside the plan's period"
                + " 2024-01-01–2024-12-31");
  }

  @Test
  void taskDueAfterThePlan_isRejected_namingTaskDatesAndPeriod() {
    Plan.Builder p = plan(task("1.1", TRANSPARENCY).due(LocalDate.of(2025, 1, 15)).build());

    assertThatIllegalArgumentException()
        .isThrownBy(p::build)
        .withMessage(
            PLAN_2024
                + ", task 1.1: its dates 2024-01-01–2025-01-15 lie outside the plan's period"
                + " 2024-01-01–2024-12-31");
  }

  @Test
  void taskDatesOutsideAMidYearPlan_areRejected() {
    Plan.Builder p =
        plan(task("1.1", TRANSPARENCY).start(LocalDate.of(2024, 6, 1)).build())
            .start(LocalDate.of(2024, 7, 1));

    assertThatIllegalArgumentException()
        .isThrownBy(p::build)
        .withMessage(
            PLAN_2024
                + ", task 1.1: its dates 2024-06-01–2024-12-31 lie outside the plan's period"
                + " 2024-07-01–2024-12-31");
  }

  @Test
  void taskDueBeforeThePlanStarts_withoutItsOwnStart_isRejected() {
    Plan.Builder p =
        plan(task("1.1", TRANSPARENCY).due(LocalDate.of(2024, 6, 30)).build())
            .start(LocalDate.of(2024, 7, 1));

    assertThatIllegalArgumentException()
        .isThrownBy(p::build)
        .withMessageContainingAll(PLAN_2024, "task 1.1", "2024-06-30", "2024-07-01–2024-12-31");
  }

  @Test
  void taskStartingAfterThePlanEnds_withoutItsOwnDueDate_isRejected() {
    Plan.Builder p = plan(task("1.1", TRANSPARENCY).start(LocalDate.of(2025, 2, 1)).build());

    assertThatIllegalArgumentException()
        .isThrownBy(p::build)
        .withMessageContainingAll(PLAN_2024, "task 1.1", "2025-02-01", "2024-01-01–2024-12-31");
  }

  @Test
  void planEndingBeforeItStarts_isRejected_namingPlanAndBothDates() {
    Plan.Builder p =
        plan(task("1.1", TRANSPARENCY).build())
            .start(LocalDate.of(2024, 7, 1))
            .end(LocalDate.of(2024, 6, 30));

    assertThatIllegalArgumentException()
        .isThrownBy(p::build)
        .withMessage(PLAN_2024 + " ends 2024-06-30, before it starts 2024-07-01");
  }

  @Test
  void taskDueBeforeItStarts_isRejected_namingTaskAndDates() {
    Task.Builder t =
        task("1.1", TRANSPARENCY).start(LocalDate.of(2024, 6, 1)).due(LocalDate.of(2024, 3, 1));

    assertThatIllegalArgumentException()
        .isThrownBy(t::build)
        .withMessage("task 1.1 is due 2024-03-01, before it starts 2024-06-01");
  }

  @Test
  void taskDueTheDayItStarts_isAccepted() {
    LocalDate day = LocalDate.of(2024, 6, 1);

    Task t = task("1.1", TRANSPARENCY).start(day).due(day).build();

    assertThat(plan(t).build().dueOf(t)).isEqualTo(day);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.a", "1.", ".1", "1..2", "a", " 1.1", "1,1"})
  void badTaskNumber_isRejected_quotingIt(String number) {
    Task.Builder t = task(number, TRANSPARENCY);

    assertThatIllegalArgumentException()
        .isThrownBy(t::build)
        .withMessage("task: task number '%s' must be digits separated by dots, e.g. 2.1", number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.1", "10.12", "3.1.2"})
  void taskNumbersOfDigitsAndDots_areAccepted(String number) {
    assertThat(task(number, TRANSPARENCY).build().number()).isEqualTo(number);
  }

  @Test
  void twoTargetsOfOneIndicatorInATask_areRejected_namingTheTask() {
    Task.Builder t =
        task("2.1", TIME_COST)
            .addTargets(Target.decrease("Thời gian giải quyết", "ngày", bd("10"), bd("7")))
            .addTargets(Target.decrease("Thời gian giải quyết", "ngày", bd("12"), bd("8")));

    assertThatIllegalArgumentException()
        .isThrownBy(t::build)
        .withMessageContainingAll(
            "task 2.1 has two targets of one indicator", "Thời gian giải quyết");
  }

  // ---------------------------------------------------------------- plan: section II

  @Test
  void assessmentOfAnotherUnit_isRejected_namingThePlanAndTheOtherUnit() {
    Plan.Builder p = plan(task("1.1", TRANSPARENCY).build()).assessment(assessmentOf(TU_PHAP));

    assertThatIllegalArgumentException()
        .isThrownBy(p::build)
        .withMessage(PLAN_2024 + ": section II assesses another unit, 'Sở Tư pháp'");
  }

  @Test
  void assessmentOfTheIssuingUnit_isAccepted() {
    Plan p = plan(task("1.1", TRANSPARENCY).build()).assessment(assessmentOf(NGOAI_VU)).build();

    assertThat(p.assessment()).isPresent();
  }

  // ---------------------------------------------------------------- targets

  @Test
  void increaseWithTargetBelowBaseline_isRejected_namingIndicatorAndValues() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Target.increase("Số bài đăng", "bài", bd("10"), bd("7")))
        .withMessage(
            "target 'Số bài đăng': to increase from 10, the target must be above the baseline,"
                + " got 7");
  }

  @Test
  void decreaseWithTargetAboveBaseline_isRejected_namingIndicatorAndValues() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Target.decrease("Thời gian giải quyết", "ngày", bd("7"), bd("10.5")))
        .withMessage(
            "target 'Thời gian giải quyết': to decrease from 7, the target must be below the"
                + " baseline, got 10.5");
  }

  @Test
  void targetEqualToBaseline_isRejected_inBothDirections() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Target.increase("Số bài đăng", "bài", bd("5"), bd("5.0")))
        .withMessageContainingAll("Số bài đăng", "above the baseline", "got 5.0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Target.decrease("Số ngày", "ngày", bd("5"), bd("5")))
        .withMessageContainingAll("Số ngày", "below the baseline", "got 5");
  }

  @Test
  void decreasingTarget_achievedIsTheShareOfTheWayDown() {
    Target t = Target.decrease("Thời gian giải quyết hồ sơ", "ngày", bd("10"), bd("7"));

    assertThat(t.achieved(bd("8"))).isCloseTo(bd("0.6666666666"), within("1e-9"));
    assertThat(t.achieved(bd("6"))).isCloseTo(bd("1.3333333333"), within("1e-9"));
    assertThat(t.achieved(bd("10"))).isZero();
    assertThat(t.achieved(bd("7"))).isEqualByComparingTo("1");
    assertThat(t.achieved(bd("11"))).isNegative();
    assertThat(t).hasToString("Target[Thời gian giải quyết hồ sơ: 10 → 7 ngày]");
  }

  @Test
  void targetAchieved_isZeroAtTheBaselineOneAtTheTargetAndHalfWayBetween_inBothDirections() {
    qt().withExamples(300)
        .forAll(integers().between(-10_000, 10_000), integers().between(1, 10_000))
        .checkAssert(
            (base, distance) -> {
              BigDecimal baseline = BigDecimal.valueOf(base, 2);
              BigDecimal up = baseline.add(BigDecimal.valueOf(distance, 2));
              BigDecimal down = baseline.subtract(BigDecimal.valueOf(distance, 2));
              BigDecimal half = BigDecimal.valueOf(distance, 2).divide(BigDecimal.valueOf(2));
              Target inc = Target.increase("x", "u", baseline, up);
              Target dec = Target.decrease("x", "u", baseline, down);

              for (Target t : List.of(inc, dec)) {
                assertThat(t.achieved(t.baseline())).as("%s at baseline", t).isZero();
                assertThat(t.achieved(t.target())).as("%s at target", t).isEqualByComparingTo("1");
              }
              assertThat(inc.achieved(baseline.add(half))).isEqualByComparingTo("0.5");
              assertThat(dec.achieved(baseline.subtract(half))).isEqualByComparingTo("0.5");
            });
  }

  // ---------------------------------------------------------------- reporting rule

  @Test
  void reportingRuleWithoutReporter_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReportingRule.quarterly(List.of(), VP, 10))
        .withMessage("a reporting rule needs at least one reporter");
  }

  @Test
  void reportingRuleWithNegativeDueDays_isRejected_quotingThem() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReportingRule.quarterly(List.of(LS), VP, -1))
        .withMessage("reports are due 0 to 366 days after the quarter, got -1");
  }

  @Test
  void reportingRuleWithADuplicatedReporter_isRejected_namingIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReportingRule.quarterly(List.of(LS, TT, LS), VP, 10))
        .withMessageStartingWith("a reporter is listed twice: ")
        .withMessageContaining("Phòng Lãnh sự - Hợp tác quốc tế");
  }

  @Test
  void reportingRuleWithTheGroupAsRecipient_isRejected_namingTheGroup() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReportingRule.quarterly(List.of(LS), ALL, 10))
        .withMessage("reports go to a named division, not to the group 'Các phòng chuyên môn'");
  }

  @Test
  void reportingRuleWithTheGroupAsReporter_isRejected_namingTheGroup() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReportingRule.quarterly(List.of(LS, ALL), VP, 10))
        .withMessage("reporters must be named divisions, not the group 'Các phòng chuyên môn'");
  }

  @Test
  void reportsAreDueTheGivenDaysAfterTheQuarterEnds_zeroMeaningItsLastDay() {
    assertThat(ReportingRule.quarterly(List.of(LS), VP, 10).dueDate(YearQuarter.of(2024, 1)))
        .isEqualTo(LocalDate.of(2024, 4, 10));
    assertThat(ReportingRule.quarterly(List.of(LS), VP, 0).dueDate(YearQuarter.of(2024, 4)))
        .isEqualTo(LocalDate.of(2024, 12, 31));
  }

  // ---------------------------------------------------------------- defaults and periods

  @Test
  void planRunsOverItsWholeYear_byDefault_inFourQuarters() {
    Plan p = plan(task("1.1", TRANSPARENCY).build()).build();

    assertThat(p.start()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(p.end()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(p.quarters())
        .containsExactly(
            YearQuarter.of(2024, 1),
            YearQuarter.of(2024, 2),
            YearQuarter.of(2024, 3),
            YearQuarter.of(2024, 4));
    assertThat(p.purposes()).isEmpty();
    assertThat(p).hasToString("Plan[Sở Ngoại vụ 2024, 1 tasks]");
  }

  @Test
  void planStartingOnFirstJuly_hasOnlyTheThirdAndFourthQuarters() {
    Plan p = plan(task("1.1", TRANSPARENCY).build()).start(LocalDate.of(2024, 7, 1)).build();

    assertThat(p.quarters()).containsExactly(YearQuarter.of(2024, 3), YearQuarter.of(2024, 4));
  }

  @Test
  void planStartingOnTheLastDayOfAQuarter_touchesThatQuarter() {
    Plan p =
        plan(task("1.1", TRANSPARENCY).build())
            .start(LocalDate.of(2024, 6, 30))
            .end(LocalDate.of(2024, 10, 1))
            .build();

    assertThat(p.quarters())
        .containsExactly(YearQuarter.of(2024, 2), YearQuarter.of(2024, 3), YearQuarter.of(2024, 4));
  }

  @Test
  void taskDatesDefaultToThePlansPeriod() {
    Task open = task("1.1", TRANSPARENCY).build();
    Task dated =
        task("1.2", TRANSPARENCY)
            .start(LocalDate.of(2024, 8, 1))
            .due(LocalDate.of(2024, 9, 30))
            .build();
    Task dueOnly = task("1.3", TRANSPARENCY).due(LocalDate.of(2024, 10, 15)).build();
    Plan p = plan(open, dated, dueOnly).start(LocalDate.of(2024, 7, 1)).build();

    assertThat(p.startOf(open)).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(p.dueOf(open)).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(p.startOf(dated)).isEqualTo(LocalDate.of(2024, 8, 1));
    assertThat(p.dueOf(dated)).isEqualTo(LocalDate.of(2024, 9, 30));
    assertThat(p.startOf(dueOnly)).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(p.dueOf(dueOnly)).isEqualTo(LocalDate.of(2024, 10, 15));
  }

  @Test
  void taskIsActiveInTheQuartersItsDatesTouch_boundariesIncluded() {
    Task q2 =
        task("1.1", TRANSPARENCY)
            .start(LocalDate.of(2024, 4, 15))
            .due(LocalDate.of(2024, 5, 31))
            .build();
    Task endsOnFirstDayOfQ2 = task("1.2", TRANSPARENCY).due(LocalDate.of(2024, 4, 1)).build();
    Task startsOnLastDayOfQ3 = task("1.3", TRANSPARENCY).start(LocalDate.of(2024, 9, 30)).build();
    Plan p = plan(q2, endsOnFirstDayOfQ2, startsOnLastDayOfQ3).build();

    assertThat(activeQuarters(p, q2)).containsExactly(2);
    assertThat(activeQuarters(p, endsOnFirstDayOfQ2)).containsExactly(1, 2);
    assertThat(activeQuarters(p, startsOnLastDayOfQ3)).containsExactly(3, 4);
  }

  private static List<Integer> activeQuarters(Plan p, Task t) {
    List<Integer> active = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      if (p.isActive(t, YearQuarter.of(2024, q))) {
        active.add(q);
      }
    }
    return active;
  }

  @Test
  void taskIsActiveExactlyInTheQuartersFromItsStartToItsDue() {
    LocalDate jan1 = LocalDate.of(2024, 1, 1);
    qt().withExamples(300)
        .forAll(integers().between(0, 365), integers().between(0, 365))
        .checkAssert(
            (a, b) -> {
              LocalDate start = jan1.plusDays(Math.min(a, b));
              LocalDate due = jan1.plusDays(Math.max(a, b));
              Task t = task("1.1", TRANSPARENCY).start(start).due(due).build();
              Plan p = plan(t).build();

              List<Integer> expected = new ArrayList<>();
              for (int q = YearQuarter.from(start).getQuarterValue();
                  q <= YearQuarter.from(due).getQuarterValue();
                  q++) {
                expected.add(q);
              }
              assertThat(activeQuarters(p, t)).as("%s–%s", start, due).isEqualTo(expected);
            });
  }

  @Test
  void planFindsTasksByNumberAndByComponent_inThePlansOrder() {
    Task t11 = task("1.1", TRANSPARENCY).build();
    Task t21 = task("2.1", TIME_COST).build();
    Task t12 =
        Task.builder().number("1.2").title("Cả hai").addComponents(TIME_COST, TRANSPARENCY).build();
    Plan p = plan(t11, t21, t12).build();

    assertThat(p.task("2.1")).contains(t21);
    assertThat(p.task("9.9")).isEmpty();
    assertThat(p.tasks(TRANSPARENCY)).containsExactly(t11, t12);
    assertThat(p.tasks(TIME_COST)).containsExactly(t21, t12);
    assertThat(p.tasks(F.component("DYNAMISM"))).isEmpty();
    assertThat(p.framework()).isSameAs(F);
  }

  // ---------------------------------------------------------------- divisions and roles

  @Test
  void divisionsAreListedOnce_inOrderOfAppearance_tasksThenSectionIvFocalPointAndRule() {
    Division ttra = THANH_TRA;
    Division other = Division.of("Phòng Kế hoạch");
    Task t1 = task("1.1", TRANSPARENCY).support(VP).build(); // LS, VP
    Task t2 =
        Task.builder()
            .number("1.2")
            .title("x")
            .addComponents(TRANSPARENCY)
            .lead(ttra)
            .support(ALL, LS)
            .build(); // THANH_TRA, ALL
    Plan p =
        plan(t1, t2)
            .putResponsibilities(other, "Phối hợp")
            .putResponsibilities(VP, "Đầu mối")
            .focalPoint(VP)
            .reportingRule(ReportingRule.quarterly(List.of(TT, LS), Division.of("Ban Giám đốc"), 5))
            .build();

    assertThat(p.divisions())
        .containsExactly(LS, VP, ttra, ALL, other, TT, Division.of("Ban Giám đốc"));
  }

  @Test
  void theGroupCoversEverySpecialisedDivision_butNotAPlainOne() {
    assertThat(ALL.group()).isTrue();
    assertThat(ALL.covers(LS)).isTrue();
    assertThat(ALL.covers(TT)).isTrue();
    assertThat(ALL.covers(Division.specialised("Phòng mới thành lập"))).isTrue();
    assertThat(ALL.covers(VP)).isFalse();
    assertThat(ALL.covers(THANH_TRA)).isFalse();
    assertThat(ALL.covers(ALL)).isTrue();
    assertThat(LS.covers(ALL)).isFalse();
    assertThat(LS.covers(LS)).isTrue();
    assertThat(LS.covers(TT)).isFalse();
    assertThat(LS.specialised()).isTrue();
    assertThat(LS.group()).isFalse();
    assertThat(VP.specialised()).isFalse();
    assertThat(ALL).hasToString("Các phòng chuyên môn");
  }

  @Test
  void roleOf_findsADivisionsOwnRole_elseTheGroupsForASpecialisedDivision() {
    Task t =
        Task.builder()
            .number("2.1")
            .title("Cải cách TTHC")
            .addComponents(TIME_COST)
            .lead(LS)
            .support(ALL)
            .monitor(VP)
            .build();

    assertThat(t.roleOf(LS)).contains(Role.LEAD);
    assertThat(t.roleOf(TT)).contains(Role.SUPPORT);
    assertThat(t.roleOf(VP)).contains(Role.MONITOR);
    assertThat(t.roleOf(THANH_TRA)).isEmpty();
    assertThat(t.divisions(Role.SUPPORT)).containsExactly(ALL);
  }

  @Test
  void aPlainDivisionGetsNoRoleThroughTheGroup() {
    Task t = Task.builder().number("2.1").title("x").addComponents(TIME_COST).lead(ALL).build();

    assertThat(t.roleOf(VP)).isEmpty();
    assertThat(t.roleOf(TT)).contains(Role.LEAD);
    assertThat(t.hasLead()).isTrue();
  }

  @Test
  void severalLeads_areAllowed_inTheOrderGiven() {
    Task t =
        Task.builder()
            .number("1.1")
            .title("x")
            .addComponents(TRANSPARENCY)
            .lead(VP, LS)
            .support(TT)
            .build();

    assertThat(t.divisions(Role.LEAD)).containsExactly(VP, LS);
    assertThat(t.hasLead()).isTrue();
    assertThat(t.roles()).containsOnlyKeys(VP, LS, TT);
  }

  @Test
  void divisionGivenTwoRolesInOneTask_isRejected_namingTheDivisionAndBothRoles() {
    Task.Builder t = task("1.1", TRANSPARENCY);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> t.support(LS))
        .withMessage(
            "Phòng Lãnh sự - Hợp tác quốc tế is given two roles in one task: LEAD and SUPPORT");
  }

  @Test
  void taskWithoutRoles_hasNoLead() {
    Task t = Task.builder().number("1.1").title("x").addComponents(TRANSPARENCY).build();

    assertThat(t.hasLead()).isFalse();
    assertThat(t.roles()).isEmpty();
    assertThat(t.divisions(Role.LEAD)).isEmpty();
  }

  @Test
  void rolesHaveTheirVietnameseWords() {
    assertThat(Role.LEAD.vietnamese()).isEqualTo("chủ trì");
    assertThat(Role.SUPPORT.vietnamese()).isEqualTo("phối hợp");
  }

  // ---------------------------------------------------------------- names in NFC

  @Test
  void namesAreStoredInNfc_withWhitespaceCollapsed() {
    String vp = "Văn phòng Sở";
    Division d = Division.of(nfd("  Văn  phòng\nSở "));
    Task t =
        Task.builder()
            .number("1.1")
            .title(nfd("Công khai  thủ tục hành chính"))
            .addActivities(nfd("Cập nhật Trang thông tin điện tử"))
            .addComponents(TRANSPARENCY)
            .addTargets(Target.increase(nfd("Số bài đăng"), nfd("bài"), bd("10"), bd("20")))
            .build();
    Signer s = Signer.of(nfd("Giám đốc"), nfd("Trịnh Tuyết Mai"));

    assertThat(d.name()).isEqualTo(vp);
    assertThat(d).isEqualTo(VP);
    assertThat(Division.specialised(nfd("Phòng Lãnh sự - Hợp tác quốc tế"))).isEqualTo(LS);
    assertThat(t.title()).isEqualTo("Công khai thủ tục hành chính");
    assertThat(t.activities()).containsExactly("Cập nhật Trang thông tin điện tử");
    assertThat(t.targets().get(0).indicator()).isEqualTo("Số bài đăng");
    assertThat(t.targets().get(0).unitOfMeasure()).isEqualTo("bài");
    assertThat(t.target("so bai dang")).isPresent();
    assertThat(s.title()).isEqualTo("Giám đốc");
    assertThat(s).hasToString("Giám đốc Trịnh Tuyết Mai");
  }

  @Test
  void divisionShortName_isStoredInNfc_withWhitespaceCollapsed() {
    Division d = VP.withShortName(nfd("  VP  Sở "));

    assertThat(d.shortName()).contains("VP Sở");
    assertThat(d).hasToString("VP Sở");
  }

  @Test
  void blankDivisionShortName_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> VP.withShortName("  "))
        .withMessageContaining("needs a letter or digit");
  }

  @Test
  void divisionPrintsItsShortNameWhenItHasOne() {
    assertThat(LS.withShortName("Phòng LS-HTQT")).hasToString("Phòng LS-HTQT");
    assertThat(LS).hasToString("Phòng Lãnh sự - Hợp tác quốc tế");
    assertThat(task("1.1", TRANSPARENCY).build()).hasToString("Task[1.1 Nhiệm vụ 1.1]");
  }

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  private static org.assertj.core.data.Offset<BigDecimal> within(String s) {
    return org.assertj.core.data.Offset.offset(bd(s));
  }

  @Test
  void twoDivisionsOfOneName_areRejected_namingBothKinds() {
    Task plain = task("1.2", TRANSPARENCY).build();
    Task other =
        Task.builder()
            .number("1.3")
            .title("Nhiệm vụ 1.3")
            .addComponents(TRANSPARENCY)
            .lead(Division.of("Phòng Lãnh sự - Hợp tác quốc tế"))
            .build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> plan(plain, other).build())
        .withMessage(
            PLAN_2024
                + ": two divisions are named 'Phòng Lãnh sự - Hợp tác quốc tế' (a specialised"
                + " division and a division)");
  }

  @Test
  void aPeriodOutsideThePlansYear_isRejected() {
    Plan.Builder p =
        plan(task("1.1", TRANSPARENCY).build())
            .start(LocalDate.of(2026, 1, 1))
            .end(LocalDate.of(2026, 12, 31));

    assertThatIllegalArgumentException()
        .isThrownBy(p::build)
        .withMessage(PLAN_2024 + ": its period 2026-01-01–2026-12-31 lies outside the year");
  }

  @Test
  void aCopyWithAShortName_isTheSameDivision() {
    assertThat(LS.withShortName("Phòng LS-HTQT")).isEqualTo(LS);
    assertThat(LS.withShortName("Phòng LS-HTQT").toString()).isEqualTo("Phòng LS-HTQT");
  }
}
