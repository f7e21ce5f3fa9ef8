package vn.ddci.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.engine.AuditEntry;
import vn.ddci.engine.Direction;

class SurveyIndicatorsTest {
  private static final List<String> YES_NO = List.of("1", "0", "98");
  private static final List<String> LIKERT = List.of("1", "2", "3", "4", "5", "99");

  /** Six rows: A rated by R1–R4, B by R1, R5. */
  private static Responses.Builder six() {
    return Responses.builder()
        .respondents("R1", "R2", "R3", "R4", "R1", "R5")
        .units("A", "A", "A", "A", "B", "B");
  }

  private static double value(SurveyIndicators s, String code, String unit) {
    return s.dataset().value(code, unit).orElse(Double.NaN);
  }

  @Test
  void share_countsTheOptionsChosen_amongThoseWhoAnswered_leavingOutNonAnswersAndBlanks() {
    Responses r =
        six().selectOne("paid", YES_NO, Set.of("98"), "1", "0", "98", "", "1", "1").build();

    SurveyIndicators s =
        SurveyIndicators.of(
            r, List.of(IndicatorDefinition.share("INF", "paid", Direction.NEGATIVE, "1")));

    assertThat(value(s, "INF", "A")).isEqualTo(50.0);
    assertThat(s.respondents("INF", "A")).isEqualTo(2);
    assertThat(value(s, "INF", "B")).isEqualTo(100.0);
  }

  @Test
  void share_withSamplingWeights_isTheWeightedShare_unlessUnweighted() {
    Responses r =
        six()
            .weights(3, 1, 1, 1, 1, 1)
            .selectOne("paid", YES_NO, Set.of("98"), "1", "0", "0", "0", "1", "0")
            .build();
    IndicatorDefinition share = IndicatorDefinition.share("INF", "paid", Direction.NEGATIVE, "1");

    assertThat(value(SurveyIndicators.of(r, List.of(share)), "INF", "A")).isEqualTo(50.0);
    assertThat(value(SurveyIndicators.of(r, List.of(share.unweighted())), "INF", "A"))
        .isEqualTo(25.0);
  }

  @Test
  void shareOfASelectMultipleQuestion_countsRowsChoosingAnyOfTheOptions() {
    List<String> channels = List.of("web", "phone", "office", "dk");
    Responses r =
        six()
            .selectMultiple(
                "how", channels, Set.of("dk"), "web phone", "office", "dk", "phone", "", "web")
            .build();

    SurveyIndicators s =
        SurveyIndicators.of(
            r,
            List.of(
                IndicatorDefinition.share("ONLINE", "how", Direction.POSITIVE, "web", "phone")));

    assertThat(value(s, "ONLINE", "A")).isCloseTo(200.0 / 3, within(1e-12));
    assertThat(s.respondents("ONLINE", "A")).isEqualTo(3);
    assertThat(value(s, "ONLINE", "B")).isEqualTo(100.0);
  }

  @Test
  void meanOfALikertItem_rescaled_takesTheScalesEndsToTheRange() {
    Responses r =
        six().selectOne("easy", LIKERT, Set.of("99"), "1", "5", "3", "99", "4", "").build();

    SurveyIndicators s =
        SurveyIndicators.of(
            r,
            List.of(
                IndicatorDefinition.mean("EASY", "easy", Direction.POSITIVE),
                IndicatorDefinition.mean("EASY100", "easy", Direction.POSITIVE)
                    .rescaledTo(0, 100)));

    assertThat(value(s, "EASY", "A")).isEqualTo(3.0);
    assertThat(value(s, "EASY100", "A")).isEqualTo(50.0);
    assertThat(value(s, "EASY100", "B")).isEqualTo(75.0);
  }

