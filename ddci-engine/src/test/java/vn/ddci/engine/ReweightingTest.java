package vn.ddci.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.engine.Aggregate.Mean;
import vn.ddci.engine.Aggregate.MissingChildren;

/**
 * Rerunning an aggregation on arrays: bit for bit what {@link Build#withWeights} gives, on random
 * trees, weights (zeros included), means, rules for missing children and missing values.
 */
class ReweightingTest {
  private static final double[] WEIGHTS = {0, 0, 0.5, 1, 1, 2, 3.7, 1e-3, 250};

  /** AggregateTest's tree: Index → P → {a, b (3)}, Index → Q → {c}. */
  private static final IndicatorTree TREE =
      IndicatorTree.of(
          Node.root("Index"),
          Node.aggregate("P", "Index"),
          Node.indicator("a", "P"),
          Node.indicator("b", "P").withWeight(3),
          Node.aggregate("Q", "Index"),
          Node.indicator("c", "Q"));

  private static final Dataset DATA =
      Dataset.builder()
          .units("U", "V", "W")
          .column("a", 2, 0, 0)
          .column("b", 6, 6, 0)
          .column("c", 4, 4, 4)
          .missing("a", "V", "W")
          .missing("b", "W")
          .build();

  private static Build build(Mean mean, MissingChildren missing) {
    return Pipeline.of(Aggregate.of(mean, missing)).run(TREE, DATA);
  }

  // ---------------------------------------------------------------- random cases

  /** A random tree, data and pipeline, from a seed. */
  private static final class Case {
    final Random random;
    final List<Node> nodes = new ArrayList<>();
    final Map<String, List<String>> children = new LinkedHashMap<>();
    final List<String> indicators = new ArrayList<>();
    final Mean mean;
    final MissingChildren missing;
    final boolean normalise;

    Case(long seed) {
      random = new Random(seed);
      mean = Mean.values()[random.nextInt(3)];
      missing = MissingChildren.values()[random.nextInt(2)];
      normalise = random.nextBoolean();
      nodes.add(Node.root("Index"));
      children.put("Index", new ArrayList<>());
      grow("Index", 1);
    }

    /** Gives an aggregate 1–3 children, aggregates down to depth 3, then indicators. */
    private void grow(String parent, int depth) {
      int k = 1 + random.nextInt(3);
      for (int c = 0; c < k; c++) {
        double w = 0.25 + random.nextInt(12) / 4.0;
        if (depth < 3 && random.nextInt(3) > 0) {
          String code = "g" + children.size();
          nodes.add(Node.aggregate(code, parent).withWeight(w));
          children.get(parent).add(code);
          children.put(code, new ArrayList<>());
          grow(code, depth + 1);
        } else {
          String code = "i" + indicators.size();
          nodes.add(Node.indicator(code, parent).withWeight(w));
          children.get(parent).add(code);
          indicators.add(code);
        }
      }
    }

    IndicatorTree tree() {
      return IndicatorTree.of(nodes);
    }

    Dataset data(int units) {
      Dataset.Builder b = Dataset.builder();
      for (int u = 0; u < units; u++) {
        b.unit("u" + u);
      }
      boolean positive = mean != Mean.ARITHMETIC || normalise;
      for (String code : indicators) {
        for (int u = 0; u < units; u++) {
          if (u > 0 && random.nextInt(6) == 0) {
            b.missing(code, "u" + u); // u0 always has a value: normalisation needs one
          } else {
            double v =
                random.nextBoolean()
                    ? Math.round(random.nextDouble() * 4000) / 40.0 // ties
                    : random.nextDouble() * 100;
            b.value(code, "u" + u, positive ? v + 0.5 : v - 30);
          }
        }
      }
      return b.build();
    }

    Pipeline pipeline() {
      Aggregate aggregate = Aggregate.of(mean, missing);
      return normalise
          ? Pipeline.of(Normalise.minMax(1, 100).whenConstant(Normalise.Constant.MIDDLE), aggregate)
          : Pipeline.of(aggregate);
    }

