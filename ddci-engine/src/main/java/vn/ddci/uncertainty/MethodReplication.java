package vn.ddci.uncertainty;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import vn.ddci.engine.Build;
import vn.ddci.engine.Reweighting;
import vn.ddci.framework.RankingRule;

/**
 * The replications of a {@link MethodUncertainty} analysis. Replication r draws a combination and,
 * with noise, weights; its scores are the combination's under those weights; and it records which
 * combination it drew and, for each measure and factor, the absolute rank shifts of switching that
 * factor alone, summed, and how many there were. Each replication writes its own slots, so the
 * records do not depend on the threads.
 *
 * <p>Without noise a combination's scores, ranks and shifts are the same in every replication that
 * draws it: they are computed once, here, and a replication only copies them.
 */
final class MethodReplication {
  private final Combinations combos;
  private final List<String> measures;
  private final UnitUnion units;
  private final double[] nominalWeights;
  private final RankingRule rule;
  private final Optional<Noise> noise;
  private final int[] byName;

  /** Without noise, each combination's scores, ranks and shifts; null with noise. */
  private final Fixed fixed;

  /** The combination replication r drew, at index r. */
  private final int[] drawn;

  /** [measure][factor][replication]: the summed absolute rank shifts of switching the factor. */
  private final double[][][] shift;

  /** [measure][factor][replication]: how many rank shifts the sum holds. */
  private final long[][][] pairs;

  /**
   * Prepares the replications; without noise, computes every combination's scores, ranks and
   * shifts.
   *
   * @param combos the combinations, built
   * @param measures the measures collected
   * @param units the union of the combinations' units
   * @param nominalWeights the nominal weights, as {@link Reweighting#nominalWeights()} orders them
   * @param rule how each replication is ranked
   * @param noise the weight noise, if any
   * @param replications how many replications
   */
  MethodReplication(
      Combinations combos,
      List<String> measures,
      UnitUnion units,
      double[] nominalWeights,
      RankingRule rule,
      Optional<Noise> noise,
      int replications) {
    this.combos = combos;
    this.measures = measures;
    this.units = units;
    this.nominalWeights = nominalWeights;
    this.rule = rule;
    this.noise = noise;
    this.byName = Ranks.nameOrder(units.names);
    int m = measures.size();
    int f = combos.factors();
    this.drawn = new int[replications];
    this.shift = new double[m][f][replications];
    this.pairs = new long[m][f][replications];
    this.fixed = noise.isEmpty() ? new Fixed() : null;
  }

  /**
   * Returns a new worker, for one thread: {@link Runner#run} asks for one per thread.
   *
   * @return the worker
   */
  Runner.Replicate worker() {
    if (fixed != null) {
      return (replication, random, scores) -> {
        int c = combos.draw(random);
        for (int k = 0; k < measures.size(); k++) {
          System.arraycopy(fixed.scores[c][k], 0, scores[k], 0, units.size());
        }
        record(replication, c, fixed.shift[c], fixed.pairs[c]);
      };
    }
    return new NoisyWorker(noise.orElseThrow());
  }

  /** Records replication r's combination and its shifts [measure][factor]. */
  private void record(int replication, int c, double[][] sum, long[][] count) {
    drawn[replication] = c;
    for (int k = 0; k < sum.length; k++) {
      for (int i = 0; i < sum[k].length; i++) {
        shift[k][i][replication] = sum[k][i];
        pairs[k][i][replication] = count[k][i];
      }
    }
  }

  /**
   * Returns the mean absolute rank shift of switching a factor alone, over every replication, the
   * sums taken in replication order.
   *
   * @param k the measure's index
   * @param i the factor's index
   * @return places; NaN when no unit was ranked under both sides of any switch
   */
  double meanShift(int k, int i) {
    double total = 0;
    long n = 0;
    for (int r = 0; r < drawn.length; r++) {
      total += shift[k][i][r];
      n += pairs[k][i][r];
    }
    return n == 0 ? Double.NaN : total / n;
  }

  /**
   * Returns how many replications drew each combination.
   *
   * @return at index c, combination c's count
   */
  int[] timesDrawn() {
    int[] times = new int[combos.count];
    for (int c : drawn) {
      times[c]++;
    }
    return times;
  }

