package vn.ddci.engine;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ddci.DdciValidationException;

/**
 * A build's aggregation made ready to run again and again with other weights (tính lại với trọng số
 * khác), as an uncertainty analysis over weights does once per replication: the same arithmetic as
 * {@link Build#withWeights}, on arrays, without a new tree, dataset or audit each time.
 *
 * <pre>{@code
 * Reweighting r = Reweighting.of(build);
 * double[] w = r.nominalWeights();           // one per node of r.nodes()
 * w[r.nodes().indexOf("Conn")] = 0.8;
 * Reweighting.Worker worker = r.worker();     // one per thread
 * worker.aggregate(w);
 * worker.scores("Index");                     // each unit's Index, as build.withWeights(...) gives
 * }</pre>
 *
 * <p>Immutable and thread-safe; each {@link Worker} belongs to one thread.
 */
public final class Reweighting {
  private final Aggregate step;
  private final ImmutableList<String> units;
  private final ImmutableList<String> unitNames;
  private final ImmutableList<String> nodes;
  private final double[] nominal;
  private final ImmutableList<String> aggregates;
  private final Map<String, Integer> aggregateIndex = new HashMap<>();
  private final ImmutableList<ImmutableList<String>> childCodes;

  /** For each aggregate and child: the input column, or null when the child is an aggregate. */
  private final double[][][] inputs;

  /** For each aggregate and child: the child aggregate's index, or -1. */
  private final int[][] childAggregate;

  /** For each aggregate and child: the child's index in {@link #nodes}. */
  private final int[][] childWeight;

  /**
   * For each aggregate: whether no child has a missing value, whatever the weights (an arithmetic
   * mean of complete columns is complete), so that its mean needs no per-unit bookkeeping.
   */
  private final boolean[] complete;

  private Reweighting(Build build, Aggregate step, Dataset input) {
    IndicatorTree tree = build.tree();
    this.step = step;
    this.units = ImmutableList.copyOf(input.units());
    this.unitNames =
        input.units().stream()
            .map(u -> input.name(u).orElse(u))
            .collect(ImmutableList.toImmutableList());
    List<String> weighted = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (Node n : tree.nodes()) {
      if (!n.code().equals(tree.root().code())) {
        weighted.add(n.code());
        weights.add(n.weight());
      }
    }
    this.nodes = ImmutableList.copyOf(weighted);
    this.nominal = weights.stream().mapToDouble(Double::doubleValue).toArray();
    List<Node> aggs = tree.aggregates();
    this.aggregates = aggs.stream().map(Node::code).collect(ImmutableList.toImmutableList());
    for (int a = 0; a < aggs.size(); a++) {
      aggregateIndex.put(aggs.get(a).code(), a);
    }
    this.inputs = new double[aggs.size()][][];
    this.childAggregate = new int[aggs.size()][];
    this.childWeight = new int[aggs.size()][];
    ImmutableList.Builder<ImmutableList<String>> codes = ImmutableList.builder();
    for (int a = 0; a < aggs.size(); a++) {
      List<Node> children = tree.children(aggs.get(a).code());
      inputs[a] = new double[children.size()][];
      childAggregate[a] = new int[children.size()];
      childWeight[a] = new int[children.size()];
      for (int c = 0; c < children.size(); c++) {
        String code = children.get(c).code();
        Integer k = aggregateIndex.get(code);
        checkArgument(
            k == null || k < a, "aggregate %s is computed before its child %s", aggs.get(a), code);
        childAggregate[a][c] = k == null ? -1 : k;
        inputs[a][c] = k == null ? input.raw(code) : null;
        childWeight[a][c] = nodes.indexOf(code);
      }
      codes.add(children.stream().map(Node::code).collect(ImmutableList.toImmutableList()));
    }
    this.childCodes = codes.build();
    this.complete = new boolean[aggs.size()];
    for (int a = 0; a < aggs.size(); a++) {
      boolean all = step.mean() == Aggregate.Mean.ARITHMETIC;
      for (int c = 0; c < inputs[a].length && all; c++) {
        int k = childAggregate[a][c];
        all = k >= 0 ? complete[k] : java.util.Arrays.stream(inputs[a][c]).noneMatch(Double::isNaN);
      }
      complete[a] = all;
    }
  }

