package vn.ddci.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.threeten.extra.YearQuarter;
import vn.ddci.assessment.Confidence;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Frameworks;
import vn.ddci.plan.Division;
import vn.ddci.plan.Plan;
import vn.ddci.plan.ReportingRule;
import vn.ddci.plan.Signer;
import vn.ddci.plan.Target;
import vn.ddci.plan.Task;
import vn.ddci.progress.QuarterlyReport;
import vn.ddci.progress.Status;
import vn.ddci.progress.TaskProgress;
import vn.ddci.result.PublishedFigures;
import vn.ddci.result.PublishedStanding;
import vn.ddci.result.Unit;

/**
 * The seed plan's section II figures (Sở Ngoại vụ Lạng Sơn, DDCI 2023 against 2022), exactly as
 * written there, with the block's published median total 81.34; variants of them; and a small plan
 * on Sở Ngoại vụ's divisions with two quarters of reports.
 */
final class TextFixtures {
  static final Framework F = Frameworks.LANG_SON_DEPARTMENTS;
  static final Unit SO_NGOAI_VU = Unit.of("Sở Ngoại vụ", Frameworks.LANG_SON_DEPARTMENT_BLOCK);

  static final Division VP = Division.of("Văn phòng Sở");
  static final Division LS = Division.specialised("Phòng Lãnh sự - Hợp tác quốc tế");
  static final Division TT = Division.of("Trung tâm Thông tin và Dịch vụ đối ngoại");
  static final Division THANH_TRA = Division.of("Thanh tra Sở");
  static final String DAYS = "Thời gian giải quyết hồ sơ TTHC";

  private TextFixtures() {}

  /** The seed's standing, every component as the plan states it but Tính năng động. */
  static PublishedStanding.Builder seed() {
    return vn.ddci.assessment.SeedFigures.builder2023("DYNAMISM");
  }

  static PublishedFigures dynamism() {
    return PublishedFigures.builder().rank(20).lastRank(20).change("0.86").build();
  }

  static UnitAssessment seedAssessment() {
    return UnitAssessment.of(seed().putComponents(F.component("DYNAMISM"), dynamism()).build());
  }

  /** The seed with Tính năng động ranked 13/25, the median rank of 25, up from 20. */
  static UnitAssessment atTheMedian() {
    return UnitAssessment.of(
        seed()
            .putComponents(
                F.component("DYNAMISM"),
                PublishedFigures.builder().rank(13).lastRank(20).change("0.86").build())
            .build());
  }

  /** The seed without Tính năng động: its rank not published. */
  static UnitAssessment oneMissing() {
    return UnitAssessment.of(seed().build());
  }

  static Confidence.Builder confidence(int from, int to) {
    return Confidence.builder()
        .level(0.9)
        .method("bootstrap of respondents, 500 replications, seed 2024")
        .rankFrom(1)
        .rankTo(25)
        .rankChangeFrom(from)
        .rankChangeTo(to)
        .scoreChangeFrom(BigDecimal.ZERO)
        .scoreChangeTo(BigDecimal.ONE)
        .probabilityScoreRose(0.873)
        .probabilityRankRose(0.5);
  }

  static final Task T11 =
      Task.builder()
          .number("1.1")
          .title("Quản lý, vận hành Trang thông tin điện tử")
          .addComponents(F.component("TRANSPARENCY"))
          .lead(TT)
          .support(LS)
          .build();
  static final Task T21 =
      Task.builder()
          .number("2.1")
          .title("Cải cách TTHC")
          .addComponents(F.component("TIME_COST"))
          .lead(VP)
          .support(LS, THANH_TRA)
          .addTargets(Target.decrease(DAYS, "ngày", new BigDecimal("10"), new BigDecimal("7")))
          .build();
  static final Task T71 =
      Task.builder()
          .number("7.1")
          .title("Vai trò người đứng đầu")
          .addComponents(F.component("LEADERSHIP"))
          .monitor(VP)
          .build();

  /** A plan with section II (the seed's), three tasks (7.1 without a lead), and section IV. */
  static Plan plan() {
    return Plan.builder()
        .issuingUnit(SO_NGOAI_VU)
        .year(2024)
        .title("Cải thiện, nâng cao Chỉ số DDCI năm 2024")
        .legalBasis("Kế hoạch số 36/KH-UBND ngày 06/02/2024")
        .assessment(seedAssessment())
        .addTasks(T11, T21, T71)
        .focalPoint(VP)
        .putResponsibilities(VP, "Là đầu mối theo dõi, đôn đốc.")
        .putResponsibilities(LS, "Báo cáo kết quả định kỳ từng quý.")
        .reportingRule(ReportingRule.quarterly(List.of(LS, TT), VP, 10))
        .signer(Signer.of("Giám đốc", "Trịnh Tuyết Mai"))
        .build();
  }

  /** Q1: Lãnh sự on time, the Trung tâm late; Q2: only Lãnh sự, with the target's actual. */
  static List<QuarterlyReport> reports() {
    YearQuarter q1 = YearQuarter.of(2024, 1);
    YearQuarter q2 = YearQuarter.of(2024, 2);
    return List.of(
        report(LS, q1, LocalDate.of(2024, 4, 8), null, "1.1", "2.1"),
        report(TT, q1, LocalDate.of(2024, 4, 18), null, "1.1"),
        report(LS, q2, LocalDate.of(2024, 7, 5), "8", "1.1", "2.1"));
  }

  private static QuarterlyReport report(
      Division d, YearQuarter q, LocalDate submitted, String days, String... tasks) {
    QuarterlyReport.Builder r =
        QuarterlyReport.builder().division(d).quarter(q).submitted(submitted);
    for (String t : tasks) {
      TaskProgress.Builder e =
          TaskProgress.builder().task(t).status(Status.IN_PROGRESS).percent(50);
      if (days != null && t.equals("2.1")) {
        e.putActuals(DAYS, new BigDecimal(days));
      }
      r.addEntries(e.build());
    }
    return r.build();
  }
}
