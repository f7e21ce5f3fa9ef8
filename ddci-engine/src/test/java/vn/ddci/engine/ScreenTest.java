package vn.ddci.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;

/** Removing units with too little data: by missing values, by zeros, or both. */
class ScreenTest {

  private static final IndicatorTree TREE =
      IndicatorTree.of(
          Node.root("Index"),
          Node.indicator("i1", "Index"),
          Node.indicator("i2", "Index"),
          Node.indicator("i3", "Index"),
          Node.indicator("i4", "Index"));

  /**
   * Of four indicators: A has all; B one missing; C two missing; D one zero; E one missing and one
   * zero. The "Pop" column is no indicator and is not counted.
   */
  private static Dataset data() {
    return Dataset.builder()
        .unit("A", "Unit A")
        .units("B", "C", "D", "E")
        .column("i1", 1, 1, 1, 0, 0)
        .column("i2", 2, 2, 2, 2, 2)
        .column("i3", 3, 3, 3, 3, 3)
        .column("i4", 4, 4, 4, 4, 4)
        .missing("i4", "B", "C", "E")
        .missing("i3", "C")
        .column("Pop", 0, 0, 0, 0, 0)
        .missing("Pop", "A")
        .group("region", "x", "y", "x", "y", "x")
        .build();
  }

  @Test
  void byMissing_removesUnitsBelowTheThreshold_andAuditsEachOne() {
    Stage s = Screen.byMissing(0.75).apply(data(), TREE);

    assertThat(s.dataset().units()).containsExactly("A", "B", "D", "E");
    assertThat(s.audit())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditEntry.Action.SCREENED_OUT);
              assertThat(e.unit()).contains("C");
              assertThat(e.column()).isEmpty();
              assertThat(e.note()).contains("2 of 4 indicators missing").contains("0.500");
            });
  }

  @Test
  void availabilityEqualToTheThreshold_keepsTheUnit() {
    // B: 3 of 4 available, exactly 0.75
    assertThat(Screen.byMissing(0.75).apply(data(), TREE).dataset().hasUnit("B")).isTrue();
    assertThat(Screen.byMissing(0.7500001).apply(data(), TREE).dataset().hasUnit("B")).isFalse();
  }

  @Test
  void byZeros_countsZerosOnly_aMissingValueIsNoZero() {
    Stage s = Screen.byZeros(1).apply(data(), TREE);

    assertThat(s.dataset().units()).containsExactly("A", "B", "C");
  }

  @Test
  void byMissingAndZeros_removesAUnitFailingEitherCriterion() {
    Stage s = Screen.byMissingAndZeros(0.75).apply(data(), TREE);

    // C fails by missing (0.5); E passes each (0.75, 0.75); D passes each
    assertThat(s.dataset().units()).containsExactly("A", "B", "D", "E");

    Stage strict = Screen.byMissingAndZeros(1).apply(data(), TREE);
    assertThat(strict.dataset().units()).containsExactly("A");
  }

  @Test
  void remainingUnits_keepTheirValuesNamesAndGroups() {
    Dataset out = Screen.byMissing(0.75).apply(data(), TREE).dataset();

    assertThat(out.column("i1")).containsExactly(1.0, 1.0, 0.0, 0.0);
    assertThat(out.group("region", "D")).contains("y");
    assertThat(out.name("A")).contains("Unit A");
    assertThat(out.value("Pop", "A")).isEmpty();
  }

  @Test
  void screeningThatWouldRemoveEveryUnit_isRefused() {
    Dataset d =
        Dataset.builder()
            .units("A", "B")
            .column("i1", 0, 0)
            .column("i2", 1, 1)
            .column("i3", 1, 1)
            .column("i4", 1, 1)
            .build();

    assertThatThrownBy(() -> Screen.byZeros(1).apply(d, TREE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("every unit", "ZEROS");
  }

  @Test
  void thresholdOutsideZeroToOne_isRefusedNamingIt() {
    assertThatThrownBy(() -> Screen.byMissing(1.5))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("1.5");
  }
}
