package vn.ddci.survey;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ddci.engine.Build;
import vn.ddci.engine.IndicatorTree;
import vn.ddci.engine.Node;
import vn.ddci.engine.Pipeline;
import vn.ddci.framework.Block;
import vn.ddci.framework.Component;
import vn.ddci.result.ResultTable;

/**
 * A DDCI computed from a survey (chỉ số tính từ khảo sát): the block (its framework and ranking
 * rule), the indicators of each component as {@link IndicatorDefinition}s, and the engine's
 * pipeline. {@link #score} goes from the answers to the block's {@link ResultTable}, and keeps
 * every figure in between.
 *
 * <pre>{@code
 * SurveyIndex ddci = SurveyIndex.of(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Map.of(
 *         "TRANSPARENCY", List.of(share("T1", "t1", POSITIVE, "1"), mean("T2", "t2", POSITIVE)),
 *         …),
 *     Pipeline.of(Treat.winsorise(), Normalise.minMax(1, 10),
 *         Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE)));
 * SurveyIndex.Result r = ddci.score(responses, Year.of(2023));
 * r.table();                       // the core ResultTable: ranks, medians, section II…
 * r.indicators().respondents("T1", "SoNgoaiVu");
 * }</pre>
 *
 * <p>The tree is the root {@value #ROOT}, the framework's components in order with their weights,
 * and under each its indicators in the order given. The pipeline must bring component scores to the
 * framework's component scale (0–10: e.g. min-max to [1, 10]) and end with an arithmetic mean.
 */
public final class SurveyIndex {
  /** The code of the tree's root, the total. */
  public static final String ROOT = "DDCI";

  private final Block block;
  private final ImmutableMap<String, ImmutableList<IndicatorDefinition>> indicators;
  private final Pipeline pipeline;
  private final IndicatorTree tree;

  private SurveyIndex(
      Block block, Map<String, ImmutableList<IndicatorDefinition>> indicators, Pipeline pipeline) {
    this.block = block;
    this.indicators = ImmutableMap.copyOf(indicators);
    this.pipeline = pipeline;
    List<Node> nodes = new ArrayList<>();
    nodes.add(Node.root(ROOT).withName(block.framework().name()));
    for (Component c : block.framework().components()) {
      nodes.add(
          Node.builder()
              .code(c.code())
              .kind(Node.Kind.AGGREGATE)
              .parent(ROOT)
              .name(c.nameVi())
              .nameEn(c.nameEn())
              .weight(c.weight().doubleValue())
              .build());
      indicators.get(c.code()).forEach(d -> nodes.add(d.node(c.code())));
    }
    this.tree = IndicatorTree.of(nodes);
  }

  /**
   * Returns an index computed from a survey.
   *
   * @param block the block scored
   * @param indicators each component's indicators, by component code: every component of the
   *     block's framework, at least one indicator each
   * @param pipeline the engine's steps from the indicators to the scores
   * @return the index
   * @throws vn.ddci.DdciValidationException naming the component when one has no indicator or is
   *     not the framework's, or an indicator code is used twice
   */
  public static SurveyIndex of(
      Block block, Map<String, List<IndicatorDefinition>> indicators, Pipeline pipeline) {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(indicators, "indicators");
    Objects.requireNonNull(pipeline, "pipeline");
    Map<String, ImmutableList<IndicatorDefinition>> byComponent = new LinkedHashMap<>();
    for (Component c : block.framework().components()) {
      List<IndicatorDefinition> list = indicators.get(c.code());
      checkArgument(list != null && !list.isEmpty(), "component %s has no indicator", c.code());
      byComponent.put(c.code(), ImmutableList.copyOf(list));
    }
    for (String code : indicators.keySet()) {
      checkArgument(
          byComponent.containsKey(code),
          "%s is not a component of %s",
          code,
          block.framework().name());
    }
    return new SurveyIndex(block, byComponent, pipeline);
  }

