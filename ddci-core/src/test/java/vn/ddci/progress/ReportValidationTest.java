package vn.ddci.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.ddci.progress.ProgressFixtures.ALL;
import static vn.ddci.progress.ProgressFixtures.DAYS;
import static vn.ddci.progress.ProgressFixtures.LS;
import static vn.ddci.progress.ProgressFixtures.PLAN;
import static vn.ddci.progress.ProgressFixtures.POSTS;
import static vn.ddci.progress.ProgressFixtures.Q4;
import static vn.ddci.progress.ProgressFixtures.Q1;
import static vn.ddci.progress.ProgressFixtures.Q2;
import static vn.ddci.progress.ProgressFixtures.THANH_TRA;
import static vn.ddci.progress.ProgressFixtures.TT;
import static vn.ddci.progress.ProgressFixtures.VP;
import static vn.ddci.progress.ProgressFixtures.correction;
import static vn.ddci.progress.ProgressFixtures.date;
import static vn.ddci.progress.ProgressFixtures.inProgress;
import static vn.ddci.progress.ProgressFixtures.progress;
import static vn.ddci.progress.ProgressFixtures.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threeten.extra.YearQuarter;
import vn.ddci.plan.Division;

/**
 * Quarterly reports, and the log that checks them against a plan, reject what does not fit with a
 * message naming the report (division, quarter, submission date), the task and the value.
 */
class ReportValidationTest {
  private static final String LS_Q1 =
      "QuarterlyReport[Phòng Lãnh sự - Hợp tác quốc tế 2024-Q1, submitted 2024-04-05]";

  private static ReportLog log(QuarterlyReport... reports) {
    return ReportLog.of(PLAN, List.of(reports));
  }

  // ---------------------------------------------------------------- against the plan