  /** Without noise: each combination's scores, ranks and shifts with the nominal weights. */
  private final class Fixed {
    /** [combination][measure][unit]. */
    final double[][][] scores;

    /** [combination][measure][factor]. */
    final double[][][] shift;

    /** [combination][measure][factor]. */
    final long[][][] pairs;

    Fixed() {
      int m = measures.size();
      int u = units.size();
      int f = combos.factors();
      scores = new double[combos.count][m][u];
      double[][][] ranks = new double[combos.count][m][u];
      Ranks ranker = new Ranks(rule, byName);
      double[] competition = new double[u];
      for (int c = 0; c < combos.count; c++) {
        Reweighting.Worker w = combos.reweightings.get(c).worker();
        w.aggregate(nominalWeights);
        UnitUnion.scatter(w, measures, units.at(c), scores[c]);
        for (int k = 0; k < m; k++) {
          ranker.rank(scores[c][k], ranks[c][k], competition);
        }
      }
      shift = new double[combos.count][m][f];
      pairs = new long[combos.count][m][f];
      for (int c = 0; c < combos.count; c++) {
        combos.shifts(c, ranks[c], other -> ranks[other], shift[c], pairs[c]);
      }
    }
  }

  /**
   * With noise: draws the weights, then reruns the aggregation of the combination drawn and of each
   * combination one switch away from it. Keeps its scratch arrays and one reweighting worker per
   * combination, made when first needed.
   */
  private final class NoisyWorker implements Runner.Replicate {
    private final Noise noise;
    private final Reweighting.Worker[] workers = new Reweighting.Worker[combos.count];
    private final double[] w = new double[nominalWeights.length];
    private final Ranks ranker = new Ranks(rule, byName);
    private final double[] competition = new double[units.size()];
    private final double[][] ranks = new double[measures.size()][units.size()];
    private final double[][] otherScores = new double[measures.size()][units.size()];
    private final double[][] otherRanks = new double[measures.size()][units.size()];
    private final double[][] sum = new double[measures.size()][combos.factors()];
    private final long[][] count = new long[measures.size()][combos.factors()];

    NoisyWorker(Noise noise) {
      this.noise = noise;
    }

    @Override
    public void run(int replication, SplittableRandom random, double[][] scores) {
      int c = combos.draw(random);
      noise.draw(random, nominalWeights, w);
      scoreAndRank(c, scores, ranks);
      combos.shifts(
          c,
          ranks,
          other -> {
            scoreAndRank(other, otherScores, otherRanks);
            return otherRanks;
          },
          sum,
          count);
      record(replication, c, sum, count);
    }

    /** Aggregates combination c with the weights drawn, and ranks it. */
    private void scoreAndRank(int c, double[][] scoresOut, double[][] ranksOut) {
      if (workers[c] == null) {
        workers[c] = combos.reweightings.get(c).worker();
      }
      workers[c].aggregate(w);
      UnitUnion.scatter(workers[c], measures, units.at(c), scoresOut);
      for (int k = 0; k < measures.size(); k++) {
        ranker.rank(scoresOut[k], ranksOut[k], competition);
      }
    }
  }

  /** Weight noise resolved on the nominal weights: which weights move, and how far. */
  static final class Noise {
    private final int[] moved;
    private final double fraction;

    private Noise(int[] moved, double fraction) {
      this.moved = moved;
      this.fraction = fraction;
    }

    /**
     * Resolves noise on a build's tree, the weights as {@link Reweighting#nominalWeights()} orders
     * them.
     *
     * @throws vn.ddci.DdciValidationException if the noise names what the tree does not have
     */
    static Noise of(WeightNoise noise, Build build, Reweighting nominal) {
      int[] moved =
          noise.resolve(build.tree()).keySet().stream()
              .mapToInt(nominal.nodes()::indexOf)
              .toArray();
      return new Noise(moved, noise.fraction());
    }

    /** Draws w around the nominal weights: w_i + (2u − 1)·f·w_i for each weight i that moves. */
    void draw(SplittableRandom random, double[] nominal, double[] w) {
      System.arraycopy(nominal, 0, w, 0, w.length);
      for (int i : moved) {
        w[i] = nominal[i] + (2 * random.nextDouble() - 1) * fraction * nominal[i];
      }
    }
  }
}
