package vn.ddci.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of plans and quarterly reports, schema version 2 (see {@code docs/json-schema.md}
 * in ddci-io). Package-private: users read and write model objects through {@link PlanJson} and
 * {@link ReportJson}.
 */
final class Dto {
  private Dto() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "schemaVersion",
    "issuingUnit",
    "year",
    "title",
    "legalBasis",
    "purposes",
    "assessment",
    "goals",
    "divisions",
    "tasks",
    "responsibilities",
    "focalPoint",
    "reportingRule",
    "signer",
    "recipients",
    "start",
    "end"
  })
  record Plan(
      Integer schemaVersion,
      Unit issuingUnit,
      Integer year,
      String title,
      String legalBasis,
      String purposes,
      Assessment assessment,
      List<Goal> goals,
      List<Division> divisions,
      List<Task> tasks,
      Map<String, String> responsibilities,
      String focalPoint,
      Rule reportingRule,
      Signer signer,
      List<String> recipients,
      String start,
      String end) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Unit(String name, String shortName, Block block) {}

  @JsonPropertyOrder({"code", "name", "framework", "rankingRule"})
  record Block(String code, String name, Framework framework, RankingRule rankingRule) {}

  /** {@code precision}: "FULL", or the number of decimals compared, e.g. "2". */
  record RankingRule(String policy, String precision) {}

  @JsonPropertyOrder({
    "name",
    "components",
    "componentMax",
    "totalMax",
    "publishedDecimals",
    "totalTolerance",
    "weightsPublished"
  })
  record Framework(
      String name,
      List<Component> components,
      BigDecimal componentMax,
      BigDecimal totalMax,
      Integer publishedDecimals,
      BigDecimal totalTolerance,
      Boolean weightsPublished) {}

  record Component(String code, String nameVi, String nameEn, BigDecimal weight) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Division(String name, String shortName, Boolean specialised, Boolean group) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "number",
    "title",
    "activities",
    "components",
    "roles",
    "start",
    "due",
    "targets"
  })
  record Task(
      String number,
      String title,
      List<String> activities,
      List<String> components,
      Map<String, String> roles,
      String start,
      String due,
      List<Target> targets) {}

  record Target(
      String indicator,
      String unitOfMeasure,
      BigDecimal baseline,
      BigDecimal target,
      String direction) {}

  /**
   * A goal (mục tiêu phấn đấu): {@code measure} is {@code TOTAL} or a component code; the figures
   * of its {@code kind} only.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"measure", "year", "kind", "points", "rank", "outOf", "bottom", "places"})
  record Goal(
      String measure,
      Integer year,
      String kind,
      BigDecimal points,
      Integer rank,
      Integer outOf,
      Integer bottom,
      Integer places) {}

  record Rule(List<String> reporters, String recipient, Integer dueDays) {}

  record Signer(String title, String name) {}

  record Assessment(
      Integer year, Integer lastYear, Measure total, Map<String, Measure> components) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "standing",
    "score",
    "lastStanding",
    "change",
    "rankChange",
    "improvementRank",
    "leaderScore",
    "medianScore"
  })
  record Measure(
      Standing standing,
      BigDecimal score,
      Standing lastStanding,
      BigDecimal change,
      Integer rankChange,
      Standing improvementRank,
      BigDecimal leaderScore,
      BigDecimal medianScore) {}

  record Standing(
      Integer rank, Integer outOf, Integer tiedCount, BigDecimal fractionalRank, String policy) {}

  @JsonPropertyOrder({"schemaVersion", "division", "quarter", "submitted", "correction", "entries"})
  record Report(
      Integer schemaVersion,
      Division division,
      String quarter,
      String submitted,
      Boolean correction,
      List<Progress> entries) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"task", "status", "percent", "narrative", "reason", "actuals"})
  record Progress(
      String task,
      String status,
      Integer percent,
      String narrative,
      String reason,
      Map<String, BigDecimal> actuals) {}
}
