package vn.ddci.engine;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.ddci.DdciValidationException;

/**
 * The result of running a {@link Pipeline} (kết quả tính): every stage's data, what each step did
 * (the audit trail) and the scores of every node for every unit.
 *
 * <pre>{@code
 * Build build = Pipeline.coinrDefault("EurAsia_group").run(tree, data);
 * build.stage("Treated").treatments();          // COINr's treatment log
 * System.out.println(build.auditTrail());       // which values were imputed, winsorised…
 * build.scores().score("Index", "CHE");         // OptionalDouble[68.38…]
 * Build reweighted = build.withWeights(Map.of("Conn", 0.8));   // only aggregation reruns
 * }</pre>
 *
 * <p>A rerun with one thing changed (weights, a step's parameters) reuses every stage before the
 * first step the change affects. Immutable and thread-safe.
 */
public final class Build {
  private final Pipeline pipeline;
  private final IndicatorTree tree;
  private final ImmutableList<Stage> stages;

  private Build(Pipeline pipeline, IndicatorTree tree, ImmutableList<Stage> stages) {
    this.pipeline = pipeline;
    this.tree = tree;
    this.stages = stages;
  }

  static Build run(Pipeline pipeline, IndicatorTree tree, Dataset data) {
    Objects.requireNonNull(pipeline, "pipeline");
    return new Build(pipeline, tree, runFrom(0, pipeline, tree, List.of(raw(tree, data))));
  }

  /** Checks the data against the tree and returns the raw stage. */
  private static Stage raw(IndicatorTree tree, Dataset data) {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(data, "data");
    List<String> absent =
        tree.indicators().stream()
            .map(Node::code)
            .filter(c -> !data.hasColumn(c))
            .collect(Collectors.toList());
    checkArgument(
        absent.isEmpty(),
        "indicator%s %s of the tree %s not a column of the dataset",
        absent.size() == 1 ? "" : "s",
        String.join(", ", absent),
        absent.size() == 1 ? "is" : "are");
    for (Node a : tree.aggregates()) {
      checkArgument(
          !data.hasColumn(a.code()),
          "column %s of the dataset has the code of an aggregate of the tree, which the engine"
              + " computes",
          a.code());
    }
    return Stage.builder().name("Raw").dataset(data).build();
  }

  static List<Build> runPooled(Pipeline pipeline, IndicatorTree tree, List<Dataset> years) {
    Objects.requireNonNull(years, "years");
    checkArgument(!years.isEmpty(), "no year's data to run");
    List<List<Stage>> stages = new ArrayList<>();
    List<List<Step>> steps = new ArrayList<>();
    for (Dataset d : years) {
      List<Stage> s = new ArrayList<>();
      s.add(raw(tree, d));
      stages.add(s);
      steps.add(new ArrayList<>());
    }
    for (Step step : pipeline.steps()) {
      List<Dataset> current = new ArrayList<>();
      stages.forEach(s -> current.add(s.get(s.size() - 1).dataset()));
      for (int y = 0; y < years.size(); y++) {
        Step used = step;
        if (step instanceof Normalise
            && ((Normalise) step).pooled().isEmpty()
            && years.size() > 1) {
          List<Dataset> others = new ArrayList<>(current);
          others.remove(y);
          used = ((Normalise) step).pooledWith(others);
        }
        stages.get(y).add(used.apply(current.get(y), tree));
        steps.get(y).add(used);
      }
    }
    List<Build> builds = new ArrayList<>();
    for (int y = 0; y < years.size(); y++) {
      builds.add(new Build(Pipeline.of(steps.get(y)), tree, ImmutableList.copyOf(stages.get(y))));
    }
    return ImmutableList.copyOf(builds);
  }

