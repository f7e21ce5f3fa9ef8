package vn.ddci.cli;

import java.math.BigDecimal;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ddci.engine.AuditEntry;
import vn.ddci.engine.Build;
import vn.ddci.engine.Node;
import vn.ddci.engine.Pipeline;
import vn.ddci.engine.Scores;
import vn.ddci.framework.Block;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.framework.Precision;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;
import vn.ddci.ranking.BlockRanking;
import vn.ddci.ranking.Ranking;
import vn.ddci.ranking.Standing;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Unit;
import vn.ddci.survey.IllustrativeDdci;
import vn.ddci.survey.Responses;
import vn.ddci.survey.SurveyIndex;

/**
 * Indicator data or a survey scored by the engine: the build (every stage), the audit trail, the
 * units ranked on the index and, for a survey, the block's result table.
 */
final class Scoring {
  /** How indicator data in COINr's layout is ranked: equal scores share the best rank. */
  static final RankingRule COINR_RULE = RankingRule.of(TiePolicy.COMPETITION, Precision.FULL);

  /** One unit ranked on the index. */
  record Ranked(String code, String name, Standing standing, double score) {}

  final Build build;
  final List<AuditEntry> audit;
  final List<Ranked> ranked;
  final Optional<ResultTable> table;
  final Optional<SurveyIndex> index;
  final Optional<Responses> answers;

  private Scoring(
      Build build,
      List<AuditEntry> audit,
      List<Ranked> ranked,
      Optional<ResultTable> table,
      Optional<SurveyIndex> index,
      Optional<Responses> answers) {
    this.build = build;
    this.audit = audit;
    this.ranked = ranked;
    this.table = table;
    this.index = index;
    this.answers = answers;
  }

  /**
   * Reads the inputs and runs the pipeline the options describe.
   *
   * @param attributes the survey's respondent attributes to read (a bootstrap's stratum)
   */
  static Scoring of(Action action, Inputs inputs, Steps steps, String... attributes) {
    inputs.check(action);
    action.block(); // a usage error if --block names no block, whatever the data
    Pipeline pipeline = steps.pipeline(action, inputs.isCoinr());
    Year year = action.year == null ? Year.now(ZoneOffset.UTC) : Year.of(action.year);
    if (inputs.isCoinr()) {
      Build build = inputs.coinr().run(pipeline);
      return new Scoring(
          build,
          build.audit(),
          ranked(build),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
    }
    Block block = action.block().orElse(Frameworks.LANG_SON_DEPARTMENT_BLOCK);
    if (!inputs.isSurvey()) {
      Build build = inputs.ddci(block, Optional.ofNullable(steps.group)).run(pipeline);
      ResultTable table = build.scores().toResultTable(block, year);
      return new Scoring(
          build,
          build.audit(),
          ranked(table, build),
          Optional.of(table),
          Optional.empty(),
          Optional.empty());
    }
    if (!block.equals(Frameworks.LANG_SON_DEPARTMENT_BLOCK)) {
      throw action.usage(
          "a survey is scored with the illustrative questionnaire's indicators, for block SBN"
              + " only, not "
              + block.code());
    }
    SurveyIndex index = SurveyIndex.of(block, IllustrativeDdci.indicators(), pipeline);
    Responses answers = inputs.answers(attributes);
    SurveyIndex.Result result = index.score(answers, year);
    List<AuditEntry> audit = new ArrayList<>(result.indicators().audit());
    audit.addAll(result.build().audit());
    return new Scoring(
        result.build(),
        audit,
        ranked(result.table(), result.build()),
        Optional.of(result.table()),
        Optional.of(index),
        Optional.of(answers));
  }

  /** The root's code. */
  String root() {
    return build.tree().root().code();
  }

  /** The indicators' codes. */
  List<String> indicators() {
    return build.tree().indicators().stream().map(Node::code).toList();
  }

  private static List<Ranked> ranked(Build build) {
    Scores scores = build.scores();
    String root = scores.tree().root().code();
    Ranking<String> ranking = scores.ranking(root, COINR_RULE);
    List<Ranked> list = new ArrayList<>();
    for (String unit : ranking.order()) {
      list.add(
          new Ranked(
              unit,
              build.result().name(unit).orElse(unit),
              ranking.standing(unit),
              scores.score(root, unit).orElseThrow()));
    }
    return list;
  }

  /** A survey's units, ranked as the block ranks its table. */
  private static List<Ranked> ranked(ResultTable table, Build build) {
    Map<String, String> codes = new HashMap<>();
    for (String code : build.result().units()) {
      codes.put(build.result().name(code).orElse(code), code);
    }
    Map<Unit, Standing> standings = BlockRanking.of(table).standings(Measure.total());
    List<Ranked> list = new ArrayList<>();
    for (Map.Entry<Unit, Standing> e : standings.entrySet()) {
      String name = e.getKey().name();
      BigDecimal total = table.find(name).orElseThrow().givenTotal().orElseThrow().value();
      list.add(new Ranked(codes.getOrDefault(name, name), name, e.getValue(), total.doubleValue()));
    }
    return list;
  }
}
