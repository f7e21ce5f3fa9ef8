package vn.ddci.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad frameworks and components are rejected at construction, naming what is wrong. */
class FrameworkValidationTest {
  private static final Component TIME_COST =
      Component.of("TIME_COST", "Chi phí thời gian", "Time costs", BigDecimal.ONE);
  private static final Component LEADERSHIP =
      Component.of("LEADERSHIP", "Vai trò người đứng đầu", "Role of the head", BigDecimal.ONE);

  private static Framework.Builder quangNinh() {
    return Framework.builder().name("Quảng Ninh DDCI");
  }

  // ---------------------------------------------------------------- components

  @Test
  void componentCodeNotAnUpperCaseIdentifier_isRejectedNamingTheCode() {
    for (String code : new String[] {"time cost", "TIME-COST", "1TIME", "Time_Cost", ""}) {
      assertThatIllegalArgumentException()
          .as(code)
          .isThrownBy(() -> Component.of(code, "Chi phí thời gian", "Time costs", BigDecimal.ONE))
          .withMessageContainingAll("'" + code + "'", "upper-case identifier");
    }
  }

  @Test
  void zeroWeight_isRejectedNamingComponentAndWeight() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Component.of("TIME_COST", "Chi phí thời gian", "Time costs", BigDecimal.ZERO))
        .withMessageContainingAll("TIME_COST", "weight", "positive", "0");
  }

  @Test
  void negativeWeight_isRejectedNamingComponentAndWeight() {
    BigDecimal minusHalf = new BigDecimal("-0.5");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Component.of("TIME_COST", "Chi phí thời gian", "Time costs", minusHalf))
        .withMessageContainingAll("TIME_COST", "weight", "-0.5");
  }

  @Test
  void blankComponentName_isRejected() {
    // message gap (see report): names the blank text but not the component's code
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Component.of("TIME_COST", "  ", "Time costs", BigDecimal.ONE))
        .withMessageContaining("needs a letter or digit");
  }

  // ---------------------------------------------------------------- frameworks

  @Test
  void duplicateComponentCodes_areRejectedNamingFrameworkAndCode() {
    Component otherTimeCost =
        Component.of("TIME_COST", "Thời gian thực hiện TTHC", "Procedure time", BigDecimal.ONE);
    Framework.Builder f = quangNinh().addComponents(TIME_COST, LEADERSHIP, otherTimeCost);

    assertThatIllegalArgumentException()
        .isThrownBy(f::build)
        .withMessageContainingAll("'Quảng Ninh DDCI'", "TIME_COST", "share the code or name");
  }

  @Test
  void componentNamesDifferingOnlyInDiacritics_areRejectedNamingBothCodes() {
    Component undecorated =
        Component.of("DURATION", "Chi phi thoi gian", "Procedure time", BigDecimal.ONE);
    Framework.Builder f = quangNinh().addComponents(TIME_COST, undecorated);

    assertThatIllegalArgumentException()
        .isThrownBy(f::build)
        .withMessageContainingAll("'Quảng Ninh DDCI'", "TIME_COST", "DURATION", "chiphithoigian");
  }

  @Test
  void theSameComponentTwice_isRejected() {
    Framework.Builder f = quangNinh().addComponents(TIME_COST, LEADERSHIP, TIME_COST);

    assertThatIllegalArgumentException().isThrownBy(f::build).withMessageContaining("TIME_COST");
  }

  @Test
  void frameworkWithoutComponent_isRejectedNamingIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> quangNinh().build())
        .withMessage("framework 'Quảng Ninh DDCI' has no component");
  }

  @Test
  void nonPositiveScale_isRejectedNamingFrameworkAndScale() {
    Framework.Builder negative =
        quangNinh().addComponents(TIME_COST).componentMax(BigDecimal.valueOf(-10));
    Framework.Builder zeroTotal = quangNinh().addComponents(TIME_COST).totalMax(BigDecimal.ZERO);

    assertThatIllegalArgumentException()
        .isThrownBy(negative::build)
        .withMessageContainingAll(
            "'Quảng Ninh DDCI'", "scale", "component max -10", "total max 100");
    assertThatIllegalArgumentException()
        .isThrownBy(zeroTotal::build)
        .withMessageContainingAll("'Quảng Ninh DDCI'", "scale", "component max 10", "total max 0");
  }

  @Test
  void zeroComponentMax_isRejectedNamingFrameworkAndScale() {
    Framework.Builder f = quangNinh().addComponents(TIME_COST).componentMax(BigDecimal.ZERO);

    assertThatIllegalArgumentException()
        .isThrownBy(f::build)
        .withMessageContainingAll("'Quảng Ninh DDCI'", "scale", "component max 0");
  }

  @Test
  void negativeTolerance_isRejectedNamingFrameworkAndValue() {
    Framework.Builder f =
        quangNinh().addComponents(TIME_COST).totalTolerance(new BigDecimal("-0.01"));

    assertThatIllegalArgumentException()
        .isThrownBy(f::build)
        .withMessageContainingAll("'Quảng Ninh DDCI'", "tolerance", "-0.01");
  }

  @Test
  void negativePublishedDecimals_areRejectedNamingFrameworkAndValue() {
    Framework.Builder f = quangNinh().addComponents(TIME_COST).publishedDecimals(-1);

    assertThatIllegalArgumentException()
        .isThrownBy(f::build)
        .withMessageContainingAll("'Quảng Ninh DDCI'", "decimals", "-1");
  }

  @Test
  void unknownComponent_isRejectedNamingFrameworkTheNameAndTheComponents() {
    Framework langSon = Frameworks.LANG_SON_DEPARTMENTS;

    assertThatIllegalArgumentException()
        .isThrownBy(() -> langSon.component("Gia nhập thị trường"))
        .withMessageContainingAll(
            "'DDCI Lạng Sơn – khối sở, ban, ngành'", "'Gia nhập thị trường'", "DYNAMISM");
  }

  @Test
  void weightShareOfAForeignComponent_isRejectedNamingFrameworkAndComponent() {
    Component entry = Frameworks.PCI.component("ENTRY");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Frameworks.LANG_SON_DEPARTMENTS.weightShare(entry))
        .withMessageContainingAll("DDCI Lạng Sơn", "ENTRY");
  }

  @Test
  void totalOfScoresWithAForeignComponent_isRejectedNamingFrameworkAndComponent() {
    Framework f = quangNinh().addComponents(TIME_COST, LEADERSHIP).build();
    Map<Component, BigDecimal> scores =
        Map.of(
            TIME_COST,
            BigDecimal.ONE,
            LEADERSHIP,
            BigDecimal.ONE,
            Frameworks.PCI.component("ENTRY"),
            BigDecimal.ONE);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> f.totalOf(scores))
        .withMessageContainingAll("'Quảng Ninh DDCI'", "ENTRY");
  }

  @Test
  void totalOfScoresMissingAComponent_isRejectedNamingTheFrameworkAndComponent() {
    Framework f = quangNinh().addComponents(TIME_COST, LEADERSHIP).build();
    Map<Component, BigDecimal> scores = Map.of(TIME_COST, BigDecimal.ONE);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> f.totalOf(scores))
        .withMessage("framework 'Quảng Ninh DDCI': no score for component LEADERSHIP");
  }

  @Test
  void defaultTolerance_isTheRoundingErrorOfPublishedFigures() {
    assertThat(Frameworks.LANG_SON_DEPARTMENTS.totalTolerance()).isEqualByComparingTo("0.055");
    assertThat(Frameworks.PCI.totalTolerance()).isEqualByComparingTo("0.055");
  }
}
