package vn.ddci.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.assessment.Confidence;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.engine.Aggregate;
import vn.ddci.engine.Direction;
import vn.ddci.engine.Normalise;
import vn.ddci.engine.Pipeline;
import vn.ddci.framework.Component;
import vn.ddci.framework.Frameworks;
import vn.ddci.survey.IndicatorDefinition;
import vn.ddci.survey.Responses;
import vn.ddci.survey.SurveyIndex;

/** The change between two years, bootstrapped: by its definition and on a planted improvement. */
class ChangeUncertaintyTest {
  private static final List<String> LIKERT = List.of("1", "2", "3", "4", "5");
  private static final SurveyIndex INDEX;

  static {
    Map<String, List<IndicatorDefinition>> items = new LinkedHashMap<>();
    for (Component c : Frameworks.LANG_SON_DEPARTMENTS.components()) {
      items.put(
          c.code(),
          List.of(IndicatorDefinition.mean(c.code() + "_1", c.code(), Direction.POSITIVE)));
    }
    INDEX =
        SurveyIndex.of(
            Frameworks.LANG_SON_DEPARTMENT_BLOCK,
            items,
            Pipeline.of(
                Normalise.minMax(1, 10).whenConstant(Normalise.Constant.MIDDLE),
                Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE)));
  }

  /** Six units of 40 respondents; unit k's answers centre on 1.5 + 0.5·k, plus lift for unit U0. */
  private static Responses survey(long seed, double lift, int units) {
    Random random = new Random(seed);
    List<String> ids = new ArrayList<>();
    List<String> unitOf = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      for (int r = 0; r < 40; r++) {
        ids.add("R" + u + "_" + r);
        unitOf.add("U" + u);
      }
    }
    Responses.Builder b =
        Responses.builder()
            .respondents(ids.toArray(new String[0]))
            .units(unitOf.toArray(new String[0]));
    for (int u = 0; u < units; u++) {
      b.unitName("U" + u, "Sở " + (char) ('A' + u));
    }
    for (Component c : Frameworks.LANG_SON_DEPARTMENTS.components()) {
      String[] answers = new String[ids.size()];
      for (int i = 0; i < answers.length; i++) {
        int u = i / 40;
        double centre = 1.5 + 0.5 * u + (u == 0 ? lift : 0);
        long point = Math.round(centre + random.nextGaussian() * 0.9);
        answers[i] = String.valueOf(Math.max(1, Math.min(5, point)));
      }
      b.selectOne(c.code(), LIKERT, Set.of(), answers);
    }
    return b.build();
  }

  @Test
  void aPlantedImprovement_isSignificant_andAnUnchangedUnitsChangeIsNot() {
    Responses before = survey(1, 0, 6);
    Responses after = survey(2, 2.5, 6);

    ChangeUncertainty c =
        ChangeUncertainty.of(
            INDEX, before, Year.of(2022), after, Year.of(2023), Replications.of(300).withSeed(4));

    Change u0 = c.change(SurveyIndex.ROOT, "U0");
    assertThat(u0.nominalScoreChange()).isPositive();
    assertThat(u0.nominalRankChange()).isGreaterThanOrEqualTo(3);
    assertThat(u0.probabilityScoreRose()).isGreaterThan(0.99);
    assertThat(u0.rankChangeIsSignificant(0.9)).isTrue();
    assertThat(u0.rankChangeInterval(0.9).lower()).isPositive();

    Change u5 = c.change(SurveyIndex.ROOT, "U5");
    assertThat(u5.scoreChangeInterval(0.9).contains(0) || u5.scoreChangeInterval(0.9).upper() < 0)
        .as("U5's answers did not improve: %s", u5)
        .isTrue();
    assertThat(u5.probabilityScoreRose()).isLessThan(0.95);
    assertThat(c.measures()).hasSize(9);
    assertThat(c.units()).hasSize(6);
  }

  @Test
  void theSameSurveyTwice_changesNothingNominally_andNoChangeIsSignificant() {
    Responses same = survey(7, 0, 5);

    ChangeUncertainty c =
        ChangeUncertainty.of(
            INDEX, same, Year.of(2022), same, Year.of(2023), Replications.of(200).withSeed(3));

    for (String unit : c.units()) {
      Change ch = c.change(SurveyIndex.ROOT, unit);
      assertThat(ch.nominalScoreChange()).isZero();
      assertThat(ch.nominalRankChange()).isZero();
      assertThat(ch.scoreChangeInterval(0.9).contains(0)).as(unit).isTrue();
      assertThat(ch.probabilityScoreRose()).as(unit).isBetween(0.2, 0.8);
    }
  }

  @Test
  void theSameSeed_givesTheSameChanges_onOneTwoAndEightThreads() {
    Responses before = survey(1, 0, 4);
    Responses after = survey(2, 1, 4);
    List<ChangeUncertainty> runs = new ArrayList<>();
    for (int threads : new int[] {1, 2, 8}) {
      runs.add(
          ChangeUncertainty.of(
              INDEX,
              before,
              Year.of(2022),
              after,
              Year.of(2023),
              Replications.of(40).withSeed(9).withThreads(threads)));
    }
    for (String unit : runs.get(0).units()) {
      for (String measure : runs.get(0).measures()) {
        Change one = runs.get(0).change(measure, unit);
        for (ChangeUncertainty other : runs.subList(1, 3)) {
          Change c = other.change(measure, unit);
          assertThat(c.scoreChangeInterval(0.8)).isEqualTo(one.scoreChangeInterval(0.8));
          assertThat(c.rankChangeInterval(0.8)).isEqualTo(one.rankChangeInterval(0.8));
          assertThat(c.probabilityScoreRose()).isEqualTo(one.probabilityScoreRose());
        }
      }
    }
  }

  @Test
  void theConfidence_goesIntoTheAssessment_ofThisYear() {
    Responses before = survey(1, 0, 6);
    Responses after = survey(2, 2.5, 6);
    Map<Year, Responses> years = new LinkedHashMap<>();
    years.put(Year.of(2022), before);
    years.put(Year.of(2023), after);
    Map<Year, SurveyIndex.Result> tables = INDEX.scorePooled(years);
    UnitAssessment a =
        UnitAssessment.of(
            tables.get(Year.of(2023)).table(), tables.get(Year.of(2022)).table(), "Sở A");
    ChangeUncertainty c =
        ChangeUncertainty.of(
            INDEX, before, Year.of(2022), after, Year.of(2023), Replications.of(200).withSeed(4));

    UnitAssessment with = c.attachTo(a, "U0", 0.9);

    Confidence total = with.total().confidence().orElseThrow();
    assertThat(total.level()).isEqualTo(0.9);
    assertThat(total.rankChangeIsSignificant()).isTrue();
    assertThat(total.rankChangeFrom()).isPositive();
    assertThat(total.rankFrom()).isLessThanOrEqualTo(with.total().standing().rank());
    assertThat(total.rankTo()).isGreaterThanOrEqualTo(with.total().standing().rank());
    assertThat(total.method()).contains("2022 and 2023", "200 replications", "seed 4");
    assertThat(with.components().values()).allMatch(m -> m.confidence().isPresent());
    assertThat(a.total().confidence()).isEmpty();
    assertThat(with.total().toString()).contains("rank change +");
    assertThatThrownBy(() -> c.attachTo(a, "U9", 0.9))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("unit U9");
  }

  @Test
  void aUnitWithoutRespondentsInAYear_orYearsOutOfOrder_areRefusedNamingThem() {
    Responses six = survey(1, 0, 6);
    Responses five = survey(2, 0, 5);
    Replications r = Replications.of(10);

    assertThatThrownBy(
            () -> ChangeUncertainty.of(INDEX, five, Year.of(2022), six, Year.of(2023), r))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("unit U5 has no respondents in 2022");
    assertThatThrownBy(
            () -> ChangeUncertainty.of(INDEX, six, Year.of(2022), five, Year.of(2023), r))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("unit U5 has no respondents in 2023");
    assertThatThrownBy(() -> ChangeUncertainty.of(INDEX, six, Year.of(2023), six, Year.of(2023), r))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("last year 2023 is not before 2023");
  }
}