    /** New weights for some nodes, zeros included, one positive child at least per aggregate. */
    Map<String, Double> weights() {
      Map<String, Double> w = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> e : children.entrySet()) {
        boolean positive = false;
        for (String child : e.getValue()) {
          if (random.nextInt(4) > 0) {
            double v = WEIGHTS[random.nextInt(WEIGHTS.length)];
            w.put(child, v);
            positive |= v > 0;
          } else {
            positive |= nodes.stream().anyMatch(n -> n.code().equals(child) && n.weight() > 0);
          }
        }
        if (!positive) {
          w.put(e.getValue().get(random.nextInt(e.getValue().size())), 1.0);
        }
      }
      return w;
    }
  }

  private static double[] array(Reweighting r, Map<String, Double> weights) {
    double[] w = r.nominalWeights();
    weights.forEach((code, v) -> w[r.nodes().indexOf(code)] = v);
    return w;
  }

  private static void assertSameBits(String what, double[] got, double[] expected) {
    assertThat(got).as(what).hasSameSizeAs(expected);
    for (int u = 0; u < expected.length; u++) {
      assertThat(Double.doubleToLongBits(got[u]))
          .as("%s unit %s: %s, expected %s", what, u, got[u], expected[u])
          .isEqualTo(Double.doubleToLongBits(expected[u]));
    }
  }

  /** Reruns with the weights both ways: the same scores bit for bit, or the same refusal. */
  private static void assertAsWithWeights(
      Build build, Reweighting r, Reweighting.Worker worker, Map<String, Double> weights) {
    double[] w = array(r, weights);
    Build expected;
    try {
      expected = build.withWeights(weights);
    } catch (DdciValidationException e) {
      assertThatThrownBy(() -> worker.aggregate(w))
          .as("%s", weights)
          .isInstanceOf(DdciValidationException.class)
          .hasMessage(e.getMessage());
      return;
    }
    worker.aggregate(w);
    for (String aggregate : r.aggregates()) {
      assertSameBits(
          build.pipeline() + " " + weights + " " + aggregate,
          worker.scores(aggregate),
          expected.scores().column(aggregate));
    }
  }

  @Test
  void onRandomTrees_reweighting_givesWithWeightsScoresBitForBit() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(1, 8))
        .checkAssert(
            (seed, units) -> {
              Case c = new Case(seed);
              Build build = c.pipeline().run(c.tree(), c.data(units));
              Reweighting r = Reweighting.of(build);
              Reweighting.Worker worker = r.worker();
              // one worker, several weight sets: nothing carries over from one to the next
              for (int set = 0; set < 4; set++) {
                assertAsWithWeights(build, r, worker, c.weights());
              }
              // and the nominal weights give the build's own scores
              worker.aggregate(r.nominalWeights());
              for (String aggregate : r.aggregates()) {
                assertSameBits(
                    aggregate + " nominal",
                    worker.scores(aggregate),
                    build.scores().column(aggregate));
              }
            });
  }

  @Test
  void onAggregateTestsTree_everyMeanAndRule_givesWithWeightsScoresBitForBit() {
    List<Map<String, Double>> sets =
        List.of(
            Map.of("a", 0.0),
            Map.of("b", 0.0),
            Map.of("a", 2.5, "b", 0.5, "P", 0.0),
            Map.of("Q", 3.0, "c", 7.0),
            Map.of("a", 1e-3, "b", 1e3));
    for (Mean mean : Mean.values()) {
      for (MissingChildren missing : MissingChildren.values()) {
        Build build = build(mean, missing);
        Reweighting r = Reweighting.of(build);
        Reweighting.Worker worker = r.worker();
        for (Map<String, Double> weights : sets) {
          assertAsWithWeights(build, r, worker, weights);
        }
      }
    }
  }

  @Test
  void aMissingChildOfWeightZero_isNotRequired_underRequireAll() {
    Build build = build(Mean.ARITHMETIC, MissingChildren.REQUIRE_ALL);
    Reweighting r = Reweighting.of(build);
    Reweighting.Worker worker = r.worker();

    worker.aggregate(array(r, Map.of("a", 0.0)));

    // V lacks a (now weightless): P = b; W lacks a and b: still missing
    assertThat(worker.scores("P")).containsExactly(6.0, 6.0, Double.NaN);
    assertThat(build.scores().column("P")[1]).isNaN();
  }

  // ---------------------------------------------------------------- what it describes

  @Test
  void theNodes_areEveryNodeButTheRoot_withTheTreesWeights_inTheTreesOrder() {
    Reweighting r = Reweighting.of(build(Mean.ARITHMETIC, MissingChildren.RENORMALISE));

    assertThat(r.nodes()).containsExactly("P", "a", "b", "Q", "c");
    assertThat(r.nominalWeights()).containsExactly(1, 1, 3, 1, 1);
    assertThat(r.aggregates()).containsExactly("P", "Q", "Index");
    assertThat(r.units()).containsExactly("U", "V", "W");
    assertThat(r.unitNames()).containsExactly("U", "V", "W");
    r.nominalWeights()[0] = 99;
    assertThat(r.nominalWeights()[0]).isEqualTo(1.0);
  }

  @Test
  void unitNames_areTheDatasNames() {
    Dataset named =
        Dataset.builder()
            .unit("HN", "Hà Nội")
            .unit("X")
            .column("a", 1, 2)
            .column("b", 3, 4)
            .column("c", 5, 6)
            .build();
    Reweighting r =
        Reweighting.of(
            Pipeline.of(Aggregate.of(Mean.ARITHMETIC, MissingChildren.RENORMALISE))
                .run(TREE, named));

    assertThat(r.units()).containsExactly("HN", "X");
    assertThat(r.unitNames()).containsExactly("Hà Nội", "X");
  }

  // ---------------------------------------------------------------- errors

  @Test
  void aNegativeNaNOrInfiniteWeight_isRefusedNamingTheNode() {
    Reweighting r = Reweighting.of(build(Mean.ARITHMETIC, MissingChildren.RENORMALISE));
    Reweighting.Worker worker = r.worker();
    int b = r.nodes().indexOf("b");
    for (double v : new double[] {-1, -1e-300, Double.NaN, Double.POSITIVE_INFINITY}) {
      double[] w = r.nominalWeights();
      w[b] = v;
      assertThatThrownBy(() -> worker.aggregate(w))
          .as("%s", v)
          .isInstanceOf(DdciValidationException.class)
          .hasMessageContaining("the weight of b is " + v);
    }
  }

  @Test
  void aWeightsArrayOfTheWrongLength_isRefusedSayingBothLengths() {
    Reweighting.Worker worker =
        Reweighting.of(build(Mean.ARITHMETIC, MissingChildren.RENORMALISE)).worker();

    assertThatThrownBy(() -> worker.aggregate(new double[] {1, 1, 1}))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("3 weights for 5 nodes");
    assertThatThrownBy(() -> worker.aggregate(new double[6]))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("6 weights for 5 nodes");
  }

  @Test
  void everyChildOfAnAggregateWeighingZero_isRefusedNamingAggregateAndUnit() {
    Reweighting r = Reweighting.of(build(Mean.ARITHMETIC, MissingChildren.RENORMALISE));
    double[] w = array(r, Map.of("a", 0.0, "b", 0.0));

    assertThatThrownBy(() -> r.worker().aggregate(w))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("aggregate P, unit U")
        .hasMessageContaining("weighs 0");
  }

  @Test
  void aBuildNotEndingWithItsAggregation_isRefused() {
    Build normalised =
        Pipeline.of(Normalise.minMax(0, 100).whenConstant(Normalise.Constant.MIDDLE))
            .run(TREE, DATA);

    assertThatThrownBy(() -> Reweighting.of(normalised))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("does not end with its aggregation");
  }

  @Test
  void aStepBeforeTheAggregationThatReadsWeights_isRefused() {
    Build twice =
        Pipeline.of(
                Aggregate.of(Mean.ARITHMETIC, MissingChildren.RENORMALISE),
                Aggregate.of(Mean.GEOMETRIC, MissingChildren.RENORMALISE))
            .run(TREE, DATA);

    assertThatThrownBy(() -> Reweighting.of(twice))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("reads weights before the aggregation");
  }

  @Test
  void scoresOfWhatIsNotAnAggregate_areRefusedNamingIt() {
    Reweighting.Worker worker =
        Reweighting.of(build(Mean.ARITHMETIC, MissingChildren.RENORMALISE)).worker();

    assertThatThrownBy(() -> worker.scores("not-an-aggregate"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("not-an-aggregate is not an aggregate");
    assertThatThrownBy(() -> worker.scores("a"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("a is not an aggregate");
  }
}