  @Test
  void reportOnAnUnknownTask_isRejected_namingReportAndTask() {
    QuarterlyReport r = report(LS, Q1, date(2024, 4, 5), "1.1", "9.9");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> log(r))
        .withMessage(LS_Q1 + ": task 9.9 is not in the plan");
  }

  @Test
  void reportForAQuarterOutsideThePlansPeriod_isRejected_namingQuarterAndPeriod() {
    QuarterlyReport r = report(LS, YearQuarter.of(2025, 1), date(2025, 4, 5), "1.1");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> log(r))
        .withMessage(
            "QuarterlyReport[Phòng Lãnh sự - Hợp tác quốc tế 2025-Q1, submitted 2025-04-05]: the"
                + " quarter 2025-Q1 lies outside the plan's period 2024-01-01–2024-12-31");
  }

  @Test
  void divisionReportingOnATaskWhereItHasNoRole_isRejected_namingDivisionAndTask() {
    QuarterlyReport r = report(LS, Q1, date(2024, 4, 5), "1.1", "2.2");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> log(r))
        .withMessage(LS_Q1 + ": Phòng Lãnh sự - Hợp tác quốc tế has no role in task 2.2");
  }

  @Test
  void specialisedDivisionReportingOnATaskOfTheGroup_isAccepted() {
    ReportLog log = log(report(TT, Q1, date(2024, 4, 5), "1.2"));

    assertThat(log.effective().get(TT, Q1).entry("1.2")).isPresent();
  }

  @Test
  void plainDivisionReportingOnATaskOfTheGroup_isRejected() {
    QuarterlyReport r = report(VP, Q1, date(2024, 4, 5), "1.2");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> log(r))
        .withMessage(
            "QuarterlyReport[Văn phòng Sở 2024-Q1, submitted 2024-04-05]: Văn phòng Sở has no role"
                + " in task 1.2");
  }

  @Test
  void divisionWithASupportRoleButOutsideTheRule_mayReport() {
    ReportLog log =
        log(report(VP, Q1, date(2024, 4, 5), "1.1"), report(THANH_TRA, Q1, date(2024, 4, 5), "2.2"));

    assertThat(log.effective().column(Q1)).containsOnlyKeys(VP, THANH_TRA);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 101})
  void progressOutside0To100_isRejected_namingTaskAndValue(int percent) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> progress("1.1", Status.IN_PROGRESS, percent))
        .withMessageStartingWith("task 1.1: progress " + percent + "%")
        .withMessageEndingWith(" is outside 0–100");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 101})
  void progressOutside0To100_isRejected_withASinglePercentSign(int percent) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> progress("1.1", Status.IN_PROGRESS, percent))
        .withMessage("task 1.1: progress " + percent + "% is outside 0–100");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 100})
  void progressAtTheBounds_isAccepted(int percent) {
    assertThat(progress("1.1", Status.IN_PROGRESS, percent).percent()).isEqualTo(percent);
  }

  @Test
  void cancelledWithoutAReason_isRejected_namingTheTask() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> progress("1.2", Status.CANCELLED, 0))
        .withMessage("task 1.2: a cancelled task needs a reason");
  }

  @Test
  void cancelledWithABlankReason_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                TaskProgress.builder()
                    .task("1.2")
                    .status(Status.CANCELLED)
                    .percent(0)
                    .reason("  ")
                    .build())
        .withMessage("task 1.2: a cancelled task needs a reason");
  }

  @Test
  void cancelledWithAReason_isAccepted() {
    TaskProgress p =
        TaskProgress.builder()
            .task("1.2")
            .status(Status.CANCELLED)
            .percent(10)
            .reason("Gộp vào nhiệm vụ 1.1")
            .build();

    assertThat(p.reason()).contains("Gộp vào nhiệm vụ 1.1");
    assertThat(p.narrative()).isEmpty();
    assertThat(p).hasToString("TaskProgress[1.2 CANCELLED 10%]");
  }

  @Test
  void taskReportedTwiceInOneReport_isRejected_namingReportAndTask() {
    QuarterlyReport.Builder r =
        QuarterlyReport.builder()
            .division(LS)
            .quarter(Q1)
            .submitted(date(2024, 4, 5))
            .addEntries(inProgress("1.1"), inProgress("1.2"), progress("1.1", Status.DONE, 100));

    assertThatIllegalArgumentException()
        .isThrownBy(r::build)
        .withMessage(LS_Q1 + ": task 1.1 is reported twice");
  }

  @Test
  void actualForAnIndicatorTheTaskHasNoTargetFor_isRejected_namingTaskAndIndicator() {
    QuarterlyReport r =
        QuarterlyReport.builder()
            .division(LS)
            .quarter(Q1)
            .submitted(date(2024, 4, 5))
            .addEntries(
                TaskProgress.builder()
                    .task("1.1")
                    .status(Status.IN_PROGRESS)
                    .percent(30)
                    .putActuals(DAYS, new BigDecimal("9"))
                    .build())
            .build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> log(r))
        .withMessage(LS_Q1 + ", task 1.1: no target of the indicator 'Thời gian giải quyết hồ sơ'");
  }

  @Test
  void actualForATaskWithoutTargets_isRejected() {
    QuarterlyReport r =
        QuarterlyReport.builder()
            .division(LS)
            .quarter(Q1)
            .submitted(date(2024, 4, 5))
            .addEntries(
                TaskProgress.builder()
                    .task("1.2")
                    .status(Status.IN_PROGRESS)
                    .percent(30)
                    .putActuals("Số cuộc đối thoại", new BigDecimal("2"))
                    .build())
            .build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> log(r))
        .withMessageContainingAll("task 1.2", "no target of the indicator 'Số cuộc đối thoại'");
  }

  @Test
  void reportFromTheGroup_isRejected_namingTheGroup() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> report(ALL, Q1, date(2024, 4, 5), "1.2"))
        .withMessage(
            "a report comes from a named division, not from the group 'Các phòng chuyên môn'");
  }

  // ---------------------------------------------------------------- two reports, corrections

  @Test
  void twoReportsFromOneDivisionForOneQuarter_areAnError_unlessTheLaterIsACorrection() {
    QuarterlyReport first = report(LS, Q1, date(2024, 4, 5), "1.1");
    QuarterlyReport second = report(LS, Q1, date(2024, 4, 8), "1.1", "1.2");

    for (List<QuarterlyReport> order : List.of(List.of(first, second), List.of(second, first))) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ReportLog.of(PLAN, order))
          .withMessage(
              LS_Q1
                  + " and QuarterlyReport[Phòng Lãnh sự - Hợp tác quốc tế 2024-Q1, submitted"
                  + " 2024-04-08]: two reports of Phòng Lãnh sự - Hợp tác quốc tế for 2024-Q1; a"
                  + " later report replaces an earlier one only when it is marked as a correction"
                  + " (on the same day, the later in the input)");
    }
  }

  @Test
  void correctionSubmittedLater_supersedesTheEarlierReport_inAnyInputOrder() {
    QuarterlyReport first = report(LS, Q1, date(2024, 4, 5), "1.1");
    QuarterlyReport fix = correction(LS, Q1, date(2024, 4, 8), "1.1", "1.2");
    QuarterlyReport other = report(TT, Q1, date(2024, 4, 6), "1.2");

    for (ReportLog log : List.of(log(first, fix, other), log(fix, other, first))) {
      assertThat(log.effective().get(LS, Q1)).isEqualTo(fix);
      assertThat(log.effective().get(TT, Q1)).isEqualTo(other);
      assertThat(log.effective().size()).isEqualTo(2);
      assertThat(log.superseded()).containsExactly(first);
      assertThat(log).hasToString("ReportLog[Plan[Sở Thử nghiệm 2024, 4 tasks], 2 reports in"
          + " force, 1 superseded]");
    }
  }

  @Test
  void chainOfCorrections_keepsTheLast_andSupersedesTheOthersInSubmissionOrder() {
    QuarterlyReport first = report(LS, Q1, date(2024, 4, 5), "1.1");
    QuarterlyReport fix1 = correction(LS, Q1, date(2024, 4, 8), "1.1", "1.2");
    QuarterlyReport fix2 = correction(LS, Q1, date(2024, 4, 20), "1.2");

    ReportLog log = log(fix2, first, fix1);

    assertThat(log.effective().get(LS, Q1)).isEqualTo(fix2);
    assertThat(log.superseded()).containsExactly(first, fix1);
  }

  @Test
  void correctionSubmittedTheSameDay_supersedesWhenItComesLaterInTheInput() {
    QuarterlyReport first = report(LS, Q1, date(2024, 4, 5), "1.1");
    QuarterlyReport fix = correction(LS, Q1, date(2024, 4, 5), "1.1", "1.2");

    assertThat(log(first, fix).effective().get(LS, Q1)).isEqualTo(fix);
    assertThat(log(first, fix).superseded()).containsExactly(first);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> log(fix, first))
        .withMessageContainingAll(
            "two reports of Phòng Lãnh sự - Hợp tác quốc tế for 2024-Q1", "marked as a correction");
  }

  @Test
  void correctionSubmittedEarlierThanTheReportItCorrects_isAnError() {
    QuarterlyReport fix = correction(LS, Q1, date(2024, 4, 3), "1.1", "1.2");
    QuarterlyReport later = report(LS, Q1, date(2024, 4, 5), "1.1");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> log(later, fix))
        .withMessage(
            "QuarterlyReport[Phòng Lãnh sự - Hợp tác quốc tế 2024-Q1 correction, submitted"
                + " 2024-04-03] and "
                + LS_Q1
                + ": two reports of Phòng Lãnh sự - Hợp tác quốc tế for 2024-Q1; a later report"
                + " replaces an earlier one only when it is marked as a correction (on the same"
                + " day, the later in the input)");
  }

  @Test
  void aCorrectionWithNothingToCorrect_standsAsTheReport() {
    QuarterlyReport fix = correction(LS, Q1, date(2024, 4, 5), "1.1");

    ReportLog log = log(fix);

    assertThat(log.effective().get(LS, Q1)).isEqualTo(fix);
    assertThat(log.superseded()).isEmpty();
  }

  @Test
  void oneDivisionsReportsForDifferentQuarters_andDifferentDivisionsForOneQuarter_areAccepted() {
    ReportLog log =
        log(
            report(LS, Q1, date(2024, 4, 5), "1.1"),
            report(LS, Q2, date(2024, 7, 5), "1.1"),
            report(TT, Q1, date(2024, 4, 5), "1.2"));

    assertThat(log.effective().size()).isEqualTo(3);
    assertThat(log.superseded()).isEmpty();
    assertThat(log.plan()).isSameAs(PLAN);
  }

  @Test
  void aReportFromADivisionThePlanDoesNotName_isRejected() {
    QuarterlyReport typo =
        QuarterlyReport.builder()
            .division(Division.specialised("Phòng Lãnh sư"))
            .quarter(Q1)
            .submitted(date(2024, 4, 5))
            .addEntries(progress("1.2", Status.IN_PROGRESS, 10))
            .build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> log(typo))
        .withMessageContainingAll("the plan names no division 'Phòng Lãnh sư'", "2024-Q1");
  }

  @Test
  void aReportSubmittedBeforeItsQuarterStarts_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> report(LS, Q4, date(2024, 9, 30), "1.1"))
        .withMessageContainingAll("2024-Q4", "submitted before its quarter starts");
  }

  @Test
  void statusAndPercent_mustAgree() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> progress("1.1", Status.DONE, 95))
        .withMessage("task 1.1: done at 95% (done means 100%)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> progress("1.1", Status.NOT_STARTED, 10))
        .withMessage("task 1.1: not started, yet 10% done");
  }

  @Test
  void twoActualsOfOneIndicator_spelledDifferently_areRejected() {
    TaskProgress.Builder twice =
        TaskProgress.builder()
            .task("1.1")
            .status(Status.IN_PROGRESS)
            .percent(50)
            .putActuals(POSTS, BigDecimal.ONE)
            .putActuals(POSTS.toUpperCase(Locale.ROOT), BigDecimal.TEN);

    assertThatIllegalArgumentException()
        .isThrownBy(twice::build)
        .withMessageContainingAll("task 1.1", "two actual values");
  }

  @Test
  void statusOfATask_prefersTheLeadsReportWithinTheLatestQuarter() {
    // 2.2 is led by Thanh tra, supported by the Trung tâm; Thanh tra is not a reporter but may report
    QuarterlyReport lead =
        QuarterlyReport.builder()
            .division(THANH_TRA)
            .quarter(Q1)
            .submitted(date(2024, 4, 2))
            .addEntries(progress("2.2", Status.AT_RISK, 30))
            .build();
    QuarterlyReport support =
        QuarterlyReport.builder()
            .division(TT)
            .quarter(Q1)
            .submitted(date(2024, 4, 3))
            .addEntries(progress("2.2", Status.DONE, 100))
            .build();

    assertThat(log(lead, support).statusOf("2.2", date(2024, 4, 30)).orElseThrow().status())
        .isEqualTo(Status.AT_RISK);
  }
}