  /**
   * Returns the block.
   *
   * @return the block
   */
  public Block block() {
    return block;
  }

  /**
   * Returns the indicator tree: root, components, indicators.
   *
   * @return the tree
   */
  public IndicatorTree tree() {
    return tree;
  }

  /**
   * Returns the pipeline.
   *
   * @return the pipeline
   */
  public Pipeline pipeline() {
    return pipeline;
  }

  /**
   * Returns every indicator definition, component by component.
   *
   * @return the definitions
   */
  public List<IndicatorDefinition> definitions() {
    List<IndicatorDefinition> all = new ArrayList<>();
    indicators.values().forEach(all::addAll);
    return all;
  }

  /**
   * Scores a year's answers: indicators per unit, the pipeline, the result table.
   *
   * @param responses the year's answers
   * @param year the year of the results
   * @return the indicators, the build and the table
   * @throws vn.ddci.DdciValidationException as {@link SurveyIndicators#of} and {@link Pipeline#run}
   *     do, and when a unit has no total (every component missing)
   */
  public Result score(Responses responses, Year year) {
    SurveyIndicators ind = SurveyIndicators.of(responses, definitions());
    Build build = pipeline.run(tree, ind.dataset());
    return new Result(ind, build, build.scores().toResultTable(block, year));
  }

  /**
   * Scores several years' answers with the bounds of each normalisation pooled over the years
   * ({@link Pipeline#runPooled}), so that a change between years is a change in the answers.
   *
   * @param years each year's answers
   * @return each year's result, in the order given
   * @throws vn.ddci.DdciValidationException as {@link #score} does
   */
  public Map<Year, Result> scorePooled(Map<Year, Responses> years) {
    Objects.requireNonNull(years, "years");
    checkArgument(!years.isEmpty(), "no year to score");
    List<SurveyIndicators> indicators = new ArrayList<>();
    List<vn.ddci.engine.Dataset> data = new ArrayList<>();
    years
        .values()
        .forEach(
            r -> {
              SurveyIndicators ind = SurveyIndicators.of(r, definitions());
              indicators.add(ind);
              data.add(ind.dataset());
            });
    List<Build> builds = pipeline.runPooled(tree, data);
    Map<Year, Result> results = new LinkedHashMap<>();
    int k = 0;
    for (Year y : years.keySet()) {
      Build b = builds.get(k);
      results.put(y, new Result(indicators.get(k), b, b.scores().toResultTable(block, y)));
      k++;
    }
    return results;
  }

  @Override
  public String toString() {
    return "SurveyIndex[" + block.code() + ", " + tree + ", " + pipeline + "]";
  }

  /** A year's answers scored: the indicators, the engine's build and the table. */
  public static final class Result {
    private final SurveyIndicators indicators;
    private final Build build;
    private final ResultTable table;

    private Result(SurveyIndicators indicators, Build build, ResultTable table) {
      this.indicators = indicators;
      this.build = build;
      this.table = table;
    }

    /**
     * Returns the indicators computed from the answers, with their respondent counts.
     *
     * @return the indicators
     */
    public SurveyIndicators indicators() {
      return indicators;
    }

    /**
     * Returns the engine's build: every stage, its audit and the scores.
     *
     * @return the build
     */
    public Build build() {
      return build;
    }

    /**
     * Returns the block's result table.
     *
     * @return the table
     */
    public ResultTable table() {
      return table;
    }

    /**
     * Returns what was done from the answers to the table, in words.
     *
     * @return the indicators' audit, then the build's
     */
    public String auditTrail() {
      StringBuilder s = new StringBuilder("Indicators: ").append(indicators).append('\n');
      indicators.audit().forEach(e -> s.append("  ").append(e).append('\n'));
      return s.append(build.auditTrail()).toString();
    }

    @Override
    public String toString() {
      return "SurveyIndex.Result["
          + indicators
          + ", "
          + table.scorecards().size()
          + " units scored]";
    }
  }
}
