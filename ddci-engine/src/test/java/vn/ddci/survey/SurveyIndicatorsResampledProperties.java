package vn.ddci.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.engine.Direction;

/**
 * A resample's indicators, row i counted m[i] times, are those of the survey that holds each row
 * that many times: every statistic, weighted or not, and the respondents counted.
 */
class SurveyIndicatorsResampledProperties {
  private static final List<String> LIKERT = List.of("1", "2", "3", "4", "5", "99");
  private static final List<IndicatorDefinition> DEFINITIONS =
      List.of(
          IndicatorDefinition.share("S", "q", Direction.POSITIVE, "4", "5"),
          IndicatorDefinition.mean("M", "q", Direction.POSITIVE).rescaledTo(0, 100),
          IndicatorDefinition.median("MD", "days", Direction.NEGATIVE),
          IndicatorDefinition.trimmedMean("T", "days", Direction.NEGATIVE, 0.1),
          IndicatorDefinition.trimmedMean("TU", "days", Direction.NEGATIVE, 0.2).unweighted(),
          IndicatorDefinition.shareAbove("A", "days", Direction.NEGATIVE, 10)
              .withMinRespondents(3));

  private record Row(String id, String unit, String likert, double days, double weight) {}

  private static Responses survey(List<Row> rows) {
    double[] days = rows.stream().mapToDouble(Row::days).toArray();
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < days.length; i++) {
      if (Double.isNaN(days[i])) {
        missing.add(i);
        days[i] = 0;
      }
    }
    return Responses.builder()
        .respondents(rows.stream().map(Row::id).toArray(String[]::new))
        .units(rows.stream().map(Row::unit).toArray(String[]::new))
        .weights(rows.stream().mapToDouble(Row::weight).toArray())
        .selectOne("q", LIKERT, Set.of("99"), rows.stream().map(Row::likert).toArray(String[]::new))
        .number("days", days)
        .missing("days", missing.stream().mapToInt(Integer::intValue).toArray())
        .build();
  }

  @Test
  void aResamplesIndicators_areThoseOfTheSurveyHoldingEachRowThatManyTimes() {
    qt().withExamples(150)
        .forAll(longs().all(), integers().between(4, 120))
        .checkAssert(
            (seed, n) -> {
              Random random = new Random(seed);
              List<Row> rows = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                rows.add(
                    new Row(
                        "R" + i,
                        "U" + random.nextInt(3),
                        random.nextInt(7) == 0 ? "99" : String.valueOf(1 + random.nextInt(5)),
                        random.nextInt(9) == 0 ? Double.NaN : 1 + random.nextInt(25),
                        0.5 + random.nextInt(4) * 0.5));
              }
              int[] m = new int[n];
              List<Row> expanded = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                m[i] = random.nextInt(4); // 0 leaves the row out
                for (int j = 0; j < m[i]; j++) {
                  Row r = rows.get(i);
                  expanded.add(
                      new Row(r.id() + "#" + j, r.unit(), r.likert(), r.days(), r.weight()));
                }
              }
              SurveyIndicators resampled = SurveyIndicators.resampled(survey(rows), DEFINITIONS, m);
              if (expanded.isEmpty()) {
                return;
              }
              SurveyIndicators direct = SurveyIndicators.of(survey(expanded), DEFINITIONS);
              for (String u : direct.dataset().units()) {
                for (IndicatorDefinition d : DEFINITIONS) {
                  assertThat(resampled.respondents(d.code(), u))
                      .as("%s/%s", d.code(), u)
                      .isEqualTo(direct.respondents(d.code(), u));
                  double x = direct.dataset().value(d.code(), u).orElse(Double.NaN);
                  double y = resampled.dataset().value(d.code(), u).orElse(Double.NaN);
                  if (Double.isNaN(x)) {
                    assertThat(y).as("%s/%s", d.code(), u).isNaN();
                  } else {
                    assertThat(y).as("%s/%s", d.code(), u).isCloseTo(x, within(1e-9));
                  }
                }
              }
            });
  }

  @Test
  void countsOfOneForEveryRow_giveTheIndicatorsThemselves_andBadCountsAreRefused() {
    List<Row> rows =
        List.of(
            new Row("A", "U1", "4", 3, 1),
            new Row("B", "U1", "2", 8, 2),
            new Row("C", "U2", "5", 12, 1));
    Responses r = survey(rows);
    SurveyIndicators of = SurveyIndicators.of(r, DEFINITIONS);
    SurveyIndicators ones = SurveyIndicators.resampled(r, DEFINITIONS, new int[] {1, 1, 1});
    for (IndicatorDefinition d : DEFINITIONS) {
      for (String u : List.of("U1", "U2")) {
        assertThat(ones.dataset().value(d.code(), u)).isEqualTo(of.dataset().value(d.code(), u));
      }
    }
    assertThatThrownBy(() -> SurveyIndicators.resampled(r, DEFINITIONS, new int[] {1, -1, 1}))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("row 2 is counted -1 times");
    assertThatThrownBy(() -> SurveyIndicators.resampled(r, DEFINITIONS, new int[] {1, 1}))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("2 counts for 3 rows");
  }
}
