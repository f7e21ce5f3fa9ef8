package vn.ddci.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.threeten.extra.YearQuarter;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Component;
import vn.ddci.framework.Measure;
import vn.ddci.goal.GainSplit;
import vn.ddci.goal.GoalCheck;
import vn.ddci.goal.RankTarget;
import vn.ddci.goal.Requirement;
import vn.ddci.goal.WhatItTakes;
import vn.ddci.io.AssessmentJson;
import vn.ddci.io.Exports;
import vn.ddci.io.PlanJson;
import vn.ddci.io.ReportJson;
import vn.ddci.io.ReportTemplate;
import vn.ddci.plan.Plan;
import vn.ddci.progress.QuarterlyReport;
import vn.ddci.progress.ReportLog;
import vn.ddci.progress.ReportingCoverage;
import vn.ddci.ranking.MedianClass;
import vn.ddci.result.PublishedStanding;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Unit;
import vn.ddci.text.PlanText;

/**
 * The worked example: the seed plan's section II, computed from Sở Ngoại vụ's published DDCI 2023
 * figures and printed in Vietnamese in the plan's own style, with whether illustrative 2023 goals
 * ({@link IllustrativeGoals}) were met and a proposed goal table for 2024 computed from an
 * illustrative whole 2023 table ({@link IllustrativeResults}); then the plan's component coverage,
 * its responsibility matrix, and the reporting coverage of two quarters of illustrative reports;
 * last, it writes them to {@code target/ddci} as JSON and .xlsx and reads the plan back.
 *
 * <p>Run it with {@code mvn -q -DskipTests -pl ddci-examples -am package exec:java}.
 */
public final class SeedAssessment {
  private SeedAssessment() {}

  /**
   * Prints the assessment.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = Console.utf8();
    PublishedStanding standing = SeedPlan.standing2023();
    UnitAssessment assessment = UnitAssessment.of(standing);

    out.println("KẾ HOẠCH cải thiện, nâng cao Chỉ số DDCI năm " + assessment.year().plusYears(1));
    out.println(
        assessment.unit().name()
            + " – "
            + assessment.unit().block().name()
            + " ("
            + standing.blockSize()
            + " đơn vị)");
    out.println();
    PlanText text = PlanText.vietnamese();
    text.sectionII(assessment).forEach(out::println);
    out.println();
    text.withIllustrativeLabel(IllustrativeGoals.LABEL)
        .goalsMet(GoalCheck.checkAll(IllustrativeGoals.goals2023(), assessment))
        .forEach(out::println);
    out.println();
    proposedGoals(text).forEach(out::println);

    Plan plan = IllustrativeProgress.plan();
    out.println();
    text.sectionIII(plan).forEach(out::println);
    out.println();
    text.responsibilityMatrix(plan).forEach(out::println);
    out.println();
    text.sectionIV(plan).forEach(out::println);
    out.println();
    ReportLog log = ReportLog.of(plan, IllustrativeProgress.reports(plan));
    text.withIllustrativeLabel(IllustrativeProgress.LABEL)
        .reporting(log, LocalDate.of(2024, 7, 15))
        .forEach(out::println);

    out.println();
    writeFiles(assessment, plan, log, Paths.get("target", "ddci")).forEach(out::println);
  }

  /**
   * Computes the proposed goal table for 2024 from the illustrative whole 2023 table ({@link
   * IllustrativeResults}): rank 10/25 for the total; the median rank for the components below it;
   * the total's gain split across the components, those four fixed at what the median takes.
   *
   * @param text the plan's words
   * @return the lines of the table, labelled illustrative
   */
  public static List<String> proposedGoals(PlanText text) {
    ResultTable table = IllustrativeResults.table2023();
    Unit unit = SeedPlan.SO_NGOAI_VU;
    WhatItTakes takes = WhatItTakes.from(table);
    Requirement total = takes.requirement(unit, Measure.total(), RankTarget.rank(10));
    List<Requirement> requirements = new ArrayList<>();
    requirements.add(total);
    GainSplit.Planner planner = GainSplit.planner(table, unit);
    for (Component c : table.block().framework().components()) {
      Requirement r = takes.requirement(unit, Measure.of(c), RankTarget.median());
      if (r.standing().medianClass() == MedianClass.BELOW) {
        requirements.add(r);
        r.gain().ifPresent(g -> planner.fix(c, g));
      }
    }
    GainSplit split = planner.split(total.gain().orElse(BigDecimal.ZERO));
    return text.withIllustrativeLabel(IllustrativeProgress.LABEL)
        .proposedGoals(table.year().plusYears(1), requirements, split);
  }

  /**
   * Writes the assessment, the plan and the reporting coverage as files people exchange, reads them
   * back, and says what was written.
   *
   * @param assessment the seed's assessment
   * @param plan the plan
   * @param log the reports on the plan
   * @param dir the folder to write into; created if need be
   * @return the lines to print
   * @throws UncheckedIOException if the folder cannot be created
   */
  public static List<String> writeFiles(
      UnitAssessment assessment, Plan plan, ReportLog log, Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path assessmentJson = dir.resolve("danh-gia-2023.json");
    AssessmentJson.write(assessment, assessmentJson);
    Path planJson = dir.resolve("ke-hoach-2024.json");
    PlanJson.write(plan, planJson);
    Exports.xlsx(assessment, dir.resolve("danh-gia-2023.xlsx"));
    List<ReportingCoverage> quarters =
        List.of(log.coverage(YearQuarter.of(2024, 1)), log.coverage(YearQuarter.of(2024, 2)));
    Exports.xlsx(quarters, dir.resolve("bao-cao-quy.xlsx"));
    Exports.json(quarters, dir.resolve("bao-cao-quy.json"));
    List<String> reportFiles = new ArrayList<>();
    for (QuarterlyReport r : log.effective().values()) {
      String name =
          "bao-cao-2024-q"
              + r.quarter().getQuarterValue()
              + "-"
              + (r.division().equals(SeedDivisions.LANH_SU) ? "lanh-su" : "trung-tam")
              + ".json";
      ReportJson.write(r, dir.resolve(name));
      reportFiles.add(name);
    }
    Collections.sort(reportFiles);
    Path template = dir.resolve("mau-bao-cao-quy-3.xlsx");
    ReportTemplate.write(plan, SeedDivisions.LANH_SU, YearQuarter.of(2024, 3), template);
    boolean samePlan = PlanJson.read(planJson).equals(plan);
    boolean sameAssessment = AssessmentJson.read(assessmentJson).equals(assessment);
    return List.of(
        "Tệp đã ghi vào " + dir + ":",
        "- ke-hoach-2024.json: kế hoạch (JSON), đọc lại " + (samePlan ? "giống hệt" : "KHÁC"),
        "- danh-gia-2023.json: đánh giá năm 2023 (JSON), đọc lại "
            + (sameAssessment ? "giống hệt" : "KHÁC"),
        "- danh-gia-2023.xlsx: đánh giá năm 2023 (Excel)",
        "- " + String.join(", ", reportFiles) + ": báo cáo quý đã nhận (minh họa)",
        "- bao-cao-quy.xlsx, bao-cao-quy.json: độ bao phủ báo cáo quý 1 và quý 2 (minh họa)",
        "- mau-bao-cao-quy-3.xlsx: mẫu báo cáo quý 3 của " + SeedDivisions.LANH_SU.name());
  }
}
