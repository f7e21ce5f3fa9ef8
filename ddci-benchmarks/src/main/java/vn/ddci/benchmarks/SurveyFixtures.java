package vn.ddci.benchmarks;

import java.util.ArrayList;
import java.util.List;
import vn.ddci.engine.Aggregate;
import vn.ddci.engine.Normalise;
import vn.ddci.engine.Pipeline;
import vn.ddci.engine.Treat;
import vn.ddci.framework.Frameworks;
import vn.ddci.survey.IllustrativeDdci;
import vn.ddci.survey.SurveyIndex;

/** What the survey benchmarks share: unit names and the illustrative index. */
final class SurveyFixtures {
  private SurveyFixtures() {}

  /** "Đơn vị 1" … "Đơn vị n". */
  static List<String> units(int n) {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      names.add("Đơn vị " + (k + 1));
    }
    return names;
  }

  /** The illustrative indicators of Lạng Sơn's department block: winsorised, min-max, means. */
  static SurveyIndex index() {
    return SurveyIndex.of(
        Frameworks.LANG_SON_DEPARTMENT_BLOCK,
        IllustrativeDdci.indicators(),
        Pipeline.of(
            Treat.winsorise(),
            Normalise.minMax(1, 10),
            Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE)));
  }
}
