package vn.ddci.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;

/** The indicator framework: levels and order, and every malformed tree refused by name. */
class IndicatorTreeTest {

  /** Index → {A → {a1, a2}, B → {b1, C → {c1}}}: four levels. */
  private static IndicatorTree fourLevels() {
    return IndicatorTree.of(
        Node.root("Index"),
        Node.aggregate("A", "Index"),
        Node.indicator("a1", "A"),
        Node.indicator("a2", "A"),
        Node.aggregate("B", "Index"),
        Node.indicator("b1", "B"),
        Node.aggregate("C", "B"),
        Node.indicator("c1", "C"));
  }

  // ---------------------------------------------------------------- structure

  @Test
  void level_isOneForAnIndicator_andOneMoreThanTheHighestChildForAnAggregate() {
    IndicatorTree tree = fourLevels();

    assertThat(tree.level("a1")).isEqualTo(1);
    assertThat(tree.level("c1")).isEqualTo(1);
    assertThat(tree.level("A")).isEqualTo(2);
    assertThat(tree.level("C")).isEqualTo(2);
    assertThat(tree.level("B")).isEqualTo(3);
    assertThat(tree.level("Index")).isEqualTo(4);
  }

  @Test
  void aggregates_comeFromTheLowestLevelUp_theRootLast() {
    IndicatorTree tree = fourLevels();

    assertThat(tree.aggregates()).extracting(Node::code).containsExactly("A", "C", "B", "Index");
    assertThat(tree.root().code()).isEqualTo("Index");
  }

  @Test
  void indicatorsAndChildren_keepTheOrderGiven() {
    IndicatorTree tree = fourLevels();

    assertThat(tree.indicators()).extracting(Node::code).containsExactly("a1", "a2", "b1", "c1");
    assertThat(tree.children("B")).extracting(Node::code).containsExactly("b1", "C");
    assertThat(tree.children("a1")).isEmpty();
    assertThat(tree.contains("C")).isTrue();
    assertThat(tree.contains("D")).isFalse();
  }

