package vn.ddci.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;

/** Type-7 quantiles (R's default, COINr's): hand-computed cases, and what is refused. */
class QuantilesTest {

  private static double[] oneTo(int n) {
    return IntStream.rangeClosed(1, n).asDoubleStream().toArray();
  }

  // ---------------------------------------------------------------- hand-computed cases

  @Test
  void oneValue_isEveryQuantile() {
    for (double p : new double[] {0, 0.05, 0.5, 0.95, 1}) {
      assertThat(Quantiles.of(new double[] {7.5}, p)).as("p = %s", p).isEqualTo(7.5);
    }
  }

  @Test
  void theMedianOfFourValues_isTheMeanOfTheTwoMiddleOnes() {
    assertThat(Quantiles.of(new double[] {1, 2, 3, 4}, 0.5)).isEqualTo(2.5);
    assertThat(Quantiles.of(new double[] {10, 40, 20, 30}, 0.5)).isEqualTo(25.0);
  }

  @Test
  void pZeroAndOne_giveTheMinimumAndTheMaximum() {
    double[] values = {3, -1.5, 8, 2, 8.25, 0};

    assertThat(Quantiles.of(values, 0)).isEqualTo(-1.5);
    assertThat(Quantiles.of(values, 1)).isEqualTo(8.25);
  }

  @Test
  void theFivePercentQuantileOfOneToHundred_is5point95() {
    // h = 1 + 99 × 0.05 = 5.95: between the 5th and 6th values, 0.95 of the way
    assertThat(Quantiles.of(oneTo(100), 0.05)).isEqualTo(5.95);
    assertThat(Quantiles.of(oneTo(100), 0.95)).isEqualTo(95.05);
  }

  @Test
  void ranksWhoseFifthAndSixthAre42And43_give42point95_asCoinr() {
    double[] ranks = new double[100];
    Arrays.fill(ranks, 0, 5, 42); // the five best replications: 42
    Arrays.fill(ranks, 5, 100, 43);

    assertThat(Quantiles.of(ranks, 0.05)).isEqualTo(42.95);
  }

  @Test
  void interpolation_isLinearBetweenTheNeighbouringOrderStatistics() {
    double[] values = {0, 10, 20, 30, 40}; // h = 4p: p = 0.3 lies at 1.2, between 10 and 20

    assertThat(Quantiles.of(values, 0.3)).isEqualTo(12.0);
    assertThat(Quantiles.of(values, 0.25)).isEqualTo(10.0);
    assertThat(Quantiles.of(values, 0.875)).isEqualTo(35.0);
  }

  @Test
  void unsortedInput_givesTheQuantileOfTheSortedValues_andIsNotModified() {
    double[] values = {5, 1, 4, 2, 3};
    double[] before = values.clone();

    assertThat(Quantiles.of(values, 0.25)).isEqualTo(2.0);
    assertThat(Quantiles.of(values, 0.5)).isEqualTo(3.0);
    assertThat(values).containsExactly(before);
  }

  @Test
  void ofSorted_agreesWithOf_onSortedValues() {
    double[] sorted = {-3, -1, 0.5, 2, 2, 9};
    for (double p : new double[] {0, 0.1, 0.33, 0.5, 0.9, 1}) {
      assertThat(Quantiles.ofSorted(sorted, p))
          .as("p = %s", p)
          .isEqualTo(Quantiles.of(new double[] {2, 9, -1, 0.5, -3, 2}, p));
    }
  }

  // ---------------------------------------------------------------- errors

  @Test
  void noValue_isRefused() {
    assertThatThrownBy(() -> Quantiles.of(new double[0], 0.5))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("at least one value");
    assertThatThrownBy(() -> Quantiles.ofSorted(new double[0], 0.5))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("at least one value");
  }

  @Test
  void aNaNValue_isRefusedSayingSo() {
    assertThatThrownBy(() -> Quantiles.of(new double[] {1, Double.NaN, 3}, 0.5))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("NaN");
  }

  @Test
  void aProbabilityOutsideZeroOne_isRefusedNamingIt() {
    double[] values = {1, 2, 3};
    assertThatThrownBy(() -> Quantiles.of(values, -0.01))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("-0.01")
        .hasMessageContaining("outside [0, 1]");
    assertThatThrownBy(() -> Quantiles.of(values, 1.5))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("1.5")
        .hasMessageContaining("outside [0, 1]");
    assertThatThrownBy(() -> Quantiles.of(values, Double.NaN))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("NaN")
        .hasMessageContaining("outside [0, 1]");
  }

  // ---------------------------------------------------------------- bugs

  @Test
  void quantilesOfEqualValues_areThatValueExactly() {
    for (double s : new double[] {93.71, 27.13, 93.98653887819098, 15.905112524495413}) {
      double[] same = new double[100];
      Arrays.fill(same, s);
      for (double p : new double[] {0.05, 0.25, 0.5, 0.95}) {
        assertThat(Quantiles.of(same, p)).as("%s copies of %s, p = %s", 100, s, p).isEqualTo(s);
      }
    }
  }

  @Test
  void anInfiniteValue_isTheQuantileWhereItStands() {
    assertThat(Quantiles.of(new double[] {1, Double.POSITIVE_INFINITY}, 1))
        .isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Quantiles.of(new double[] {Double.POSITIVE_INFINITY}, 0.5))
        .isEqualTo(Double.POSITIVE_INFINITY);
  }
}
