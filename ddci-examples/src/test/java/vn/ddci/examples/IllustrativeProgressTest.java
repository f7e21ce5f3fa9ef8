package vn.ddci.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ddci.examples.SeedDivisions.LANH_SU;
import static vn.ddci.examples.SeedDivisions.TRUNG_TAM;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;
import vn.ddci.plan.Division;
import vn.ddci.plan.Plan;
import vn.ddci.progress.ReportItem;
import vn.ddci.progress.ReportLog;
import vn.ddci.progress.ReportingCoverage;
import vn.ddci.progress.TargetProgress;
import vn.ddci.progress.TaskStatus;

/** Reporting coverage of the illustrative Q1 and Q2 2024 reports on the seed plan. */
class IllustrativeProgressTest {
  private static final List<String> LANH_SU_TASKS =
      List.of("1.1", "1.2", "2.1", "3.1", "4.1", "5.1", "6.1", "6.2", "8.1");
  private static final List<String> TRUNG_TAM_TASKS = List.of("1.1", "1.2", "4.1", "5.1", "6.2", "8.1");

  private final Plan plan = IllustrativeProgress.plan();
  private final ReportLog log = ReportLog.of(plan, IllustrativeProgress.reports(plan));

  @Test
  void expected_isEachReporterOnEveryTaskItHasARoleIn_throughTheGroupToo() {
    ReportingCoverage q1 = log.coverage(YearQuarter.of(2024, 1));

    // Phòng Lãnh sự is a specialised division: it has the group's roles in 1.1, 3.1 and 6.2
    assertThat(q1.expected()).isEqualTo(items(LANH_SU, LANH_SU_TASKS, TRUNG_TAM, TRUNG_TAM_TASKS));
  }

  @Test
  void q1_everythingReceived_theTrungTamLate() {
    ReportingCoverage q1 = log.coverage(YearQuarter.of(2024, 1));

    assertThat(q1.dueDate()).isEqualTo(LocalDate.of(2024, 4, 10));
    assertThat(q1.received()).isEqualTo(q1.expected());
    assertThat(q1.missing()).isEmpty();
    assertThat(q1.late()).isEqualTo(items(TRUNG_TAM, TRUNG_TAM_TASKS));
    assertThat(q1.percent()).isEqualByComparingTo("100");
  }

  @Test
  void q2_theTrungTamsReportMissing() {
    ReportingCoverage q2 = log.coverage(YearQuarter.of(2024, 2));

    assertThat(q2.received()).isEqualTo(items(LANH_SU, LANH_SU_TASKS));
    assertThat(q2.missing()).isEqualTo(items(TRUNG_TAM, TRUNG_TAM_TASKS));
    assertThat(q2.late()).isEmpty();
    assertThat(q2.percent()).isEqualByComparingTo("60.0");
    assertThat(q2.percentByDivision())
        .containsEntry(LANH_SU, new BigDecimal("100.0"))
        .containsEntry(TRUNG_TAM, new BigDecimal("0.0"));
  }

  @Test
  void theIllustrativeTarget_daysToProcessADossier_isOnTrackAtTheEndOfQ2() {
    TargetProgress p =
        log.targetProgress("2.1", IllustrativeProgress.DAYS, LocalDate.of(2024, 7, 15)).orElseThrow();

    assertThat(p.actual()).isEqualByComparingTo("8");
    assertThat(p.quarter()).isEqualTo(YearQuarter.of(2024, 2));
    assertThat(p.achieved())
        .isEqualByComparingTo(BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), MathContext.DECIMAL128));
    assertThat(p.onTrack()).isTrue();
    // the Q2 actual measures 30 June, day 181 of 365: the path is at 10 − 3 × 181/365
    assertThat(p.measuredOn()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(p.expectedValue().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("8.51");
  }

  @Test
  void taskStatus_asOfJuly_isTheQ2Report() {
    TaskStatus status = log.statusOf("2.1", LocalDate.of(2024, 7, 15)).orElseThrow();

    assertThat(status.quarter()).isEqualTo(YearQuarter.of(2024, 2));
    assertThat(status.percent()).isEqualTo(50);
    assertThat(status.stale()).isFalse();
    assertThat(log.statusOf("2.1", LocalDate.of(2024, 4, 1))).isEmpty();
  }

  private static Set<ReportItem> items(Division d, List<String> tasks) {
    return tasks.stream().map(t -> ReportItem.of(d, t)).collect(Collectors.toSet());
  }

  private static Set<ReportItem> items(Division a, List<String> ta, Division b, List<String> tb) {
    return Stream.concat(items(a, ta).stream(), items(b, tb).stream()).collect(Collectors.toSet());
  }
}