  @Test
  void median_isTheMiddleValue_orTheMeanOfTheTwoMiddleOnes() {
    Responses r = six().number("days", 10, 2, 7, 30, 5, 9).build();

    SurveyIndicators s =
        SurveyIndicators.of(
            r, List.of(IndicatorDefinition.median("DAYS", "days", Direction.NEGATIVE)));

    assertThat(value(s, "DAYS", "A")).isEqualTo(8.5);
    assertThat(value(s, "DAYS", "B")).isEqualTo(7.0);
  }

  @Test
  void weightedMedian_isTheFirstValuePastHalfTheWeight_orTheMeanAtExactlyHalf() {
    double[] x = {1, 2, 3, 4};
    assertThat(WeightedStatistics.median(x, new double[] {1, 1, 1, 5}, 0, 4)).isEqualTo(4.0);
    assertThat(WeightedStatistics.median(x, new double[] {3, 1, 1, 1}, 0, 4)).isEqualTo(1.5);
    assertThat(WeightedStatistics.median(x, new double[] {1, 1, 1, 1}, 0, 4)).isEqualTo(2.5);
    assertThat(WeightedStatistics.median(new double[] {5, 5, 5}, new double[] {1, 1, 1}, 0, 3))
        .isEqualTo(5.0);
  }

