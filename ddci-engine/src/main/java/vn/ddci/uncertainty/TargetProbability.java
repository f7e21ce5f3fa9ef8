package vn.ddci.uncertainty;

import static vn.ddci.internal.Checks.checkArgument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import vn.ddci.InsufficientDataException;
import vn.ddci.engine.Build;
import vn.ddci.engine.Scores;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Measure;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;
import vn.ddci.goal.GainSplit;
import vn.ddci.goal.Likelihood;
import vn.ddci.goal.RankTarget;
import vn.ddci.ranking.Standing;
import vn.ddci.result.Decimals;
import vn.ddci.survey.Resampler;
import vn.ddci.survey.Responses;
import vn.ddci.survey.SurveyIndex;
import vn.ddci.survey.SurveyIndicators;

/**
 * The probability of reaching a target rank with the planned gains (xác suất đạt mục tiêu xếp
 * hạng), from the respondent bootstrap of last year's survey.
 *
 * <p>Each replication draws last year's respondents within each unit, as {@link SurveyBootstrap}
 * does (replication i from stream i of the seed, so the thread count changes nothing), and scores
 * every unit. The unit's components are then raised by their planned gains, each capped at the
 * scale's top (10), and its total by what those gains add to it — {@code totalMax × w_c /
 * (componentMax × Σw) × Δ_c} summed over the components, Σw over the components the unit has a
 * score on, which is exactly how the index's arithmetic mean moves when one component moves (the
 * contributions of {@link GainSplit}) and leaves the total untouched when nothing is gained — plus
 * any gain of the total not attributed to a component, capped at the total's top (100). Every other
 * unit keeps its replicated scores. The block is ranked by its rule ({@link Ranks}) and each target
 * judged as {@link RankTarget#isMetBy} judges a standing. A replication that gives the unit no
 * score on a measure is not counted for it.
 *
 * <pre>{@code
 * TargetProbability p = TargetProbability.planner(ddci, answers2023, "U01")
 *     .gains(split)                                   // a GainSplit from last year's table
 *     .target(SurveyIndex.ROOT, RankTarget.rank(10))
 *     .run(Replications.of(500).withSeed(7));
 * p.likelihood(SurveyIndex.ROOT).probability();       // 0.72
 * p.likelihood(SurveyIndex.ROOT).nominallyMet();      // true
 * }</pre>
 *
 * <p>Published results without the survey's answers give no probability: there is nothing to
 * resample ({@link vn.ddci.text.PlanText#noTargetLikelihood()} says so).
 */
public final class TargetProbability {
  private final String what;
  private final Replications settings;
  private final String unit;
  private final Map<String, Likelihood> likelihoods;

  private TargetProbability(
      String what, Replications settings, String unit, Map<String, Likelihood> likelihoods) {
    this.what = what;
    this.settings = settings;
    this.unit = unit;
    this.likelihoods = likelihoods;
  }

