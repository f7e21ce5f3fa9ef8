package vn.ddci.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;

/** One node of the framework: its defaults, and each invalid attribute refused by name. */
class NodeTest {

  @Test
  void indicator_weighsOne_pointsUp_andIsNamedByItsCode() {
    Node n = Node.indicator("LPI", "Physical");

    assertThat(n.weight()).isEqualTo(1.0);
    assertThat(n.direction()).isEqualTo(Direction.POSITIVE);
    assertThat(n.name()).isEqualTo("LPI");
    assertThat(n.parent()).contains("Physical");
    assertThat(n.kind()).isEqualTo(Node.Kind.INDICATOR);
  }

  @Test
  void direction_isReadFromItsSign() {
    assertThat(Direction.of(1)).isEqualTo(Direction.POSITIVE);
    assertThat(Direction.of(-1)).isEqualTo(Direction.NEGATIVE);
    assertThat(Direction.NEGATIVE.sign()).isEqualTo(-1);
  }

  @Test
  void directionNeitherPlusNorMinusOne_isRefusedNamingTheValue() {
    assertThatThrownBy(() -> Direction.of(0))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("direction 0", "+1", "-1");
    assertThatThrownBy(() -> Direction.of(2))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("direction 2");
  }

  @Test
  void negativeWeight_isRefusedNamingTheNodeAndTheWeight() {
    assertThatThrownBy(() -> Node.indicator("LPI", "Physical").withWeight(-0.5))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("LPI", "-0.5", "negative");
  }

  @Test
  void nanOrInfiniteWeight_isRefusedNamingTheNode() {
    assertThatThrownBy(() -> Node.indicator("LPI", "Physical").withWeight(Double.NaN))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("LPI", "NaN");
    assertThatThrownBy(() -> Node.indicator("LPI", "Physical").withWeight(Double.POSITIVE_INFINITY))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("LPI", "Infinity");
  }

  @Test
  void indicatorWithoutParent_isRefusedNamingIt() {
    assertThatThrownBy(() -> Node.builder().code("LPI").kind(Node.Kind.INDICATOR).build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("LPI", "no parent");
  }

  @Test
  void nodeItsOwnParent_isRefusedNamingIt() {
    assertThatThrownBy(() -> Node.aggregate("Conn", "Conn"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("Conn", "own parent");
  }

  @Test
  void aggregateWithATarget_isRefusedNamingIt() {
    assertThatThrownBy(
            () ->
                Node.builder()
                    .code("Conn")
                    .kind(Node.Kind.AGGREGATE)
                    .parent("Index")
                    .target(10)
                    .build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("Conn", "target");
  }

  @Test
  void codeWithSurroundingSpacesOrBlank_isRefused() {
    assertThatThrownBy(() -> Node.indicator(" LPI", "Physical"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("LPI", "surrounding spaces");
    assertThatThrownBy(() -> Node.indicator("LPI", "  "))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("LPI", "parent");
  }

  @Test
  void goalpostsNotIncreasing_areRefusedNamingBoth() {
    assertThatThrownBy(() -> Goalposts.of(5, 5))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("[5.0, 5.0]");
    assertThatThrownBy(() -> Goalposts.of(0, Double.NaN))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("NaN");
  }
}
