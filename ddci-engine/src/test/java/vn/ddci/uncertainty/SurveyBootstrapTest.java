package vn.ddci.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.engine.Aggregate;
import vn.ddci.engine.Normalise;
import vn.ddci.engine.Pipeline;
import vn.ddci.framework.Frameworks;
import vn.ddci.survey.IllustrativeDdci;
import vn.ddci.survey.Responses;
import vn.ddci.survey.SurveyIndex;
import vn.ddci.survey.SyntheticSurvey;

/** The respondent bootstrap, tested by its definition: there is no reference tool. */
class SurveyBootstrapTest {
  private static final List<String> UNITS = SyntheticSurvey.LANG_SON_DEPARTMENTS.subList(0, 8);
  private static final Pipeline MIN_MAX =
      Pipeline.of(
          Normalise.minMax(1, 10).whenConstant(Normalise.Constant.MIDDLE),
          Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE));
  private static final SurveyIndex DDCI =
      SurveyIndex.of(Frameworks.LANG_SON_DEPARTMENT_BLOCK, IllustrativeDdci.indicators(), MIN_MAX);

  @Test
  void unitsWhoseRespondentsAllAnswerAlike_haveZeroWidthIntervals_andTheirNominalRank() {
    SurveyIndex index = AlikeSurvey.index(MIN_MAX);
    Responses alike = AlikeSurvey.answers();

    Uncertainty u = SurveyBootstrap.of(index, alike, Replications.of(200).withSeed(5));

    for (String measure : u.measures()) {
      for (Distribution d : u.distributions(measure)) {
        assertThat(d.scoreInterval(0.9).width()).as("%s %s", measure, d.unit()).isZero();
        assertThat(d.rankInterval(0.9).width()).isZero();
        assertThat(d.scoreQuantile(0.5)).isEqualTo(d.nominalScore().getAsDouble());
        assertThat(d.rankQuantile(0.5)).isEqualTo(d.nominalRank().getAsDouble());
      }
    }
    assertThat(u.distribution(SurveyIndex.ROOT, "U4").nominalRank()).hasValue(1);
    assertThat(u.distribution(SurveyIndex.ROOT, "U4").probabilityInTop(1)).isEqualTo(1.0);
    assertThat(u.distribution(SurveyIndex.ROOT, "U0").probabilityAboveMedian()).isZero();
  }

  private static double meanWidth(int ratingsPerUnit) {
    Responses answers = SyntheticSurvey.generate(17, 2023, UNITS, ratingsPerUnit, false);
    Uncertainty u = SurveyBootstrap.of(DDCI, answers, Replications.of(150).withSeed(9));
    return u.distributions(SurveyIndex.ROOT).stream()
        .mapToDouble(d -> d.scoreInterval(0.9).width())
        .average()
        .orElseThrow();
  }

  @Test
  void intervalsShrinkAsRespondentsGrow_likeOneOverTheSquareRootOfN() {
    double at40 = meanWidth(40);
    double at160 = meanWidth(160);

    assertThat(at40 / at160)
        .as("four times the respondents: about half the width")
        .isBetween(1.5, 2.7);
  }

  @Test
  void theNominalScore_liesInsideIts99PercentInterval_forEveryUnitAndMeasure() {
    Responses answers = SyntheticSurvey.generate(3, 2023, UNITS, 60, true);
    Uncertainty u = SurveyBootstrap.of(DDCI, answers, Replications.of(300).withSeed(1));

    assertThat(u.measures()).hasSize(9).startsWith(SurveyIndex.ROOT);
    for (String measure : u.measures()) {
      for (Distribution d : u.distributions(measure)) {
        assertThat(d.scoreInterval(0.99).contains(d.nominalScore().getAsDouble()))
            .as("%s of %s: %s", measure, d.unit(), d)
            .isTrue();
      }
    }
    Distribution total = u.distributions(SurveyIndex.ROOT).get(0);
    assertThat(total.scoreInterval(0.9).width()).isPositive();
    assertThat(total.nominalScore().getAsDouble())
        .as("the total on its 0-100 scale")
        .isBetween(10.0, 100.0);
  }

  @Test
  void theSameSeed_givesTheSameNumbers_onOneTwoAndEightThreads() {
    Responses answers = SyntheticSurvey.generate(4, 2023, UNITS, 30, true);
    List<Uncertainty> runs = new ArrayList<>();
    for (int threads : new int[] {1, 2, 8}) {
      runs.add(
          SurveyBootstrap.of(DDCI, answers, Replications.of(40).withSeed(21).withThreads(threads)));
    }
    for (String measure : runs.get(0).measures()) {
      for (String unit : runs.get(0).units()) {
        double[] one = runs.get(0).distribution(measure, unit).scores();
        assertThat(runs.get(1).distribution(measure, unit).scores()).isEqualTo(one);
        assertThat(runs.get(2).distribution(measure, unit).scores()).isEqualTo(one);
      }
    }
  }

  @Test
  void oneStratumForEveryRow_drawsAsNoStratum_andAnUnknownAttributeIsRefused() {
    Responses answers = SyntheticSurvey.generate(4, 2023, UNITS, 20, false);
    String[] all = new String[answers.size()];
    java.util.Arrays.fill(all, "x");
    Responses oneStratum = answers.withAttribute("toan_bo", all);
    Replications r = Replications.of(30).withSeed(8).withThreads(2);

    Uncertainty plain = SurveyBootstrap.of(DDCI, answers, r);
    Uncertainty stratified = SurveyBootstrap.stratified(DDCI, oneStratum, "toan_bo", r);
    Uncertainty bySize = SurveyBootstrap.stratified(DDCI, answers, "quy_mo", r);

    for (String unit : plain.units()) {
      assertThat(stratified.distribution(SurveyIndex.ROOT, unit).scores())
          .isEqualTo(plain.distribution(SurveyIndex.ROOT, unit).scores());
    }
    assertThat(bySize.what()).contains("quy_mo");
    assertThatThrownBy(() -> SurveyBootstrap.stratified(DDCI, answers, "nganh_nghe", r))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("no attribute nganh_nghe");
  }

  @Test
  void aCancelledBootstrap_endsWithoutAResult() {
    Responses answers = SyntheticSurvey.generate(4, 2023, UNITS, 20, false);
    java.util.concurrent.atomic.AtomicInteger seen =
        new java.util.concurrent.atomic.AtomicInteger();
    Replications r =
        Replications.of(500)
            .withThreads(2)
            .withProgress((done, total) -> seen.set(done))
            .withCancellation(() -> seen.get() >= 50);

    assertThatThrownBy(() -> SurveyBootstrap.of(DDCI, answers, r))
        .isInstanceOf(java.util.concurrent.CancellationException.class)
        .hasMessageContaining("of 500 replications");
  }
}
