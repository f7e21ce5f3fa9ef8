package vn.ddci.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;

/** Division by a denominator column: x / D, a missing D recorded or refused, a zero D refused. */
class DenominateTest {

  private static final IndicatorTree TREE =
      IndicatorTree.of(
          Node.root("Index"),
          Node.builder()
              .code("Flights")
              .kind(Node.Kind.INDICATOR)
              .parent("Index")
              .denominator("Population")
              .build(),
          Node.indicator("LPI", "Index"));

  private static Dataset data(double... population) {
    return Dataset.builder()
        .units("AUT", "BEL", "LAO")
        .column("Flights", 30, 45, 2)
        .column("LPI", 4.1, 3.9, 2.5)
        .column("Population", population)
        .build();
  }

  @Test
  void indicatorWithADenominator_isDividedByIt_withoutAScaleFactor() {
    Stage s = Denominate.of().apply(data(8, 11, 7), TREE);

    assertThat(s.dataset().column("Flights")).containsExactly(30.0 / 8, 45.0 / 11, 2.0 / 7);
    assertThat(s.audit()).isEmpty();
    assertThat(s.name()).isEqualTo("Denominated");
  }

  @Test
  void indicatorWithoutADenominator_andTheDenominatorColumn_areUnchanged() {
    Stage s = Denominate.of().apply(data(8, 11, 7), TREE);

    assertThat(s.dataset().column("LPI")).containsExactly(4.1, 3.9, 2.5);
    assertThat(s.dataset().column("Population")).containsExactly(8.0, 11.0, 7.0);
  }

  @Test
  void missingNumerator_staysMissing_withoutAnAuditEntry() {
    Dataset d =
        Dataset.builder()
            .units("AUT", "BEL", "LAO")
            .column("Flights", 30, 45, 0)
            .missing("Flights", "BEL")
            .column("LPI", 4.1, 3.9, 2.5)
            .column("Population", 8, 11, 7)
            .build();

    Stage s = Denominate.of().apply(d, TREE);

    assertThat(s.dataset().value("Flights", "BEL")).isEmpty();
    assertThat(s.audit()).isEmpty();
  }

  @Test
  void missingDenominator_makesTheValueMissing_andIsAudited() {
    Dataset d =
        Dataset.builder()
            .units("AUT", "BEL", "LAO")
            .column("Flights", 30, 45, 2)
            .column("LPI", 4.1, 3.9, 2.5)
            .column("Population", 8, 11, 0)
            .missing("Population", "LAO")
            .build();

    Stage s = Denominate.of().apply(d, TREE);

    assertThat(s.dataset().value("Flights", "LAO")).isEmpty();
    assertThat(s.dataset().value("Flights", "AUT")).hasValue(30.0 / 8);
    assertThat(s.audit()).hasSize(1);
    AuditEntry e = s.audit().get(0);
    assertThat(e.action()).isEqualTo(AuditEntry.Action.DENOMINATOR_MISSING);
    assertThat(e.column()).contains("Flights");
    assertThat(e.unit()).contains("LAO");
    assertThat(e.before()).hasValue(2.0);
    assertThat(e.after()).isEmpty();
    assertThat(e.note()).contains("Population");
  }

  @Test
  void missingDenominator_isRefusedWhenRequired_namingIndicatorUnitAndDenominator() {
    Dataset d =
        Dataset.builder()
            .units("AUT", "BEL", "LAO")
            .column("Flights", 30, 45, 2)
            .column("LPI", 4.1, 3.9, 2.5)
            .column("Population", 8, 11, 0)
            .missing("Population", "LAO")
            .build();

    assertThatThrownBy(() -> Denominate.requiringDenominators().apply(d, TREE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("Flights", "LAO", "Population", "missing");
  }

  @Test
  void zeroDenominator_isRefusedNamingIndicatorUnitAndDenominator() {
    assertThatThrownBy(() -> Denominate.of().apply(data(8, 0, 7), TREE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("Flights", "BEL", "Population", "is 0");
  }

  @Test
  void absentDenominatorColumn_isRefusedNamingIndicatorAndColumn() {
    Dataset d =
        Dataset.builder()
            .units("AUT", "BEL")
            .column("Flights", 30, 45)
            .column("LPI", 4.1, 3.9)
            .build();

    assertThatThrownBy(() -> Denominate.of().apply(d, TREE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("Flights", "Population", "not in the dataset");
  }
}
