package vn.ddci.benchmarks;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.assessment.YearOverYear;
import vn.ddci.framework.Block;
import vn.ddci.framework.Component;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.framework.RankingRule;
import vn.ddci.name.NameMatcher;
import vn.ddci.ranking.Consistency;
import vn.ddci.ranking.Ranking;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * The costs of the core computations on blocks of the sizes that occur: 25 departments (Lạng Sơn),
 * 63 provinces (PCI), and 1,000 units (a stress size).
 *
 * <p>Run: {@code mvn -q -DskipTests -pl ddci-benchmarks -am package && java -cp
 * "ddci-benchmarks/target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main} (see the
 * README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RankingBenchmark {

  /** Units in the block. */
  @Param({"25", "63", "1000"})
  public int units;

  private ResultTable thisYear;
  private ResultTable lastYear;
  private Map<Unit, BigDecimal> totals;
  private String someUnit;

  /** Builds two random tables of the PCI framework (ten components, two years). */
  @Setup
  public void setUp() {
    Random random = new Random(2016);
    thisYear = table(2016, random);
    lastYear = table(2015, random);
    totals = thisYear.scores(Measure.total());
    someUnit = thisYear.units().get(units / 2).name();
  }

  private ResultTable table(int year, Random random) {
    Block block = Frameworks.PCI_PROVINCES;
    List<Scorecard> cards = new ArrayList<>();
    for (int i = 0; i < units; i++) {
      Scorecard.Builder card = Scorecard.builder().unit(Unit.of("Tỉnh " + i, block)).year(year);
      for (Component c : block.framework().components()) {
        card.score(c, BigDecimal.valueOf(random.nextInt(1_000_001), 5));
      }
      cards.add(card.build());
    }
    return ResultTable.of(block, Year.of(year), cards);
  }

  /**
   * Ranks a block's totals (COMPETITION on the published rounding).
   *
   * @return the ranking
   */
  @Benchmark
  public Ranking<Unit> rankTotals() {
    return Ranking.of(totals, RankingRule.LANG_SON);
  }

  /**
   * Compares two whole tables: rankings of both years on all eleven measures, matching by name,
   * changes and improvement rankings.
   *
   * @return the comparison
   */
  @Benchmark
  public YearOverYear compareYears() {
    return YearOverYear.of(thisYear, lastYear, RankingRule.PCI, NameMatcher.tolerant());
  }

  /**
   * Checks a whole table's published figures against each other: the given totals against the
   * published weights, and (here none published) ranks against totals.
   *
   * @return the findings
   */
  @Benchmark
  public Consistency checkConsistency() {
    return Consistency.of(thisYear);
  }

  /**
   * Compares two whole tables and assesses one unit: the whole of section II from tables.
   *
   * @return the assessment
   */
  @Benchmark
  public UnitAssessment assessOneUnit() {
    return UnitAssessment.of(thisYear, lastYear, someUnit);
  }
}
