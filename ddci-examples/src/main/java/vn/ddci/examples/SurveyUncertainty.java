package vn.ddci.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Component;
import vn.ddci.framework.Measure;
import vn.ddci.goal.GainSplit;
import vn.ddci.goal.RankTarget;
import vn.ddci.goal.Requirement;
import vn.ddci.goal.WhatItTakes;
import vn.ddci.ranking.BlockRanking;
import vn.ddci.ranking.MedianClass;
import vn.ddci.ranking.Standing;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;
import vn.ddci.survey.Responses;
import vn.ddci.survey.SurveyIndex;
import vn.ddci.survey.SyntheticSurvey;
import vn.ddci.text.PlanText;
import vn.ddci.uncertainty.Change;
import vn.ddci.uncertainty.ChangeUncertainty;
import vn.ddci.uncertainty.Interval;
import vn.ddci.uncertainty.Replications;
import vn.ddci.uncertainty.TargetProbability;

/**
 * Is a rank change real? The <b>synthetic</b> survey of {@link SurveyDdci} (25 departments, 2022
 * and 2023, seeded) bootstrapped: both years' respondents resampled within each department, each
 * pair of years scored as the table is; the 2023 table with each department's 90 % rank interval
 * and its rank change's interval; then Sở Ngoại vụ's section II stating the intervals and which
 * changes are significant; then the chances of its 2024 targets with the proposed split.
 *
 * <p>Run it with {@code mvn -q -DskipTests -pl ddci-examples -am package exec:java
 * -Dexec.mainClass=vn.ddci.examples.SurveyUncertainty}.
 */
public final class SurveyUncertainty {
  /** The bootstrap's replications. */
  public static final int REPLICATIONS = 500;

  /** The confidence level. */
  public static final double LEVEL = 0.9;

  private SurveyUncertainty() {}

  /**
   * Prints the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = Console.utf8();
    Map<Year, vn.ddci.survey.SurveyIndex.Result> results = SurveyDdci.results();
    ChangeUncertainty change = analysis();
    out.println(
        "Độ bất định của DDCI 2023 — "
            + SyntheticSurvey.LABEL
            + "; bootstrap "
            + REPLICATIONS
            + " lần lặp, hạt giống "
            + SurveyDdci.SEED);
    out.println();
    table(results.get(Year.of(2023)).table(), change).forEach(out::println);
    out.println();
    UnitAssessment a = assessment(results, change);
    out.println(a.unit().name() + " (dữ liệu tổng hợp, minh hoạ):");
    PlanText text = PlanText.vietnamese();
    text.sectionII(a).forEach(out::println);
    out.println(text.confidenceNote(a));
    out.println(text.significantChanges(a));
    out.println();
    targets(text).forEach(out::println);
  }

  /**
   * Returns the chances of Sở Ngoại vụ's 2024 targets with the proposed split (as {@link
   * SeedAssessment#proposedGoals} proposes it, on the synthetic 2023 table): rank 10/25 for the
   * total, the median rank for each component below it; each probability from the bootstrap of the
   * 2023 respondents, the split's gains added.
   *
   * @param text the plan's words
   * @return the proposed goal table with its split, a heading, then a line per target
   */
  public static List<String> targets(PlanText text) {
    Responses answers = SurveyDdci.answers(2023);
    ResultTable table = SurveyDdci.index().score(answers, Year.of(2023)).table();
    Unit unit = table.get(SyntheticSurvey.LANG_SON_DEPARTMENTS.get(0)).unit();
    WhatItTakes takes = WhatItTakes.from(table);
    Requirement total = takes.requirement(unit, Measure.total(), RankTarget.rank(10));
    List<Requirement> requirements = new ArrayList<>(List.of(total));
    GainSplit.Planner planner = GainSplit.planner(table, unit);
    TargetProbability.Planner chances =
        TargetProbability.planner(SurveyDdci.index(), answers, SyntheticSurvey.unitCode(0));
    chances.target(SurveyIndex.ROOT, RankTarget.rank(10));
    for (Component c : table.block().framework().components()) {
      Requirement r = takes.requirement(unit, Measure.of(c), RankTarget.median());
      if (r.standing().medianClass() == MedianClass.BELOW) {
        requirements.add(r);
        r.gain().ifPresent(g -> planner.fix(c, g));
        chances.target(c.code(), RankTarget.median());
      }
    }
    GainSplit split = planner.split(total.gain().orElse(BigDecimal.ZERO));
    TargetProbability p =
        chances.gains(split).run(Replications.of(REPLICATIONS).withSeed(SurveyDdci.SEED));
    List<String> lines =
        new ArrayList<>(
            text.withIllustrativeLabel("dữ liệu tổng hợp, minh hoạ")
                .proposedGoals(Year.of(2024), requirements, split));
    lines.add("Khả năng đạt mục tiêu năm 2024 với phân bổ đề xuất (dữ liệu tổng hợp, minh hoạ):");
    p.likelihoods().forEach(l -> lines.add("- " + text.targetLikelihood(l)));
    return lines;
  }