  /**
   * Starts an analysis for a unit from last year's answers.
   *
   * @param index the index
   * @param lastYearAnswers last year's answers: the survey the scores are resampled from
   * @param unit the unit's code in the answers
   * @return a planner with no gain and no target
   * @throws InsufficientDataException if the unit has no respondents in the answers
   */
  public static Planner planner(SurveyIndex index, Responses lastYearAnswers, String unit) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(lastYearAnswers, "lastYearAnswers");
    Objects.requireNonNull(unit, "unit");
    if (!lastYearAnswers.units().contains(unit)) {
      throw new InsufficientDataException(
          "unit "
              + unit
              + " has no respondents in the answers: the probability of its target cannot be"
              + " estimated");
    }
    return new Planner(index, lastYearAnswers, unit);
  }

  /** Sets up a {@link TargetProbability}: the planned gains and the targets; not thread-safe. */
  public static final class Planner {
    private final SurveyIndex index;
    private final Responses answers;
    private final String unit;
    private final Map<String, BigDecimal> gains = new LinkedHashMap<>();
    private BigDecimal totalGain = BigDecimal.ZERO;
    private final Map<String, RankTarget> targets = new LinkedHashMap<>();

    private Planner(SurveyIndex index, Responses answers, String unit) {
      this.index = index;
      this.answers = answers;
      this.unit = unit;
    }

    /**
     * Plans a component's gain (replacing one planned before).
     *
     * @param component the component's code
     * @param gain points of the component, 0 or more
     * @return this planner
     * @throws vn.ddci.DdciValidationException if the component is not the framework's or the gain
     *     is negative
     */
    public Planner gain(String component, BigDecimal gain) {
      Objects.requireNonNull(component, "component");
      Objects.requireNonNull(gain, "gain");
      Framework f = index.block().framework();
      checkArgument(
          f.findComponent(component).map(Component::code).filter(component::equals).isPresent(),
          "framework '%s' has no component %s",
          f.name(),
          component);
      checkArgument(
          gain.signum() >= 0,
          "%s: a planned gain must be 0 or more, got %s",
          component,
          Decimals.show(gain));
      gains.put(component, gain);
      return this;
    }

    /**
     * Plans every component's gain of a split.
     *
     * @param split a split for this unit, e.g. from last year's table
     * @return this planner
     * @throws vn.ddci.DdciValidationException if the split is for another unit (by name) or as
     *     {@link #gain}
     */
    public Planner gains(GainSplit split) {
      Objects.requireNonNull(split, "split");
      String name = answers.unitName(unit).orElse(unit);
      checkArgument(
          split.unit().name().equals(name),
          "the split is for '%s', the analysis for '%s' (%s)",
          split.unit().name(),
          name,
          unit);
      split.gains().forEach((c, g) -> gain(c.code(), g));
      return this;
    }

    /**
     * Plans a gain of the total not attributed to any component, added on top of what the
     * components' gains add (replacing one planned before).
     *
     * @param gain points of the total, 0 or more
     * @return this planner
     * @throws vn.ddci.DdciValidationException if the gain is negative
     */
    public Planner totalGain(BigDecimal gain) {
      Objects.requireNonNull(gain, "gain");
      checkArgument(
          gain.signum() >= 0,
          "a planned gain of the total must be 0 or more, got %s",
          Decimals.show(gain));
      totalGain = gain;
      return this;
    }

    /**
     * Adds a target (replacing one set before for the measure).
     *
     * @param measure {@link SurveyIndex#ROOT} for the total, or a component's code
     * @param target the place to reach
     * @return this planner
     * @throws vn.ddci.DdciValidationException if the measure is neither
     */
    public Planner target(String measure, RankTarget target) {
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(target, "target");
      checkArgument(
          measures(index.block().framework()).contains(measure),
          "%s is neither the total (%s) nor a component of %s",
          measure,
          SurveyIndex.ROOT,
          index.block().framework().name());
      targets.put(measure, target);
      return this;
    }

    /**
     * Runs the bootstrap and judges the targets in every replication.
     *
     * @param replications how many, seed, threads
     * @return the probability of each target
     * @throws vn.ddci.DdciValidationException if no target was set, a target rank is beyond the
     *     block's units, and as {@link SurveyIndex#score} does
     * @throws InsufficientDataException if the unit has no score on a target's measure in last
     *     year's answers
     * @throws java.util.concurrent.CancellationException if the settings cancel the run
     */
    public TargetProbability run(Replications replications) {
      Objects.requireNonNull(replications, "replications");
      checkArgument(!targets.isEmpty(), "unit %s: no target to estimate the probability of", unit);
      return TargetProbability.run(this, replications);
    }
  }

  private static List<String> measures(Framework f) {
    List<String> measures = new ArrayList<>();
    measures.add(SurveyIndex.ROOT);
    f.components().stream().map(Component::code).forEach(measures::add);
    return measures;
  }

  /** The planned gains, the caps and the weights, applied to one unit's scores. */
  private static final class Raise {
    final int unit;
    final double[] gain; // per component measure k ≥ 1; gain[0] unused
    final double[] weight;
    final double totalGain;
    final double componentMax;
    final double totalMax;
    final double totalFactor;

    Raise(
        Framework f,
        List<String> measures,
        Map<String, BigDecimal> gains,
        BigDecimal total,
        int unit) {
      this.unit = unit;
      int m = measures.size();
      this.gain = new double[m];
      this.weight = new double[m];
      for (int k = 1; k < m; k++) {
        gain[k] = gains.getOrDefault(measures.get(k), BigDecimal.ZERO).doubleValue();
        weight[k] = f.component(measures.get(k)).weight().doubleValue();
      }
      this.totalGain = total.doubleValue();
      this.componentMax = f.componentMax().doubleValue();
      this.totalMax = f.totalMax().doubleValue();
      this.totalFactor = totalMax / componentMax;
    }

    /** Raises the unit's components and total in scores[measure][unit]. */
    void apply(double[][] scores) {
      double present = 0;
      double moved = 0;
      for (int k = 1; k < gain.length; k++) {
        double s = scores[k][unit];
        if (Double.isNaN(s)) {
          continue;
        }
        present += weight[k];
        if (gain[k] > 0) {
          double raised = Math.max(s, Math.min(s + gain[k], componentMax));
          moved += weight[k] * (raised - s);
          scores[k][unit] = raised;
        }
      }
      double t = scores[0][unit];
      if (Double.isNaN(t) || (moved == 0 && totalGain == 0)) {
        return;
      }
      double raised = t + (present > 0 ? totalFactor * moved / present : 0) + totalGain;
      scores[0][unit] = Math.max(t, Math.min(raised, totalMax));
    }
  }

  /** One worker's scratch space. */
  private static final class Worker {
    final int[] counts;
    final double[][] scores;
    final double[] rank;
    final double[] competition;
    final Ranks ranker;

    Worker(int rows, int measures, int units, Ranks ranker) {
      this.counts = new int[rows];
      this.scores = new double[measures][units];
      this.rank = new double[units];
      this.competition = new double[units];
      this.ranker = ranker;
    }

    /**
     * Ranks measure k and judges the target: 1 met, 0 not, −1 when the unit has no score; n the
     * units ranked goes to blockSize[0].
     */
    byte judge(int k, int unit, RankTarget target, TiePolicy policy, int[] blockSize) {
      int n = ranker.rank(scores[k], rank, competition);
      blockSize[0] = n;
      if (Double.isNaN(rank[unit])) {
        return -1;
      }
      return target.isMetBy(standing(unit, n, policy)) ? (byte) 1 : (byte) 0;
    }

    /** The unit's standing as the core has it, from the fast ranks. */
    Standing standing(int unit, int n, TiePolicy policy) {
      int first = (int) competition[unit];
      int tied = 0;
      if (policy == TiePolicy.ORDINAL) {
        tied = 1;
      } else {
        for (double c : competition) {
          tied += c == competition[unit] ? 1 : 0;
        }
      }
      BigDecimal fractional =
          BigDecimal.valueOf(2L * first + tied - 1).divide(BigDecimal.valueOf(2));
      int r = policy == TiePolicy.FRACTIONAL ? first : (int) rank[unit];
      return Standing.of(r, n, tied, fractional, policy);
    }
  }

  private static TargetProbability run(Planner p, Replications settings) {
    SurveyIndex index = p.index;
    Responses answers = p.answers;
    Framework f = index.block().framework();
    double totalFactor = f.totalMax().doubleValue() / f.componentMax().doubleValue();
    List<String> measures = measures(f);
    int m = measures.size();
    Build nominalBuild =
        index
            .pipeline()
            .run(index.tree(), SurveyIndicators.of(answers, index.definitions()).dataset());
    List<String> units = nominalBuild.scores().units();
    int u = units.size();
    int unit = units.indexOf(p.unit);
    checkArgument(unit >= 0, "unit %s was not scored from the answers", p.unit);
    List<String> names = new ArrayList<>();
    units.forEach(x -> names.add(answers.unitName(x).orElse(x)));
    int[] byName = Ranks.nameOrder(names);
    RankingRule rule = index.block().rankingRule();
    TiePolicy policy = rule.policy();
    Raise raise = new Raise(f, measures, p.gains, p.totalGain, unit);
    List<String> targeted = new ArrayList<>(p.targets.keySet());
    int t = targeted.size();
    int[] measureOf = targeted.stream().mapToInt(measures::indexOf).toArray();
    RankTarget[] targets = targeted.stream().map(p.targets::get).toArray(RankTarget[]::new);

    Worker nominal = new Worker(0, m, u, new Ranks(rule, byName));
    SurveyBootstrap.measure(nominalBuild.scores(), measures, totalFactor, nominal.scores);
    raise.apply(nominal.scores);
    boolean[] nominallyMet = new boolean[t];
    int[] nominalSize = new int[t];
    int[] n = new int[1];
    for (int j = 0; j < t; j++) {
      byte verdict = nominal.judge(measureOf[j], unit, targets[j], policy, n);
      if (verdict < 0) {
        throw new InsufficientDataException(
            "unit "
                + p.unit
                + " has no score on "
                + targeted.get(j)
                + " from the answers: the probability of its target cannot be estimated");
      }
      targets[j].worstRank(n[0]);
      nominallyMet[j] = verdict == 1;
      nominalSize[j] = n[0];
    }

    int reps = settings.count();
    byte[][] met = new byte[t][reps];
    int[][] cells = SurveyBootstrap.cells(answers, Optional.empty());
    Resampler resampler = SurveyIndicators.resampler(answers, index.definitions());
    String what = "bootstrap of respondents within unit, planned gains added";
    Runner.replicate(
        what,
        settings,
        () -> new Worker(answers.size(), m, u, new Ranks(rule, byName)),
        (w, r, random) -> {
          draw(cells, w.counts, random);
          Scores s =
              index.pipeline().run(index.tree(), resampler.resample(w.counts).dataset()).scores();
          checkArgument(s.units().equals(units), "a replication scored other units");
          SurveyBootstrap.measure(s, measures, totalFactor, w.scores);
          raise.apply(w.scores);
          int[] size = new int[1];
          for (int j = 0; j < t; j++) {
            met[j][r] = w.judge(measureOf[j], unit, targets[j], policy, size);
          }
        });

    String method = what + ", " + reps + " replications, seed " + settings.seed();
    Map<String, Likelihood> likelihoods = new LinkedHashMap<>();
    for (int j = 0; j < t; j++) {
      int counted = 0;
      int yes = 0;
      for (byte v : met[j]) {
        counted += v >= 0 ? 1 : 0;
        yes += v == 1 ? 1 : 0;
      }
      if (counted == 0) {
        throw new InsufficientDataException(
            "unit "
                + p.unit
                + " has no score on "
                + targeted.get(j)
                + " in any of "
                + reps
                + " replications: the probability of its target cannot be estimated");
      }
      String code = targeted.get(j);
      Measure measure =
          code.equals(SurveyIndex.ROOT) ? Measure.total() : Measure.of(f.component(code));
      likelihoods.put(
          code,
          Likelihood.builder()
              .measure(measure)
              .target(targets[j])
              .blockSize(nominalSize[j])
              .met(yes)
              .replications(counted)
              .nominallyMet(nominallyMet[j])
              .method(method)
              .build());
    }
    return new TargetProbability(what, settings, p.unit, likelihoods);
  }

  private static void draw(int[][] cells, int[] counts, SplittableRandom random) {
    Arrays.fill(counts, 0);
    for (int[] cell : cells) {
      for (int j = 0; j < cell.length; j++) {
        counts[cell[random.nextInt(cell.length)]]++;
      }
    }
  }

  /**
   * Returns what was resampled.
   *
   * @return e.g. "bootstrap of respondents within unit, planned gains added"
   */
  public String what() {
    return what;
  }

  /**
   * Returns the number of replications run.
   *
   * @return the count
   */
  public int replications() {
    return settings.count();
  }

  /**
   * Returns the unit.
   *
   * @return its code in the answers
   */
  public String unit() {
    return unit;
  }

  /**
   * Returns the measures with a target, in the order set.
   *
   * @return {@link SurveyIndex#ROOT} for the total, components' codes
   */
  public List<String> measures() {
    return List.copyOf(likelihoods.keySet());
  }

  /**
   * Returns the probability of the target on a measure.
   *
   * @param measure {@link SurveyIndex#ROOT} or a component's code
   * @return the likelihood
   * @throws vn.ddci.DdciValidationException if the measure has no target
   */
  public Likelihood likelihood(String measure) {
    Likelihood l = likelihoods.get(measure);
    checkArgument(l != null, "no target on %s: the targets are on %s", measure, measures());
    return l;
  }

  /**
   * Returns every target's probability, in the order set.
   *
   * @return the likelihoods
   */
  public List<Likelihood> likelihoods() {
    return List.copyOf(likelihoods.values());
  }

  @Override
  public String toString() {
    return "TargetProbability["
        + unit
        + ", "
        + what
        + ", "
        + settings
        + ", "
        + likelihoods.values()
        + "]";
  }
}
