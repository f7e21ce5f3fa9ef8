import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.threeten.extra.YearQuarter;
import vn.ddci.DdciValidationException;
import vn.ddci.InsufficientDataException;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.assessment.YearOverYear;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.framework.RankingRule;
import vn.ddci.plan.ComponentCoverage;
import vn.ddci.plan.Division;
import vn.ddci.plan.Plan;
import vn.ddci.plan.ReportingRule;
import vn.ddci.plan.Signer;
import vn.ddci.plan.Task;
import vn.ddci.progress.QuarterlyReport;
import vn.ddci.progress.ReportLog;
import vn.ddci.progress.Status;
import vn.ddci.progress.TaskProgress;
import vn.ddci.ranking.BlockRanking;
import vn.ddci.ranking.Consistency;
import vn.ddci.ranking.Ranking;
import vn.ddci.result.PublishedFigures;
import vn.ddci.result.PublishedStanding;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * A user's code, compiled by .ci/run with -Xlint:all -Werror against the ddci-core jar and its
 * runtime dependencies only (no Immutables): it must compile without a single warning.
 */
public final class Consumer {
  private Consumer() {}

  public static void main(String[] args) {
    Framework custom =
        Framework.builder()
            .name("Custom")
            .addComponents(Component.of("A", "Chỉ số A", "Index A", BigDecimal.ONE))
            .addComponents(Component.of("B", "Chỉ số B", "Index B", BigDecimal.ONE))
            .build();
    Framework f = Frameworks.LANG_SON_DEPARTMENTS;
    Unit unit = Unit.of("Sở Ngoại vụ", Frameworks.LANG_SON_DEPARTMENT_BLOCK);
    Scorecard.Builder card = Scorecard.builder().unit(unit).year(2023);
    for (Component c : f.components()) {
      card.score(c, "8.00");
    }
    Scorecard s = card.givenTotal("80.00").build();
    ResultTable table = ResultTable.of(unit.block(), Year.of(2023), List.of(s));
    ResultTable last =
        ResultTable.of(
            unit.block(), Year.of(2022), List.of(Scorecard.builder().from(s).year(2022).build()));
    Ranking<Unit> ranking = Ranking.of(table.scores(Measure.total()), RankingRule.LANG_SON);
    UnitAssessment a = YearOverYear.of(table, last).assess("So Ngoai vu");
    PublishedStanding.Builder standing =
        PublishedStanding.builder()
            .unit(unit)
            .year(2023)
            .blockSize(25)
            .total(PublishedFigures.builder().rank(15).score("80.45").build());
    for (Component c : f.components()) {
      standing.putComponents(c, PublishedFigures.ofRank(1));
    }
    Map<Component, ?> components = UnitAssessment.of(standing.build()).components();
    Division lead = Division.specialised("Phòng Lãnh sự - Hợp tác quốc tế");
    Plan plan =
        Plan.builder()
            .issuingUnit(unit)
            .year(2024)
            .title("Kế hoạch")
            .legalBasis("Kế hoạch số 36/KH-UBND")
            .addTasks(
                Task.builder()
                    .number("1.1")
                    .title("Nhiệm vụ")
                    .addComponents(f.components().get(0))
                    .lead(lead)
                    .support(Division.allSpecialised())
                    .build())
            .focalPoint(Division.of("Văn phòng Sở"))
            .reportingRule(ReportingRule.quarterly(List.of(lead), Division.of("Văn phòng Sở"), 10))
            .signer(Signer.of("Giám đốc", "Trịnh Tuyết Mai"))
            .build();
    QuarterlyReport report =
        QuarterlyReport.builder()
            .division(lead)
            .quarter(YearQuarter.of(2024, 1))
            .submitted(LocalDate.of(2024, 4, 5))
            .addEntries(TaskProgress.builder().task("1.1").status(Status.DONE).percent(100).build())
            .build();
    ReportLog log = ReportLog.of(plan, List.of(report));
    System.out.println(ComponentCoverage.of(plan) + " " + log.coverage(YearQuarter.of(2024, 1)));
    ResultTable press =
        ResultTable.builder()
            .block(unit.block())
            .year(Year.of(2023))
            .blockSize(25)
            .addScorecards(Scorecard.builder().from(s).publishedRank(15).build())
            .publishedMedianScore(Score.parse("81,34"))
            .build();
    BlockRanking partial = BlockRanking.of(press);
    Consistency consistency = Consistency.of(press);
    String median;
    try {
      median = partial.medianScore(Measure.of(f.components().get(0))).toPlainString();
    } catch (InsufficientDataException e) {
      median = "refused";
    } catch (DdciValidationException e) {
      median = "invalid";
    }
    System.out.println(custom + " " + ranking + " " + a + " " + components.size());
    System.out.println(partial.standing(unit, Measure.total()) + " " + consistency + " " + median);
  }
}
