package vn.ddci.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;

class FrameworkTest {
  private static final Framework LS = Frameworks.LANG_SON_DEPARTMENTS;

  @Test
  void langSonFrameworks_haveEightComponentsInTheSeedsOrder_withEqualWeights() {
    assertThat(LS.components())
        .extracting(Component::code)
        .containsExactly(
            "TRANSPARENCY",
            "TIME_COST",
            "INFORMAL_CHARGES",
            "EQUAL_COMPETITION",
            "BUSINESS_SUPPORT",
            "LEGAL_INSTITUTIONS",
            "LEADERSHIP",
            "DYNAMISM");
    assertThat(Frameworks.LANG_SON_DISTRICTS.components().get(7).code()).isEqualTo("LAND_ACCESS");
    assertThat(LS.components())
        .allSatisfy(c -> assertThat(LS.weightShare(c)).isEqualByComparingTo("0.125"));
    assertThat(LS.componentMax()).isEqualByComparingTo("10");
    assertThat(LS.totalMax()).isEqualByComparingTo("100");
  }

  @Test
  void pci_hasTenSubIndicesWithThePublishedWeights() {
    assertThat(Frameworks.PCI.components())
        .extracting(c -> c.weight().intValue())
        .containsExactly(5, 5, 20, 5, 10, 5, 5, 20, 20, 5);
    assertThat(Frameworks.PCI.weightSum()).isEqualByComparingTo("100");
    assertThat(Frameworks.PCI.weightShare(Frameworks.PCI.component("LABOR")))
        .isEqualByComparingTo("0.2");
  }

  @Test
  void equalWeights_makeTheTotalTheMeanTimesTen_exactly() {
    Map<Component, BigDecimal> scores = new LinkedHashMap<>();
    String[] values = {"6.52", "9.10", "5.20", "10", "4.33", "8.75", "10", "7.11"};
    for (int i = 0; i < 8; i++) {
      scores.put(LS.components().get(i), new BigDecimal(values[i]));
    }
    // (6.52 + 9.10 + 5.20 + 10 + 4.33 + 8.75 + 10 + 7.11) × 10 / 8 = 61.01 × 1.25
    assertThat(LS.totalOf(scores)).isEqualTo(new BigDecimal("76.2625"));
  }

  @Test
  void weightsThatDoNotSumTo100_areRelative_andANonTerminatingTotalKeeps34Digits() {
    Framework thirds =
        Framework.builder()
            .name("Ba chỉ số")
            .addComponents(
                Component.of("A", "Chỉ số A", "A", BigDecimal.ONE),
                Component.of("B", "Chỉ số B", "B", BigDecimal.ONE),
                Component.of("C", "Chỉ số C", "C", BigDecimal.ONE))
            .build();
    Map<Component, BigDecimal> scores =
        Map.of(
            thirds.component("A"), new BigDecimal("10"),
            thirds.component("B"), new BigDecimal("5"),
            thirds.component("C"), new BigDecimal("5"));

    assertThat(thirds.weightShare(thirds.component("A")).toPlainString())
        .startsWith("0.3333333333");
    BigDecimal total = thirds.totalOf(scores);
    assertThat(total.precision()).isEqualTo(34);
    assertThat(total.toPlainString()).startsWith("66.666666666666");
  }

  @Test
  void totalTolerance_isTheRoundingOfTwoDecimalFigures_unlessSet() {
    assertThat(LS.totalTolerance()).isEqualByComparingTo("0.055");
    assertThat(Frameworks.PCI.totalTolerance()).isEqualByComparingTo("0.055");
    Framework strict =
        Framework.builder().from(LS).name("strict").totalTolerance(BigDecimal.ZERO).build();
    assertThat(strict.totalTolerance()).isZero();
  }

  @Test
  void components_areFoundByCodeOrByNameTolerantly() {
    assertThat(LS.component("Chi phí thời gian").code()).isEqualTo("TIME_COST");
    assertThat(LS.component("chi phi thoi gian").code()).isEqualTo("TIME_COST");
    assertThat(LS.component("time_cost").code()).isEqualTo("TIME_COST");
    assertThat(LS.component("Time costs").code()).isEqualTo("TIME_COST");
    assertThat(Frameworks.PCI.component("Gia nhập\n thị trường").code()).isEqualTo("ENTRY");
    assertThat(LS.findComponent("Tiếp cận đất đai và tính ổn định trong sử dụng đất")).isEmpty();
    assertThatThrownBy(() -> LS.component("LAND_ACCESS"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no component 'LAND_ACCESS'")
        .hasMessageContaining(LS.name());
  }

  @Test
  void measures_areTheTotalThenEachComponent() {
    assertThat(LS.measures()).hasSize(9).first().isEqualTo(Measure.total());
    assertThat(LS.measures().get(1)).isEqualTo(Measure.of(LS.component("TRANSPARENCY")));
    assertThat(Measure.total().nameVi()).isEqualTo("Tổng điểm");
    assertThat(LS.max(Measure.total())).isEqualByComparingTo("100");
    assertThat(LS.max(LS.measures().get(1))).isEqualByComparingTo("10");
  }

  @Test
  void toString_isShort() {
    assertThat(Frameworks.PCI.toString())
        .isEqualTo(
            "Framework[PCI: ENTRY 5, LAND 5, TRANSPARENCY 20, TIME 5, INFORMAL 10, POLICY_BIAS 5,"
                + " PROACTIVITY 5, BUSINESS_SUPPORT 20, LABOR 20, LEGAL 5]");
    assertThat(Frameworks.LANG_SON_DEPARTMENT_BLOCK.toString()).isEqualTo("Block[SBN]");
    assertThat(Measure.of(LS.component("TIME_COST")).toString()).isEqualTo("Measure[TIME_COST]");
  }

  @Test
  void frameworkNames_areStoredInNfc_andBlankNamesRejected() {
    Framework f =
        Framework.builder()
            .name(
                java.text.Normalizer.normalize("  Chỉ số  Đà Nẵng ", java.text.Normalizer.Form.NFD))
            .addComponents(Component.of("A", "Chỉ số A", "A", BigDecimal.ONE))
            .build();

    assertThat(f.name()).isEqualTo("Chỉ số Đà Nẵng");
    assertThatThrownBy(
            () ->
                Framework.builder()
                    .name(" ")
                    .addComponents(Component.of("A", "Chỉ số A", "A", BigDecimal.ONE))
                    .build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("needs a letter or digit");
  }
}
