package vn.ddci.uncertainty;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ddci.DdciValidationException;
import vn.ddci.engine.Build;
import vn.ddci.engine.Pipeline;
import vn.ddci.engine.Reweighting;
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
      Optional<WeightNoise> noiseGiven,
      Replications replications,
      RankingRule rule,
      List<String> chosen) {
    Objects.requireNonNull(build, "build");
    Objects.requireNonNull(choicesGiven, "choices");
    Objects.requireNonNull(replications, "replications");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(chosen, "measures");
    List<MethodChoice> choices = List.copyOf(choicesGiven);
    checkChoices(choices, build.pipeline());
    Reweighting nominal = Reweighting.of(build);
    Combinations combos = Combinations.build(build, choices);
    Optional<MethodReplication.Noise> noise =
        noiseGiven.map(n -> MethodReplication.Noise.of(n, build, nominal));
    List<String> measures = measures(nominal, chosen);
    UnitUnion units = new UnitUnion(nominal, combos);

    double[] nominalWeights = nominal.nominalWeights();
    double[][] nominalScores = nominalScores(nominal, nominalWeights, measures, units);

    MethodReplication replication =
        new MethodReplication(
            combos, measures, units, nominalWeights, rule, noise, replications.count());
    Uncertainty uncertainty =
        Runner.run(
            describe(choices, noiseGiven),
            replications,
            rule,
            measures,
            units.codes,
            units.names,
            nominalScores,
            replication::worker);
    return new Result(
        uncertainty,
        choices,
        sensitivities(choices, measures, replication),
        combinations(combos, replication.timesDrawn()));
  }

  /**
   * Checks that the choices can be analysed together on a pipeline: at least one, no two of the
   * same name or deciding the same kind of step, each applying to the pipeline with no two
   * alternatives that make the same pipeline.
   */
  private static void checkChoices(List<MethodChoice> choices, Pipeline pipeline) {
    checkArgument(
        !choices.isEmpty(),
        "no method choice: name at least one (normalisation, imputation, aggregation…)");
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
    }
  }

  /**
   * The measures, as {@link WeightUncertainty} collects them: the chosen, or all, the root first.
   */
  private static List<String> measures(Reweighting nominal, List<String> chosen) {
    List<String> all = new ArrayList<>(nominal.aggregates());
    Collections.reverse(all);
    for (String m : chosen) {
      checkArgument(all.contains(m), "measure %s is not an aggregate of %s", m, all);
    }
    return List.copyOf(chosen.isEmpty() ? all : chosen);
  }

  /** The nominal build's scores [measure][unit of the union], NaN where it has none. */
  private static double[][] nominalScores(
      Reweighting nominal, double[] nominalWeights, List<String> measures, UnitUnion units) {
    Reweighting.Worker worker = nominal.worker();
    worker.aggregate(nominalWeights);
    double[][] scores = new double[measures.size()][units.size()];
    UnitUnion.scatter(worker, measures, units.nominalAt, scores);
    return scores;
  }

  /**
   * Each measure's sensitivities: every factor's mean rank shift (0 for a factor of one
   * alternative), largest first, equal ones in the order given, NaN last.
   */
  private static Map<String, List<Sensitivity>> sensitivities(
      List<MethodChoice> choices, List<String> measures, MethodReplication replication) {
    Map<String, List<Sensitivity>> sensitivity = new LinkedHashMap<>();
    for (int k = 0; k < measures.size(); k++) {
      List<Sensitivity> s = new ArrayList<>();
      for (int i = 0; i < choices.size(); i++) {
        boolean single = choices.get(i).alternatives().size() == 1;
        s.add(new Sensitivity(choices.get(i).factor(), single ? 0 : replication.meanShift(k, i)));
      }
      s.sort(
          Comparator.comparingDouble((Sensitivity x) -> Double.isNaN(x.value) ? 1 : 0)
              .thenComparing(Comparator.comparingDouble((Sensitivity x) -> x.value).reversed()));
      sensitivity.put(measures.get(k), List.copyOf(s));
    }
    return sensitivity;
  }

  /** Every combination, with its build and how many replications drew it. */
  private static List<Combination> combinations(Combinations combos, int[] timesDrawn) {
    List<Combination> combinations = new ArrayList<>();
    for (int c = 0; c < combos.count; c++) {
      combinations.add(new Combination(combos.choices(c), combos.builds.get(c), timesDrawn[c]));
    }
    return combinations;
  }

  private static String describe(List<MethodChoice> choices, Optional<WeightNoise> noise) {
    return "method choices "
        + choices.stream()
            .map(c -> c.factor() + " (" + c.alternatives().size() + ")")
            .collect(Collectors.joining(" × "))
        + noise.map(n -> ", " + n).orElse("");
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
