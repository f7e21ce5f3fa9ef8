package vn.ddci.engine;

import static vn.ddci.internal.Checks.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;

/**
 * The steps that turn indicator data into an index (quy trình tính), in order.
 *
 * <pre>{@code
 * Pipeline coinr = Pipeline.of(
 *     Denominate.of(),
 *     Impute.groupMean("EurAsia_group"),
 *     Screen.byMissing(0.9),
 *     Treat.winsorise(),
 *     Normalise.minMax(0, 100),
 *     Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE));
 * Build build = coinr.run(tree, data);
 * Build other = build.rerun(coinr.replace(Normalise.class, Normalise.zScore(10, 2)));
 * }</pre>
 *
 * <p>{@link #coinrDefault(String)} is the pipeline of COINr's reference build. Immutable.
 */
@Value.Immutable
@DdciStyle
public abstract class Pipeline {
  Pipeline() {}

  /**
   * Returns a pipeline of steps run in the order given.
   *
   * @param steps at least one step
   * @return the pipeline
   */
  public static Pipeline of(Step... steps) {
    return of(Arrays.asList(steps));
  }

  /**
   * Returns a pipeline of steps run in the order given.
   *
   * @param steps at least one step
   * @return the pipeline
   */
  public static Pipeline of(List<? extends Step> steps) {
    return ImmutablePipeline.builder().steps(steps).build();
  }

  /**
   * Returns the pipeline of COINr's reference build of its ASEM example: denominate, impute by
   * group mean, screen at 0.9 by missing data, winsorise (at most 5 points, log fallback), min-max
   * to [0, 100], weighted arithmetic mean renormalised over missing children.
   *
   * @param grouping the grouping whose mean imputes a missing value, e.g. "EurAsia_group"
   * @return the pipeline
   */
  public static Pipeline coinrDefault(String grouping) {
    return of(
        Denominate.of(),
        Impute.groupMean(grouping),
        Screen.byMissing(0.9),
        Treat.winsorise(),
        Normalise.minMax(0, 100),
        Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE));
  }

  /**
   * Returns the steps.
   *
   * @return at least one step
   */
  public abstract List<Step> steps();

  /**
   * Returns this pipeline with every step of a kind replaced.
   *
   * @param kind the kind of step, e.g. {@code Normalise.class}
   * @param step the new step
   * @return the pipeline
   * @throws vn.ddci.DdciValidationException if no step is of that kind
   */
  public Pipeline replace(Class<? extends Step> kind, Step step) {
    Objects.requireNonNull(step, "step");
    List<Step> copy = new ArrayList<>(steps());
    boolean found = false;
    for (int i = 0; i < copy.size(); i++) {
      if (kind.isInstance(copy.get(i))) {
        copy.set(i, step);
        found = true;
      }
    }
    checkArgument(found, "the pipeline has no %s step to replace", kind.getSimpleName());
    return of(copy);
  }

  /**
   * Runs every step.
   *
   * @param tree the indicator framework
   * @param data the raw data: a column for every indicator of the tree
   * @return every stage, its audit and the scores
   * @throws vn.ddci.DdciValidationException naming what is wrong: an indicator of the tree that is
   *     not a column of the data, a column with an aggregate's code, or what a step refuses
   */
  public Build run(IndicatorTree tree, Dataset data) {
    return Build.run(this, tree, data);
  }

  /**
   * Runs every step on several years' data with the bounds of each normalisation pooled over the
   * years (as Quảng Ninh's DDCI does): each year's steps before a normalisation run as usual, then
   * the normalisation of each year takes its min, max, mean and sd over all the years' data at that
   * stage, so that a score changes between years only when the indicator does.
   *
   * <pre>{@code
   * List<Build> builds = pipeline.runPooled(tree, List.of(data2022, data2023));
   * }</pre>
   *
   * @param tree the indicator framework, the same every year
   * @param years each year's raw data, in any order
   * @return one build per year, in the order given; each build's pipeline holds its pooled
   *     normalisation, so that its reruns keep the same bounds
   * @throws vn.ddci.DdciValidationException as {@link #run} does
   */
  public List<Build> runPooled(IndicatorTree tree, List<Dataset> years) {
    return Build.runPooled(this, tree, years);
  }

  @Value.Check
  void check() {
    checkArgument(!steps().isEmpty(), "a pipeline needs at least one step");
  }

  @Override
  public String toString() {
    return "Pipeline" + steps();
  }
}
