package vn.ddci.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static vn.ddci.progress.ProgressFixtures.DAYS;
import static vn.ddci.progress.ProgressFixtures.LS;
import static vn.ddci.progress.ProgressFixtures.PLAN;
import static vn.ddci.progress.ProgressFixtures.POSTS;
import static vn.ddci.progress.ProgressFixtures.Q1;
import static vn.ddci.progress.ProgressFixtures.Q2;
import static vn.ddci.progress.ProgressFixtures.Q3;
import static vn.ddci.progress.ProgressFixtures.Q4;
import static vn.ddci.progress.ProgressFixtures.T11;
import static vn.ddci.progress.ProgressFixtures.T12;
import static vn.ddci.progress.ProgressFixtures.T21;
import static vn.ddci.progress.ProgressFixtures.T22;
import static vn.ddci.progress.ProgressFixtures.THANH_TRA;
import static vn.ddci.progress.ProgressFixtures.TT;
import static vn.ddci.progress.ProgressFixtures.VP;
import static vn.ddci.progress.ProgressFixtures.correction;
import static vn.ddci.progress.ProgressFixtures.date;
import static vn.ddci.progress.ProgressFixtures.item;
import static vn.ddci.progress.ProgressFixtures.planBuilder;
import static vn.ddci.progress.ProgressFixtures.progress;
import static vn.ddci.progress.ProgressFixtures.report;

import com.google.common.collect.Sets;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;
import vn.ddci.plan.Division;
import vn.ddci.plan.Plan;
import vn.ddci.plan.Task;

/**
 * Reporting coverage per quarter (expected, received, missing, late, percent), each task's status
 * as of a date, and target progress, on the small plan of {@link ProgressFixtures}.
 */
class ReportingCoverageTest {
  private static final Offset<BigDecimal> TINY = Offset.offset(new BigDecimal("1e-12"));

  private static ReportLog log(QuarterlyReport... reports) {
    return ReportLog.of(PLAN, List.of(reports));
  }

  private static QuarterlyReport withEntries(
      Division division, YearQuarter quarter, LocalDate submitted, TaskProgress... entries) {
    return QuarterlyReport.builder()
        .division(division)
        .quarter(quarter)
        .submitted(submitted)
        .addEntries(entries)
        .build();
  }

  private static TaskProgress actual(String task, String indicator, String value) {
    return TaskProgress.builder()
        .task(task)
        .status(Status.IN_PROGRESS)
        .percent(50)
        .putActuals(indicator, new BigDecimal(value))
        .build();
  }

  // ---------------------------------------------------------------- expected, received, missing, late

  @Test
  void expected_isEveryReportersTaskActiveInTheQuarter_ownRoleOrThroughTheGroup() {
    ReportLog log = log();

    assertThat(log.coverage(Q1).expected())
        .containsExactly(item(LS, "1.1"), item(LS, "1.2"), item(TT, "1.2"), item(TT, "2.2"));
    assertThat(log.coverage(Q2).expected())
        .containsExactly(
            item(LS, "1.1"), item(LS, "1.2"), item(TT, "1.2"), item(TT, "2.1"), item(TT, "2.2"));
    assertThat(log.coverage(Q3).expected())
        .containsExactly(item(LS, "1.1"), item(LS, "1.2"), item(TT, "1.2"), item(TT, "2.1"));
  }

  @Test
  void taskStartingInQ2_isNotExpectedInQ1() {
    assertThat(log().coverage(Q1).expected()).doesNotContain(item(TT, "2.1"));
    assertThat(log().coverage(Q2).expected()).contains(item(TT, "2.1"));
  }

