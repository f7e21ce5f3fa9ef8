package vn.ddci.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.engine.Aggregate;
import vn.ddci.engine.Direction;
import vn.ddci.engine.Normalise;
import vn.ddci.engine.Pipeline;
import vn.ddci.framework.Component;
import vn.ddci.framework.Frameworks;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;

class SurveyIndexTest {
  private static final List<String> LIKERT = List.of("1", "2", "3", "4", "5");
  private static final Pipeline PIPELINE =
      Pipeline.of(
          Normalise.minMax(1, 10),
          Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE));

  /** One Likert item per component of Lạng Sơn's department block, named after it. */
  private static Map<String, List<IndicatorDefinition>> oneItemEach() {
    Map<String, List<IndicatorDefinition>> m = new LinkedHashMap<>();
    for (Component c : Frameworks.LANG_SON_DEPARTMENTS.components()) {
      m.put(
          c.code(),
          List.of(IndicatorDefinition.mean(c.code() + "_1", c.code(), Direction.POSITIVE)));
    }
    return m;
  }

  /** Three units; unit B answers 5 everywhere, A 3, C 1 (two respondents each). */
  private static Responses answers() {
    Responses.Builder b =
        Responses.builder()
            .respondents("r1", "r2", "r3", "r4", "r5", "r6")
            .units("A", "A", "B", "B", "C", "C")
            .unitName("A", "Sở A")
            .unitName("B", "Sở B")
            .unitName("C", "Sở C");
    for (Component c : Frameworks.LANG_SON_DEPARTMENTS.components()) {
      b.selectOne(c.code(), LIKERT, Set.of(), "3", "3", "5", "5", "1", "1");
    }
    return b.build();
  }

  @Test
  void score_goesFromAnswersToTheBlocksTable_withTheBestUnitFirst() {
    SurveyIndex ddci =
        SurveyIndex.of(Frameworks.LANG_SON_DEPARTMENT_BLOCK, oneItemEach(), PIPELINE);

    SurveyIndex.Result r = ddci.score(answers(), Year.of(2023));

    ResultTable t = r.table();
    assertThat(t.scorecards())
        .extracting(s -> s.unit().name())
        .containsExactly("Sở A", "Sở B", "Sở C");
    Scorecard b = t.scorecards().get(1);
    for (Component c : Frameworks.LANG_SON_DEPARTMENTS.components()) {
      assertThat(b.scores().get(c).value()).isEqualByComparingTo("10");
      assertThat(t.scorecards().get(0).scores().get(c).value()).isEqualByComparingTo("5.5");
    }
    assertThat(b.givenTotal().orElseThrow().value()).isEqualByComparingTo("100");
    assertThat(t.scorecards().get(2).givenTotal().orElseThrow().value()).isEqualByComparingTo("10");
    assertThat(r.indicators().respondents("TRANSPARENCY_1", "B")).isEqualTo(2);
    assertThat(r.auditTrail()).startsWith("Indicators: SurveyIndicators[8 indicators × 3 units");
  }

  @Test
  void tree_isTheRootTheFrameworksComponentsAndEachOnesIndicators() {
    SurveyIndex ddci =
        SurveyIndex.of(Frameworks.LANG_SON_DEPARTMENT_BLOCK, oneItemEach(), PIPELINE);

    assertThat(ddci.tree().root().code()).isEqualTo(SurveyIndex.ROOT);
    assertThat(ddci.tree().children(SurveyIndex.ROOT)).hasSize(8);
    assertThat(ddci.tree().children("TIME_COST"))
        .extracting(n -> n.code())
        .containsExactly("TIME_COST_1");
  }

  @Test
  void aComponentWithoutIndicators_orNotOfTheFramework_isRefusedNamingIt() {
    Map<String, List<IndicatorDefinition>> m = oneItemEach();
    m.remove("LEADERSHIP");
    assertThatThrownBy(() -> SurveyIndex.of(Frameworks.LANG_SON_DEPARTMENT_BLOCK, m, PIPELINE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessage("component LEADERSHIP has no indicator");

    Map<String, List<IndicatorDefinition>> extra = oneItemEach();
    extra.put("LAND_ACCESS", List.of(IndicatorDefinition.mean("L", "L", Direction.POSITIVE)));
    assertThatThrownBy(() -> SurveyIndex.of(Frameworks.LANG_SON_DEPARTMENT_BLOCK, extra, PIPELINE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("LAND_ACCESS is not a component of");
  }
}