  @Test
  void unknownNode_isRefusedNamingTheCode() {
    assertThatThrownBy(() -> fourLevels().node("Z9"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("Z9");
  }

  // ---------------------------------------------------------------- malformed trees

  @Test
  void duplicateNodeCode_isRefusedNamingTheCode() {
    assertThatThrownBy(
            () ->
                IndicatorTree.of(
                    Node.root("Index"),
                    Node.indicator("LPI", "Index"),
                    Node.indicator("LPI", "Index")))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("LPI", "twice");
  }

  @Test
  void orphan_isRefusedNamingTheNodeAndItsAbsentParent() {
    assertThatThrownBy(
            () ->
                IndicatorTree.of(
                    Node.root("Index"),
                    Node.indicator("LPI", "Index"),
                    Node.indicator("Flights", "Physical")))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("Flights", "orphan", "Physical");
  }

  @Test
  void cycle_isRefusedNamingTheNodesOfTheCycle() {
    assertThatThrownBy(
            () ->
                IndicatorTree.of(
                    Node.root("Index"),
                    Node.indicator("i0", "Index"),
                    Node.aggregate("Loop1", "Loop2"),
                    Node.aggregate("Loop2", "Loop1"),
                    Node.indicator("i1", "Loop1")))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("Loop1", "Loop2", "cycle");
  }

  @Test
  void cycleWithoutAnyRoot_isRefusedSayingThereIsNoRoot() {
    assertThatThrownBy(
            () ->
                IndicatorTree.of(
                    Node.aggregate("Loop1", "Loop2"),
                    Node.aggregate("Loop2", "Loop1"),
                    Node.indicator("i1", "Loop1")))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("no root", "Loop1", "Loop2", "cycle");
  }

  @Test
  void twoRoots_areRefusedNamingBoth() {
    assertThatThrownBy(
            () ->
                IndicatorTree.of(
                    Node.root("Conn"),
                    Node.indicator("LPI", "Conn"),
                    Node.root("Sust"),
                    Node.indicator("Forest", "Sust")))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("2 roots", "Conn", "Sust");
  }

  @Test
  void aggregateWithoutChildren_isRefusedNamingIt() {
    assertThatThrownBy(
            () ->
                IndicatorTree.of(
                    Node.root("Index"),
                    Node.indicator("LPI", "Index"),
                    Node.aggregate("Empty", "Index")))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("Empty", "no children");
  }

  @Test
  void indicatorAsAParent_isRefusedNamingBoth() {
    assertThatThrownBy(
            () ->
                IndicatorTree.of(
                    Node.root("Index"), Node.indicator("LPI", "Index"), Node.indicator("x", "LPI")))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("x", "LPI", "indicator");
  }

  @Test
  void noNodes_isRefused() {
    assertThatThrownBy(() -> IndicatorTree.of(List.of()))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("needs nodes");
  }

  // ---------------------------------------------------------------- weights

  @Test
  void everyChildWeighingZero_isRefusedNamingTheParentAndItsChildren() {
    assertThatThrownBy(
            () ->
                IndicatorTree.of(
                    Node.root("Index"),
                    Node.indicator("LPI", "Index").withWeight(0),
                    Node.indicator("Flights", "Index").withWeight(0)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("Index", "LPI", "Flights", "weighs 0");
  }

  @Test
  void oneChildWeighingZero_isAllowedWhenASiblingWeighsMore() {
    IndicatorTree tree =
        IndicatorTree.of(
            Node.root("Index"),
            Node.indicator("LPI", "Index").withWeight(0),
            Node.indicator("Flights", "Index"));

    assertThat(tree.node("LPI").weight()).isZero();
  }

  @Test
  void withWeights_replacesOnlyTheWeightsGiven() {
    IndicatorTree tree = fourLevels();

    IndicatorTree reweighted = tree.withWeights(Map.of("a1", 3.0, "B", 0.5));

    assertThat(reweighted.node("a1").weight()).isEqualTo(3.0);
    assertThat(reweighted.node("B").weight()).isEqualTo(0.5);
    assertThat(reweighted.node("a2").weight()).isEqualTo(1.0);
    assertThat(tree.node("a1").weight()).isEqualTo(1.0);
    assertThat(reweighted.differsOnlyInWeights(tree)).isTrue();
    assertThat(reweighted).isNotEqualTo(tree);
  }

  @Test
  void withWeights_leavingEveryChildAtZero_isRefusedNamingTheParent() {
    IndicatorTree tree = fourLevels();

    assertThatThrownBy(() -> tree.withWeights(Map.of("a1", 0.0, "a2", 0.0)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("every child of A", "a1", "a2", "weighs 0");
  }

  @Test
  void withWeights_ofAnUnknownNode_isRefusedNamingIt() {
    assertThatThrownBy(() -> fourLevels().withWeights(Map.of("Nope", 1.0)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("Nope");
  }

  @Test
  void withWeights_negativeOrNaN_isRefusedNamingTheNode() {
    IndicatorTree tree = fourLevels();

    assertThatThrownBy(() -> tree.withWeights(Map.of("a2", -1.0)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("a2", "-1.0");
    assertThatThrownBy(() -> tree.withWeights(Map.of("a2", Double.NaN)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("a2", "NaN");
  }

  @Test
  void differsOnlyInWeights_isFalseWhenTheStructureDiffers() {
    IndicatorTree other =
        IndicatorTree.of(
            Node.root("Index"),
            Node.aggregate("A", "Index"),
            Node.indicator("a1", "A"),
            Node.indicator("a2", "A"),
            Node.aggregate("B", "Index"),
            Node.indicator("b1", "B"),
            Node.aggregate("C", "B"),
            Node.builder()
                .code("c1")
                .kind(Node.Kind.INDICATOR)
                .parent("C")
                .direction(Direction.NEGATIVE)
                .build());

    assertThat(fourLevels().differsOnlyInWeights(other)).isFalse();
    assertThat(fourLevels().differsOnlyInWeights(fourLevels())).isTrue();
  }
}
