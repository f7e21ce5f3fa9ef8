package vn.ddci.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.engine.Aggregate.Mean;
import vn.ddci.engine.Aggregate.MissingChildren;

/** Weighted means up the tree, and what a missing child does to its parent. */
class AggregateTest {

  /** Index → P → {a (weight 1), b (weight 3)}, Index → Q → {c}. */
  private static final IndicatorTree TREE =
      IndicatorTree.of(
          Node.root("Index"),
          Node.aggregate("P", "Index"),
          Node.indicator("a", "P"),
          Node.indicator("b", "P").withWeight(3),
          Node.aggregate("Q", "Index"),
          Node.indicator("c", "Q"));

  private static Dataset oneUnit(double a, double b, double c) {
    return Dataset.builder().units("U").column("a", a).column("b", b).column("c", c).build();
  }

  /** U has every value; V lacks a; W lacks a and b. */
  private static Dataset withMissing() {
    return Dataset.builder()
        .units("U", "V", "W")
        .column("a", 2, 0, 0)
        .column("b", 6, 6, 0)
        .column("c", 4, 4, 4)
        .missing("a", "V", "W")
        .missing("b", "W")
        .build();
  }

  private static double score(Stage s, String node, String unit) {
    return s.dataset().value(node, unit).orElse(Double.NaN);
  }

  private static Stage aggregate(Mean mean, Dataset d, IndicatorTree tree) {
    return Aggregate.of(mean, MissingChildren.RENORMALISE).apply(d, tree);
  }

  // ---------------------------------------------------------------- the means

  @Test
  void arithmetic_isTheWeightedSumOverTheSumOfWeights_levelByLevel() {
    Stage s = aggregate(Mean.ARITHMETIC, oneUnit(2, 6, 4), TREE);

    assertThat(score(s, "P", "U")).isCloseTo((1 * 2 + 3 * 6) / 4.0, within(1e-12));
    assertThat(score(s, "Q", "U")).isEqualTo(4.0);
    assertThat(score(s, "Index", "U")).isCloseTo((5 + 4) / 2.0, within(1e-12));
    assertThat(s.dataset().value("a", "U")).hasValue(2.0);
    assertThat(s.audit()).isEmpty();
  }

  @Test
  void geometric_isExpOfTheWeightedMeanOfLogs() {
    Stage s = aggregate(Mean.GEOMETRIC, oneUnit(2, 6, 4), TREE);

    double p = Math.pow(2 * 6 * 6 * 6, 1 / 4.0);
    assertThat(score(s, "P", "U")).isCloseTo(p, within(1e-12));
    assertThat(score(s, "Index", "U")).isCloseTo(Math.sqrt(p * 4), within(1e-12));
  }

  @Test
  void harmonic_isTheSumOfWeightsOverTheWeightedSumOfReciprocals() {
    Stage s = aggregate(Mean.HARMONIC, oneUnit(2, 6, 8), TREE);

    double p = 4 / (1 / 2.0 + 3 / 6.0);
    assertThat(score(s, "P", "U")).isCloseTo(p, within(1e-12));
    assertThat(score(s, "Index", "U")).isCloseTo(2 / (1 / p + 1 / 8.0), within(1e-12));
  }

  // ---------------------------------------------------------------- weights

  @Test
  void weights_onlyMatterByTheirRatio() {
    Stage base = aggregate(Mean.ARITHMETIC, oneUnit(2, 6, 4), TREE);
    for (double k : new double[] {0.25, 10, 1e-3}) {
      IndicatorTree scaled = TREE.withWeights(Map.of("a", k, "b", 3 * k));
      for (Mean mean : Mean.values()) {
        Stage s = aggregate(mean, oneUnit(2, 6, 4), scaled);
        Stage ref = aggregate(mean, oneUnit(2, 6, 4), TREE);
        assertThat(score(s, "Index", "U"))
            .as("%s × %s", mean, k)
            .isCloseTo(score(ref, "Index", "U"), within(1e-12));
      }
    }
    assertThat(score(base, "P", "U")).isNotCloseTo(4.0, within(1e-3));
  }