  @Test
  void q1_exactExpectedReceivedMissingAndLate() {
    ReportLog log =
        log(
            report(LS, Q1, date(2024, 4, 5), "1.1", "1.2"),
            report(TT, Q1, date(2024, 4, 11), "1.2"));

    ReportingCoverage q1 = log.coverage(Q1);

    assertThat(q1.quarter()).isEqualTo(Q1);
    assertThat(q1.dueDate()).isEqualTo(date(2024, 4, 10));
    assertThat(q1.expected())
        .containsExactlyInAnyOrder(
            item(LS, "1.1"), item(LS, "1.2"), item(TT, "1.2"), item(TT, "2.2"));
    assertThat(q1.received())
        .containsExactlyInAnyOrder(item(LS, "1.1"), item(LS, "1.2"), item(TT, "1.2"));
    assertThat(q1.missing()).containsExactly(item(TT, "2.2"));
    assertThat(q1.late()).containsExactly(item(TT, "1.2"));
    assertThat(q1.percent()).isEqualTo(new BigDecimal("75.0"));
    assertThat(q1.percentByDivision())
        .containsExactly(entry(LS, new BigDecimal("100.0")), entry(TT, new BigDecimal("50.0")));
    assertThat(q1).hasToString("ReportingCoverage[2024-Q1: 3/4 received (75.0 %), 1 missing, 1 late]");
  }

  @Test
  void quarterWithoutReports_missesEverythingExpected() {
    ReportingCoverage q2 = log(report(LS, Q1, date(2024, 4, 5), "1.1")).coverage(Q2);

    assertThat(q2.received()).isEmpty();
    assertThat(q2.missing()).isEqualTo(q2.expected());
    assertThat(q2.late()).isEmpty();
    assertThat(q2.percent()).isEqualTo(new BigDecimal("0.0"));
    assertThat(q2.percentByDivision())
        .containsExactly(entry(LS, new BigDecimal("0.0")), entry(TT, new BigDecimal("0.0")));
  }

  @Test
  void itemsFromDivisionsOutsideTheRule_areReceivedButNotExpected_andDoNotRaiseThePercent() {
    ReportLog log =
        log(report(VP, Q1, date(2024, 4, 5), "1.1"), report(THANH_TRA, Q1, date(2024, 4, 5), "2.2"));

    ReportingCoverage q1 = log.coverage(Q1);

    assertThat(q1.received()).containsExactlyInAnyOrder(item(VP, "1.1"), item(THANH_TRA, "2.2"));
    assertThat(q1.missing()).isEqualTo(q1.expected());
    assertThat(q1.percent()).isEqualTo(new BigDecimal("0.0"));
    assertThat(q1.percentByDivision()).containsOnlyKeys(LS, TT);
  }

  @Test
  void percentByDivision_roundsToOneDecimal() {
    // TT in Q2 expects 1.2, 2.1 and 2.2; it reports on one of three
    ReportingCoverage q2 = log(report(TT, Q2, date(2024, 7, 5), "2.1")).coverage(Q2);

    assertThat(q2.percentByDivision()).containsEntry(TT, new BigDecimal("33.3"));
    assertThat(q2.percent()).isEqualTo(new BigDecimal("20.0"));
  }

  @Test
  void reportSubmittedExactlyOnTheDueDate_isNotLate_oneDayAfterIsLate() {
    ReportingCoverage onTime = log(report(LS, Q1, date(2024, 4, 10), "1.1")).coverage(Q1);
    ReportingCoverage dayLate = log(report(LS, Q1, date(2024, 4, 11), "1.1")).coverage(Q1);

    assertThat(onTime.received()).contains(item(LS, "1.1"));
    assertThat(onTime.late()).isEmpty();
    assertThat(dayLate.received()).contains(item(LS, "1.1"));
    assertThat(dayLate.late()).containsExactly(item(LS, "1.1"));
  }

  @Test
  void reportSubmittedBeforeItsQuarterEnds_countsAndIsNotLate() {
    ReportingCoverage q1 = log(report(LS, Q1, date(2024, 3, 20), "1.1", "1.2")).coverage(Q1);

    assertThat(q1.received()).containsExactlyInAnyOrder(item(LS, "1.1"), item(LS, "1.2"));
    assertThat(q1.late()).isEmpty();
    assertThat(q1.percentByDivision()).containsEntry(LS, new BigDecimal("100.0"));
  }