  @Test
  void trimmedMean_withoutWeights_dropsFloorNpValuesAtEachEnd_asR() {
    double[] x = {100, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    double[] w = new double[11];
    java.util.Arrays.fill(w, 1);

    assertThat(WeightedStatistics.trimmedMean(x, w, 0, 11, 0.1, false)).isEqualTo(6.0);
    assertThat(WeightedStatistics.trimmedMean(x, w, 0, 11, 0.0, false))
        .isCloseTo(155.0 / 11, within(1e-12));
  }

  @Test
  void trimmedMean_withWeights_trimsThatShareOfTheWeightFromEachEnd() {
    double[] x = {1, 2, 3, 4};
    // W = 4, p = 0.25: the weight 1 of each end goes; 2 and 3 remain
    assertThat(WeightedStatistics.trimmedMean(x, new double[] {1, 1, 1, 1}, 0, 4, 0.25, true))
        .isEqualTo(2.5);
    // W = 8, p = 0.25: 2 trimmed from each end: all of 1 (weight 2); from the top, 4 (weight 1) and
    // half of 3 (weight 2): left 2 (weight 3) and 3 (weight 1)
    assertThat(WeightedStatistics.trimmedMean(x, new double[] {2, 3, 2, 1}, 0, 4, 0.25, true))
        .isEqualTo(2.25);
  }

  @Test
  void shareAbove_isThePercentageStrictlyAboveTheThreshold() {
    Responses r = six().number("days", 10, 2, 7, 30, 5, 9).build();

    SurveyIndicators s =
        SurveyIndicators.of(
            r, List.of(IndicatorDefinition.shareAbove("SLOW", "days", Direction.NEGATIVE, 7)));

    assertThat(value(s, "SLOW", "A")).isEqualTo(50.0);
    assertThat(value(s, "SLOW", "B")).isEqualTo(50.0);
  }

  @Test
  void unitBelowTheMinimumNumberOfRespondents_isMissing_andTheAuditSaysWhy() {
    Responses r = six().number("days", 10, 2, 7, 30, 5, 9).missing("days", 5).build();

    SurveyIndicators s =
        SurveyIndicators.of(
            r,
            List.of(
                IndicatorDefinition.median("DAYS", "days", Direction.NEGATIVE)
                    .withMinRespondents(2)));

    assertThat(s.dataset().value("DAYS", "B")).isEmpty();
    assertThat(s.dataset().value("DAYS", "A")).hasValue(8.5);
    assertThat(s.audit())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditEntry.Action.TOO_FEW_RESPONDENTS);
              assertThat(e.toString())
                  .contains("DAYS, B", "1 respondent answered days", "the 2 required");
            });
  }

  @Test
  void unsuitableDefinitions_areRefusedNamingIndicatorAndQuestion() {
    Responses r =
        six()
            .number("days", 10, 2, 7, 30, 5, 9)
            .selectOne(
                "sector",
                List.of("agri", "industry", "services"),
                Set.of(),
                "agri",
                "agri",
                "agri",
                "agri",
                "agri",
                "agri")
            .build();

    assertThatThrownBy(
            () ->
                SurveyIndicators.of(
                    r, List.of(IndicatorDefinition.share("X", "days", Direction.POSITIVE, "1"))))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("indicator X", "days", "number");
    assertThatThrownBy(
            () ->
                SurveyIndicators.of(
                    r, List.of(IndicatorDefinition.mean("X", "sector", Direction.POSITIVE))))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("indicator X", "option agri of sector is not a number");
    assertThatThrownBy(
            () ->
                SurveyIndicators.of(
                    r,
                    List.of(
                        IndicatorDefinition.share("X", "sector", Direction.POSITIVE, "mining"))))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("mining is not an option of sector");
    assertThatThrownBy(
            () ->
                SurveyIndicators.of(
                    r, List.of(IndicatorDefinition.median("X", "nope", Direction.POSITIVE))))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("indicator X", "no question nope");
    assertThatThrownBy(
            () ->
                SurveyIndicators.of(
                    r,
                    List.of(
                        IndicatorDefinition.median("X", "days", Direction.POSITIVE),
                        IndicatorDefinition.mean("X", "days", Direction.POSITIVE))))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("indicator X is defined twice");
  }

  @Test
  void responses_refuseARespondentRatingAUnitTwice_aRowWithoutAUnit_andAnUnknownCode() {
    assertThatThrownBy(() -> Responses.builder().respondents("R1", "R1").units("A", "A").build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("row 2: respondent R1 rates unit A twice");
    assertThatThrownBy(() -> Responses.builder().respondents("R1", "R2").units("A", "").build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("row 2 (respondent R2) rates no unit");
    assertThatThrownBy(
            () -> six().selectOne("paid", YES_NO, Set.of("98"), "1", "0", "2", "", "1", "1"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("question paid, row 3: 2 is not one of its options");
    assertThatThrownBy(() -> six().weights(1, 1, 0, 1, 1, 1))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("row 3: sampling weight 0.0");
  }

  @Test
  void sortOfValuesAndWeights_ordersTheValues_keepingEachWeightWithItsValue() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    for (int trial = 0; trial < 200; trial++) {
      int n = random.nextInt(1, 300);
      double[] x = new double[n + 4];
      double[] w = new double[n + 4];
      for (int i = 0; i < x.length; i++) {
        x[i] = random.nextInt(40);
        w[i] = x[i] * 1000 + random.nextInt(3); // a weight that names its value
      }
      double[] before = x.clone();
      WeightedStatistics.sort(x, w, 2, n + 2);
      double[] expected = java.util.Arrays.copyOfRange(before, 2, n + 2);
      java.util.Arrays.sort(expected);
      assertThat(java.util.Arrays.copyOfRange(x, 2, n + 2)).containsExactly(expected);
      for (int i = 2; i < n + 2; i++) {
        assertThat(Math.floor(w[i] / 1000)).isEqualTo(x[i]);
      }
      assertThat(x[0]).isEqualTo(before[0]);
      assertThat(x[n + 3]).isEqualTo(before[n + 3]);
    }
  }

  @Test
  void responses_refuseANullIdOrUnitByRow_andDoNotChangeWhenTheirBuilderIsUsedAgain() {
    assertThatThrownBy(() -> Responses.builder().respondents("R1", null).units("A", "A").build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("row 2 has no respondent id");
    assertThatThrownBy(() -> Responses.builder().respondents("R1", "R2").units("A", null).build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("row 2 (respondent R2) rates no unit");

    Responses.Builder b =
        Responses.builder().respondents("R1", "R2").units("A", "A").number("days", 1, 2);
    Responses r = b.build();
    b.missing("days", 0);
    assertThat(r.number("days", 0)).hasValue(1.0);
  }
}
