package vn.ddci.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The number style of each language. */
class NumberStyleTest {
  private static final NumberStyle VI = NumberStyle.of(Language.VIETNAMESE);
  private static final NumberStyle EN = NumberStyle.of(Language.ENGLISH);

  @Test
  void figures_useTheLanguagesSeparator_andATrueMinus() {
    assertThat(VI.figure(new BigDecimal("5.82"), 2)).isEqualTo("5,82");
    assertThat(EN.figure(new BigDecimal("5.82"), 2)).isEqualTo("5.82");
    assertThat(VI.figure(new BigDecimal("-1.92"), 2)).isEqualTo("\u22121,92");
    assertThat(EN.figure(new BigDecimal("-1.92"), 2)).isEqualTo("\u22121.92");
  }

  @Test
  void figures_areShownAtTheirPublishedPrecision_neverWithDigitsTheSourceLacks() {
    assertThat(VI.figure(new BigDecimal("10"), 2)).isEqualTo("10");
    assertThat(VI.figure(new BigDecimal("5.20"), 2)).isEqualTo("5,20");
    assertThat(VI.figure(new BigDecimal("76.9"), 2)).isEqualTo("76,9");
    assertThat(VI.figure(new BigDecimal("1.66618347167969"), 2)).isEqualTo("1,67");
    assertThat(EN.figure(new BigDecimal("70.00139617919922"), 2)).isEqualTo("70.00");
    assertThat(VI.figure(new BigDecimal("-0.001"), 2)).isEqualTo("0,00");
  }

  @Test
  void changes_carryTheirSign() {
    assertThat(VI.signed(new BigDecimal("5.82"), 2)).isEqualTo("+5,82");
    assertThat(EN.signed(new BigDecimal("-1.29"), 2)).isEqualTo("\u22121.29");
    assertThat(VI.signed(new BigDecimal("0.00"), 2)).isEqualTo("0,00");
    assertThat(VI.signed(7)).isEqualTo("+7");
    assertThat(VI.signed(-15)).isEqualTo("\u221215");
    assertThat(VI.signed(0)).isEqualTo("0");
  }

  @Test
  void counts_areZeroPaddedInVietnamese() {
    assertThat(VI.count(4, 8)).isEqualTo("04/08");
    assertThat(VI.count(2, 125)).isEqualTo("002/125");
    assertThat(EN.count(4, 8)).isEqualTo("4 of 8");
    assertThat(VI.number(8)).isEqualTo("08");
    assertThat(EN.number(8)).isEqualTo("8");
  }

  @Test
  void percentages_datesAndLevels() {
    assertThat(VI.percent(new BigDecimal("60.0"))).isEqualTo("60,0 %");
    assertThat(EN.percent(new BigDecimal("60.0"))).isEqualTo("60.0%");
    assertThat(VI.percentOf(0.9)).isEqualTo("90 %");
    assertThat(EN.percentOf(0.873)).isEqualTo("87.3%");
    assertThat(EN.percentOf(0.87349)).isEqualTo("87.3%");
    assertThat(VI.date(LocalDate.of(2024, 4, 10))).isEqualTo("10/04/2024");
    assertThat(EN.date(LocalDate.of(2024, 4, 10))).isEqualTo("10 April 2024");
    assertThat(VI.decimal(new BigDecimal("12.5"))).isEqualTo("12,5");
    assertThat(VI.decimal(new BigDecimal("8.50"))).isEqualTo("8,50");
  }

  @Test
  void toString_showsTheStyle() {
    assertThat(VI).hasToString("NumberStyle[VIETNAMESE: 5,82; 04/08]");
    assertThat(PlanText.english().withIllustrativeLabel("illustrative"))
        .hasToString("PlanText[ENGLISH, label 'illustrative']")
        .isEqualTo(PlanText.english().withIllustrativeLabel(" illustrative "));
    assertThat(PlanText.of(Language.VIETNAMESE)).isSameAs(PlanText.vietnamese());
  }
}