  @Test
  void correctionSupersedingAnEarlierReport_changesWhatIsReceived() {
    QuarterlyReport first = report(LS, Q1, date(2024, 4, 2), "1.1");
    QuarterlyReport fix = correction(LS, Q1, date(2024, 4, 8), "1.2");

    ReportingCoverage before = log(first).coverage(Q1);
    ReportingCoverage after = log(first, fix).coverage(Q1);

    assertThat(before.received()).containsExactly(item(LS, "1.1"));
    assertThat(after.received()).containsExactly(item(LS, "1.2"));
    assertThat(after.missing()).contains(item(LS, "1.1")).doesNotContain(item(LS, "1.2"));
    assertThat(after.late()).isEmpty();
  }

  @Test
  void lateCorrection_isLateOnlyForWhatTheReportItReplacedHadNotDeliveredOnTime() {
    // due 10 April: the first report delivers 1.1 on time, the correction of 20 April adds 1.2
    QuarterlyReport first = report(LS, Q1, date(2024, 4, 2), "1.1");
    QuarterlyReport lateFix = correction(LS, Q1, date(2024, 4, 20), "1.1", "1.2");

    ReportingCoverage q1 = log(first, lateFix).coverage(Q1);

    assertThat(q1.received()).contains(item(LS, "1.1"), item(LS, "1.2"));
    assertThat(q1.late()).containsExactly(item(LS, "1.2"));
  }

  @Test
  void nothingExpected_isFullCoverage() {
    Task firstHalf = Task.builder().from(T11).due(date(2024, 6, 30)).build();
    Plan p = planBuilder().addTasks(firstHalf).build();

    ReportingCoverage q3 = ReportLog.of(p, List.of()).coverage(Q3);

    assertThat(q3.expected()).isEmpty();
    assertThat(q3.missing()).isEmpty();
    assertThat(q3.percent()).isEqualTo(new BigDecimal("100.0"));
    assertThat(q3.percentByDivision())
        .containsEntry(LS, new BigDecimal("100.0"))
        .containsEntry(TT, new BigDecimal("100.0"));
  }

