package vn.ddci.uncertainty;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import vn.ddci.DdciValidationException;
import vn.ddci.engine.Build;
import vn.ddci.engine.Pipeline;
import vn.ddci.engine.Reweighting;
import vn.ddci.engine.Step;
import vn.ddci.framework.RankingRule;

/**
 * Method uncertainty over method choices (độ bất định do phương pháp), as COINr's uncertainty
 * analysis does it: each replication draws one alternative of every {@link MethodChoice}
 * (normalisation, imputation on or off, aggregation…), each alternative as likely as the others,
 * and, if noise is given, weights around the nominal ones as {@link WeightUncertainty} does; it
 * collects each aggregate's scores and ranks, and tells which choice moves ranks most.
 *
 * <pre>{@code
 * Build build = Pipeline.coinrDefault("EurAsia_group").run(tree, data);
 * MethodUncertainty.Result r = MethodUncertainty.of(build,
 *     List.of(
 *         MethodChoice.replacing("normalisation", Normalise.class,
 *             Normalise.minMax(1, 100), Normalise.zScore(100, 15)),
 *         MethodChoice.onOrOff("imputation", Impute.class),
 *         MethodChoice.replacing("aggregation", Aggregate.class,
 *             Aggregate.of(Mean.ARITHMETIC, RENORMALISE), Aggregate.of(Mean.GEOMETRIC, RENORMALISE))),
 *     WeightNoise.uniform(0.25).atLevels(2, 3),
 *     Replications.of(1000).withSeed(7), RankingRule.of(TiePolicy.COMPETITION, Precision.FULL));
 * r.uncertainty().distribution("Index", "CHE").rankInterval(0.9);
 * r.sensitivity();   // [aggregation 4.1, normalisation 2.3, imputation 0.4]: places moved
 * }</pre>
 *
 * <p><b>How it runs.</b> Every combination of alternatives is built once, before the first
 * replication, by {@link Build#rerun(Pipeline)} from the build that shares the longest run of first
 * steps with it (so that a change of normalisation reuses the treated data); a combination that the
 * engine refuses is refused whatever the seed. Replication i draws, from its own random stream, one
 * alternative per factor in the order given ({@code nextInt(k)} for k alternatives), then the
 * weights; only the aggregation runs again (by {@link Reweighting}), and without noise not even
 * that: a combination's scores are those of its build. The numbers depend on the seed only, never
 * on the threads.
 *
 * <p><b>Measures and units.</b> The measures are the tree's aggregates, the root first, or those
 * chosen. The units are the nominal build's, then any unit only another combination keeps (a
 * combination whose screening removes a unit leaves it without a score in that replication).
 * Nominal scores and ranks are the build's as given.
 *
 * <p><b>Which choice moves ranks most.</b> For a measure and a factor i, the sensitivity is the
 * mean absolute rank shift of switching factor i alone (độ dịch thứ hạng):
 *
 * <pre>
 *   S_i = (1 / |P_i|) · Σ over (r, a, u) in P_i of | R_u(c_r with i ← a, w_r) − R_u(c_r, w_r) |
 * </pre>
 *
 * where r runs over the replications, c_r is the combination replication r drew and w_r its weights
 * (the nominal ones without noise), a over the alternatives of factor i other than the one c_r
 * holds, u over the units ranked under both combinations, and R_u(c, w) is unit u's rank on the
 * measure under combination c with weights w, by the run's ranking rule, among the units scored
 * there. It is how many places a unit moves, on average, when that one choice is made otherwise and
 * everything else is held. It is 0 exactly when switching the factor never changes a rank (and for
 * a factor of one alternative), whatever the other factors do; it is NaN when no unit is ranked
 * under both combinations of any pair. The sums are taken in replication order, so the figure does
 * not depend on the threads.
 */
public final class MethodUncertainty {
  /** The most combinations of alternatives one analysis builds. */
  public static final int MAX_COMBINATIONS = 4096;

  private MethodUncertainty() {}

  /**
   * Runs replications over method choices, the weights nominal.
   *
   * @param build the nominal build; its last step aggregates
   * @param choices the uncertain choices, at least one
   * @param replications how many, seed, threads
   * @param rule how each replication is ranked
   * @return the distributions, the sensitivities and the combinations
   * @throws DdciValidationException naming the factor, alternative or combination, as {@link
   *     #of(Build, List, WeightNoise, Replications, RankingRule, List)} does
   */
  public static Result of(
      Build build, List<MethodChoice> choices, Replications replications, RankingRule rule) {
    return run(build, choices, Optional.empty(), replications, rule, List.of());
  }

