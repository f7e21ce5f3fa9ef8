package vn.ddci.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ddci.engine.Aggregate;
import vn.ddci.engine.Direction;
import vn.ddci.engine.Normalise;
import vn.ddci.engine.Pipeline;
import vn.ddci.engine.Scores;
import vn.ddci.framework.Frameworks;

/**
 * A unit whose answers all improve never scores lower, through the whole chain: answers →
 * indicators → min-max normalisation → arithmetic means of components and the total.
 *
 * <p>The pipeline has no winsorisation on purpose: winsorising is decided from the column's
 * skewness and kurtosis, so a unit's much better answer can make its column skewed and be pulled
 * back below where it stood; min-max alone is non-decreasing in the unit's own value, whatever the
 * others' values, and so is a weighted mean.
 */
class SurveyScoreProperties {
  private static final List<String> UNITS = SyntheticSurvey.LANG_SON_DEPARTMENTS.subList(0, 6);
  private static final Map<String, List<IndicatorDefinition>> INDICATORS =
      IllustrativeDdci.indicators();
  private static final SurveyIndex INDEX =
      SurveyIndex.of(
          Frameworks.LANG_SON_DEPARTMENT_BLOCK,
          INDICATORS,
          Pipeline.of(
              Normalise.minMax(1, 10).whenConstant(Normalise.Constant.MIDDLE),
              Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE)));

  @Test
  void aUnitWhoseAnswersAllImprove_neverScoresLower_inAnyComponentOrTheTotal() {
    qt().withExamples(25)
        .forAll(longs().all(), integers().between(0, UNITS.size() - 1))
        .checkAssert(
            (seed, k) -> {
              Responses before = SyntheticSurvey.generate(seed, 2023, UNITS, 25, seed % 2 == 0);
              String unit = before.units().get(k);
              Responses after = improved(before, unit);
              Scores s0 = INDEX.score(before, Year.of(2023)).build().scores();
              Scores s1 = INDEX.score(after, Year.of(2023)).build().scores();
              int changed = 0;
              for (vn.ddci.engine.Node aggregate : s0.tree().aggregates()) {
                String node = aggregate.code();
                double x0 = s0.score(node, unit).orElse(Double.NaN);
                double x1 = s1.score(node, unit).orElse(Double.NaN);
                assertThat(Double.isNaN(x1)).as(node).isEqualTo(Double.isNaN(x0));
                assertThat(x1)
                    .as("%s of %s, seed %s", node, unit, seed)
                    .isGreaterThanOrEqualTo(x0 - 1e-9);
                changed += x1 > x0 + 1e-9 ? 1 : 0;
              }
              assertThat(changed).as("some score rose, so the answers did change").isPositive();
            });
  }

  /** The answers with every answer of one unit's rows moved one step the indicator calls better. */
  private static Responses improved(Responses r, String unit) {
    Map<String, IndicatorDefinition> byQuestion = new HashMap<>();
    Set<String> conflicting = new HashSet<>();
    INDICATORS.values().stream()
        .flatMap(List::stream)
        .forEach(
            d -> {
              IndicatorDefinition before = byQuestion.put(d.question(), d);
              if (before != null && before.direction() != d.direction()) {
                conflicting.add(d.question());
              }
            });
    int n = r.size();
    Responses.Builder b =
        Responses.builder().respondents(r.respondents().toArray(new String[0])).units(rowUnits(r));
    for (String u : r.units()) {
      r.unitName(u).ifPresent(name -> b.unitName(u, name));
    }
    if (r.isWeighted()) {
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        w[i] = r.weight(i);
      }
      b.weights(w);
    }
    for (String q : r.questions()) {
      IndicatorDefinition d = conflicting.contains(q) ? null : byQuestion.get(q);
      if (r.isSingle(q)) {
        Responses.Options o = r.options(q);
        Set<String> nonAnswers = nonAnswers(o);
        String[] answers = new String[n];
        for (int i = 0; i < n; i++) {
          String a = r.chosen(q, i).orElse(null);
          boolean mine = r.unit(i).equals(unit);
          answers[i] =
              mine && a != null && d != null && !nonAnswers.contains(a) ? better(d, o, a) : a;
        }
        b.selectOne(q, o.codes, nonAnswers, answers);
      } else if (r.isMultiple(q)) {
        Responses.Options o = r.options(q);
        Set<String> nonAnswers = nonAnswers(o);
        String[] answers = new String[n];
        for (int i = 0; i < n; i++) {
          answers[i] = r.isAnswered(q, i) ? String.join(" ", r.chosenAll(q, i)) : null;
        }
        b.selectMultiple(q, o.codes, nonAnswers, answers); // left as it was: no worse
      } else {
        double[] values = new double[n];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          double v = r.number(q, i).orElse(Double.NaN);
          if (Double.isNaN(v)) {
            missing.add(i);
            v = 0;
          } else if (r.unit(i).equals(unit) && d != null) {
            v = d.direction() == Direction.POSITIVE ? v * 1.2 + 1 : v * 0.7;
          }
          values[i] = v;
        }
        b.number(q, values).missing(q, missing.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    return b.build();
  }

  private static String[] rowUnits(Responses r) {
    String[] u = new String[r.size()];
    for (int i = 0; i < u.length; i++) {
      u[i] = r.unit(i);
    }
    return u;
  }

  /** The option one step better than a for d: into its counted options, or a point up the scale. */
  private static String better(IndicatorDefinition d, Responses.Options o, String a) {
    boolean up = d.direction() == Direction.POSITIVE;
    if (d.statistic() == IndicatorDefinition.Statistic.SHARE) {
      boolean counted = d.options().contains(a);
      if (counted == up) {
        return a;
      }
      for (int k = 0; k < o.codes.size(); k++) {
        String c = o.codes.get(k);
        if (!o.nonAnswer[k] && d.options().contains(c) == up) {
          return c;
        }
      }
      return a;
    }
    double v = o.value[o.index.get(a)];
    String best = a;
    double step = Double.POSITIVE_INFINITY;
    for (int k = 0; k < o.codes.size(); k++) {
      double w = o.value[k];
      double gain = up ? w - v : v - w;
      if (!o.nonAnswer[k] && gain > 0 && gain < step) {
        best = o.codes.get(k);
        step = gain;
      }
    }
    return best;
  }

  private static Set<String> nonAnswers(Responses.Options o) {
    Set<String> codes = new HashSet<>();
    for (int k = 0; k < o.codes.size(); k++) {
      if (o.nonAnswer[k]) {
        codes.add(o.codes.get(k));
      }
    }
    return codes;
  }
}