  /**
   * Returns the bootstrap of 2022 and 2023.
   *
   * @return the change of every department
   */
  public static ChangeUncertainty analysis() {
    return ChangeUncertainty.of(
        SurveyDdci.index(),
        SurveyDdci.answers(2022),
        Year.of(2022),
        SurveyDdci.answers(2023),
        Year.of(2023),
        Replications.of(REPLICATIONS).withSeed(SurveyDdci.SEED));
  }

  /**
   * Returns Sở Ngoại vụ's 2023 assessment carrying the intervals.
   *
   * @param results the tables of 2022 and 2023
   * @param change the bootstrap
   * @return the assessment
   */
  public static UnitAssessment assessment(
      Map<Year, vn.ddci.survey.SurveyIndex.Result> results, ChangeUncertainty change) {
    UnitAssessment a =
        UnitAssessment.of(
            results.get(Year.of(2023)).table(),
            results.get(Year.of(2022)).table(),
            SyntheticSurvey.LANG_SON_DEPARTMENTS.get(0));
    return change.attachTo(a, SyntheticSurvey.unitCode(0), LEVEL);
  }

  /**
   * Returns the 2023 table with each department's rank interval and rank change interval.
   *
   * @param table the 2023 table
   * @param change the bootstrap
   * @return the lines
   */
  public static List<String> table(ResultTable table, ChangeUncertainty change) {
    BlockRanking ranking = BlockRanking.of(table);
    List<String> lines = new ArrayList<>();
    lines.add("Hạng   Tổng điểm  Hạng (KTC 90 %)  Thay đổi hạng (KTC 90 %)     Đơn vị");
    List<Scorecard> cards = new ArrayList<>(table.scorecards());
    cards.sort(
        (x, y) ->
            Integer.compare(
                ranking.standing(x.unit(), Measure.total()).rank(),
                ranking.standing(y.unit(), Measure.total()).rank()));
    List<String> names = SyntheticSurvey.LANG_SON_DEPARTMENTS;
    for (Scorecard card : cards) {
      Standing s = ranking.standing(card.unit(), Measure.total());
      BigDecimal total = card.givenTotal().orElseThrow().value();
      String code = SyntheticSurvey.unitCode(names.indexOf(card.unit().name()));
      Change c = change.change(SurveyIndex.ROOT, code);
      Interval rank = c.rankInterval(LEVEL).widenedToWhole();
      Interval moved = c.rankChangeInterval(LEVEL).widenedToWhole();
      lines.add(
          String.format(
              Locale.ROOT,
              "%-5s  %9s  %6d – %-6d  %+4.0f (%+3.0f … %+3.0f)%s  %s",
              s.format(),
              PlanText.vietnamese().numberStyle().figure(total, 2),
              (int) rank.lower(),
              (int) rank.upper(),
              c.nominalRankChange(),
              moved.lower(),
              moved.upper(),
              c.rankChangeIsSignificant(LEVEL) ? " *" : "  ",
              card.unit().name()));
    }
    lines.add("* thay đổi thứ hạng có ý nghĩa thống kê ở mức 90 %");
    return lines;
  }
}
