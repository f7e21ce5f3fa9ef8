package vn.ddci.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.goal.Goal;
import vn.ddci.plan.Plan;

/** A plan's goals in JSON: optional, written only when there are some, read back equal. */
class PlanJsonGoalsTest {
  private static final Year Y = Year.of(2024);
  private static final List<Goal> GOALS =
      List.of(
          Goal.score(Measure.total(), Y, new BigDecimal("82.00")),
          Goal.rank(Measure.total(), Y, 10, 25),
          Goal.aboveMedian(Measure.of(Frameworks.LANG_SON_DEPARTMENTS.component("DYNAMISM")), Y),
          Goal.outOfBottom(
              Measure.of(Frameworks.LANG_SON_DEPARTMENTS.component("BUSINESS_SUPPORT")), Y, 5),
          Goal.scoreGain(Measure.total(), Y, new BigDecimal("2")),
          Goal.rankGain(Measure.total(), Y, 3));

  @TempDir Path dir;

  @Test
  void goals_roundTrip_everyKind() {
    Plan plan = PlanJsonTest.plan("Kế hoạch", 10).withGoals(GOALS);
    Path file = dir.resolve("plan.json");
    PlanJson.write(plan, file);
    Plan back = PlanJson.read(file);
    assertThat(back).isEqualTo(plan);
    assertThat(back.goals()).containsExactlyElementsOf(GOALS);
    String json = PlanJson.toJson(plan);
    assertThat(json)
        .contains(
            "{\n    \"measure\" : \"TOTAL\",\n    \"year\" : 2024,\n    \"kind\" : \"RANK\",\n"
                + "    \"rank\" : 10,\n    \"outOf\" : 25\n  }")
        .contains("\"points\" : 82.00");
  }

  @Test
  void aPlanWithoutGoals_writesNoField_andOldFilesStillRead() {
    Plan plan = PlanJsonTest.plan("Kế hoạch", 10);
    String json = PlanJson.toJson(plan);
    assertThat(json).doesNotContain("\"goals\"");
    assertThat(PlanJson.fromJson(json, "old.json").goals()).isEmpty();
  }

  @Test
  void badGoals_areNamedByPath() {
    String json = PlanJson.toJson(PlanJsonTest.plan("Kế hoạch", 10).withGoals(GOALS));
    assertThatThrownBy(
            () ->
                PlanJson.fromJson(
                    json.replace("\"kind\" : \"RANK\"", "\"kind\" : \"RANKS\""), "p.json"))
        .isInstanceOf(DdciIoException.class)
        .hasMessageStartingWith("p.json, at $.goals[1].kind, value \"RANKS\":");
    assertThatThrownBy(
            () ->
                PlanJson.fromJson(
                    json.replace("\"measure\" : \"DYNAMISM\"", "\"measure\" : \"DYNAMIC\""),
                    "p.json"))
        .isInstanceOf(DdciIoException.class)
        .hasMessageStartingWith("p.json, at $.goals[2].measure, value \"DYNAMIC\":");
    assertThatThrownBy(
            () -> PlanJson.fromJson(json.replace("\"outOf\" : 25", "\"outOf\" : 5"), "p.json"))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("$.goals[1]")
        .hasMessageContaining("target rank 10 is outside 1–5");
    assertThatThrownBy(
            () ->
                PlanJson.fromJson(
                    json.replace("\"rank\" : 10,\n    \"outOf\" : 25", "\"rank\" : 10"), "p.json"))
        .isInstanceOf(DdciIoException.class)
        .hasMessage("p.json, at $.goals[1].outOf: is missing");
    assertThatThrownBy(
            () ->
                PlanJson.fromJson(
                    json.replace(
                        "\"kind\" : \"RANK_GAIN\",",
                        "\"kind\" : \"RANK_GAIN\",\n    \"rank\" : 4,"),
                    "p.json"))
        .isInstanceOf(DdciIoException.class)
        .hasMessage(
            "p.json, at $.goals[5].rank, value \"4\": a goal of kind RANK_GAIN has no rank");
  }

  @Test
  void duplicateGoals_areRefusedByThePlan() {
    // the score gain turned into a second target score of the total
    String json =
        PlanJson.toJson(PlanJsonTest.plan("Kế hoạch", 10).withGoals(GOALS))
            .replace("\"kind\" : \"SCORE_GAIN\"", "\"kind\" : \"SCORE\"");
    assertThatThrownBy(() -> PlanJson.fromJson(json, "p.json"))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("two goals of kind SCORE for TOTAL in 2024");
  }
}