  private static ImmutableList<Stage> runFrom(
      int first, Pipeline pipeline, IndicatorTree tree, List<Stage> stages) {
    List<Stage> out = new ArrayList<>(stages.subList(0, first + 1));
    Dataset data = out.get(first).dataset();
    List<Step> steps = pipeline.steps();
    for (int i = first; i < steps.size(); i++) {
      Stage s = steps.get(i).apply(data, tree);
      out.add(s);
      data = s.dataset();
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Reruns with another tree (new weights, say), reusing the stages that do not depend on what
   * changed: with new weights only, only the aggregation runs again.
   *
   * @param newTree the tree
   * @return the new build
   */
  public Build rerun(IndicatorTree newTree) {
    return rerun(pipeline, newTree);
  }

  /**
   * Reruns with another pipeline, reusing the stages before the first step that differs.
   *
   * @param newPipeline the pipeline
   * @return the new build
   */
  public Build rerun(Pipeline newPipeline) {
    return rerun(newPipeline, tree);
  }

  /**
   * Reruns with another pipeline and tree, reusing every stage before the first step that differs
   * or that reads what changed in the tree.
   *
   * @param newPipeline the pipeline
   * @param newTree the tree
   * @return the new build
   * @throws DdciValidationException as {@link Pipeline#run} does
   */
  public Build rerun(Pipeline newPipeline, IndicatorTree newTree) {
    Objects.requireNonNull(newPipeline, "pipeline");
    Objects.requireNonNull(newTree, "tree");
    List<Step> before = pipeline.steps();
    List<Step> after = newPipeline.steps();
    int first = 0;
    while (first < before.size()
        && first < after.size()
        && before.get(first).equals(after.get(first))) {
      first++;
    }
    if (!newTree.equals(tree)) {
      if (!tree.differsOnlyInWeights(newTree)) {
        return newPipeline.run(newTree, stages.get(0).dataset());
      }
      int weighted = 0;
      while (weighted < after.size() && !after.get(weighted).usesWeights()) {
        weighted++;
      }
      first = Math.min(first, weighted);
    }
    if (first == after.size() && after.size() == before.size()) {
      return new Build(newPipeline, newTree, stages);
    }
    return new Build(newPipeline, newTree, runFrom(first, newPipeline, newTree, stages));
  }

  /**
   * Reruns with some nodes' weights replaced: only the aggregation runs again.
   *
   * @param weights new weights by node code
   * @return the new build
   * @throws DdciValidationException as {@link IndicatorTree#withWeights} does
   */
  public Build withWeights(Map<String, Double> weights) {
    return rerun(tree.withWeights(weights));
  }

  /**
   * Returns the pipeline run.
   *
   * @return the pipeline
   */
  public Pipeline pipeline() {
    return pipeline;
  }

  /**
   * Returns the tree used.
   *
   * @return the tree
   */
  public IndicatorTree tree() {
    return tree;
  }

  /**
   * Returns every stage: the raw data first, then one per step.
   *
   * @return the stages
   */
  public List<Stage> stages() {
    return stages;
  }

  /**
   * Returns a stage by name.
   *
   * @param name e.g. "Raw", "Treated", "Aggregated"
   * @return the stage
   * @throws DdciValidationException if no stage, or more than one, has that name
   */
  public Stage stage(String name) {
    List<Stage> found =
        stages.stream().filter(s -> s.name().equals(name)).collect(Collectors.toList());
    checkArgument(
        found.size() == 1,
        "%s stage named %s (the stages are %s)",
        found.isEmpty() ? "no" : "more than one",
        name,
        stages.stream().map(Stage::name).collect(Collectors.toList()));
    return found.get(0);
  }

  /**
   * Returns the data after the last step.
   *
   * @return the last stage's dataset
   */
  public Dataset result() {
    return stages.get(stages.size() - 1).dataset();
  }

  /**
   * Returns every node's score for every unit.
   *
   * @return the scores
   * @throws DdciValidationException if the pipeline has no aggregation step
   */
  public Scores scores() {
    return Scores.of(tree, result());
  }

  /**
   * Returns everything every step did, in order.
   *
   * @return the audit entries
   */
  public List<AuditEntry> audit() {
    return stages.stream()
        .flatMap(s -> s.audit().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the audit trail as text a user can read: one line per stage, then what it did.
   *
   * @return the audit trail
   */
  public String auditTrail() {
    StringBuilder s = new StringBuilder();
    for (Stage stage : stages) {
      s.append(stage.name())
          .append(": ")
          .append(stage.step().map(Object::toString).orElse("the data as given"))
          .append(" → ")
          .append(stage.dataset())
          .append('\n');
      long treated = stage.treatments().stream().filter(Treatment::treated).count();
      if (!stage.treatments().isEmpty()) {
        s.append("  ")
            .append(treated)
            .append(" of ")
            .append(stage.treatments().size())
            .append(" indicators treated\n");
      }
      for (AuditEntry e : stage.audit()) {
        s.append("  ").append(e).append('\n');
      }
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return "Build["
        + tree
        + ", "
        + result()
        + ", stages "
        + stages.stream().map(Stage::name).collect(Collectors.joining(" → "))
        + "]";
  }
}
