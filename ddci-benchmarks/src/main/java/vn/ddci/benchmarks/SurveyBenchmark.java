package vn.ddci.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Optional;
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
import vn.ddci.result.ResultTable;
import vn.ddci.survey.IllustrativeDdci;
import vn.ddci.survey.Questionnaire;
import vn.ddci.survey.Responses;
import vn.ddci.survey.SurveyExport;
import vn.ddci.survey.SurveyIndex;
import vn.ddci.survey.SurveyIndicators;
import vn.ddci.survey.SyntheticSurvey;

/**
 * The costs of the survey layer on synthetic answers to the illustrative 64-item survey: reading a
 * survey tool's CSV export, every indicator of every unit from the answers, and answers →
 * indicators → engine → the block's table.
 *
 * <p>Sizes: {@code block}, 25 units rated about 80 times each (2,000 rows, 128,000 answers); {@code
 * province}, 36 units rated about 140 times (5,040 rows, 322,560 answers). Run: {@code java -cp
 * "ddci-benchmarks/target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main
 * SurveyBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SurveyBenchmark {
  /** The survey: {@code block} or {@code province}. */
  @Param({"block", "province"})
  public String size;

  private Responses responses;
  private SurveyIndex index;
  private Questionnaire questionnaire;
  private Path export;

  /** Generates the answers and the index. */
  @Setup
  public void setUp() {
    int units = size.equals("block") ? 25 : 36;
    int ratings = size.equals("block") ? 80 : 140;
    List<String> names = SurveyFixtures.units(units);
    responses = SyntheticSurvey.generate(2024, 2023, names, ratings, true);
    questionnaire = IllustrativeDdci.questionnaire(names);
    try {
      export = Files.createTempFile("ddci-export-", ".csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    export.toFile().deleteOnExit();
    SurveyExport.write(responses, questionnaire, export, "_uuid", IllustrativeDdci.UNIT_QUESTION);
    index = SurveyFixtures.index();
  }

  /**
   * Reads the answers from a survey tool's CSV export (written once, in the set-up), with its
   * sampling weights, checking every cell against the questionnaire.
   *
   * @return the answers and problems read
   */
  @Benchmark
  public SurveyExport.Read readExport() {
    return SurveyExport.read(
        export,
        questionnaire,
        "_uuid",
        IllustrativeDdci.UNIT_QUESTION,
        Optional.of(SurveyExport.WEIGHT_COLUMN));
  }

  /**
   * Computes every indicator of every unit.
   *
   * @return the indicators
   */
  @Benchmark
  public SurveyIndicators indicators() {
    return SurveyIndicators.of(responses, index.definitions());
  }

  /**
   * Goes from the answers to the block's table.
   *
   * @return the table
   */
  @Benchmark
  public ResultTable answersToTable() {
    return index.score(responses, Year.of(2023)).table();
  }
}
