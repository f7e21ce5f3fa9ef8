package vn.ddci.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ddci.SharedData;
import vn.ddci.engine.Build;
import vn.ddci.engine.CoinrCsv;
import vn.ddci.engine.Pipeline;
import vn.ddci.engine.Reweighting;
import vn.ddci.framework.Precision;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;

/**
 * COINr's uncertainty run on its ASEM example (shared/data/coinr-asem/ua): the 100 weight sets, in
 * the order the replications used them, give every replication's Index to 1e-9 and the rank
 * statistics (nominal, mean, median, 5 % and 95 % quantiles) exactly.
 */
class CoinrUncertaintyTest {
  private static final RankingRule COINR = RankingRule.of(TiePolicy.COMPETITION, Precision.FULL);
  private static Build build;
  private static List<Map<String, Double>> sets;
  private static Map<String, CSVRecord> scores;
  private static Map<String, CSVRecord> rankStats;

  @BeforeAll
  static void read() throws IOException {
    Path ua = SharedData.require("coinr-asem/ua/rank_stats.csv").getParent();
    build =
        CoinrCsv.read(
                SharedData.require("coinr-asem/iData.csv"),
                SharedData.require("coinr-asem/iMeta.csv"))
            .run(Pipeline.coinrDefault("EurAsia_group"));
    Map<Integer, Map<String, Double>> draws = new TreeMap<>();
    for (CSVRecord r : records(ua.resolve("weights_draws.csv"))) {
      draws
          .computeIfAbsent(Integer.parseInt(r.get("rep")), k -> new LinkedHashMap<>())
          .put(r.get("iCode"), Double.parseDouble(r.get("Weight")));
    }
    sets = new ArrayList<>();
    for (CSVRecord r : records(ua.resolve("rep_to_draw.csv"))) {
      assertThat(Integer.parseInt(r.get("rep"))).isEqualTo(sets.size() + 1);
      sets.add(draws.get(Integer.parseInt(r.get("draw"))));
    }
    scores = byUnit(ua.resolve("scores_per_rep.csv"));
    rankStats = byUnit(ua.resolve("rank_stats.csv"));
  }

  private static List<CSVRecord> records(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    }
  }

  private static Map<String, CSVRecord> byUnit(Path file) throws IOException {
    Map<String, CSVRecord> m = new LinkedHashMap<>();
    records(file).forEach(r -> m.put(r.get("uCode"), r));
    return m;
  }

  private static boolean agrees(double computed, double expected) {
    return Math.abs(computed - expected) <= (expected == 0 ? 1e-12 : 1e-9 * Math.abs(expected));
  }

  @Test
  void everyReplicationsIndex_fromItsWeightSet_agreesTo1e9() {
    Reweighting r = Reweighting.of(build);
    Reweighting.Worker worker = r.worker();
    int compared = 0;
    for (int rep = 0; rep < sets.size(); rep++) {
      double[] w = r.nominalWeights();
      sets.get(rep).entrySet().stream()
          .filter(e -> !e.getKey().equals("Index"))
          .forEach(e -> w[r.nodes().indexOf(e.getKey())] = e.getValue());
      worker.aggregate(w);
      double[] index = worker.scores("Index");
      for (int u = 0; u < r.units().size(); u++) {
        double expected = Double.parseDouble(scores.get(r.units().get(u)).get("r_" + (rep + 1)));
        assertThat(agrees(index[u], expected)).as("r_%s/%s", rep + 1, r.units().get(u)).isTrue();
        compared++;
      }
    }
    assertThat(compared).isEqualTo(5100);
  }

  @Test
  void theAnalysis_keepsEveryReplicationsScore_andGivesCoinrsRankStatisticsExactly() {
    Uncertainty u = WeightUncertainty.ofWeightSets(build, sets, 2, COINR);

    assertThat(u.replications()).isEqualTo(100);
    assertThat(u.measures().get(0)).isEqualTo("Index");
    for (Map.Entry<String, CSVRecord> e : rankStats.entrySet()) {
      Distribution d = u.distribution("Index", e.getKey());
      CSVRecord ref = e.getValue();
      double[] expected = new double[100];
      for (int rep = 0; rep < 100; rep++) {
        expected[rep] = Double.parseDouble(scores.get(e.getKey()).get("r_" + (rep + 1)));
      }
      Arrays.sort(expected);
      double[] got = d.scores();
      for (int i = 0; i < 100; i++) {
        assertThat(agrees(got[i], expected[i])).as("%s score %s", e.getKey(), i).isTrue();
      }
      assertThat(d.nominalRank()).hasValue(Double.parseDouble(ref.get("Nominal")));
      assertThat(d.meanRank())
          .as(e.getKey())
          .isCloseTo(Double.parseDouble(ref.get("Mean")), within(1e-12));
      assertThat(d.medianRank()).isEqualTo(Double.parseDouble(ref.get("Median")));
      assertThat(d.rankQuantile(0.05)).isCloseTo(Double.parseDouble(ref.get("Q5")), within(1e-12));
      assertThat(d.rankQuantile(0.95)).isCloseTo(Double.parseDouble(ref.get("Q95")), within(1e-12));
      assertThat(d.rankInterval(0.9))
          .isEqualTo(Interval.of(d.rankQuantile(0.05), d.rankQuantile(0.95), 0.9));
    }
    assertThat(u.distribution("Index", "BGD").rankQuantile(0.05)).isCloseTo(42.95, within(1e-12));
  }

  @Test
  void theSameSeed_givesTheSameNumbers_onOneTwoAndEightThreads() {
    WeightNoise noise = WeightNoise.uniform(0.25).atLevels(2, 3);
    List<Uncertainty> runs = new ArrayList<>();
    for (int threads : new int[] {1, 2, 8}) {
      runs.add(
          WeightUncertainty.of(
              build, noise, Replications.of(300).withSeed(11).withThreads(threads), COINR));
    }
    for (String unit : runs.get(0).units()) {
      for (String measure : runs.get(0).measures()) {
        double[] one = runs.get(0).distribution(measure, unit).scores();
        assertThat(runs.get(1).distribution(measure, unit).scores()).isEqualTo(one);
        assertThat(runs.get(2).distribution(measure, unit).scores()).isEqualTo(one);
        assertThat(runs.get(2).distribution(measure, unit).ranks())
            .isEqualTo(runs.get(0).distribution(measure, unit).ranks());
      }
    }
    Uncertainty other =
        WeightUncertainty.of(build, noise, Replications.of(300).withSeed(12).withThreads(2), COINR);
    assertThat(other.distribution("Index", "AUS").scores())
        .isNotEqualTo(runs.get(0).distribution("Index", "AUS").scores());
  }

  @Test
  void drawnWeights_stayWithinTheNoise_andTheNominalScoreLiesInsideEveryWideInterval() {
    Uncertainty u =
        WeightUncertainty.of(
            build,
            WeightNoise.uniform(0.25).atLevels(2, 3),
            Replications.of(500).withSeed(3),
            COINR);
    for (Distribution d : u.distributions("Index")) {
      Interval all = Interval.of(d.scoreQuantile(0), d.scoreQuantile(1), 0.999);
      assertThat(all.contains(d.nominalScore().getAsDouble()) || all.width() < 1e-9)
          .as(d.unit())
          .isTrue();
      assertThat(d.probabilityInTop(51)).isEqualTo(1.0);
      assertThat(d.missing()).isZero();
    }
  }
}
