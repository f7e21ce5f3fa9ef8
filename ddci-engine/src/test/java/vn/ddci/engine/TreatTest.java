package vn.ddci.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Outlier treatment: winsorisation while skewness and kurtosis are high, then the log. */
class TreatTest {

  private static final IndicatorTree TREE =
      IndicatorTree.of(Node.root("Index"), Node.indicator("x", "Index"));

  private static final IndicatorTree NEGATIVE_TREE =
      IndicatorTree.of(
          Node.root("Index"),
          Node.builder()
              .code("x")
              .kind(Node.Kind.INDICATOR)
              .parent("Index")
              .direction(Direction.NEGATIVE)
              .build());

  /** 1, 2, …, 9 and 100: skew 3.12, kurtosis 9.80. */
  private static final double[] ONE_OUTLIER = {1, 2, 3, 4, 5, 6, 7, 8, 9, 100};

  /** 1, 2, …, 20, 300, 400: two winsorising steps needed (the first leaves 300, 300). */
  private static final double[] TWO_OUTLIERS =
      IntStream.concat(IntStream.rangeClosed(1, 20), IntStream.of(300, 400))
          .asDoubleStream()
          .toArray();

  private static Dataset column(double... x) {
    String[] units = IntStream.range(0, x.length).mapToObj(i -> "u" + i).toArray(String[]::new);
    return Dataset.builder().units(units).column("x", x).build();
  }

  private static Stage treat(Treat step, double... x) {
    return step.apply(column(x), TREE);
  }

  /** README 2.4: bias-corrected sample skewness, written out. */
  private static double skew(double[] x) {
    int n = x.length;
    double m = Arrays.stream(x).sum() / n;
    double s2 = 0;
    double s3 = 0;
    for (double v : x) {
      s2 += (v - m) * (v - m);
      s3 += (v - m) * (v - m) * (v - m);
    }
    return Math.sqrt(n) * s3 / Math.pow(s2, 1.5) * Math.sqrt(n * (n - 1.0)) / (n - 2);
  }

