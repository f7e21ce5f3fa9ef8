package vn.ddci.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ddci.engine.Direction;

/** Invariants of indicators computed from answers, on random surveys. */
class SurveyIndicatorsProperties {
  private static final List<String> LIKERT = List.of("1", "2", "3", "4", "5", "99");
  private static final List<IndicatorDefinition> DEFINITIONS =
      List.of(
          IndicatorDefinition.share("S", "q", Direction.POSITIVE, "4", "5"),
          IndicatorDefinition.mean("M", "q", Direction.POSITIVE).rescaledTo(0, 100),
          IndicatorDefinition.median("MD", "days", Direction.NEGATIVE),
          IndicatorDefinition.trimmedMean("T", "days", Direction.NEGATIVE, 0.1),
          IndicatorDefinition.shareAbove("A", "days", Direction.NEGATIVE, 10));

  /** A survey of rows (unit, Likert code, days), in the given order. */
  private record Row(String id, String unit, String likert, double days) {}

  private static List<Row> rows(long seed, int n) {
    Random random = new Random(seed);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String likert = random.nextInt(8) == 0 ? "99" : String.valueOf(1 + random.nextInt(5));
      rows.add(new Row("R" + i, "U" + random.nextInt(4), likert, 1 + random.nextInt(30)));
    }
    return rows;
  }

  private static SurveyIndicators indicators(List<Row> rows) {
    Responses r =
        Responses.builder()
            .respondents(rows.stream().map(Row::id).toArray(String[]::new))
            .units(rows.stream().map(Row::unit).toArray(String[]::new))
            .selectOne(
                "q", LIKERT, Set.of("99"), rows.stream().map(Row::likert).toArray(String[]::new))
            .number("days", rows.stream().mapToDouble(Row::days).toArray())
            .build();
    return SurveyIndicators.of(r, DEFINITIONS);
  }

  private static void assertSameValues(SurveyIndicators a, SurveyIndicators b) {
    for (IndicatorDefinition d : DEFINITIONS) {
      for (String u : a.dataset().units()) {
        double x = a.dataset().value(d.code(), u).orElse(Double.NaN);
        double y = b.dataset().value(d.code(), u).orElse(Double.NaN);
        assertThat(y).as(d.code() + "/" + u).isCloseTo(x, within(1e-9));
      }
    }
  }

  @Test
  void permutingTheRows_changesNoIndicator() {
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(8, 200))
        .checkAssert(
            (seed, n) -> {
              List<Row> rows = rows(seed, n);
              List<Row> shuffled = new ArrayList<>(rows);
              Collections.shuffle(shuffled, new Random(seed + 1));
              assertSameValues(indicators(rows), indicators(shuffled));
            });
  }

  @Test
  void duplicatingEveryRespondent_changesNoShareMeanOrMedian() {
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(8, 200))
        .checkAssert(
            (seed, n) -> {
              List<Row> rows = rows(seed, n);
              List<Row> twice = new ArrayList<>(rows);
              rows.forEach(r -> twice.add(new Row(r.id() + "'", r.unit(), r.likert(), r.days())));
              SurveyIndicators a = indicators(rows);
              SurveyIndicators b = indicators(twice);
              for (String code : List.of("S", "M", "MD", "A")) {
                for (String u : a.dataset().units()) {
                  assertThat(b.dataset().value(code, u).orElse(Double.NaN))
                      .as(code + "/" + u)
                      .isCloseTo(a.dataset().value(code, u).orElse(Double.NaN), within(1e-9));
                }
              }
            });
  }

  @Test
  void aUnitWhoseAnswersAllImprove_neverScoresWorse() {
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(8, 200))
        .checkAssert(
            (seed, n) -> {
              List<Row> rows = rows(seed, n);
              List<Row> better = new ArrayList<>();
              for (Row r : rows) {
                boolean up = r.unit().equals("U0");
                String likert =
                    up && !r.likert().equals("99") && !r.likert().equals("5")
                        ? String.valueOf(Integer.parseInt(r.likert()) + 1)
                        : r.likert();
                better.add(
                    new Row(r.id(), r.unit(), likert, up ? Math.max(1, r.days() - 3) : r.days()));
              }
              SurveyIndicators a = indicators(rows);
              SurveyIndicators b = indicators(better);
              if (!a.dataset().hasUnit("U0")) {
                return;
              }
              for (IndicatorDefinition d : DEFINITIONS) {
                double before = a.dataset().value(d.code(), "U0").orElse(Double.NaN);
                double after = b.dataset().value(d.code(), "U0").orElse(Double.NaN);
                assertThat(Double.isNaN(after)).as(d.code()).isEqualTo(Double.isNaN(before));
                if (Double.isNaN(before)) {
                  continue; // no one answered: missing before and after
                }
                if (d.direction() == Direction.POSITIVE) {
                  assertThat(after).as(d.code()).isGreaterThanOrEqualTo(before - 1e-9);
                } else {
                  assertThat(after).as(d.code()).isLessThanOrEqualTo(before + 1e-9);
                }
              }
            });
  }
}
