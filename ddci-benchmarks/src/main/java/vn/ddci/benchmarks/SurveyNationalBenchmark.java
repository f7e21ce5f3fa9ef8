package vn.ddci.benchmarks;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
import vn.ddci.result.ResultTable;
import vn.ddci.survey.IllustrativeDdci;
import vn.ddci.survey.IndicatorDefinition;
import vn.ddci.survey.Responses;
import vn.ddci.survey.SurveyIndex;
import vn.ddci.survey.SurveyIndicators;
import vn.ddci.survey.SyntheticSurvey;

/**
 * A national year of synthetic answers to the illustrative 64-item survey: 63 provinces of 36
 * units, each unit rated about 140 times (317,520 rows, 20.3 million answers): every indicator of
 * the 2,268 units from one survey, and each province's answers to its table, on the available
 * cores. Run: {@code java -cp "ddci-benchmarks/target/classes:$(cat target/bench-classpath.txt)"
 * -Xmx8g org.openjdk.jmh.Main SurveyNationalBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx8g")
public class SurveyNationalBenchmark {
  private Responses responses;
  private List<IndicatorDefinition> definitions;
  private List<Responses> provinces;
  private SurveyIndex index;

  /** Generates the answers. */
  @Setup
  public void setUp() {
    List<String> units = new ArrayList<>();
    for (int p = 1; p <= 63; p++) {
      for (int u = 1; u <= 36; u++) {
        units.add("Tỉnh " + p + " – đơn vị " + u);
      }
    }
    responses = SyntheticSurvey.generate(2024, 2023, units, 140, true);
    definitions = new ArrayList<>();
    IllustrativeDdci.indicators().values().forEach(definitions::addAll);
    provinces = new ArrayList<>();
    for (int p = 1; p <= 63; p++) {
      provinces.add(SyntheticSurvey.generate(2024 + p, 2023, units.subList(0, 36), 140, true));
    }
    index = SurveyFixtures.index();
  }

  /**
   * Goes from each province's answers to its table, the 63 provinces side by side on the available
   * cores (each province its own survey and block).
   *
   * @return the tables
   */
  @Benchmark
  public List<ResultTable> answersToTables() {
    return provinces.parallelStream()
        .map(r -> index.score(r, Year.of(2023)).table())
        .collect(Collectors.toList());
  }

  /**
   * Computes every indicator of every unit of the country.
   *
   * @return the indicators
   */
  @Benchmark
  public SurveyIndicators indicators() {
    return SurveyIndicators.of(responses, definitions);
  }
}