  /** README 2.4: bias-corrected sample excess kurtosis, written out. */
  private static double kurt(double[] x) {
    int n = x.length;
    double m = Arrays.stream(x).sum() / n;
    double s2 = 0;
    double s4 = 0;
    for (double v : x) {
      s2 += (v - m) * (v - m);
      s4 += Math.pow(v - m, 4);
    }
    double r = n * s4 / (s2 * s2);
    return ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2.0) * (n - 3));
  }

  // ---------------------------------------------------------------- winsorisation

  @Test
  void oneBigOutlier_isWinsorisedToTheNextValue() {
    Stage s = treat(Treat.winsorise(), ONE_OUTLIER);

    assertThat(s.dataset().column("x")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 9);
    assertThat(s.audit())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditEntry.Action.WINSORISED);
              assertThat(e.unit()).contains("u9");
              assertThat(e.before()).hasValue(100.0);
              assertThat(e.after()).hasValue(9.0);
            });
    Treatment t = s.treatments().get(0);
    assertThat(t.before().passes()).isFalse();
    assertThat(t.winsorised()).hasValue(1);
    assertThat(t.afterWinsorising().orElseThrow().passes()).isTrue();
    assertThat(t.afterLog()).isEmpty();
    assertThat(t.treated()).isTrue();
  }

  @Test
  void lowSideOutlier_isWinsorisedUpToTheNextValue() {
    Stage s = treat(Treat.winsorise(), -100, 1, 2, 3, 4, 5, 6, 7, 8, 9);

    assertThat(s.dataset().column("x")).containsExactly(1, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(s.treatments().get(0).winsorised()).hasValue(1);
  }

  @Test
  void tiedExtremes_areReplacedTogether_andCountedTogether() {
    double[] x = TWO_OUTLIERS.clone();
    x[21] = 300;

    Stage s = treat(Treat.winsorise(), x);

    assertThat(s.dataset().column("x")[20]).isEqualTo(20.0);
    assertThat(s.dataset().column("x")[21]).isEqualTo(20.0);
    assertThat(s.treatments().get(0).winsorised()).hasValue(2);
    assertThat(s.audit()).hasSize(2);
  }

  @Test
  void secondStep_rewritesBothTopPoints_andTheCounterIsTheLastStepsSet() {
    Stage s = treat(Treat.winsorise(), TWO_OUTLIERS);

    double[] y = s.dataset().column("x");
    assertThat(y[20]).isEqualTo(20.0);
    assertThat(y[21]).isEqualTo(20.0);
    assertThat(Arrays.copyOf(y, 20)).containsExactly(Arrays.copyOf(TWO_OUTLIERS, 20));
    assertThat(s.treatments().get(0).winsorised()).hasValue(2);
  }

  @Test
  void passingColumn_isUnchanged_andItsRecordHasTheFirstCheckOnly() {
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    Stage s = treat(Treat.winsorise(), x);

    assertThat(s.dataset().column("x")).containsExactly(x);
    assertThat(s.audit()).isEmpty();
    Treatment t = s.treatments().get(0);
    assertThat(t.before().passes()).isTrue();
    assertThat(t.winsorised()).isEmpty();
    assertThat(t.afterWinsorising()).isEmpty();
    assertThat(t.treated()).isFalse();
  }

  @Test
  void direction_playsNoRole() {
    Dataset d = column(ONE_OUTLIER);

    assertThat(Treat.winsorise().apply(d, NEGATIVE_TREE).dataset())
        .isEqualTo(Treat.winsorise().apply(d, TREE).dataset());
  }

  // ---------------------------------------------------------------- the cap and the log

  @Test
  void capReachedWithTheColumnStillFailing_takesTheLogOfTheUntreatedValues() {
    Stage s = treat(Treat.winsorise().withMaxPoints(1), TWO_OUTLIERS);

    double min = 1;
    double max = 400;
    double[] expected =
        Arrays.stream(TWO_OUTLIERS).map(v -> Math.log(v - min + 0.01 * (max - min))).toArray();
    assertThat(s.dataset().column("x")).containsExactly(expected);
    Treatment t = s.treatments().get(0);
    assertThat(t.winsorised()).hasValue(1);
    assertThat(t.afterWinsorising().orElseThrow().passes()).isFalse();
    assertThat(t.afterLog()).isPresent();
    assertThat(t.afterLog().orElseThrow().skew()).isCloseTo(skew(expected), within(1e-9));
    assertThat(s.audit())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditEntry.Action.LOG_TRANSFORMED);
              assertThat(e.column()).contains("x");
            });
  }

  @Test
  void withoutLogFallback_aColumnStillFailingKeepsItsWinsorisedValues() {
    Stage s = treat(Treat.winsorise().withMaxPoints(1).withoutLogFallback(), TWO_OUTLIERS);

    double[] y = s.dataset().column("x");
    assertThat(y[20]).isEqualTo(300.0);
    assertThat(y[21]).isEqualTo(300.0);
    Treatment t = s.treatments().get(0);
    assertThat(t.afterWinsorising().orElseThrow().passes()).isFalse();
    assertThat(t.afterLog()).isEmpty();
    assertThat(s.audit())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditEntry.Action.WINSORISED);
              assertThat(e.unit()).contains("u21");
              assertThat(e.after()).hasValue(300.0);
            });
  }

  @Test
  void zeroCap_goesStraightToTheLog() {
    Stage s = treat(Treat.winsorise().withMaxPoints(0), ONE_OUTLIER);

    assertThat(s.treatments().get(0).winsorised()).hasValue(0);
    assertThat(s.treatments().get(0).afterLog()).isPresent();
    assertThat(s.dataset().column("x")[0]).isEqualTo(Math.log(0.01 * 99));
  }

  // ---------------------------------------------------------------- the check

  @Test
  void skewnessAndKurtosis_areTheBiasCorrectedEstimatorsOfReadme24() {
    for (double[] x : new double[][] {ONE_OUTLIER, TWO_OUTLIERS, {3, 1, 4, 1, 5, 9, 2, 6}}) {
      SkewKurtosis c = treat(Treat.winsorise(), x).treatments().get(0).before();

      assertThat(c.skew()).isCloseTo(skew(x), within(1e-12 * Math.abs(skew(x))));
      assertThat(c.kurtosis()).isCloseTo(kurt(x), within(1e-12 * Math.abs(kurt(x))));
    }
  }

  @Test
  void theCheckFails_onlyWhenBothSkewAndKurtosisReachTheirThresholds() {
    SkewKurtosis c = treat(Treat.winsorise(), ONE_OUTLIER).treatments().get(0).before();
    double s = c.skew();
    double k = c.kurtosis();

    assertThat(firstCheck(Treat.winsorise().withThresholds(s, k)).passes()).isFalse();
    assertThat(firstCheck(Treat.winsorise().withThresholds(Math.nextUp(s), k)).passes()).isTrue();
    assertThat(firstCheck(Treat.winsorise().withThresholds(s, Math.nextUp(k))).passes()).isTrue();
  }

  private static SkewKurtosis firstCheck(Treat step) {
    return treat(step, ONE_OUTLIER).treatments().get(0).before();
  }

  @Test
  void fewerThanFourValues_areNotChecked_andLeftAsTheyAre() {
    Stage s = treat(Treat.winsorise(), 1, 2, 1000);

    assertThat(s.dataset().column("x")).containsExactly(1, 2, 1000);
    assertThat(s.audit())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditEntry.Action.NOT_CHECKED);
              assertThat(e.note()).contains("3 values");
            });
  }

  @Test
  void constantColumn_isNotChecked_andLeftAsItIs() {
    Stage s = treat(Treat.winsorise(), 7, 7, 7, 7, 7, 7);

    assertThat(s.dataset().column("x")).containsOnly(7.0);
    assertThat(s.audit())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditEntry.Action.NOT_CHECKED);
              assertThat(e.note()).contains("all equal");
            });
  }

  @Test
  void missingValues_areLeftMissing_andLeftOutOfTheCheck() {
    Dataset d =
        Dataset.builder()
            .units("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l")
            .column("x", 1, 2, 0, 3, 4, 5, 6, 7, 8, 9, 0, 100)
            .missing("x", "c", "k")
            .build();

    Stage s = Treat.winsorise().apply(d, TREE);

    assertThat(s.dataset().value("x", "c")).isEmpty();
    assertThat(s.dataset().value("x", "k")).isEmpty();
    assertThat(s.dataset().value("x", "l")).hasValue(9.0);
    assertThat(s.treatments().get(0).before().skew()).isCloseTo(skew(ONE_OUTLIER), within(1e-12));
  }

  @Test
  void skewnessAndKurtosisKernel_agreesWithApacheCommonsStatistics_onRandomColumns() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int trial = 0; trial < 2000; trial++) {
      int n = 3 + random.nextInt(300);
      double scale = Math.pow(10, random.nextInt(-7, 13));
      double[] x = new double[n];
      for (int k = 0; k < n; k++) {
        double u = random.nextDouble();
        x[k] = scale * (trial % 3 == 0 ? Math.exp(3 * u) : trial % 3 == 1 ? u : Math.rint(5 * u));
      }
      double[] sk = Treat.skewAndKurtosis(x);
      double skew = org.apache.commons.statistics.descriptive.Skewness.of(x).getAsDouble();
      double kurt =
          n >= 4
              ? org.apache.commons.statistics.descriptive.Kurtosis.of(x).getAsDouble()
              : Double.NaN;
      assertThat(sk[0])
          .as("skewness, trial %s", trial)
          .isCloseTo(skew, within(1e-9 * (1 + Math.abs(skew))));
      if (n >= 4) {
        assertThat(sk[1])
            .as("kurtosis, trial %s", trial)
            .isCloseTo(kurt, within(1e-9 * (1 + Math.abs(kurt))));
      } else {
        assertThat(sk[1]).isNaN();
      }
    }
  }

  @Test
  void skewnessAndKurtosisKernel_isNaNForAColumnOfEqualValues_asTheLibrarysIs() {
    double[] x = new double[51];
    Arrays.fill(x, 0.1);

    assertThat(Treat.skewAndKurtosis(x)).containsExactly(Double.NaN, Double.NaN);
    assertThat(org.apache.commons.statistics.descriptive.Skewness.of(x).getAsDouble()).isNaN();
  }
}