  /**
   * Runs replications over method choices, the weights nominal, collecting only some measures.
   *
   * @param build the nominal build; its last step aggregates
   * @param choices the uncertain choices, at least one
   * @param replications how many, seed, threads
   * @param rule how each replication is ranked
   * @param measures the aggregates to collect; none for all, the root first
   * @return the distributions, the sensitivities and the combinations
   * @throws DdciValidationException as {@link #of(Build, List, WeightNoise, Replications,
   *     RankingRule, List)} does
   */
  public static Result of(
      Build build,
      List<MethodChoice> choices,
      Replications replications,
      RankingRule rule,
      List<String> measures) {
    return run(build, choices, Optional.empty(), replications, rule, measures);
  }

  /**
   * Runs replications over method choices and weights drawn around the nominal ones.
   *
   * @param build the nominal build; its last step aggregates
   * @param choices the uncertain choices, at least one
   * @param noise which weights move, and how far
   * @param replications how many, seed, threads
   * @param rule how each replication is ranked
   * @return the distributions, the sensitivities and the combinations
   * @throws DdciValidationException as {@link #of(Build, List, WeightNoise, Replications,
   *     RankingRule, List)} does
   */
  public static Result of(
      Build build,
      List<MethodChoice> choices,
      WeightNoise noise,
      Replications replications,
      RankingRule rule) {
    return run(
        build,
        choices,
        Optional.of(Objects.requireNonNull(noise, "noise")),
        replications,
        rule,
        List.of());
  }

  /**
   * Runs replications over method choices and weights drawn around the nominal ones, collecting
   * only some measures.
   *
   * @param build the nominal build; its last step aggregates
   * @param choices the uncertain choices, at least one
   * @param noise which weights move, and how far
   * @param replications how many, seed, threads
   * @param rule how each replication is ranked
   * @param measures the aggregates to collect; none for all, the root first
   * @return the distributions, the sensitivities and the combinations
   * @throws DdciValidationException if there is no choice; two choices share a name or decide the
   *     same kind of step; a choice decides a kind of step the pipeline lacks (unless it adds one),
   *     adds one the pipeline has, or has two alternatives that make the same pipeline; there are
   *     more than {@value #MAX_COMBINATIONS} combinations; the build or a combination does not end
   *     with its aggregation; the engine refuses a combination (its message, after the alternatives
   *     of the combination); the noise names what the tree does not have; or a measure is not an
   *     aggregate
   */
  public static Result of(
      Build build,
      List<MethodChoice> choices,
      WeightNoise noise,
      Replications replications,
      RankingRule rule,
      List<String> measures) {
    return run(
        build,
        choices,
        Optional.of(Objects.requireNonNull(noise, "noise")),
        replications,
        rule,
        measures);
  }