  /**
   * Returns the aggregation of a build, ready to rerun with other weights.
   *
   * @param build a build whose last step is an {@link Aggregate} and whose other steps do not read
   *     weights
   * @return the reweighting
   * @throws DdciValidationException if the last step is not an aggregation, or a step before it
   *     reads weights
   */
  public static Reweighting of(Build build) {
    Objects.requireNonNull(build, "build");
    List<Step> steps = build.pipeline().steps();
    checkArgument(
        !steps.isEmpty() && steps.get(steps.size() - 1) instanceof Aggregate,
        "the pipeline %s does not end with its aggregation, so weights cannot be rerun alone",
        build.pipeline());
    for (Step s : steps.subList(0, steps.size() - 1)) {
      checkArgument(!s.usesWeights(), "step %s reads weights before the aggregation", s);
    }
    List<Stage> stages = build.stages();
    return new Reweighting(
        build, (Aggregate) steps.get(steps.size() - 1), stages.get(stages.size() - 2).dataset());
  }

  /**
   * Returns the nodes that have a weight: every node but the root, in the tree's order.
   *
   * @return their codes; a weights array has one weight per node, in this order
   */
  public List<String> nodes() {
    return nodes;
  }

  /**
   * Returns the tree's weights, in the order of {@link #nodes}.
   *
   * @return a new array
   */
  public double[] nominalWeights() {
    return nominal.clone();
  }

  /**
   * Returns the aggregates scored, children before parents.
   *
   * @return their codes
   */
  public List<String> aggregates() {
    return aggregates;
  }

  /**
   * Returns the units, in the order of every score array.
   *
   * @return their codes
   */
  public List<String> units() {
    return units;
  }

  /**
   * Returns the units' names (their codes where the data has none), in the order of {@link #units}.
   *
   * @return the names
   */
  public List<String> unitNames() {
    return unitNames;
  }

  /**
   * Returns a worker: the scratch space of one thread's reruns.
   *
   * @return a new worker
   */
  public Worker worker() {
    return new Worker();
  }

  @Override
  public String toString() {
    return "Reweighting["
        + nodes.size()
        + " weights, "
        + aggregates.size()
        + " aggregates, "
        + units.size()
        + " units, "
        + step
        + "]";
  }

  /** One thread's reruns: the scores of the last weights given. Not thread-safe. */
  public final class Worker {
    private final double[][] scores = new double[aggregates.size()][units.size()];
    private final double[] sumW = new double[units.size()];
    private final int[] present = new int[units.size()];
    private final int[] requiredMissing = new int[units.size()];
    private final double[][][] x = new double[aggregates.size()][][];
    private final double[][] w = new double[aggregates.size()][];

    private Worker() {
      for (int a = 0; a < aggregates.size(); a++) {
        int children = inputs[a].length;
        x[a] = new double[children][];
        w[a] = new double[children];
        for (int c = 0; c < children; c++) {
          int k = childAggregate[a][c];
          x[a][c] = k < 0 ? inputs[a][c] : scores[k];
        }
      }
    }

    /**
     * Aggregates again with these weights.
     *
     * @param weights one per node of {@link #nodes()}, each finite and 0 or more
     * @throws DdciValidationException naming the node for a weight that is negative or not finite,
     *     and naming aggregate and unit when every child present weighs 0
     */
    public void aggregate(double[] weights) {
      checkArgument(
          weights.length == nodes.size(),
          "%s weights for %s nodes %s",
          weights.length,
          nodes.size(),
          nodes);
      for (int i = 0; i < weights.length; i++) {
        double v = weights[i];
        if (!(v >= 0) || Double.isInfinite(v)) {
          throw new DdciValidationException(
              "the weight of " + nodes.get(i) + " is " + v + ": a weight is finite and 0 or more");
        }
      }
      for (int a = 0; a < aggregates.size(); a++) {
        for (int c = 0; c < w[a].length; c++) {
          w[a][c] = weights[childWeight[a][c]];
        }
        if (complete[a]) {
          step.combineComplete(aggregates.get(a), units, x[a], w[a], scores[a]);
          continue;
        }
        step.combine(
            aggregates.get(a),
            childCodes.get(a),
            units,
            x[a],
            w[a],
            scores[a],
            sumW,
            present,
            requiredMissing);
      }
    }

    /**
     * Returns an aggregate's scores after the last {@link #aggregate}: the worker's own array,
     * overwritten by the next call.
     *
     * @param aggregate an aggregate's code
     * @return each unit's score, NaN where missing
     * @throws DdciValidationException if it is not an aggregate
     */
    public double[] scores(String aggregate) {
      Integer a = aggregateIndex.get(aggregate);
      checkArgument(a != null, "%s is not an aggregate of %s", aggregate, aggregates);
      return scores[a];
    }
  }
}
