package vn.ddci.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.threeten.extra.YearQuarter;
import vn.ddci.assessment.Confidence;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Frameworks;
import vn.ddci.plan.Division;
import vn.ddci.plan.Plan;
import vn.ddci.plan.ReportingRule;
import vn.ddci.plan.Signer;
import vn.ddci.plan.Task;
import vn.ddci.progress.QuarterlyReport;
import vn.ddci.progress.ReportLog;
import vn.ddci.progress.Status;
import vn.ddci.progress.TaskProgress;
import vn.ddci.result.PublishedStanding;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * The data the chart tests draw: the seed plan's published figures (Sở Ngoại vụ Lạng Sơn, DDCI 2023
 * against 2022, as written in its section II), and a small synthetic block of five departments of
 * Lạng Sơn's framework (invented figures: the seed has no whole table) with a two-quarter plan.
 */
final class ReportFixtures {
  static final Framework F = Frameworks.LANG_SON_DEPARTMENTS;
  static final String SO_NGOAI_VU = "Sở Ngoại vụ";

  private ReportFixtures() {}

  /** The seed's figures, from ddci-core's test-jar. */
  static PublishedStanding seed2023() {
    return vn.ddci.assessment.SeedFigures.standing2023();
  }

  /**
   * The seed unit's line of the 2023 table as far as the seed plan gives it: Sở Ngoại vụ alone, its
   * total 80.45 at rank 15 of 25, with the block's published median 81.34 (a partial table).
   */
  static ResultTable seedTable2023() {
    Scorecard card =
        Scorecard.builder()
            .unit(Unit.of(SO_NGOAI_VU, Frameworks.LANG_SON_DEPARTMENT_BLOCK))
            .year(2023)
            .givenTotal("80.45")
            .publishedRank(15)
            .build();
    return ResultTable.of(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Year.of(2023), 25, List.of(card))
        .withPublishedMedianScore(vn.ddci.result.Score.parse("81.34"));
  }

  /** The seed plan: the examples' golden JSON file, read with ddci-io's PlanJson. */
  static Plan seedPlan() {
    return vn.ddci.io.PlanJson.read(
        java.nio.file.Paths.get("../ddci-examples/src/test/resources/golden/seed-plan.json"));
  }

  static final String[] NAMES = {
    "Công an tỉnh", "Sở Công Thương", SO_NGOAI_VU, "Sở Tư pháp", "Sở Khoa học và Công nghệ"
  };

  /**
   * Five units, their totals and the scores of the eight components in the framework's order; Sở
   * Ngoại vụ is third of five in 2023 (the median rank), fourth in 2022, and shares the first place
   * in BUSINESS_SUPPORT (10.00) with Công an tỉnh.
   */
  static ResultTable block(int year) {
    String[][] scores =
        year == 2023
            ? new String[][] {
              {"8.10", "9.02", "7.50", "8.80", "10.00", "8.40", "7.90", "9.10"},
              {"7.95", "8.60", "7.20", "8.10", "9.40", "8.00", "7.70", "8.80"},
              {"6.83", "8.95", "7.40", "7.90", "10.00", "5.10", "6.20", "8.20"},
              {"7.10", "7.80", "6.90", "7.30", "8.90", "7.10", "7.00", "7.60"},
              {"6.20", "7.10", "6.30", "6.50", "8.10", "6.40", "6.60", "7.20"}
            }
            : new String[][] {
              {"7.90", "8.80", "7.30", "8.50", "9.80", "8.10", "7.60", "8.90"},
              {"8.20", "8.90", "7.60", "8.30", "9.60", "8.20", "7.80", "9.00"},
              {"6.50", "9.10", "7.10", "7.40", "9.00", "5.30", "6.00", "7.90"},
              {"6.80", "7.50", "6.60", "7.00", "8.50", "6.90", "6.70", "7.30"},
              {"6.00", "6.90", "6.10", "6.20", "7.90", "6.20", "6.40", "7.00"}
            };
    String[] totals =
        year == 2023
            ? new String[] {"86.04", "81.98", "78.23", "73.38", "68.00"}
            : new String[] {"84.88", "84.50", "70.00", "70.38", "65.38"};
    List<Scorecard> cards = new ArrayList<>();
    for (int i = 0; i < NAMES.length; i++) {
      Scorecard.Builder card =
          Scorecard.builder()
              .unit(Unit.of(NAMES[i], Frameworks.LANG_SON_DEPARTMENT_BLOCK))
              .year(year)
              .givenTotal(totals[i]);
      List<Component> cs = F.components();
      for (int j = 0; j < cs.size(); j++) {
        card.score(cs.get(j), scores[i][j]);
      }
      cards.add(card.build());
    }
    return ResultTable.of(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Year.of(year), cards);
  }