  private static Result run(
      Build build,
      List<MethodChoice> choicesGiven,
      Optional<WeightNoise> noise,
      Replications replications,
      RankingRule rule,
      List<String> chosen) {
    Objects.requireNonNull(build, "build");
    Objects.requireNonNull(choicesGiven, "choices");
    Objects.requireNonNull(replications, "replications");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(chosen, "measures");
    List<MethodChoice> choices = List.copyOf(choicesGiven);
    checkArgument(
        !choices.isEmpty(),
        "no method choice: name at least one (normalisation, imputation, aggregation…)");
    Pipeline pipeline = build.pipeline();
    for (int i = 0; i < choices.size(); i++) {
      for (int j = 0; j < i; j++) {
        MethodChoice a = choices.get(j);
        MethodChoice b = choices.get(i);
        checkArgument(
            !a.factor().equals(b.factor()), "two method choices are named %s", a.factor());
        checkArgument(
            !a.kind().isAssignableFrom(b.kind()) && !b.kind().isAssignableFrom(a.kind()),
            "method choices %s and %s both decide the %s step: make them one choice",
            a.factor(),
            b.factor(),
            (a.kind().isAssignableFrom(b.kind()) ? b.kind() : a.kind()).getSimpleName());
      }
    }
    for (MethodChoice c : choices) {
      c.checkApplies(pipeline);
      for (int a = 0; a < c.alternatives().size(); a++) {
        for (int b = 0; b < a; b++) {
          checkArgument(
              !c.apply(pipeline, a).equals(c.apply(pipeline, b)),
              "method choice %s: its alternatives %s (%s) and %s (%s) make the same pipeline",
              c.factor(),
              b + 1,
              c.alternatives().get(b),
              a + 1,
              c.alternatives().get(a));
        }
      }
    }
    Reweighting nominal = Reweighting.of(build);
    Combinations combos = Combinations.build(build, choices);
    int[] moved = new int[0];
    double fraction = 0;
    if (noise.isPresent()) {
      moved =
          noise.get().resolve(build.tree()).keySet().stream()
              .mapToInt(nominal.nodes()::indexOf)
              .toArray();
      fraction = noise.get().fraction();
    }

    // measures, as WeightUncertainty collects them
    List<String> measures = new ArrayList<>(nominal.aggregates());
    Collections.reverse(measures);
    for (String m : chosen) {
      checkArgument(measures.contains(m), "measure %s is not an aggregate of %s", m, measures);
    }
    if (!chosen.isEmpty()) {
      measures = new ArrayList<>(chosen);
    }
    List<String> collected = List.copyOf(measures);

    // units: the nominal build's, then those only another combination keeps
    Map<String, Integer> unitIndex = new LinkedHashMap<>();
    List<String> unitNames = new ArrayList<>();
    addUnits(nominal, unitIndex, unitNames);
    for (Reweighting r : combos.reweightings) {
      addUnits(r, unitIndex, unitNames);
    }
    List<String> units = List.copyOf(unitIndex.keySet());
    int[][] at = new int[combos.count][];
    for (int c = 0; c < combos.count; c++) {
      at[c] = combos.reweightings.get(c).units().stream().mapToInt(unitIndex::get).toArray();
    }
    int m = collected.size();
    int u = units.size();
    int f = choices.size();

    double[] nominalWeights = nominal.nominalWeights();
    Reweighting.Worker nominalWorker = nominal.worker();
    nominalWorker.aggregate(nominalWeights);
    int[] nominalAt = nominal.units().stream().mapToInt(unitIndex::get).toArray();
    double[][] nominalScores = new double[m][u];
    scatter(nominalWorker, collected, nominalAt, nominalScores);

    int[] byName = Ranks.nameOrder(unitNames);
    int reps = replications.count();
    int[] drawn = new int[reps];
    double[][][] shift = new double[m][f][reps];
    long[][][] pairs = new long[m][f][reps];

    // without noise, a combination's scores, ranks and shifts are computed once
    double[][][] fixedScores = null;
    double[][][] fixedShift = null;
    long[][][] fixedPairs = null;
    if (noise.isEmpty()) {
      fixedScores = new double[combos.count][m][u];
      double[][][] fixedRanks = new double[combos.count][m][u];
      Ranks ranker = new Ranks(rule, byName);
      double[] competition = new double[u];
      for (int c = 0; c < combos.count; c++) {
        Reweighting.Worker w = combos.reweightings.get(c).worker();
        w.aggregate(nominalWeights);
        scatter(w, collected, at[c], fixedScores[c]);
        for (int k = 0; k < m; k++) {
          ranker.rank(fixedScores[c][k], fixedRanks[c][k], competition);
        }
      }
      fixedShift = new double[combos.count][m][f];
      fixedPairs = new long[combos.count][m][f];
      double[][][] ranks = fixedRanks;
      for (int c = 0; c < combos.count; c++) {
        combos.shifts(c, ranks[c], other -> ranks[other], fixedShift[c], fixedPairs[c]);
      }
    }
    double[][][] scoresOf = fixedScores;
    double[][][] shiftOf = fixedShift;
    long[][][] pairsOf = fixedPairs;
    int[] which = moved;
    double noiseFraction = fraction;

    Uncertainty uncertainty =
        Runner.run(
            describe(choices, noise),
            replications,
            rule,
            collected,
            units,
            unitNames,
            nominalScores,
            () -> {
              if (scoresOf != null) {
                return (replication, random, scores) -> {
                  int c = combos.draw(random);
                  drawn[replication] = c;
                  for (int k = 0; k < m; k++) {
                    System.arraycopy(scoresOf[c][k], 0, scores[k], 0, u);
                    for (int i = 0; i < f; i++) {
                      shift[k][i][replication] = shiftOf[c][k][i];
                      pairs[k][i][replication] = pairsOf[c][k][i];
                    }
                  }
                };
              }
              Reweighting.Worker[] workers = new Reweighting.Worker[combos.count];
              double[] w = new double[nominalWeights.length];
              Ranks ranker = new Ranks(rule, byName);
              double[] competition = new double[u];
              double[][] ranks = new double[m][u];
              double[][] otherScores = new double[m][u];
              double[][] otherRanks = new double[m][u];
              double[][] sum = new double[m][f];
              long[][] count = new long[m][f];
              IntFunction<Reweighting.Worker> worker =
                  c -> {
                    if (workers[c] == null) {
                      workers[c] = combos.reweightings.get(c).worker();
                    }
                    return workers[c];
                  };
              return (replication, random, scores) -> {
                int c = combos.draw(random);
                drawn[replication] = c;
                System.arraycopy(nominalWeights, 0, w, 0, w.length);
                for (int i : which) {
                  w[i] =
                      nominalWeights[i]
                          + (2 * random.nextDouble() - 1) * noiseFraction * nominalWeights[i];
                }
                Reweighting.Worker own = worker.apply(c);
                own.aggregate(w);
                scatter(own, collected, at[c], scores);
                for (int k = 0; k < m; k++) {
                  ranker.rank(scores[k], ranks[k], competition);
                }
                combos.shifts(
                    c,
                    ranks,
                    other -> {
                      Reweighting.Worker o = worker.apply(other);
                      o.aggregate(w);
                      scatter(o, collected, at[other], otherScores);
                      for (int k = 0; k < m; k++) {
                        ranker.rank(otherScores[k], otherRanks[k], competition);
                      }
                      return otherRanks;
                    },
                    sum,
                    count);
                for (int k = 0; k < m; k++) {
                  for (int i = 0; i < f; i++) {
                    shift[k][i][replication] = sum[k][i];
                    pairs[k][i][replication] = count[k][i];
                  }
                }
              };
            });

    Map<String, List<Sensitivity>> sensitivity = new LinkedHashMap<>();
    for (int k = 0; k < m; k++) {
      List<Sensitivity> s = new ArrayList<>();
      for (int i = 0; i < f; i++) {
        double total = 0;
        long n = 0;
        for (int r = 0; r < reps; r++) {
          total += shift[k][i][r];
          n += pairs[k][i][r];
        }
        boolean single = choices.get(i).alternatives().size() == 1;
        s.add(
            new Sensitivity(choices.get(i).factor(), single ? 0 : n == 0 ? Double.NaN : total / n));
      }
      s.sort(
          Comparator.comparingDouble((Sensitivity x) -> Double.isNaN(x.value) ? 1 : 0)
              .thenComparing(Comparator.comparingDouble((Sensitivity x) -> x.value).reversed()));
      sensitivity.put(collected.get(k), List.copyOf(s));
    }
    int[] times = new int[combos.count];
    for (int c : drawn) {
      times[c]++;
    }
    List<Combination> combinations = new ArrayList<>();
    for (int c = 0; c < combos.count; c++) {
      combinations.add(new Combination(combos.choices(c), combos.builds.get(c), times[c]));
    }
    return new Result(uncertainty, choices, sensitivity, combinations);
  }

