package vn.ddci.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import vn.ddci.io.PlanJson;
import vn.ddci.io.ReportJson;
import vn.ddci.plan.Plan;
import vn.ddci.progress.QuarterlyReport;

/**
 * The seed plan's JSON is kept as a golden file: the writer must keep producing it byte for byte,
 * and the reader must turn it back into the same plan. Run with {@code -Dddci.updateGolden=true}
 * to rewrite it after a deliberate change of the schema (and bump {@code schemaVersion}).
 */
class SeedPlanJsonTest {
  private static final Path GOLDEN = Paths.get("src/test/resources/golden/seed-plan.json");

  @Test
  void theSeedPlan_isWrittenExactlyAsTheGoldenFile_andReadBackEqual() throws IOException {
    Plan plan = SeedPlanDocument.plan();
    String json = PlanJson.toJson(plan);
    if (Boolean.getBoolean("ddci.updateGolden")) {
      Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
    }

    assertThat(json).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertThat(PlanJson.read(GOLDEN)).isEqualTo(plan);
  }

  @Test
  void theIllustrativeReports_roundTrip() {
    for (QuarterlyReport report : IllustrativeProgress.reports(IllustrativeProgress.plan())) {
      assertThat(ReportJson.fromJson(ReportJson.toJson(report), "report")).isEqualTo(report);
    }
    Plan withTarget = IllustrativeProgress.plan();
    assertThat(PlanJson.fromJson(PlanJson.toJson(withTarget), "plan")).isEqualTo(withTarget);
  }
}
