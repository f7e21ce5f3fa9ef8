package vn.ddci.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.InsufficientDataException;
import vn.ddci.engine.Aggregate;
import vn.ddci.engine.Normalise;
import vn.ddci.engine.Pipeline;
import vn.ddci.framework.Component;
import vn.ddci.framework.Frameworks;
import vn.ddci.goal.GainSplit;
import vn.ddci.goal.Likelihood;
import vn.ddci.goal.RankTarget;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Unit;
import vn.ddci.survey.IllustrativeDdci;
import vn.ddci.survey.Responses;
import vn.ddci.survey.SurveyIndex;
import vn.ddci.survey.SyntheticSurvey;

/**
 * The probability of reaching a target rank, tested by its definition: no reference tool has it.
 */
class TargetProbabilityTest {
  private static final List<String> UNITS = SyntheticSurvey.LANG_SON_DEPARTMENTS.subList(0, 8);
  private static final Pipeline MIN_MAX =
      Pipeline.of(
          Normalise.minMax(1, 10).whenConstant(Normalise.Constant.MIDDLE),
          Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE));
  private static final SurveyIndex DDCI =
      SurveyIndex.of(Frameworks.LANG_SON_DEPARTMENT_BLOCK, IllustrativeDdci.indicators(), MIN_MAX);
  private static final Responses ANSWERS = SyntheticSurvey.generate(17, 2023, UNITS, 30, false);
  private static final String ROOT = SurveyIndex.ROOT;

  private static Replications reps(int n) {
    return Replications.of(n).withSeed(11).withThreads(2);
  }

  /** The units' codes, best nominal total first. */
  private static List<String> byNominalTotal() {
    Uncertainty u = SurveyBootstrap.of(DDCI, ANSWERS, Replications.of(1).withSeed(1));
    List<String> codes = new ArrayList<>(u.units());
    codes.sort(
        (a, b) ->
            Double.compare(
                u.distribution(ROOT, a).nominalRank().getAsDouble(),
                u.distribution(ROOT, b).nominalRank().getAsDouble()));
    return codes;
  }

  private static BigDecimal dec(String v) {
    return new BigDecimal(v);
  }

  @Test
  void withNoGain_theProbabilities_areTheBootstrapsShares_onTheSameSeed() {
    String unit = byNominalTotal().get(3);
    Uncertainty u = SurveyBootstrap.of(DDCI, ANSWERS, reps(120));
    TargetProbability p =
        TargetProbability.planner(DDCI, ANSWERS, unit)
            .target(ROOT, RankTarget.rank(3))
            .target("TRANSPARENCY", RankTarget.aboveMedian())
            .run(reps(120));

    Distribution total = u.distribution(ROOT, unit);
    assertThat(p.likelihood(ROOT).probability()).isEqualTo(total.probabilityInTop(3));
    assertThat(p.likelihood(ROOT).nominallyMet()).isFalse(); // nominally 4th
    assertThat(p.likelihood("TRANSPARENCY").probability())
        .isEqualTo(u.distribution("TRANSPARENCY", unit).probabilityAboveMedian());
    assertThat(p.likelihood(ROOT).replications()).isEqualTo(120);
    assertThat(p.likelihood(ROOT).blockSize()).isEqualTo(8);
    assertThat(p.measures()).containsExactly(ROOT, "TRANSPARENCY");
  }

  @Test
  void aUnitFarAboveItsTarget_withNoGain_isAlmostSureToMeetIt() {
    String best = byNominalTotal().get(0);
    Likelihood l =
        TargetProbability.planner(DDCI, ANSWERS, best)
            .target(ROOT, RankTarget.outOfBottom(3))
            .run(reps(150))
            .likelihood(ROOT);
    assertThat(l.nominallyMet()).isTrue();
    assertThat(l.probability()).isGreaterThanOrEqualTo(0.95);
    assertThat(l.standardError()).isLessThanOrEqualTo(Math.sqrt(0.05 * 0.95 / 150) + 1e-12);
  }

  @Test
  void aTargetNoRankMeets_hasProbabilityZero_andRankN_hasOne() {
    String worst = byNominalTotal().get(7);
    TargetProbability p =
        TargetProbability.planner(DDCI, ANSWERS, worst)
            .gain("TRANSPARENCY", dec("3"))
            .target(ROOT, RankTarget.outOfBottom(8)) // no rank of 8 is out of the bottom 8
            .target("TRANSPARENCY", RankTarget.rank(8))
            .run(reps(60));
    assertThat(p.likelihood(ROOT).probability()).isZero();
    assertThat(p.likelihood(ROOT).nominallyMet()).isFalse();
    assertThat(p.likelihood(ROOT).standardError()).isZero();
    assertThat(p.likelihood("TRANSPARENCY").probability()).isEqualTo(1.0);
  }

  @Test
  void gainsBeyondTheScale_reachTheTopRank_inEveryReplication() {
    String worst = byNominalTotal().get(7);
    TargetProbability.Planner plan = TargetProbability.planner(DDCI, ANSWERS, worst);
    for (Component c : Frameworks.LANG_SON_DEPARTMENTS.components()) {
      plan.gain(c.code(), dec("50")); // capped at 10: the unit tops every component, 100 the total
    }
    TargetProbability p =
        plan.target(ROOT, RankTarget.rank(1)).target("TIME_COST", RankTarget.rank(1)).run(reps(80));
    assertThat(p.likelihood(ROOT).probability()).isEqualTo(1.0);
    assertThat(p.likelihood(ROOT).nominallyMet()).isTrue();
    assertThat(p.likelihood("TIME_COST").probability()).isEqualTo(1.0);
  }

  @Test
  void aGainOfTheTotalAlone_movesTheTotal_notTheComponents() {
    String worst = byNominalTotal().get(7);
    TargetProbability p =
        TargetProbability.planner(DDCI, ANSWERS, worst)
            .totalGain(dec("100"))
            .target(ROOT, RankTarget.rank(1))
            .target("TRANSPARENCY", RankTarget.rank(1))
            .run(reps(60));
    assertThat(p.likelihood(ROOT).probability()).isEqualTo(1.0);
    assertThat(p.likelihood("TRANSPARENCY").nominallyMet()).isFalse();
    assertThat(p.likelihood("TRANSPARENCY").probability()).isLessThan(1.0);
  }

  @Test
  void unitsWhoseRespondentsAllAnswerAlike_haveProbabilityZeroOrOne_equalToTheNominalVerdict() {
    SurveyIndex index = AlikeSurvey.index(MIN_MAX);
    Responses alike = AlikeSurvey.answers();
    int checked = 0;
    for (String gain : List.of("0", "2", "4", "4.5", "5", "8")) {
      TargetProbability.Planner plan = TargetProbability.planner(index, alike, "U0");
      for (Component c : Frameworks.LANG_SON_DEPARTMENTS.components()) {
        plan.gain(c.code(), dec(gain));
      }
      for (int k = 1; k <= 5; k++) {
        Likelihood l = plan.target(ROOT, RankTarget.rank(k)).run(reps(20)).likelihood(ROOT);
        assertThat(l.probability()).as("gain %s, rank %s", gain, k).isIn(0.0, 1.0);
        assertThat(l.probability() == 1.0)
            .as("gain %s, rank %s", gain, k)
            .isEqualTo(l.nominallyMet());
        checked += l.nominallyMet() ? 1 : 0;
      }
    }
    // gain 4 → 5.0: 4th (5.5 ahead); gain 4.5 → 5.5: shares 3rd with U2 (competition)
    Likelihood fourth = oneRun(index, alike, "4", RankTarget.rank(4));
    Likelihood third = oneRun(index, alike, "4", RankTarget.rank(3));
    Likelihood shared = oneRun(index, alike, "4.5", RankTarget.rank(3));
    assertThat(fourth.nominallyMet()).isTrue();
    assertThat(third.nominallyMet()).isFalse();
    assertThat(shared.nominallyMet()).isTrue();
    assertThat(checked).isGreaterThan(0).isLessThan(30);
  }

  private static Likelihood oneRun(
      SurveyIndex index, Responses answers, String gain, RankTarget target) {
    TargetProbability.Planner plan = TargetProbability.planner(index, answers, "U0");
    for (Component c : Frameworks.LANG_SON_DEPARTMENTS.components()) {
      plan.gain(c.code(), dec(gain));
    }
    return plan.target(ROOT, target).run(reps(10)).likelihood(ROOT);
  }

  @Test
  void theThreadCount_changesNothing() {
    String unit = byNominalTotal().get(3);
    TargetProbability.Planner plan =
        TargetProbability.planner(DDCI, ANSWERS, unit)
            .gain("TRANSPARENCY", dec("1"))
            .gain("TIME_COST", dec("1.1"))
            .target(ROOT, RankTarget.rank(3))
            .target("TRANSPARENCY", RankTarget.rank(2));
    TargetProbability one = plan.run(Replications.of(100).withSeed(3).withThreads(1));
    TargetProbability two = plan.run(Replications.of(100).withSeed(3).withThreads(2));
    assertThat(two.likelihoods()).isEqualTo(one.likelihoods());
    assertThat(one.likelihood("TRANSPARENCY").probability()).isStrictlyBetween(0.0, 1.0);
  }

  @Test
  void largerPlannedGains_neverLowerTheProbability() {
    String unit = byNominalTotal().get(3); // 4th of 8, its rank interval [4, 4]
    double previousTotal = -1;
    double previousComponent = -1;
    List<Double> seen = new ArrayList<>();
    for (String g : List.of("0", "0.25", "0.5", "0.75", "1", "1.5", "2", "3")) {
      TargetProbability.Planner plan = TargetProbability.planner(DDCI, ANSWERS, unit);
      for (Component c : Frameworks.LANG_SON_DEPARTMENTS.components()) {
        plan.gain(c.code(), dec(g));
      }
      TargetProbability p =
          plan.target(ROOT, RankTarget.rank(3))
              .target("TRANSPARENCY", RankTarget.rank(2))
              .run(reps(80));
      double total = p.likelihood(ROOT).probability();
      double component = p.likelihood("TRANSPARENCY").probability();
      assertThat(total).as("gain %s", g).isGreaterThanOrEqualTo(previousTotal);
      assertThat(component).as("gain %s", g).isGreaterThanOrEqualTo(previousComponent);
      previousTotal = total;
      previousComponent = component;
      seen.add(total);
    }
    assertThat(seen.get(0)).isZero();
    assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
    assertThat(seen).anyMatch(x -> x > 0 && x < 1);
  }

  @Test
  void aSplitFromLastYearsTable_plansItsGains() {
    ResultTable table = DDCI.score(ANSWERS, java.time.Year.of(2023)).table();
    String code = byNominalTotal().get(5);
    Unit unit = table.get(ANSWERS.unitName(code).orElseThrow()).unit();
    GainSplit split = GainSplit.planner(table, unit).split(dec("4"));
    TargetProbability.Planner withSplit =
        TargetProbability.planner(DDCI, ANSWERS, code)
            .gains(split)
            .target(ROOT, RankTarget.rank(3));
    TargetProbability.Planner byHand = TargetProbability.planner(DDCI, ANSWERS, code);
    split.gains().forEach((c, g) -> byHand.gain(c.code(), g));
    byHand.target(ROOT, RankTarget.rank(3));
    assertThat(withSplit.run(reps(40)).likelihoods()).isEqualTo(byHand.run(reps(40)).likelihoods());

    String other = byNominalTotal().get(0);
    assertThatThrownBy(() -> TargetProbability.planner(DDCI, ANSWERS, other).gains(split))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("the split is for '" + unit.name() + "'");
  }

  @Test
  void badInput_isRefused_namingWhatIsWrong() {
    assertThatThrownBy(() -> TargetProbability.planner(DDCI, ANSWERS, "U99"))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessageContaining("unit U99 has no respondents");
    TargetProbability.Planner plan = TargetProbability.planner(DDCI, ANSWERS, "U01");
    assertThatThrownBy(() -> plan.run(reps(5)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("no target");
    assertThatThrownBy(() -> plan.target("NOPE", RankTarget.rank(1)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("NOPE is neither the total");
    assertThatThrownBy(() -> plan.gain("NOPE", BigDecimal.ONE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("no component NOPE");
    assertThatThrownBy(() -> plan.gain("TRANSPARENCY", dec("-0.5")))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("TRANSPARENCY: a planned gain must be 0 or more, got -0.5");
    assertThatThrownBy(() -> plan.totalGain(dec("-1"))).isInstanceOf(DdciValidationException.class);
    assertThatThrownBy(() -> plan.target(ROOT, RankTarget.rank(9)).run(reps(5)))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("target rank 9 is beyond the block's 8 units");
    TargetProbability p = plan.target(ROOT, RankTarget.rank(2)).run(reps(5));
    assertThatThrownBy(() -> p.likelihood("TRANSPARENCY"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("no target on TRANSPARENCY");
  }
}