  @Test
  void zeroWeight_leavesTheChildOut() {
    IndicatorTree tree = TREE.withWeights(Map.of("a", 0.0));

    for (double a : new double[] {1, 2, 1000}) {
      assertThat(score(aggregate(Mean.ARITHMETIC, oneUnit(a, 6, 4), tree), "P", "U"))
          .isEqualTo(6.0);
      assertThat(score(aggregate(Mean.GEOMETRIC, oneUnit(a, 6, 4), tree), "P", "U"))
          .isCloseTo(6.0, within(1e-12));
      assertThat(score(aggregate(Mean.HARMONIC, oneUnit(a, 6, 4), tree), "P", "U"))
          .isCloseTo(6.0, within(1e-12));
    }
  }

  // ---------------------------------------------------------------- missing children

  @Test
  void renormalise_scoresFromTheChildrenPresent_andAuditsIt() {
    Stage s = aggregate(Mean.ARITHMETIC, withMissing(), TREE);

    assertThat(score(s, "P", "V")).isEqualTo(6.0);
    assertThat(score(s, "Index", "V")).isEqualTo(5.0);
    assertThat(s.audit())
        .filteredOn(e -> e.unit().orElseThrow().equals("V"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditEntry.Action.CHILDREN_MISSING);
              assertThat(e.column()).contains("P");
              assertThat(e.after()).hasValue(6.0);
              assertThat(e.note()).contains("1 of 2").contains("a missing");
            });
  }

  @Test
  void renormalise_leavesTheParentMissing_whenEveryChildIs() {
    Stage s = aggregate(Mean.ARITHMETIC, withMissing(), TREE);

    assertThat(s.dataset().value("P", "W")).isEmpty();
    assertThat(score(s, "Index", "W")).isEqualTo(4.0);
    assertThat(s.audit())
        .filteredOn(e -> e.unit().orElseThrow().equals("W"))
        .extracting(e -> e.column().orElseThrow() + ": " + e.note())
        .containsExactly(
            "P: missing: a, b are missing",
            "Index: scored from 1 of 2 children, weights renormalised (P missing)");
  }

  @Test
  void requireAll_leavesTheParentMissing_whenAChildIs_andAuditsIt() {
    Stage s = Aggregate.of(Mean.ARITHMETIC, MissingChildren.REQUIRE_ALL).apply(withMissing(), TREE);

    assertThat(s.dataset().value("P", "V")).isEmpty();
    assertThat(s.dataset().value("Index", "V")).isEmpty();
    assertThat(s.dataset().value("Index", "U")).isPresent();
    assertThat(s.audit())
        .filteredOn(e -> e.unit().orElseThrow().equals("V"))
        .allSatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditEntry.Action.CHILDREN_MISSING);
              assertThat(e.after()).isEmpty();
            })
        .extracting(e -> e.column().orElseThrow())
        .containsExactly("P", "Index");
  }

  @Test
  void requireAll_doesNotRequireAChildOfWeightZero_whichCountsForNothing() {
    IndicatorTree tree = TREE.withWeights(java.util.Map.of("a", 0.0));
    Dataset d =
        Dataset.builder()
            .units("U")
            .column("a", 0)
            .column("b", 6)
            .column("c", 4)
            .missing("a", "U")
            .build();

    Stage s = Aggregate.of(Mean.ARITHMETIC, MissingChildren.REQUIRE_ALL).apply(d, tree);

    assertThat(s.dataset().value("P", "U")).hasValue(6.0);
    assertThat(s.audit()).extracting(e -> e.column().orElseThrow()).containsExactly("P");
  }

  // ---------------------------------------------------------------- values the means refuse

  @Test
  void geometricMeanOverZeroOrANegativeValue_isRefusedNamingNodeUnitAndChild() {
    for (double bad : new double[] {0, -1.5}) {
      assertThatThrownBy(() -> aggregate(Mean.GEOMETRIC, oneUnit(bad, 6, 4), TREE))
          .isInstanceOf(DdciValidationException.class)
          .hasMessageContainingAll("geometric", "of P", "unit U", "child a", String.valueOf(bad));
    }
  }

  @Test
  void harmonicMeanOverZero_isRefusedNamingNodeUnitAndChild() {
    assertThatThrownBy(() -> aggregate(Mean.HARMONIC, oneUnit(2, 6, 0), TREE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("harmonic", "of Q", "unit U", "child c", "0.0");
  }

  @Test
  void arithmeticMean_acceptsZeroAndNegativeValues() {
    Stage s = aggregate(Mean.ARITHMETIC, oneUnit(-2, 0, 0), TREE);

    assertThat(score(s, "P", "U")).isEqualTo(-0.5);
  }
}
