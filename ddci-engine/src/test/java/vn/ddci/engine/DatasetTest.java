package vn.ddci.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;

/** Units × columns: values, explicit missing values, groups, and every bad input by name. */
class DatasetTest {

  private static Dataset threeUnits() {
    return Dataset.builder()
        .unit("SoTaiChinh", "Sở Tài chính")
        .units("SoXayDung", "SoYTe")
        .column("T1", 6.1, 5.4, 7.0)
        .column("T2", 3.0, 0, 2.5)
        .missing("T2", "SoXayDung")
        .group("block", "sở", "sở", "")
        .build();
  }

  @Test
  void values_areReadByColumnAndUnit_aMissingOneEmpty() {
    Dataset d = threeUnits();

    assertThat(d.units()).containsExactly("SoTaiChinh", "SoXayDung", "SoYTe");
    assertThat(d.value("T1", "SoXayDung")).hasValue(5.4);
    assertThat(d.value("T2", "SoXayDung")).isEmpty();
    assertThat(d.value("T2", "SoYTe")).hasValue(2.5);
    assertThat(d.missingCount("T2")).isEqualTo(1);
    assertThat(d.missingCount("T1")).isZero();
    assertThat(d.columns()).containsExactly("T1", "T2");
  }

  @Test
  void namesAndGroups_areKept_anEmptyLabelMeaningNoGroup() {
    Dataset d = threeUnits();

    assertThat(d.name("SoTaiChinh")).contains("Sở Tài chính");
    assertThat(d.name("SoYTe")).isEmpty();
    assertThat(d.group("block", "SoXayDung")).contains("sở");
    assertThat(d.group("block", "SoYTe")).isEmpty();
    assertThat(d.groupings()).containsExactly("block");
  }

  @Test
  void columnsBuiltCellByCell_equalColumnsBuiltWhole() {
    Dataset byCells =
        Dataset.builder()
            .unit("SoTaiChinh", "Sở Tài chính")
            .units("SoXayDung", "SoYTe")
            .value("T1", "SoYTe", 7.0)
            .value("T1", "SoTaiChinh", 6.1)
            .value("T1", "SoXayDung", 5.4)
            .value("T2", "SoTaiChinh", 3.0)
            .missing("T2", "SoXayDung")
            .value("T2", "SoYTe", 2.5)
            .group("block", "SoTaiChinh", "sở")
            .group("block", "SoXayDung", "sở")
            .build();

    assertThat(byCells).isEqualTo(threeUnits());
    assertThat(byCells.hashCode()).isEqualTo(threeUnits().hashCode());
  }

  @Test
  void column_returnsACopy_withNaNForMissing() {
    Dataset d = threeUnits();

    double[] t2 = d.column("T2");
    assertThat(t2[1]).isNaN();
    t2[0] = 99;

    assertThat(d.value("T2", "SoTaiChinh")).hasValue(3.0);
  }

  @Test
  void unitGivenTwice_isRefusedNamingIt() {
    assertThatThrownBy(() -> Dataset.builder().units("SoYTe", "SoTaiChinh", "SoYTe"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("SoYTe", "twice");
  }

  @Test
  void nanInAWholeColumn_isRefusedNamingTheColumnAndPosition() {
    Dataset.Builder b = Dataset.builder().units("A", "B", "C");

    assertThatThrownBy(() -> b.column("T1", 1, Double.NaN, 3))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("column T1", "value 2", "NaN", "missing");
  }

  @Test
  void infiniteOrNaNSingleValue_isRefusedNamingColumnAndUnit() {
    Dataset.Builder b = Dataset.builder().units("A", "B");

    assertThatThrownBy(() -> b.value("T1", "B", Double.POSITIVE_INFINITY))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("T1", "B", "Infinity");
    assertThatThrownBy(() -> b.value("T1", "A", Double.NaN))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("T1", "A", "NaN");
  }

  @Test
  void columnOfTheWrongLength_isRefusedNamingIt() {
    Dataset.Builder b = Dataset.builder().units("A", "B", "C").column("T1", 1, 2);

    assertThatThrownBy(b::build)
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("T1", "2 values", "3 units");
  }

  @Test
  void cellBuiltColumnLackingAUnit_isRefusedNamingColumnAndUnit() {
    Dataset.Builder b = Dataset.builder().units("A", "B").value("T1", "A", 1);

    assertThatThrownBy(b::build)
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("column T1", "unit B", "no value");
  }

  @Test
  void valueOfAnUnknownUnit_isRefusedNamingIt() {
    Dataset.Builder b = Dataset.builder().units("A", "B").column("T1", 1, 2).missing("T1", "Z");

    assertThatThrownBy(b::build)
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("T1", "Z");
  }

  @Test
  void columnGivenTwice_isRefusedNamingIt() {
    Dataset.Builder b = Dataset.builder().units("A").column("T1", 1);

    assertThatThrownBy(() -> b.column("T1", 2))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("T1", "twice");
  }

  @Test
  void datasetWithoutUnits_isRefused() {
    assertThatThrownBy(() -> Dataset.builder().build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("at least one unit");
  }

  @Test
  void readingAnUnknownColumnUnitOrGrouping_isRefusedNamingIt() {
    Dataset d = threeUnits();

    assertThatThrownBy(() -> d.value("T9", "SoYTe"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("T9");
    assertThatThrownBy(() -> d.value("T1", "SoNoiVu"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("SoNoiVu");
    assertThatThrownBy(() -> d.group("region", "SoYTe"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("region");
  }
}
