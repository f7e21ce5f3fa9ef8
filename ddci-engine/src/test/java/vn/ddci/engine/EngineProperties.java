package vn.ddci.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import vn.ddci.engine.Aggregate.Mean;
import vn.ddci.engine.Aggregate.MissingChildren;

/** Invariants of the engine over generated indices of 3–8 units and five indicators. */
class EngineProperties {
  private static final int EXAMPLES = 200;

  private static final String[] INDICATORS = {"i1", "i2", "i3", "i4", "i5"};

  /**
   * An index Index → P → {i1, i2, i3}, Index → Q → {i4, i5} over n units, with generated values
   * (halves from 0 to 20, so that ties occur), directions and weights (1 to 10).
   *
   * @param values values[i][u] of indicator i, unit u; NaN for missing
   * @param negative whether each indicator points down
   * @param weights of P, i1, i2, i3, Q, i4, i5
   */
  record Case(double[][] values, boolean[] negative, double[] weights) {
    int units() {
      return values[0].length;
    }

    IndicatorTree tree() {
      return tree(weights);
    }

    IndicatorTree tree(double[] w) {
      return IndicatorTree.of(
          Node.root("Index"),
          Node.aggregate("P", "Index").withWeight(w[0]),
          indicator(0, "P", w[1]),
          indicator(1, "P", w[2]),
          indicator(2, "P", w[3]),
          Node.aggregate("Q", "Index").withWeight(w[4]),
          indicator(3, "Q", w[5]),
          indicator(4, "Q", w[6]));
    }

    private Node indicator(int i, String parent, double weight) {
      return Node.builder()
          .code(INDICATORS[i])
          .kind(Node.Kind.INDICATOR)
          .parent(parent)
          .weight(weight)
          .direction(negative[i] ? Direction.NEGATIVE : Direction.POSITIVE)
          .build();
    }

    /** The data with units in the given order; unit u is "u" + u, in group "g" + u % 2. */
    Dataset data(List<Integer> order) {
      Dataset.Builder b = Dataset.builder();
      order.forEach(u -> b.unit("u" + u).group("region", "u" + u, "g" + u % 2));
      for (int i = 0; i < INDICATORS.length; i++) {
        for (int u : order) {
          if (Double.isNaN(values[i][u])) {
            b.missing(INDICATORS[i], "u" + u);
          } else {
            b.value(INDICATORS[i], "u" + u, values[i][u]);
          }
        }
      }
      return b.build();
    }

    Dataset data() {
      List<Integer> order = new ArrayList<>();
      for (int u = 0; u < units(); u++) {
        order.add(u);
      }
      return data(order);
    }

    Case raised(int i, int u, double delta) {
      double[][] v = Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
      v[i][u] += delta;
      return new Case(v, negative, weights);
    }

    @Override
    public String toString() {
      return "Case[values "
          + Arrays.deepToString(values)
          + ", negative "
          + Arrays.toString(negative)
          + ", weights "
          + Arrays.toString(weights)
          + "]";
    }
  }

  private static Gen<Case> cases(boolean withMissing) {
    return integers()
        .between(3, 8)
        .flatMap(
            n ->
                lists()
                    .of(integers().between(0, 40))
                    .ofSize(5 * n)
                    .zip(
                        lists().of(integers().between(0, 9)).ofSize(5 * n),
                        lists().of(booleans().all()).ofSize(5),
                        lists().of(integers().between(1, 10)).ofSize(7),
                        (v, m, neg, w) -> {
                          double[][] values = new double[5][n];
                          for (int i = 0; i < 5; i++) {
                            for (int u = 0; u < n; u++) {
                              boolean missing = withMissing && u > 0 && m.get(i * n + u) == 0;
                              values[i][u] = missing ? Double.NaN : v.get(i * n + u) / 2.0;
                            }
                          }
                          boolean[] negative = new boolean[5];
                          for (int i = 0; i < 5; i++) {
                            negative[i] = neg.get(i);
                          }
                          return new Case(
                              values,
                              negative,
                              w.stream().mapToDouble(Integer::doubleValue).toArray());
                        }));
  }

  private static Pipeline minMaxArithmetic(double lower) {
    return Pipeline.of(
        Normalise.minMax(lower, 100).whenConstant(Normalise.Constant.MIDDLE),
        Aggregate.of(Mean.ARITHMETIC, MissingChildren.RENORMALISE));
  }

