package vn.ddci.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;

/** Filling missing values by a stated rule: what is filled, what stays missing, and why. */
class ImputeTest {

  /** Index → P → {x, y, w}, Index → Q → {z}. */
  private static final IndicatorTree TREE =
      IndicatorTree.of(
          Node.root("Index"),
          Node.aggregate("P", "Index"),
          Node.indicator("x", "P"),
          Node.indicator("y", "P"),
          Node.indicator("w", "P"),
          Node.aggregate("Q", "Index"),
          Node.indicator("z", "Q"));

  /** Asia: A, B, C, G; Europe: D, E; F in no group. */
  private static Dataset data() {
    return Dataset.builder()
        .units("A", "B", "C", "G", "D", "E", "F")
        .column("x", 1, 0, 5, 10, 10, 0, 0)
        .missing("x", "B", "E", "F")
        .column("y", 0, 0, 0, 0, 2, 4, 7)
        .missing("y", "A", "B", "C", "G")
        .column("w", 1, 2, 3, 4, 5, 6, 7)
        .column("z", 1, 2, 3, 4, 5, 6, 7)
        .group("region", "Asia", "Asia", "Asia", "Asia", "Europe", "Europe", "")
        .build();
  }

  private static List<String> where(Stage s, AuditEntry.Action action) {
    return s.audit().stream()
        .filter(e -> e.action() == action)
        .map(e -> e.column().orElseThrow() + "/" + e.unit().orElseThrow())
        .toList();
  }

  @Test
  void groupMean_fillsAMissingValueWithTheMeanOfItsGroupsValues() {
    Stage s = Impute.groupMean("region").apply(data(), TREE);

    assertThat(s.dataset().value("x", "B")).hasValue((1.0 + 5 + 10) / 3);
    assertThat(s.dataset().value("x", "E")).hasValue(10.0);
    assertThat(where(s, AuditEntry.Action.IMPUTED)).containsExactly("x/B", "x/E");
    AuditEntry b = s.audit().get(0);
    assertThat(b.before()).isEmpty();
    assertThat(b.after()).hasValue((1.0 + 5 + 10) / 3);
    assertThat(b.note()).contains("mean of the 3 Asia values");
  }

  @Test
  void groupMedian_fillsAMissingValueWithTheMedianOfItsGroupsValues() {
    Stage s = Impute.groupMedian("region").apply(data(), TREE);

    assertThat(s.dataset().value("x", "B")).hasValue(5.0);
    assertThat(s.dataset().value("x", "E")).hasValue(10.0);
  }

  @Test
  void groupMedian_ofAnEvenCount_isTheMeanOfTheTwoMiddleValues() {
    Dataset d =
        Dataset.builder()
            .units("A", "B", "C", "D", "E")
            .column("x", 1, 2, 3, 10, 0)
            .missing("x", "E")
            .column("y", 1, 1, 1, 1, 1)
            .column("w", 1, 1, 1, 1, 1)
            .column("z", 1, 1, 1, 1, 1)
            .group("region", "Asia", "Asia", "Asia", "Asia", "Asia")
            .build();

    Stage s = Impute.groupMedian("region").apply(d, TREE);

    assertThat(s.dataset().value("x", "E")).hasValue(2.5);
  }

  @Test
  void unitInNoGroup_staysMissing_withANotImputedEntry() {
    Stage s = Impute.groupMean("region").apply(data(), TREE);

    assertThat(s.dataset().value("x", "F")).isEmpty();
    assertThat(where(s, AuditEntry.Action.NOT_IMPUTED)).contains("x/F");
    assertThat(s.audit())
        .filteredOn(e -> e.unit().equals(Optional.of("F")))
        .singleElement()
        .satisfies(e -> assertThat(e.note()).contains("no region group"));
  }

  @Test
  void groupWithoutAnyValue_leavesItsUnitsMissing_withNotImputedEntries() {
    Stage s = Impute.groupMean("region").apply(data(), TREE);

    for (String u : List.of("A", "B", "C", "G")) {
      assertThat(s.dataset().value("y", u)).as(u).isEmpty();
    }
    assertThat(where(s, AuditEntry.Action.NOT_IMPUTED))
        .containsExactly("x/F", "y/A", "y/B", "y/C", "y/G");
  }

  @Test
  void observedValues_neverChange_underAnyRule() {
    Dataset d = data();
    Dataset lastYear =
        Dataset.builder()
            .units("A", "B", "C", "G", "D", "E", "F")
            .column("x", 9, 9, 9, 9, 9, 9, 9)
            .column("y", 9, 9, 9, 9, 9, 9, 9)
            .build();
    for (Impute step :
        List.of(
            Impute.groupMean("region"),
            Impute.groupMedian("region"),
            Impute.unitMeanWithinParent(),
            Impute.lastYear(lastYear))) {
      Dataset out = step.apply(d, TREE).dataset();
      for (String c : d.columns()) {
        for (String u : d.units()) {
          if (d.value(c, u).isPresent()) {
            assertThat(out.value(c, u)).as(step + " " + c + "/" + u).isEqualTo(d.value(c, u));
          }
        }
      }
    }
  }

  @Test
  void unitMeanWithinParent_isTheMeanOfTheUnitsOtherValuesUnderTheSameParent() {
    Stage s = Impute.unitMeanWithinParent().apply(data(), TREE);

    // B: x and y missing; w = 2 is its only other value under P (z is under Q)
    assertThat(s.dataset().value("x", "B")).hasValue(2.0);
    // E: x missing; y = 4 and w = 6 under P
    assertThat(s.dataset().value("x", "E")).hasValue(5.0);
    // A: y missing; x = 1 and w = 1
    assertThat(s.dataset().value("y", "A")).hasValue(1.0);
  }

  @Test
  void unitMeanWithinParent_withNoOtherValue_staysMissing() {
    Dataset d =
        Dataset.builder()
            .units("A", "B")
            .column("x", 1, 0)
            .column("y", 1, 0)
            .column("w", 1, 0)
            .missing("x", "B")
            .missing("y", "B")
            .missing("w", "B")
            .column("z", 1, 2)
            .build();

    Stage s = Impute.unitMeanWithinParent().apply(d, TREE);

    assertThat(s.dataset().value("x", "B")).isEmpty();
    assertThat(where(s, AuditEntry.Action.NOT_IMPUTED)).containsExactly("x/B", "y/B", "w/B");
  }

  @Test
  void lastYear_fillsWithTheUnitsOwnValueLastYear_orLeavesItMissing() {
    Dataset lastYear =
        Dataset.builder()
            .units("B", "E", "A")
            .column("x", 4.5, 0, 0)
            .missing("x", "E")
            .column("y", 0, 0, 8)
            .build();

    Stage s = Impute.lastYear(lastYear).apply(data(), TREE);

    assertThat(s.dataset().value("x", "B")).hasValue(4.5);
    assertThat(s.dataset().value("y", "A")).hasValue(8.0);
    assertThat(s.dataset().value("x", "E")).isEmpty();
    assertThat(s.dataset().value("x", "F")).isEmpty();
    assertThat(s.audit())
        .filteredOn(e -> e.action() == AuditEntry.Action.NOT_IMPUTED)
        .extracting(e -> e.column().orElseThrow() + "/" + e.unit().orElseThrow() + ": " + e.note())
        .contains(
            "x/E: stays missing: missing last year too",
            "x/F: stays missing: not in last year's data");
  }

  @Test
  void groupingAbsentFromTheData_isRefusedNamingIt() {
    assertThatThrownBy(() -> Impute.groupMean("province").apply(data(), TREE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("province");
  }
}
