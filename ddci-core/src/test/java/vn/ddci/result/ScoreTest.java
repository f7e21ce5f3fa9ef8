package vn.ddci.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoreTest {

  @Test
  void theChangeOfPublishedFigures_isExact() {
    assertThat(Score.parse("80.45").minus(Score.parse("74.63"))).isEqualTo(new BigDecimal("5.82"));
    assertThat(80.45 - 74.63).as("what double arithmetic would give").isNotEqualTo(5.82);
  }

  @Test
  void parse_acceptsTheDecimalCommaOfVietnameseDocuments() {
    assertThat(Score.parse("5,20")).isEqualTo(Score.parse("5.20"));
    assertThat(Score.parse(" 10 ").value()).isEqualTo(new BigDecimal("10"));
    assertThat(Decimals.parse("−1,92")).isEqualTo(new BigDecimal("-1.92"));
    assertThat(Decimals.parse("+5.82")).isEqualTo(new BigDecimal("5.82"));
  }

  @Test
  void scoresAreEqualByValue_whateverTheirScale() {
    assertThat(Score.parse("10")).isEqualTo(Score.parse("10.00")).hasSameHashCodeAs(Score.parse("10.00"));
    assertThat(Score.parse("9.99")).isLessThan(Score.parse("10"));
  }

  @Test
  void rounded_roundsHalfUpAsResultsArePublished() {
    assertThat(Score.parse("64.555").rounded(2)).isEqualTo(Score.parse("64.56"));
    assertThat(Score.parse("62.32468795776367").rounded(2).toString()).isEqualTo("Score[62.32]");
  }

  @Test
  void negativeScores_andText_areRejectedNamingTheValue() {
    assertThatThrownBy(() -> Score.parse("-0.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-0.5");
    assertThatThrownBy(() -> Score.parse("tám"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'tám' is not a decimal number");
  }
}