  private static void assertRelativelyClose(double actual, double expected, String what) {
    if (Double.isNaN(expected)) {
      assertThat(actual).as(what).isNaN();
    } else {
      assertThat(actual)
          .as(what)
          .isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
    }
  }

  // ---------------------------------------------------------------- monotonicity

  @Test
  void index_isMonotoneInEachIndicator_upWithPositiveDirection_downWithNegative() {
    qt().withExamples(EXAMPLES)
        .forAll(
            cases(false),
            integers().between(0, 7),
            integers().between(0, 4),
            integers().between(1, 20))
        .checkAssert(
            (c, pick, i, delta) -> {
              int u = pick % c.units();
              String unit = "u" + u;
              double before =
                  minMaxArithmetic(0)
                      .run(c.tree(), c.data())
                      .scores()
                      .score("Index", unit)
                      .orElseThrow();
              Case raised = c.raised(i, u, delta / 2.0);
              double after =
                  minMaxArithmetic(0)
                      .run(raised.tree(), raised.data())
                      .scores()
                      .score("Index", unit)
                      .orElseThrow();
              if (c.negative()[i]) {
                assertThat(after)
                    .as("%s raised by %s, lower is better", INDICATORS[i], delta / 2.0)
                    .isLessThanOrEqualTo(before);
              } else {
                assertThat(after)
                    .as("%s raised by %s", INDICATORS[i], delta / 2.0)
                    .isGreaterThanOrEqualTo(before);
              }
            });
  }

  // ---------------------------------------------------------------- order of units

  @Test
  void scores_doNotDependOnTheOrderOfTheUnits() {
    Pipeline pipeline =
        Pipeline.of(
            Impute.groupMean("region"),
            Normalise.minMax(0, 100).whenConstant(Normalise.Constant.MIDDLE),
            Aggregate.of(Mean.ARITHMETIC, MissingChildren.RENORMALISE));
    qt().withExamples(EXAMPLES)
        .forAll(cases(true), longs().all())
        .checkAssert(
            (c, seed) -> {
              List<Integer> order = new ArrayList<>();
              for (int u = 0; u < c.units(); u++) {
                order.add(u);
              }
              Scores asGiven = pipeline.run(c.tree(), c.data(order)).scores();
              Collections.shuffle(order, new Random(seed));
              Scores shuffled = pipeline.run(c.tree(), c.data(order)).scores();

              assertThat(shuffled.units())
                  .containsExactlyElementsOf(order.stream().map(u -> "u" + u).toList());
              for (Node n : c.tree().nodes()) {
                for (String unit : asGiven.units()) {
                  assertRelativelyClose(
                      shuffled.score(n.code(), unit).orElse(Double.NaN),
                      asGiven.score(n.code(), unit).orElse(Double.NaN),
                      n.code() + "/" + unit);
                }
              }
            });
  }

  // ---------------------------------------------------------------- weights

  @Test
  void multiplyingTheWeightsUnderANodeByAPositiveConstant_changesNoScore() {
    Map<String, int[]> childWeights = new HashMap<>();
    childWeights.put("Index", new int[] {0, 4});
    childWeights.put("P", new int[] {1, 2, 3});
    childWeights.put("Q", new int[] {5, 6});
    qt().withExamples(EXAMPLES)
        .forAll(
            cases(false),
            Generate.pick(List.of("Index", "P", "Q")),
            doubles().between(1e-3, 1e3),
            Generate.enumValues(Mean.class))
        .checkAssert(
            (c, node, k, mean) -> {
              double[] w = c.weights().clone();
              for (int j : childWeights.get(node)) {
                w[j] *= k;
              }
              Pipeline p =
                  Pipeline.of(
                      Normalise.minMax(1, 100).whenConstant(Normalise.Constant.MIDDLE),
                      Aggregate.of(mean, MissingChildren.RENORMALISE));
              Scores base = p.run(c.tree(), c.data()).scores();
              Scores scaled = p.run(c.tree(w), c.data()).scores();

              for (Node n : c.tree().nodes()) {
                for (String unit : base.units()) {
                  assertRelativelyClose(
                      scaled.score(n.code(), unit).orElseThrow(),
                      base.score(n.code(), unit).orElseThrow(),
                      mean + " " + n.code() + "/" + unit);
                }
              }
            });
  }