  private static void addUnits(
      Reweighting r, Map<String, Integer> unitIndex, List<String> unitNames) {
    for (int j = 0; j < r.units().size(); j++) {
      if (!unitIndex.containsKey(r.units().get(j))) {
        unitIndex.put(r.units().get(j), unitIndex.size());
        unitNames.add(r.unitNames().get(j));
      }
    }
  }

  /** Copies a worker's scores of the measures to the union of units, NaN where it has none. */
  private static void scatter(
      Reweighting.Worker worker, List<String> measures, int[] at, double[][] out) {
    for (int k = 0; k < measures.size(); k++) {
      double[] s = worker.scores(measures.get(k));
      Arrays.fill(out[k], Double.NaN);
      for (int j = 0; j < at.length; j++) {
        out[k][at[j]] = s[j];
      }
    }
  }

  private static String describe(List<MethodChoice> choices, Optional<WeightNoise> noise) {
    return "method choices "
        + choices.stream()
            .map(c -> c.factor() + " (" + c.alternatives().size() + ")")
            .collect(Collectors.joining(" × "))
        + noise.map(n -> ", " + n).orElse("");
  }

  /** Every combination of alternatives, built: index c holds factor i's alternative at digit i. */
  private static final class Combinations {
    final List<MethodChoice> choices;
    final int[] sizes;
    final int[] stride;
    final int count;
    final List<Build> builds = new ArrayList<>();
    final List<Reweighting> reweightings = new ArrayList<>();

