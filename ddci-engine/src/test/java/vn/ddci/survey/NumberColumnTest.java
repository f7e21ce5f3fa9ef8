package vn.ddci.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumberColumnTest {
  @Test
  void decimalsAsTyped_areKeptAsScaledIntegers_andReadBackAsTheDoublesTheirTextParsesTo() {
    SplittableRandom random = new SplittableRandom(7);
    for (int decimals = 0; decimals <= 6; decimals++) {
      double[] values = new double[2_000];
      for (int i = 0; i < values.length; i++) {
        long m = random.nextLong(2_000_000_000L);
        String text = String.format(Locale.ROOT, "%." + decimals + "f", m / Math.pow(10, decimals));
        values[i] = i % 17 == 0 ? Double.NaN : Double.parseDouble(text);
      }
      NumberColumn c = NumberColumn.of(values);
      assertThat(c.isScaled()).as("%s decimals", decimals).isTrue();
      for (int i = 0; i < values.length; i++) {
        assertThat(Double.doubleToLongBits(c.get(i)))
            .as("row %s of %s decimals", i, decimals)
            .isEqualTo(Double.doubleToLongBits(values[i]));
      }
    }
  }

  @Test
  void anAnswerNotKeptExactlyAsADecimal_keepsTheWholeColumnAsDoubles() {
    double[][] columns = {
      {12, 1.0 / 3}, // not a short decimal
      {12, 3e9}, // beyond an int
      {12, 0.1234567}, // seven decimals
      {12, -0.0}, // the sign of zero
      {12, Double.MIN_VALUE}
    };
    for (double[] values : columns) {
      NumberColumn c = NumberColumn.of(values);
      assertThat(c.isScaled()).as("%s", values[1]).isFalse();
      assertThat(Double.doubleToLongBits(c.get(1))).isEqualTo(Double.doubleToLongBits(values[1]));
      assertThat(c.get(0)).isEqualTo(12.0);
    }
  }

  @Test
  void notAnswered_readsAsNaN_inEitherForm_andTheColumnIsACopy() {
    double[] values = {Double.NaN, 7.5, Double.NaN};
    double[] irrational = {Double.NaN, Math.PI};
    NumberColumn scaled = NumberColumn.of(values);
    NumberColumn doubles = NumberColumn.of(irrational);
    values[1] = 99;
    irrational[1] = 99;

    assertThat(scaled.isScaled()).isTrue();
    assertThat(scaled.length()).isEqualTo(3);
    assertThat(scaled.get(0)).isNaN();
    assertThat(scaled.get(1)).isEqualTo(7.5);
    assertThat(doubles.get(0)).isNaN();
    assertThat(doubles.get(1)).isEqualTo(Math.PI);
  }
}
