package vn.ddci.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.threeten.extra.YearQuarter;
import vn.ddci.framework.Block;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.RankingRule;
import vn.ddci.plan.Division;
import vn.ddci.plan.Plan;
import vn.ddci.plan.ReportingRule;
import vn.ddci.plan.Signer;
import vn.ddci.plan.Target;
import vn.ddci.plan.Task;
import vn.ddci.result.Unit;

/**
 * A small synthetic 2024 plan of a two-component framework, for the report tests.
 *
 * <ul>
 *   <li>1.1 (A, whole year): LS leads, VP supports; target: posts 20 → 100 (increase).
 *   <li>1.2 (A, whole year): the group of specialised divisions leads (so LS and TT, not VP).
 *   <li>2.1 (B, from 1 April): TT leads; target: days to process a dossier 10 → 7 (decrease).
 *   <li>2.2 (B, until 30 June): Thanh tra leads, TT supports.
 * </ul>
 *
 * <p>Reporting rule: LS and TT report to VP, due 10 days after each quarter (Q1 due 10 April).
 */
final class ProgressFixtures {
  static final Component A = Component.of("ALPHA", "Thành phần A", "Component A", BigDecimal.ONE);
  static final Component B = Component.of("BETA", "Thành phần B", "Component B", BigDecimal.ONE);
  static final Framework F = Framework.builder().name("Khung thử").addComponents(A, B).build();
  static final Unit UNIT =
      Unit.of("Sở Thử nghiệm", Block.of("THU", "Khối thử", F, RankingRule.LANG_SON));

  static final Division VP = Division.of("Văn phòng Sở");
  static final Division THANH_TRA = Division.of("Thanh tra Sở");
  static final Division LS = Division.specialised("Phòng Lãnh sự - Hợp tác quốc tế");
  static final Division TT = Division.specialised("Trung tâm Thông tin và Dịch vụ đối ngoại");
  static final Division ALL = Division.allSpecialised();

  static final String POSTS = "Số bài đăng trên Trang thông tin điện tử";
  static final String DAYS = "Thời gian giải quyết hồ sơ";

  static final YearQuarter Q1 = YearQuarter.of(2024, 1);
  static final YearQuarter Q2 = YearQuarter.of(2024, 2);
  static final YearQuarter Q3 = YearQuarter.of(2024, 3);
  static final YearQuarter Q4 = YearQuarter.of(2024, 4);

  static final Task T11 =
      Task.builder()
          .number("1.1")
          .title("Công khai thông tin")
          .addComponents(A)
          .lead(LS)
          .support(VP)
          .addTargets(Target.increase(POSTS, "bài", new BigDecimal("20"), new BigDecimal("100")))
          .build();
  static final Task T12 =
      Task.builder()
          .number("1.2")
          .title("Đối thoại doanh nghiệp")
          .addComponents(A)
          .lead(ALL)
          .build();
  static final Task T21 =
      Task.builder()
          .number("2.1")
          .title("Rút ngắn thời gian giải quyết")
          .addComponents(B)
          .lead(TT)
          .start(LocalDate.of(2024, 4, 1))
          .addTargets(Target.decrease(DAYS, "ngày", new BigDecimal("10"), new BigDecimal("7")))
          .build();
  static final Task T22 =
      Task.builder()
          .number("2.2")
          .title("Thanh tra công vụ")
          .addComponents(B)
          .lead(THANH_TRA)
          .support(TT)
          .due(LocalDate.of(2024, 6, 30))
          .build();

  private ProgressFixtures() {}

  static Plan.Builder planBuilder() {
    return Plan.builder()
        .issuingUnit(UNIT)
        .year(2024)
        .title("Kế hoạch thử")
        .legalBasis("Kế hoạch số 1/KH-UBND")
        .focalPoint(VP)
        .reportingRule(ReportingRule.quarterly(List.of(LS, TT), VP, 10))
        .signer(Signer.of("Giám đốc", "Nguyễn Văn A"));
  }

  static final Plan PLAN = planBuilder().addTasks(T11, T12, T21, T22).build();

  static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  static TaskProgress progress(String task, Status status, int percent) {
    return TaskProgress.builder().task(task).status(status).percent(percent).build();
  }

  static TaskProgress inProgress(String task) {
    return progress(task, Status.IN_PROGRESS, 50);
  }

  /** A report with one IN_PROGRESS 50 % entry per task. */
  static QuarterlyReport report(
      Division division, YearQuarter quarter, LocalDate submitted, String... tasks) {
    QuarterlyReport.Builder r =
        QuarterlyReport.builder().division(division).quarter(quarter).submitted(submitted);
    for (String t : tasks) {
      r.addEntries(inProgress(t));
    }
    return r.build();
  }

  static QuarterlyReport correction(
      Division division, YearQuarter quarter, LocalDate submitted, String... tasks) {
    return QuarterlyReport.builder()
        .from(report(division, quarter, submitted, tasks))
        .correction(true)
        .build();
  }

  static ReportItem item(Division division, String task) {
    return ReportItem.of(division, task);
  }
}