    private Combinations(List<MethodChoice> choices, int count) {
      this.choices = choices;
      this.count = count;
      int f = choices.size();
      this.sizes = new int[f];
      this.stride = new int[f];
      int s = 1;
      for (int i = f - 1; i >= 0; i--) {
        sizes[i] = choices.get(i).alternatives().size();
        stride[i] = s;
        s *= sizes[i];
      }
    }

    static Combinations build(Build nominal, List<MethodChoice> choices) {
      long count = 1;
      for (MethodChoice c : choices) {
        count *= c.alternatives().size();
        checkArgument(
            count <= MAX_COMBINATIONS,
            "method choices %s: more than %s combinations of alternatives to build",
            choices.stream().map(MethodChoice::factor).collect(Collectors.toList()),
            MAX_COMBINATIONS);
      }
      Combinations combos = new Combinations(choices, (int) count);
      List<Build> built = new ArrayList<>();
      built.add(nominal);
      for (int c = 0; c < combos.count; c++) {
        Pipeline p = nominal.pipeline();
        for (int i = 0; i < choices.size(); i++) {
          p = choices.get(i).apply(p, combos.level(c, i));
        }
        Build from = nominal;
        int shared = -1;
        for (Build b : built) {
          int n = sharedSteps(b.pipeline().steps(), p.steps());
          if (n > shared) {
            shared = n;
            from = b;
          }
        }
        try {
          Build b = from.rerun(p);
          combos.reweightings.add(Reweighting.of(b));
          combos.builds.add(b);
          built.add(b);
        } catch (DdciValidationException e) {
          throw new DdciValidationException(
              "method uncertainty, " + combos.label(c) + ": " + e.getMessage(), e);
        }
      }
      return combos;
    }

    private static int sharedSteps(List<Step> a, List<Step> b) {
      int n = 0;
      while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
        n++;
      }
      return n;
    }

    int level(int c, int i) {
      return c / stride[i] % sizes[i];
    }

    /** Draws one alternative per factor, in order, and returns the combination. */
    int draw(SplittableRandom random) {
      int c = 0;
      for (int i = 0; i < sizes.length; i++) {
        c += random.nextInt(sizes[i]) * stride[i];
      }
      return c;
    }

    ImmutableMap<String, MethodChoice.Alternative> choices(int c) {
      ImmutableMap.Builder<String, MethodChoice.Alternative> b = ImmutableMap.builder();
      for (int i = 0; i < sizes.length; i++) {
        b.put(choices.get(i).factor(), choices.get(i).alternatives().get(level(c, i)));
      }
      return b.build();
    }

    String label(int c) {
      return choices(c).entrySet().stream()
          .map(e -> e.getKey() + " = " + e.getValue())
          .collect(Collectors.joining(", "));
    }

