package vn.ddci.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.ddci.engine.Aggregate;
import vn.ddci.engine.Build;
import vn.ddci.engine.CoinrCsv;
import vn.ddci.engine.Dataset;
import vn.ddci.engine.IndexInput;
import vn.ddci.engine.IndicatorTree;
import vn.ddci.engine.Node;
import vn.ddci.engine.Pipeline;
import vn.ddci.engine.Stage;

/**
 * The costs of the engine's build of an index (ddci-engine) with COINr's default pipeline
 * (denominate, impute by group mean, screen, winsorise, min-max, arithmetic mean): the whole build,
 * the aggregation alone, and a rerun with new weights, which an uncertainty analysis does once per
 * replication.
 *
 * <p>Sizes: {@code asem}, COINr's ASEM example (51 units × 49 indicators, four levels) read from
 * {@code coinr-asem} in the shared data folder (system property {@code ddci.data.dir}, else {@code
 * ../shared/data} from the working directory); {@code pci}, synthetic and PCI-sized (63 units × 130
 * indicators in 10 components, three levels); {@code large}, synthetic (1,000 units × 500
 * indicators in 20 components of 25, three levels). The synthetic data is seeded (see {@link
 * SyntheticIndex}).
 *
 * <p>Run: {@code java -cp "ddci-benchmarks/target/classes:$(cat target/bench-classpath.txt)"
 * org.openjdk.jmh.Main EngineBenchmark -prof gc} (see the README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmark {
  private static final long SEED = 2024;
  private static final int WEIGHT_SETS = 100;

  /** The index: {@code asem}, {@code pci} or {@code large}. */
  @Param({"asem", "pci", "large"})
  public String size;

  private IndicatorTree tree;
  private Dataset raw;
  private Pipeline pipeline;
  private Aggregate aggregate;
  private Dataset normalised;
  private Build build;
  private List<Map<String, Double>> weightSets;
  private int next;

  /**
   * Reads or generates the index, builds it once, and draws the weight sets of the reruns: every
   * aggregate but the index weighs 1 ± 25 %, uniformly, as in COINr's uncertainty analysis.
   *
   * @throws IllegalStateException if the ASEM data is asked for and cannot be found
   */
  @Setup
  public void setUp() {
    IndexInput input;
    String grouping;
    switch (size) {
      case "asem":
        Path dir = asemDir();
        input = CoinrCsv.read(dir.resolve("iData.csv"), dir.resolve("iMeta.csv"));
        grouping = "EurAsia_group";
        break;
      case "pci":
        input = SyntheticIndex.generate(63, 10, 13, SEED);
        grouping = SyntheticIndex.GROUPING;
        break;
      case "large":
        input = SyntheticIndex.generate(1000, 20, 25, SEED);
        grouping = SyntheticIndex.GROUPING;
        break;
      default:
        throw new IllegalArgumentException("unknown size " + size + " (asem, pci or large)");
    }
    tree = input.tree();
    raw = input.data();
    pipeline = Pipeline.coinrDefault(grouping);
    aggregate = Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE);
    build = pipeline.run(tree, raw);
    normalised = build.stage("Normalised").dataset();
    SplittableRandom random = new SplittableRandom(SEED);
    weightSets = new ArrayList<>(WEIGHT_SETS);
    for (int s = 0; s < WEIGHT_SETS; s++) {
      Map<String, Double> weights = new LinkedHashMap<>();
      for (Node a : tree.aggregates()) {
        if (!a.equals(tree.root())) {
          weights.put(a.code(), 0.75 + 0.5 * random.nextDouble());
        }
      }
      weightSets.add(Collections.unmodifiableMap(weights));
    }
  }

  static Path asemDir() {
    String configured = System.getProperty("ddci.data.dir");
    Path data = configured != null ? Path.of(configured) : Path.of("..", "shared", "data");
    Path dir = data.resolve("coinr-asem").toAbsolutePath().normalize();
    if (!Files.isRegularFile(dir.resolve("iData.csv"))
        || !Files.isRegularFile(dir.resolve("iMeta.csv"))) {
      throw new IllegalStateException(
          "the ASEM data (iData.csv, iMeta.csv) is not in "
              + dir
              + "; run from the repository's root beside shared/data, or set -Dddci.data.dir to"
              + " the shared/data folder");
    }
    return dir;
  }

  /**
   * Builds the index from the raw data: every step of COINr's default pipeline. Its warm-up is
   * longer: on two cores the JIT needs about eight seconds to compile the whole pipeline.
   *
   * @return the build
   */
  @Benchmark
  @Warmup(iterations = 10, time = 1)
  public Build wholeBuild() {
    return pipeline.run(tree, raw);
  }

  /**
   * Aggregates the normalised data, every aggregate from the lowest level up.
   *
   * @return the aggregated stage
   */
  @Benchmark
  public Stage aggregateOnly() {
    return aggregate.apply(normalised, tree);
  }

  /**
   * Reruns the build with one of 100 weight sets, in turn: a new tree, then the aggregation.
   *
   * @return the new build
   */
  @Benchmark
  public Build rerunWithWeights() {
    Map<String, Double> weights = weightSets.get(next);
    next = next + 1 == WEIGHT_SETS ? 0 : next + 1;
    return build.withWeights(weights);
  }
}
