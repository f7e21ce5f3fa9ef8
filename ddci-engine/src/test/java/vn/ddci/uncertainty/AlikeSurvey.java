package vn.ddci.uncertainty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ddci.engine.Direction;
import vn.ddci.engine.Pipeline;
import vn.ddci.framework.Component;
import vn.ddci.framework.Frameworks;
import vn.ddci.survey.IndicatorDefinition;
import vn.ddci.survey.Responses;
import vn.ddci.survey.SurveyIndex;

/**
 * Five units whose twelve respondents each answer alike (unit u answers 1 + u to the one question
 * of every component), so that resampling respondents changes nothing: U0 … U4 score 1, 3.25, 5.5,
 * 7.75 and 10 on every component under min-max to [1, 10].
 */
final class AlikeSurvey {
  private AlikeSurvey() {}

  /** The index: one mean of the question "q" per component of Lạng Sơn's departments. */
  static SurveyIndex index(Pipeline pipeline) {
    Map<String, List<IndicatorDefinition>> oneItemEach = new LinkedHashMap<>();
    for (Component c : Frameworks.LANG_SON_DEPARTMENTS.components()) {
      oneItemEach.put(
          c.code(), List.of(IndicatorDefinition.mean(c.code() + "_1", "q", Direction.POSITIVE)));
    }
    return SurveyIndex.of(Frameworks.LANG_SON_DEPARTMENT_BLOCK, oneItemEach, pipeline);
  }

  /** The answers: unit u's twelve respondents all answer 1 + u. */
  static Responses answers() {
    List<String> ids = new ArrayList<>();
    List<String> units = new ArrayList<>();
    List<String> answers = new ArrayList<>();
    for (int u = 0; u < 5; u++) {
      for (int r = 0; r < 12; r++) {
        ids.add("R" + u + "_" + r);
        units.add("U" + u);
        answers.add(String.valueOf(1 + u));
      }
    }
    return Responses.builder()
        .respondents(ids.toArray(new String[0]))
        .units(units.toArray(new String[0]))
        .selectOne("q", List.of("1", "2", "3", "4", "5"), Set.of(), answers.toArray(new String[0]))
        .build();
  }
}
