package vn.ddci.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.engine.Aggregate;
import vn.ddci.engine.Normalise;
import vn.ddci.engine.Pipeline;
import vn.ddci.framework.Frameworks;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;

class SyntheticSurveyTest {
  private static final Pipeline PIPELINE =
      Pipeline.of(
          Normalise.minMax(1, 10),
          Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE));

  private static SurveyIndex ddci() {
    return SurveyIndex.of(
        Frameworks.LANG_SON_DEPARTMENT_BLOCK, IllustrativeDdci.indicators(), PIPELINE);
  }

  @Test
  void illustrativeSurvey_has64ItemsOverTheEightComponents() {
    assertThat(IllustrativeDdci.indicators()).hasSize(8);
    assertThat(IllustrativeDdci.indicators().values().stream().mapToInt(List::size).sum())
        .isEqualTo(64);
    assertThat(ddci().tree().indicators()).hasSize(64);
  }

  @Test
  void generatedSurvey_isTheSameForTheSameSeed_andDiffersForAnotherYear() {
    Responses a =
        SyntheticSurvey.generate(7, 2023, SyntheticSurvey.LANG_SON_DEPARTMENTS, 40, false);
    Responses b =
        SyntheticSurvey.generate(7, 2023, SyntheticSurvey.LANG_SON_DEPARTMENTS, 40, false);
    Responses c =
        SyntheticSurvey.generate(7, 2024, SyntheticSurvey.LANG_SON_DEPARTMENTS, 40, false);

    assertThat(a.size()).isEqualTo(25 * 40);
    assertThat(a.units()).hasSize(25);
    assertThat(a.respondents().stream().distinct().count()).isLessThan(a.size());
    for (int row = 0; row < a.size(); row++) {
      assertThat(b.chosen("tm2", row)).isEqualTo(a.chosen("tm2", row));
      assertThat(b.number("tg1", row)).isEqualTo(a.number("tg1", row));
    }
    boolean differs = false;
    for (int row = 0; row < a.size() && !differs; row++) {
      differs = !a.chosen("tm2", row).equals(c.chosen("tm2", row));
    }
    assertThat(differs).isTrue();
  }

  @Test
  void generatedSurvey_scoredByTheIllustrativeIndex_givesTheBlocksTable() {
    Responses r =
        SyntheticSurvey.generate(2024, 2023, SyntheticSurvey.LANG_SON_DEPARTMENTS, 80, true);

    SurveyIndex.Result result = ddci().score(r, Year.of(2023));

    ResultTable t = result.table();
    assertThat(t.scorecards()).hasSize(25);
    assertThat(t.scorecards().get(0).unit().name()).isEqualTo("Sở Ngoại vụ");
    for (Scorecard card : t.scorecards()) {
      card.scores()
          .values()
          .forEach(s -> assertThat(s.value()).isBetween(BigDecimal.ONE, BigDecimal.TEN));
      assertThat(card.givenTotal().orElseThrow().value())
          .isBetween(BigDecimal.TEN, BigDecimal.valueOf(100));
    }
    assertThat(result.indicators().respondents("TM2", "U01")).isBetween(60, 80);
  }

  @Test
  void fewRespondentsPerUnit_leaveIndicatorsMissing_andTheEngineRenormalises() {
    Responses r =
        SyntheticSurvey.generate(
            3, 2023, SyntheticSurvey.LANG_SON_DEPARTMENTS.subList(0, 5), 11, false);

    SurveyIndex.Result result =
        SurveyIndex.of(
                Frameworks.LANG_SON_DEPARTMENT_BLOCK,
                IllustrativeDdci.indicators(),
                Pipeline.of(
                    Normalise.minMax(1, 10).whenConstant(Normalise.Constant.MIDDLE),
                    Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE)))
            .score(r, Year.of(2023));

    assertThat(result.indicators().audit()).isNotEmpty();
    assertThat(result.auditTrail()).contains("fewer than the 10 required");
    assertThat(result.table().scorecards()).hasSize(5);
    assertThat(result.build().audit())
        .anyMatch(e -> e.action() == vn.ddci.engine.AuditEntry.Action.CHILDREN_MISSING);
  }

  @Test
  void indicators_areTheSameOnOneThreadAndOnFour() throws Exception {
    Responses r = SyntheticSurvey.generate(9, 2023, SyntheticSurvey.LANG_SON_DEPARTMENTS, 40, true);
    List<IndicatorDefinition> all = ddci().definitions();

    java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
    java.util.concurrent.ForkJoinPool four = new java.util.concurrent.ForkJoinPool(4);
    try {
      SurveyIndicators a = one.submit(() -> SurveyIndicators.of(r, all)).get();
      SurveyIndicators b = four.submit(() -> SurveyIndicators.of(r, all)).get();
      assertThat(b.dataset()).isEqualTo(a.dataset());
      assertThat(b.audit()).isEqualTo(a.audit());
    } finally {
      one.shutdown();
      four.shutdown();
    }
  }
}