  // ---------------------------------------------------------------- the means

  /**
   * One aggregate over k children (2–6) and 1–6 units.
   *
   * @param values values[c][u]; NaN for missing
   * @param weights positive
   */
  record Family(double[][] values, double[] weights) {
    IndicatorTree tree() {
      List<Node> nodes = new ArrayList<>();
      nodes.add(Node.root("Index"));
      for (int c = 0; c < weights.length; c++) {
        nodes.add(Node.indicator("c" + c, "Index").withWeight(weights[c]));
      }
      return IndicatorTree.of(nodes);
    }

    Dataset data() {
      Dataset.Builder b = Dataset.builder();
      for (int u = 0; u < values[0].length; u++) {
        b.unit("u" + u);
      }
      for (int c = 0; c < values.length; c++) {
        for (int u = 0; u < values[c].length; u++) {
          if (Double.isNaN(values[c][u])) {
            b.missing("c" + c, "u" + u);
          } else {
            b.value("c" + c, "u" + u, values[c][u]);
          }
        }
      }
      return b.build();
    }

    double[] present(int u) {
      return Arrays.stream(values).mapToDouble(v -> v[u]).filter(x -> !Double.isNaN(x)).toArray();
    }

    double[] score(Mean mean) {
      return Aggregate.of(mean, MissingChildren.RENORMALISE)
          .apply(data(), tree())
          .dataset()
          .column("Index");
    }

    @Override
    public String toString() {
      return "Family[values "
          + Arrays.deepToString(values)
          + ", weights "
          + Arrays.toString(weights)
          + "]";
    }
  }

  private static Gen<Family> families(double low, double high) {
    return integers()
        .between(2, 6)
        .zip(integers().between(1, 6), (k, n) -> new int[] {k, n})
        .flatMap(
            kn ->
                lists()
                    .of(doubles().between(low, high))
                    .ofSize(kn[0] * kn[1])
                    .zip(
                        lists().of(integers().between(0, 5)).ofSize(kn[0] * kn[1]),
                        lists().of(doubles().between(0.1, 10)).ofSize(kn[0]),
                        (v, m, w) -> {
                          double[][] values = new double[kn[0]][kn[1]];
                          for (int c = 0; c < kn[0]; c++) {
                            for (int u = 0; u < kn[1]; u++) {
                              values[c][u] =
                                  m.get(c * kn[1] + u) == 0 ? Double.NaN : v.get(c * kn[1] + u);
                            }
                          }
                          return new Family(
                              values, w.stream().mapToDouble(Double::doubleValue).toArray());
                        }));
  }

  @Test
  void arithmeticAggregate_liesBetweenItsChildrensMinAndMax() {
    qt().withExamples(EXAMPLES)
        .forAll(families(-1000, 1000))
        .checkAssert(
            f -> {
              double[] y = f.score(Mean.ARITHMETIC);
              for (int u = 0; u < y.length; u++) {
                double[] x = f.present(u);
                if (x.length == 0) {
                  assertThat(y[u]).isNaN();
                  continue;
                }
                double min = Arrays.stream(x).min().orElseThrow();
                double max = Arrays.stream(x).max().orElseThrow();
                double tolerance = 1e-12 * Math.max(Math.abs(min), Math.abs(max));
                assertThat(y[u]).as("u%s", u).isBetween(min - tolerance, max + tolerance);
              }
            });
  }

  @Test
  void harmonic_isAtMostGeometric_whichIsAtMostArithmetic_forPositiveValues() {
    qt().withExamples(EXAMPLES)
        .forAll(families(1e-3, 1e3))
        .checkAssert(
            f -> {
              double[] a = f.score(Mean.ARITHMETIC);
              double[] g = f.score(Mean.GEOMETRIC);
              double[] h = f.score(Mean.HARMONIC);
              for (int u = 0; u < a.length; u++) {
                if (f.present(u).length == 0) {
                  assertThat(new double[] {a[u], g[u], h[u]}).containsOnly(Double.NaN);
                  continue;
                }
                assertThat(g[u])
                    .as("geometric ≤ arithmetic, u%s", u)
                    .isLessThanOrEqualTo(a[u] * (1 + 1e-12));
                assertThat(h[u])
                    .as("harmonic ≤ geometric, u%s", u)
                    .isLessThanOrEqualTo(g[u] * (1 + 1e-12));
              }
            });
  }
}