  @Test
  void quarterOutsideThePlansPeriod_hasNoCoverage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> log().coverage(YearQuarter.of(2025, 1)))
        .withMessageStartingWith("Plan[")
        .withMessageEndingWith(
            ": the quarter 2025-Q1 lies outside the plan's period 2024-01-01–2024-12-31");
  }

  // ---------------------------------------------------------------- a plan starting mid-year

  @Test
  void planStartingFirstJuly_expectsReportsForQ3AndQ4Only() {
    Plan mid = planBuilder().addTasks(T11, T12).start(date(2024, 7, 1)).build();
    ReportLog log =
        ReportLog.of(
            mid,
            List.of(
                report(LS, Q3, date(2024, 10, 3), "1.1", "1.2"),
                report(TT, Q3, date(2024, 10, 25), "1.2")));

    assertThat(mid.quarters()).containsExactly(Q3, Q4);
    ReportingCoverage q3 = log.coverage(Q3);
    assertThat(q3.expected())
        .containsExactly(item(LS, "1.1"), item(LS, "1.2"), item(TT, "1.2"));
    assertThat(q3.missing()).isEmpty();
    assertThat(q3.late()).containsExactly(item(TT, "1.2"));
    assertThat(log.coverage(Q4).missing()).isEqualTo(log.coverage(Q4).expected()).hasSize(3);
  }

  @Test
  void planStartingFirstJuly_rejectsAQ2Report_andQ2Coverage() {
    Plan mid = planBuilder().addTasks(T11, T12).start(date(2024, 7, 1)).build();
    QuarterlyReport q2 = report(LS, Q2, date(2024, 7, 5), "1.1");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReportLog.of(mid, List.of(q2)))
        .withMessage(
            "QuarterlyReport[Phòng Lãnh sự - Hợp tác quốc tế 2024-Q2, submitted 2024-07-05]: the"
                + " quarter 2024-Q2 lies outside the plan's period 2024-07-01–2024-12-31");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReportLog.of(mid, List.of()).coverage(Q2))
        .withMessageStartingWith("Plan[")
        .withMessageEndingWith(
            ": the quarter 2024-Q2 lies outside the plan's period 2024-07-01–2024-12-31");
  }

  // ---------------------------------------------------------------- invariants

  @Test
  void coverageSetsAreConsistent_forAnyReportsReceived() {
    List<Division> reporters = List.of(LS, TT);
    List<YearQuarter> quarters = List.of(Q1, Q2, Q3, Q4);
    // per (reporter, quarter): a bit mask of the reporter's tasks, and a submission offset in days
    // from the quarter's end (−20 … +30; the rule allows 10)
    qt().withExamples(200)
        .forAll(
            lists().of(integers().between(0, 15)).ofSize(8),
            lists().of(integers().between(-20, 30)).ofSize(8))
        .checkAssert(
            (masks, offsets) -> {
              List<QuarterlyReport> reports = new ArrayList<>();
              for (int i = 0; i < 8; i++) {
                Division d = reporters.get(i % 2);
                YearQuarter q = quarters.get(i / 2);
                List<String> tasks = new ArrayList<>();
                List<Task> all = List.of(T11, T12, T21, T22);
                for (int t = 0; t < all.size(); t++) {
                  if ((masks.get(i) & (1 << t)) != 0 && all.get(t).roleOf(d).isPresent()) {
                    tasks.add(all.get(t).number());
                  }
                }
                if (!tasks.isEmpty()) {
                  reports.add(
                      report(d, q, q.atEndOfQuarter().plusDays(offsets.get(i)),
                          tasks.toArray(new String[0])));
                }
              }
              ReportLog log = ReportLog.of(PLAN, reports);

              for (YearQuarter q : quarters) {
                ReportingCoverage c = log.coverage(q);
                Set<ReportItem> got = Sets.intersection(c.expected(), c.received());
                assertThat(Sets.union(c.missing(), got)).as("%s", q).isEqualTo(c.expected());
                assertThat(Sets.intersection(c.missing(), c.received())).as("%s", q).isEmpty();
                assertThat(c.received()).as("%s", q).containsAll(c.late());
                BigDecimal percent =
                    c.expected().isEmpty()
                        ? new BigDecimal("100.0")
                        : BigDecimal.valueOf(100L * got.size())
                            .divide(BigDecimal.valueOf(c.expected().size()), 1, RoundingMode.HALF_UP);
                assertThat(c.percent()).as("%s", q).isEqualTo(percent);
                for (ReportItem late : c.late()) {
                  assertThat(log.effective().get(late.division(), q).submitted())
                      .isAfter(c.dueDate());
                }
              }
            });
  }

  // ---------------------------------------------------------------- status as of a date

  @Test
  void statusBeforeAnyReport_isEmpty() {
    ReportLog log = log(report(LS, Q1, date(2024, 4, 5), "1.1"));

    assertThat(log.statusOf("1.1", date(2024, 4, 4))).isEmpty();
    assertThat(log.statusOf("2.1", date(2024, 12, 31))).isEmpty();
  }

  @Test
  void statusOnTheDayOfSubmission_seesTheReport() {
    ReportLog log =
        log(withEntries(LS, Q1, date(2024, 4, 5), progress("1.1", Status.IN_PROGRESS, 30)));

    Optional<TaskStatus> s = log.statusOf("1.1", date(2024, 4, 5));

    assertThat(s).isPresent();
    assertThat(s.get().task()).isEqualTo("1.1");
    assertThat(s.get().status()).isEqualTo(Status.IN_PROGRESS);
    assertThat(s.get().percent()).isEqualTo(30);
    assertThat(s.get().division()).isEqualTo(LS);
    assertThat(s.get().quarter()).isEqualTo(Q1);
    assertThat(s.get().asOf()).isEqualTo(date(2024, 4, 5));
    assertThat(s.get().stale()).isFalse();
    assertThat(s.get())
        .hasToString("TaskStatus[1.1 IN_PROGRESS 30% (Phòng Lãnh sự - Hợp tác quốc tế, 2024-Q1)]");
  }

  @Test
  void theLaterQuarterWins_evenWhenAnEarlierQuartersCorrectionIsSubmittedLater() {
    ReportLog log =
        log(
            withEntries(LS, Q1, date(2024, 4, 5), progress("1.1", Status.IN_PROGRESS, 30)),
            withEntries(LS, Q2, date(2024, 7, 5), progress("1.1", Status.DONE, 100)),
            QuarterlyReport.builder()
                .from(withEntries(LS, Q1, date(2024, 7, 20), progress("1.1", Status.AT_RISK, 20)))
                .correction(true)
                .build());

    assertThat(log.statusOf("1.1", date(2024, 4, 30)).map(TaskStatus::status))
        .contains(Status.IN_PROGRESS);
    assertThat(log.statusOf("1.1", date(2024, 7, 31)))
        .hasValueSatisfying(
            s -> {
              assertThat(s.status()).isEqualTo(Status.DONE);
              assertThat(s.quarter()).isEqualTo(Q2);
            });
  }

  @Test
  void theLatestReportOnATask_winsAcrossDivisions() {
    ReportLog log =
        log(
            withEntries(LS, Q1, date(2024, 4, 5), progress("1.2", Status.IN_PROGRESS, 30)),
            withEntries(TT, Q1, date(2024, 4, 9), progress("1.2", Status.AT_RISK, 25)));

    assertThat(log.statusOf("1.2", date(2024, 4, 7)).map(TaskStatus::division)).contains(LS);
    assertThat(log.statusOf("1.2", date(2024, 4, 9)).map(TaskStatus::division)).contains(TT);
  }

  @Test
  void correctionSubmittedAfterTheAsOfDate_isNotYetSeen() {
    ReportLog log =
        log(
            withEntries(LS, Q1, date(2024, 4, 5), progress("1.1", Status.IN_PROGRESS, 30)),
            QuarterlyReport.builder()
                .from(withEntries(LS, Q1, date(2024, 4, 20), progress("1.1", Status.AT_RISK, 20)))
                .correction(true)
                .build());

    assertThat(log.statusOf("1.1", date(2024, 4, 19)).map(TaskStatus::status))
        .contains(Status.IN_PROGRESS);
    assertThat(log.statusOf("1.1", date(2024, 4, 20)).map(TaskStatus::status))
        .contains(Status.AT_RISK);
  }

  @Test
  void correctionThatDropsATask_leavesItsStatusToEarlierQuarters() {
    ReportLog log =
        log(
            report(LS, Q1, date(2024, 4, 5), "1.1"),
            report(LS, Q2, date(2024, 7, 5), "1.1"),
            correction(LS, Q2, date(2024, 7, 8), "1.2"));

    assertThat(log.statusOf("1.1", date(2024, 7, 6)).map(TaskStatus::quarter)).contains(Q2);
    assertThat(log.statusOf("1.1", date(2024, 7, 8)).map(TaskStatus::quarter)).contains(Q1);
  }

  @Test
  void statusIsStale_whenTheNextQuartersReportIsOverdue() {
    // Q1 reported; Q2's report is due 10 July
    ReportLog log = log(report(LS, Q1, date(2024, 3, 25), "1.1"));

    assertThat(log.statusOf("1.1", date(2024, 3, 31)).map(TaskStatus::stale)).contains(false);
    assertThat(log.statusOf("1.1", date(2024, 7, 1)).map(TaskStatus::stale)).contains(false);
    assertThat(log.statusOf("1.1", date(2024, 7, 10)).map(TaskStatus::stale)).contains(false);
    assertThat(log.statusOf("1.1", date(2024, 7, 11)).map(TaskStatus::stale)).contains(true);
    assertThat(log.statusOf("1.1", date(2024, 7, 11)).map(Object::toString))
        .hasValueSatisfying(s -> assertThat(s).endsWith(" stale]"));
  }

  @Test
  void aTaskReportedDone_isNeverStale_andNoLongerExpected() {
    ReportLog log =
        log(
            withEntries(LS, Q1, date(2024, 4, 5), progress("1.1", Status.DONE, 100)),
            report(TT, Q1, date(2024, 4, 5), "2.2"));

    assertThat(log.statusOf("1.1", date(2024, 12, 1)).map(TaskStatus::stale)).contains(false);
    assertThat(log.coverage(Q2).expected()).doesNotContain(item(LS, "1.1"));
    assertThat(log.coverage(Q1).expected()).contains(item(LS, "1.1"));
  }

  @Test
  void statusOfThePlansLastQuarter_isNeverStale() {
    ReportLog log = log(report(LS, Q4, date(2024, 12, 20), "1.1"));

    assertThat(log.statusOf("1.1", date(2025, 6, 30)).map(TaskStatus::stale)).contains(false);
  }

  @Test
  void statusOfAnUnknownTask_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> log().statusOf("9.9", date(2024, 6, 1)))
        .withMessageStartingWith("Plan[")
        .withMessageEndingWith(": no task 9.9");
  }

  // ---------------------------------------------------------------- target progress

  @Test
  void decreasingTarget_tenToSevenDays_actualEight_hasAchievedTwoThirds() {
    // task 2.1 runs 2024-04-01 … 2024-12-31: 274 days; a Q2 actual measures 30 June, day 90
    ReportLog log = log(withEntries(TT, Q2, date(2024, 7, 5), actual("2.1", DAYS, "8")));

    TargetProgress p = log.targetProgress("2.1", DAYS, date(2024, 8, 16)).orElseThrow();

    assertThat(p.target()).isEqualTo(T21.targets().get(0));
    assertThat(p.actual()).isEqualByComparingTo("8");
    assertThat(p.quarter()).isEqualTo(Q2);
    assertThat(p.division()).isEqualTo(TT);
    assertThat(p.start()).isEqualTo(date(2024, 4, 1));
    assertThat(p.due()).isEqualTo(date(2024, 12, 31));
    assertThat(p.measuredOn()).isEqualTo(date(2024, 6, 30));
    assertThat(p.achieved()).isCloseTo(new BigDecimal("0.666666666666667"), TINY);
    assertThat(p.expected()).isCloseTo(share(90, 274), TINY);
    assertThat(p.expectedValue())
        .isCloseTo(BigDecimal.TEN.subtract(share(90, 274).multiply(BigDecimal.valueOf(3))), TINY);
    assertThat(p.onTrack()).isTrue();
    assertThat(p.toString())
        .startsWith("TargetProgress[Thời gian giải quyết hồ sơ: 8 ngày of 10 → 7, expected 9.01")
        .endsWith(", on track]");
  }

  @Test
  void decreasingTarget_behindThePath_isNotOnTrack_andThePathEndsAtTheTarget() {
    // at 30 June the path expects 10 − 3 × 90/274 = 9.01 days; 9.1 is behind
    ReportLog behind = log(withEntries(TT, Q2, date(2024, 7, 5), actual("2.1", DAYS, "9.1")));
    ReportLog atYearEnd =
        log(withEntries(TT, Q4, date(2024, 12, 31), actual("2.1", DAYS, "7.5")));

    TargetProgress half = behind.targetProgress("2.1", DAYS, date(2024, 8, 16)).orElseThrow();
    TargetProgress due = atYearEnd.targetProgress("2.1", DAYS, date(2024, 12, 31)).orElseThrow();
    TargetProgress after = atYearEnd.targetProgress("2.1", DAYS, date(2025, 2, 1)).orElseThrow();

    assertThat(half.achieved()).isCloseTo(new BigDecimal("0.3"), TINY);
    assertThat(half.onTrack()).isFalse();
    assertThat(half.toString()).endsWith(", behind]");
    assertThat(due.expected()).isEqualByComparingTo("1");
    assertThat(due.expectedValue()).isEqualByComparingTo("7");
    assertThat(due.onTrack()).isFalse();
    assertThat(after.measuredOn()).isEqualTo(date(2024, 12, 31));
    assertThat(after.expected()).isEqualByComparingTo("1");
  }

  @Test
  void expectedShare_isTheShareOfTheTasksDaysElapsed_untilTheDayTheActualMeasures() {
    // a Q2 report read on 5 July measures 30 June (day 90 of 274); read on 25 June, day 85
    ReportLog log = log(withEntries(TT, Q2, date(2024, 6, 20), actual("2.1", DAYS, "8")));

    TargetProgress july = log.targetProgress("2.1", DAYS, date(2024, 7, 5)).orElseThrow();
    TargetProgress june = log.targetProgress("2.1", DAYS, date(2024, 6, 25)).orElseThrow();

    assertThat(july.expected()).isCloseTo(share(90, 274), TINY);
    assertThat(june.measuredOn()).isEqualTo(date(2024, 6, 25));
    assertThat(june.expected()).isCloseTo(share(85, 274), TINY);
    assertThat(july.onTrack()).isTrue();
  }

  @Test
  void increasingTarget_twentyToHundredPosts_onTrackWhileAtOrAboveTheLinearPath() {
    // task 1.1 runs the whole of 2024: a Q2 actual measures 30 June, day 181 of 365
    ReportLog onTrack =
        log(
            withEntries(LS, Q1, date(2024, 4, 5), actual("1.1", POSTS, "40")),
            withEntries(LS, Q2, date(2024, 6, 28), actual("1.1", POSTS, "60")));
    ReportLog behind = log(withEntries(LS, Q2, date(2024, 7, 2), actual("1.1", POSTS, "55")));

    TargetProgress good = onTrack.targetProgress("1.1", POSTS, date(2024, 7, 20)).orElseThrow();
    TargetProgress late = behind.targetProgress("1.1", POSTS, date(2024, 7, 20)).orElseThrow();

    assertThat(good.achieved()).isEqualByComparingTo("0.5");
    assertThat(good.expected()).isCloseTo(share(181, 365), TINY);
    assertThat(good.expectedValue())
        .isCloseTo(new BigDecimal("20").add(share(181, 365).multiply(new BigDecimal("80"))), TINY);
    assertThat(good.onTrack()).isTrue();
    assertThat(late.achieved()).isEqualByComparingTo("0.4375");
    assertThat(late.onTrack()).isFalse();
  }

  @Test
  void targetProgress_usesTheLastActualReportedByTheDate() {
    ReportLog log =
        log(
            withEntries(LS, Q1, date(2024, 4, 5), actual("1.1", POSTS, "40")),
            withEntries(LS, Q2, date(2024, 7, 5), actual("1.1", POSTS, "60")),
            report(LS, Q3, date(2024, 10, 5), "1.1"));

    assertThat(log.targetProgress("1.1", POSTS, date(2024, 4, 4))).isEmpty();
    assertThat(log.targetProgress("1.1", POSTS, date(2024, 4, 5)).map(TargetProgress::actual))
        .contains(new BigDecimal("40"));
    assertThat(log.targetProgress("1.1", POSTS, date(2024, 12, 1)))
        .hasValueSatisfying(
            p -> {
              assertThat(p.actual()).isEqualByComparingTo("60");
              assertThat(p.quarter()).isEqualTo(Q2);
              assertThat(p.achieved()).isEqualByComparingTo("0.5");
            });
  }

  @Test
  void targetProgressOfAnUnknownTaskOrIndicator_isRejected() {
    ReportLog log = log();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> log.targetProgress("9.9", DAYS, date(2024, 6, 1)))
        .withMessageStartingWith("Plan[")
        .withMessageEndingWith(": no task 9.9");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> log.targetProgress("2.1", POSTS, date(2024, 6, 1)))
        .withMessageStartingWith("Plan[")
        .withMessageEndingWith(
            ", task 2.1: no target of the indicator 'Số bài đăng trên Trang thông tin điện tử'");
  }

  @Test
  void targetIsFoundByItsIndicatorWrittenWithoutDiacritics() {
    ReportLog log = log(withEntries(TT, Q2, date(2024, 7, 5), actual("2.1", DAYS, "8")));

    assertThat(log.targetProgress("2.1", "thoi gian giai quyet ho so", date(2024, 8, 16)))
        .isPresent();
  }

  @Test
  void actualKeyedByTheIndicatorInAnotherUnicodeForm_countsTowardsTheTarget() {
    String nfd = Normalizer.normalize(DAYS, Normalizer.Form.NFD);
    ReportLog log = log(withEntries(TT, Q2, date(2024, 7, 5), actual("2.1", nfd, "8")));

    assertThat(log.targetProgress("2.1", DAYS, date(2024, 8, 16)).map(TargetProgress::actual))
        .contains(new BigDecimal("8"));
  }

  private static BigDecimal share(int days, int of) {
    return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(of), MathContext.DECIMAL64);
  }
}
