package vn.ddci.uncertainty;

import static vn.ddci.internal.Checks.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ddci.engine.Build;
import vn.ddci.engine.Reweighting;
import vn.ddci.framework.RankingRule;

/**
 * Method uncertainty over weights (độ bất định do trọng số), as COINr's uncertainty analysis does
 * it: the aggregation is rerun once per replication with other weights, every earlier stage kept,
 * and each aggregate's scores and ranks are collected.
 *
 * <pre>{@code
 * Build build = Pipeline.coinrDefault("EurAsia_group").run(tree, data);
 * Uncertainty u = WeightUncertainty.of(build, WeightNoise.uniform(0.25).atLevels(2, 3),
 *     Replications.of(1000).withSeed(7), RankingRule.of(TiePolicy.COMPETITION, Precision.FULL));
 * }</pre>
 *
 * <p>The measures are the tree's aggregates, the root first. Scores are the engine's, unrounded.
 */
public final class WeightUncertainty {
  private WeightUncertainty() {}

  /**
   * Runs replications with weights drawn around the nominal ones.
   *
   * @param build the nominal build; its last step aggregates
   * @param noise which weights move, and how far
   * @param replications how many, seed, threads
   * @param rule how each replication is ranked
   * @return the distributions
   * @throws vn.ddci.DdciValidationException if the build does not end with its aggregation, or the
   *     noise names what the tree does not have
   */
  public static Uncertainty of(
      Build build, WeightNoise noise, Replications replications, RankingRule rule) {
    return of(build, noise, replications, rule, List.of());
  }

  /**
   * Runs replications with weights drawn around the nominal ones, collecting only some measures:
   * the Index alone, say, as COINr's uncertainty run does.
   *
   * @param build the nominal build; its last step aggregates
   * @param noise which weights move, and how far
   * @param replications how many, seed, threads
   * @param rule how each replication is ranked
   * @param measures the aggregates to collect; none for all, the root first
   * @return the distributions
   * @throws vn.ddci.DdciValidationException if the build does not end with its aggregation, the
   *     noise names what the tree does not have, or a measure is not an aggregate
   */
  public static Uncertainty of(
      Build build,
      WeightNoise noise,
      Replications replications,
      RankingRule rule,
      List<String> measures) {
    Objects.requireNonNull(noise, "noise");
    Reweighting r = Reweighting.of(build);
    Map<String, Double> moved = noise.resolve(build.tree());
    double[] nominal = r.nominalWeights();
    int[] which = moved.keySet().stream().mapToInt(r.nodes()::indexOf).toArray();
    double f = noise.fraction();
    return run(
        noise.toString(),
        r,
        replications,
        rule,
        measures,
        (random, w) -> {
          for (int i : which) {
            w[i] = nominal[i] + (2 * random.nextDouble() - 1) * f * nominal[i];
          }
        });
  }

  /**
   * Runs one replication per weight set given, in order: replication i uses set i. A node a set
   * does not name keeps its nominal weight; the root's weight, if a set gives it (COINr's do),
   * weighs the root against nothing and is passed over.
   *
   * @param build the nominal build; its last step aggregates
   * @param weightSets the weights by node code, one map per replication
   * @param threads how many threads
   * @param rule how each replication is ranked
   * @return the distributions
   * @throws vn.ddci.DdciValidationException if there is no set, a set names a node the tree does
   *     not weigh, or a weight is negative or not finite
   */
  public static Uncertainty ofWeightSets(
      Build build, List<Map<String, Double>> weightSets, int threads, RankingRule rule) {
    Objects.requireNonNull(weightSets, "weightSets");
    checkArgument(!weightSets.isEmpty(), "no weight set: 0 replications");
    Reweighting r = Reweighting.of(build);
    double[] nominal = r.nominalWeights();
    List<double[]> sets = new ArrayList<>();
    for (int s = 0; s < weightSets.size(); s++) {
      double[] w = nominal.clone();
      for (Map.Entry<String, Double> e : weightSets.get(s).entrySet()) {
        if (e.getKey().equals(build.tree().root().code())) {
          continue; // the root's weight weighs it against nothing
        }
        int i = r.nodes().indexOf(e.getKey());
        checkArgument(
            i >= 0, "weight set %s: %s is not a weighted node of the tree", s + 1, e.getKey());
        w[i] = e.getValue();
      }
      sets.add(w);
    }
    return run(
        weightSets.size() + " weight sets",
        r,
        Replications.of(weightSets.size()).withThreads(threads),
        rule,
        List.of(),
        null,
        sets);
  }

  /** Draws one replication's weights into w (the nominal ones on entry). */
  private interface Draw {
    void draw(java.util.SplittableRandom random, double[] w);
  }

  private static Uncertainty run(
      String what,
      Reweighting r,
      Replications replications,
      RankingRule rule,
      List<String> measures,
      Draw draw) {
    return run(what, r, replications, rule, measures, draw, null);
  }

  private static Uncertainty run(
      String what,
      Reweighting r,
      Replications replications,
      RankingRule rule,
      List<String> chosen,
      Draw draw,
      List<double[]> sets) {
    Objects.requireNonNull(replications, "replications");
    Objects.requireNonNull(rule, "rule");
    List<String> measures = new ArrayList<>(r.aggregates());
    java.util.Collections.reverse(measures);
    for (String m : chosen) {
      checkArgument(measures.contains(m), "measure %s is not an aggregate of %s", m, measures);
    }
    if (!chosen.isEmpty()) {
      measures = new ArrayList<>(chosen);
    }
    List<String> collected = List.copyOf(measures);
    double[] nominalWeights = r.nominalWeights();
    Reweighting.Worker nominalWorker = r.worker();
    nominalWorker.aggregate(nominalWeights);
    double[][] nominal = new double[collected.size()][];
    for (int k = 0; k < collected.size(); k++) {
      nominal[k] = nominalWorker.scores(collected.get(k)).clone();
    }
    return Runner.run(
        what,
        replications,
        rule,
        collected,
        r.units(),
        r.unitNames(),
        nominal,
        () -> {
          Reweighting.Worker worker = r.worker();
          double[] w = new double[nominalWeights.length];
          return (replication, random, scores) -> {
            if (sets != null) {
              worker.aggregate(sets.get(replication));
            } else {
              System.arraycopy(nominalWeights, 0, w, 0, w.length);
              draw.draw(random, w);
              worker.aggregate(w);
            }
            for (int k = 0; k < collected.size(); k++) {
              System.arraycopy(worker.scores(collected.get(k)), 0, scores[k], 0, scores[k].length);
            }
          };
        });
  }
}