  /**
   * Part of Lạng Sơn's 2021 department block as the press printed it (shared/data/ddci-press): the
   * first three and the last unit of 24, totals only, no median.
   */
  static ResultTable press2021() {
    String[][] rows = {
      {"Công an tỉnh", "78.43", "1"},
      {"Bảo hiểm xã hội tỉnh", "76.9", "2"},
      {"Sở Công Thương", "76.86", "3"},
      {"BQL Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn", "54.65", "24"}
    };
    List<Scorecard> cards = new ArrayList<>();
    for (String[] r : rows) {
      cards.add(
          Scorecard.builder()
              .unit(Unit.of(r[0], Frameworks.LANG_SON_DEPARTMENT_BLOCK))
              .year(2021)
              .givenTotal(r[1])
              .publishedRank(Integer.parseInt(r[2]))
              .build());
    }
    return ResultTable.of(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Year.of(2021), 24, cards);
  }

  static final Division VP = Division.of("Văn phòng Sở");
  static final Division LS = Division.specialised("Phòng Lãnh sự - Hợp tác quốc tế");
  static final Division TT = Division.specialised("Trung tâm Thông tin và Dịch vụ đối ngoại");
  static final YearQuarter Q1 = YearQuarter.of(2024, 1);
  static final YearQuarter Q2 = YearQuarter.of(2024, 2);

  /**
   * Two tasks, LS and TT reporting to VP: Q1 both report everything (TT late); Q2 TT reports
   * nothing.
   */
  static ReportLog log() {
    Task t11 =
        Task.builder()
            .number("1.1")
            .title("Công khai thông tin")
            .addComponents(F.component("TRANSPARENCY"))
            .lead(LS)
            .support(TT)
            .build();
    Task t21 =
        Task.builder()
            .number("2.1")
            .title("Rút ngắn thời gian giải quyết hồ sơ")
            .addComponents(F.component("TIME_COST"))
            .lead(TT)
            .build();
    Plan plan =
        Plan.builder()
            .issuingUnit(Unit.of(SO_NGOAI_VU, Frameworks.LANG_SON_DEPARTMENT_BLOCK))
            .year(2024)
            .title("Kế hoạch thử")
            .legalBasis("Kế hoạch số 1/KH-UBND")
            .focalPoint(VP)
            .reportingRule(ReportingRule.quarterly(List.of(LS, TT), VP, 10))
            .signer(Signer.of("Giám đốc", "Nguyễn Văn A"))
            .addTasks(t11, t21)
            .build();
    return ReportLog.of(
        plan,
        List.of(
            report(LS, Q1, LocalDate.of(2024, 4, 5), "1.1"),
            report(TT, Q1, LocalDate.of(2024, 4, 20), "1.1", "2.1"),
            report(LS, Q2, LocalDate.of(2024, 7, 5), "1.1")));
  }

  private static QuarterlyReport report(
      Division d, YearQuarter q, LocalDate submitted, String... tasks) {
    QuarterlyReport.Builder r =
        QuarterlyReport.builder().division(d).quarter(q).submitted(submitted);
    for (String t : tasks) {
      r.addEntries(TaskProgress.builder().task(t).status(Status.IN_PROGRESS).percent(50).build());
    }
    return r.build();
  }

  static BigDecimal decimal(String s) {
    return new BigDecimal(s);
  }

  /** A 90 % confidence with the given rank interval (bootstrap, 1,000 replications). */
  static Confidence confidence(int from, int to) {
    return Confidence.builder()
        .level(0.9)
        .method("bootstrap, 1000 replications")
        .rankFrom(from)
        .rankTo(to)
        .rankChangeFrom(-1)
        .rankChangeTo(2)
        .scoreChangeFrom(new BigDecimal("-0.5"))
        .scoreChangeTo(new BigDecimal("1.2"))
        .probabilityScoreRose(0.8)
        .probabilityRankRose(0.7)
        .build();
  }
}