    /**
     * Sums, for each measure k and factor i, the absolute rank shifts of every unit ranked in both
     * between combination c and each combination that differs from it in factor i alone, and counts
     * them.
     *
     * @param c the combination
     * @param ranks its ranks [measure][unit]
     * @param ranksOf another combination's ranks, read before the next call
     * @param sum receives [measure][factor]
     * @param count receives [measure][factor]
     */
    void shifts(
        int c, double[][] ranks, IntFunction<double[][]> ranksOf, double[][] sum, long[][] count) {
      for (double[] s : sum) {
        Arrays.fill(s, 0);
      }
      for (long[] n : count) {
        Arrays.fill(n, 0);
      }
      for (int i = 0; i < sizes.length; i++) {
        int own = level(c, i);
        for (int a = 0; a < sizes[i]; a++) {
          if (a == own) {
            continue;
          }
          double[][] other = ranksOf.apply(c + (a - own) * stride[i]);
          for (int k = 0; k < ranks.length; k++) {
            double[] x = ranks[k];
            double[] y = other[k];
            for (int j = 0; j < x.length; j++) {
              if (!Double.isNaN(x[j]) && !Double.isNaN(y[j])) {
                sum[k][i] += Math.abs(x[j] - y[j]);
                count[k][i]++;
              }
            }
          }
        }
      }
    }
  }

  /**
   * What an analysis over method choices found (kết quả phân tích độ bất định do phương pháp): the
   * distributions, how far each choice moves ranks, and the combinations built. Immutable.
   */
  public static final class Result {
    private final Uncertainty uncertainty;
    private final ImmutableList<MethodChoice> choices;
    private final ImmutableMap<String, List<Sensitivity>> sensitivity;
    private final ImmutableList<Combination> combinations;

    private Result(
        Uncertainty uncertainty,
        List<MethodChoice> choices,
        Map<String, List<Sensitivity>> sensitivity,
        List<Combination> combinations) {
      this.uncertainty = uncertainty;
      this.choices = ImmutableList.copyOf(choices);
      this.sensitivity = ImmutableMap.copyOf(sensitivity);
      this.combinations = ImmutableList.copyOf(combinations);
    }

    /**
     * Returns every measure's and unit's distribution over the replications.
     *
     * @return the distributions
     */
    public Uncertainty uncertainty() {
      return uncertainty;
    }

    /**
     * Returns the choices, in the order given.
     *
     * @return the choices
     */
    public List<MethodChoice> choices() {
      return choices;
    }

    /**
     * Returns which choice moves the first measure's ranks (the root's, unless measures were
     * chosen) most: each factor's mean absolute rank shift, largest first, equal ones in the order
     * given, NaN last (see {@link MethodUncertainty}).
     *
     * @return one per factor
     */
    public List<Sensitivity> sensitivity() {
      return sensitivity.get(uncertainty.measures().get(0));
    }

    /**
     * Returns which choice moves a measure's ranks most, as {@link #sensitivity()}.
     *
     * @param measure a measure of the analysis
     * @return one per factor
     * @throws DdciValidationException if the measure is not in the analysis
     */
    public List<Sensitivity> sensitivity(String measure) {
      List<Sensitivity> s = sensitivity.get(measure);
      checkArgument(s != null, "no measure %s (measures %s)", measure, uncertainty.measures());
      return s;
    }

    /**
     * Returns every combination of alternatives, the last factor's alternative changing fastest.
     *
     * @return the combinations
     */
    public List<Combination> combinations() {
      return combinations;
    }

    @Override
    public String toString() {
      return "MethodUncertainty.Result[" + uncertainty + ", sensitivity " + sensitivity() + "]";
    }
  }

  /** How far one factor moves ranks (độ nhạy): its mean absolute rank shift. Immutable. */
  public static final class Sensitivity {
    private final String factor;
    private final double value;

    private Sensitivity(String factor, double value) {
      this.factor = factor;
      this.value = value;
    }

    /**
     * Returns the factor.
     *
     * @return its name
     */
    public String factor() {
      return factor;
    }

    /**
     * Returns the mean absolute rank shift of switching this factor alone.
     *
     * @return places, 0 or more; NaN when no unit was ranked under both sides of any switch
     */
    public double value() {
      return value;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Sensitivity
          && ((Sensitivity) o).factor.equals(factor)
          && Double.compare(((Sensitivity) o).value, value) == 0;
    }

    @Override
    public int hashCode() {
      return Objects.hash(factor, value);
    }

    @Override
    public String toString() {
      return factor + " " + value;
    }
  }

  /**
   * One combination of alternatives (tổ hợp phương án): what it chose, its build with the nominal
   * weights, and how many replications drew it. Immutable.
   */
  public static final class Combination {
    private final ImmutableMap<String, MethodChoice.Alternative> choices;
    private final Build build;
    private final int replications;

    private Combination(
        ImmutableMap<String, MethodChoice.Alternative> choices, Build build, int replications) {
      this.choices = choices;
      this.build = build;
      this.replications = replications;
    }

    /**
     * Returns each factor's alternative, in the order of the factors.
     *
     * @return the alternatives by factor
     */
    public Map<String, MethodChoice.Alternative> choices() {
      return choices;
    }

    /**
     * Returns the pipeline of this combination.
     *
     * @return the pipeline
     */
    public Pipeline pipeline() {
      return build.pipeline();
    }

    /**
     * Returns the build of this combination, with the nominal weights.
     *
     * @return the build
     */
    public Build build() {
      return build;
    }

    /**
     * Returns how many replications drew this combination.
     *
     * @return 0 or more
     */
    public int replications() {
      return replications;
    }

    @Override
    public String toString() {
      return "Combination" + choices + " × " + replications;
    }
  }
}
