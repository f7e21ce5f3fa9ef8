package vn.ddci.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.ddci.engine.Aggregate;
import vn.ddci.engine.Build;
import vn.ddci.engine.CoinrCsv;
import vn.ddci.engine.Normalise;
import vn.ddci.engine.Pipeline;
import vn.ddci.framework.Precision;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;
import vn.ddci.uncertainty.MethodChoice;
import vn.ddci.uncertainty.MethodUncertainty;
import vn.ddci.uncertainty.Replications;
import vn.ddci.uncertainty.WeightNoise;

/**
 * The cost of an analysis over method choices on the available cores: COINr's ASEM example (51
 * units, 49 indicators, read from {@code coinr-asem} in the shared data folder), 1,000
 * replications, two factors: normalisation (min-max to [1, 100] or z-score 10 ± 2) and aggregation
 * (arithmetic or geometric mean), so four combinations, each built once per run; every aggregate
 * collected.
 *
 * <p>{@code choices}: the method choices alone (each replication copies its combination's scores).
 * {@code choicesAndWeights}: with the pillar and sub-index weights ±25 % too, as COINr's
 * uncertainty run, so that each replication aggregates again, and again once per switched factor
 * for the sensitivities.
 *
 * <p>Run from the repository's root: {@code java -cp "ddci-benchmarks/target/classes:$(cat
 * target/bench-classpath.txt)" org.openjdk.jmh.Main MethodUncertaintyBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MethodUncertaintyBenchmark {
  private static final RankingRule COINR = RankingRule.of(TiePolicy.COMPETITION, Precision.FULL);

  private Build asem;
  private List<MethodChoice> choices;

  /** Reads and builds ASEM, and states the two factors. */
  @Setup
  public void setUp() {
    Path dir = EngineBenchmark.asemDir();
    asem =
        CoinrCsv.read(dir.resolve("iData.csv"), dir.resolve("iMeta.csv"))
            .run(Pipeline.coinrDefault("EurAsia_group"));
    choices =
        List.of(
            MethodChoice.replacing(
                "normalisation",
                Normalise.class,
                Normalise.minMax(1, 100),
                Normalise.zScore(10, 2)),
            MethodChoice.replacing(
                "aggregation",
                Aggregate.class,
                Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE),
                Aggregate.of(Aggregate.Mean.GEOMETRIC, Aggregate.MissingChildren.RENORMALISE)));
  }

  /**
   * Normalisation × aggregation, 1,000 replications, the weights nominal.
   *
   * @return the analysis
   */
  @Benchmark
  public MethodUncertainty.Result choices() {
    return MethodUncertainty.of(asem, choices, Replications.of(1000).withSeed(1), COINR);
  }

  /**
   * Normalisation × aggregation with pillar and sub-index weights ±25 %, 1,000 replications.
   *
   * @return the analysis
   */
  @Benchmark
  public MethodUncertainty.Result choicesAndWeights() {
    return MethodUncertainty.of(
        asem,
        choices,
        WeightNoise.uniform(0.25).atLevels(2, 3),
        Replications.of(1000).withSeed(1),
        COINR);
  }
}
