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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.ddci.engine.Build;
import vn.ddci.engine.CoinrCsv;
import vn.ddci.engine.Pipeline;
import vn.ddci.framework.Precision;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;
import vn.ddci.survey.Responses;
import vn.ddci.survey.SurveyIndex;
import vn.ddci.survey.SyntheticSurvey;
import vn.ddci.uncertainty.Replications;
import vn.ddci.uncertainty.SurveyBootstrap;
import vn.ddci.uncertainty.Uncertainty;
import vn.ddci.uncertainty.WeightNoise;
import vn.ddci.uncertainty.WeightUncertainty;

/**
 * The cost of uncertainty analyses on the available cores. {@code weights}: COINr's ASEM example
 * (51 units, 49 indicators, read from {@code coinr-asem} in the shared data folder) with its pillar
 * and sub-index weights ±25 %, as COINr's uncertainty run. {@code bootstrap}: the respondent
 * bootstrap of a synthetic survey of the illustrative 64-item questionnaire, winsorised, min-max,
 * arithmetic means: {@code block} 25 units × 80 ratings (128,000 answers), {@code province} 36 ×
 * 140 (322,560 answers), {@code large} 36 × 560 (1.3 million answers). Both at {@code replications}
 * 100, 1,000 and (weights only) 10,000.
 *
 * <p>Run from the repository's root: {@code java -cp "ddci-benchmarks/target/classes:$(cat
 * target/bench-classpath.txt)" org.openjdk.jmh.Main UncertaintyBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UncertaintyBenchmark {
  /** The survey of the bootstrap: {@code block}, {@code province} or {@code large}. */
  @Param({"block", "province", "large"})
  public String survey;

  /** The number of replications. */
  @Param({"100", "1000"})
  public int replications;

  private Build asem;
  private SurveyIndex index;
  private Responses answers;

  /** Reads ASEM and generates the survey. */
  @Setup
  public void setUp() {
    Path dir = EngineBenchmark.asemDir();
    asem =
        CoinrCsv.read(dir.resolve("iData.csv"), dir.resolve("iMeta.csv"))
            .run(Pipeline.coinrDefault("EurAsia_group"));
    int units = survey.equals("block") ? 25 : 36;
    int ratings = survey.equals("block") ? 80 : survey.equals("province") ? 140 : 560;
    List<String> names = SurveyFixtures.units(units);
    answers = SyntheticSurvey.generate(2024, 2023, names, ratings, true);
    index = SurveyFixtures.index();
  }

  /**
   * COINr's uncertainty analysis of ASEM: pillar and sub-index weights ±25 %, the Index's scores
   * and ranks as COINr collects them (the survey parameter plays no part).
   *
   * @return the analysis
   */
  @Benchmark
  public Uncertainty weights() {
    return WeightUncertainty.of(
        asem,
        WeightNoise.uniform(0.25).atLevels(2, 3),
        Replications.of(replications).withSeed(1),
        RankingRule.of(TiePolicy.COMPETITION, Precision.FULL),
        List.of("Index"));
  }

  /**
   * The respondent bootstrap of the survey: indicators, pipeline, total and components per
   * replication.
   *
   * @return the analysis
   */
  @Benchmark
  public Uncertainty bootstrap() {
    return SurveyBootstrap.of(index, answers, Replications.of(replications).withSeed(1));
  }
}
