package vn.ddci.uncertainty;

import static vn.ddci.internal.Checks.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.ddci.assessment.Confidence;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.engine.Build;
import vn.ddci.engine.Dataset;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Measure;
import vn.ddci.framework.RankingRule;
import vn.ddci.survey.Resampler;
import vn.ddci.survey.Responses;
import vn.ddci.survey.SurveyIndex;
import vn.ddci.survey.SurveyIndicators;

/**
 * Is a change between two years real? (thay đổi có thực chất không?) Both years' surveys are
 * bootstrapped independently — rows drawn with replacement within each unit, each year — and scored
 * together as {@link SurveyIndex#scorePooled} scores them (bounds pooled over the two years); each
 * replication gives every unit's score change and rank change on the total and each component.
 *
 * <pre>{@code
 * ChangeUncertainty c = ChangeUncertainty.of(ddci, answers2022, Year.of(2022), answers2023,
 *     Year.of(2023), Replications.of(1000).withSeed(7));
 * c.change(SurveyIndex.ROOT, "U01").rankChangeInterval(0.9);   // [3.0, 11.0] (90 %)
 * c.change(SurveyIndex.ROOT, "U01").probabilityScoreRose();    // 0.99
 * UnitAssessment withIntervals = c.attachTo(assessment, "U01", 0.9);
 * }</pre>
 *
 * <p>Published results without the survey's answers give no interval: there is nothing to resample,
 * and an assessment made from them carries no {@link Confidence}.
 */
public final class ChangeUncertainty {
  private final String what;
  private final Replications settings;
  private final Year before;
  private final Year after;
  private final ByMeasureAndUnit<Change> changes;

  private ChangeUncertainty(
      String what,
      Replications settings,
      Year before,
      Year after,
      List<String> measures,
      List<String> units,
      List<Change> changes) {
    this.what = what;
    this.settings = settings;
    this.before = before;
    this.after = after;
    this.changes = new ByMeasureAndUnit<>(measures, units, changes, Change::measure, Change::unit);
  }

  /**
   * Bootstraps two years' surveys and scores each replication's pair of years together.
   *
   * @param index the index
   * @param lastYearAnswers last year's answers
   * @param lastYear last year
   * @param answers this year's answers
   * @param year this year, after last year
   * @param replications how many, seed, threads
   * @return every unit's change on the total and each component
   * @throws vn.ddci.DdciValidationException naming the unit and year when a unit has respondents in
   *     one year and none in the other, when the years are not in order, and as {@link
   *     SurveyIndex#scorePooled} does
   */
  public static ChangeUncertainty of(
      SurveyIndex index,
      Responses lastYearAnswers,
      Year lastYear,
      Responses answers,
      Year year,
      Replications replications) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(lastYearAnswers, "lastYearAnswers");
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(replications, "replications");
    checkArgument(lastYear.isBefore(year), "last year %s is not before %s", lastYear, year);
    for (String u : answers.units()) {
      checkArgument(
          lastYearAnswers.units().contains(u),
          "unit %s has no respondents in %s: its change cannot be estimated",
          u,
          lastYear);
    }
    for (String u : lastYearAnswers.units()) {
      checkArgument(
          answers.units().contains(u),
          "unit %s has no respondents in %s: its change cannot be estimated",
          u,
          year);
    }
    Framework f = index.block().framework();
    double totalFactor = f.totalMax().doubleValue() / f.componentMax().doubleValue();
    List<String> measures = new ArrayList<>();
    measures.add(SurveyIndex.ROOT);
    f.components().stream().map(Component::code).forEach(measures::add);
    int m = measures.size();
    Map<Year, Responses> years = new LinkedHashMap<>();
    years.put(lastYear, lastYearAnswers);
    years.put(year, answers);
    Map<Year, SurveyIndex.Result> nominal = index.scorePooled(years);
    List<String> units = nominal.get(year).build().scores().units();
    List<String> lastUnits = nominal.get(lastYear).build().scores().units();
    int u = units.size();
    int[] lastIndex = units.stream().mapToInt(lastUnits::indexOf).toArray();
    List<String> names = new ArrayList<>();
    units.forEach(x -> names.add(answers.unitName(x).orElse(x)));
    int[] byName = Ranks.nameOrder(names);
    RankingRule rule = index.block().rankingRule();
    int reps = replications.count();
    double[][][] scoreChange = new double[m][u][reps];
    double[][][] rankChange = new double[m][u][reps];
    double[][][] rank = new double[m][u][reps];
    int[][] lastCells = SurveyBootstrap.cells(lastYearAnswers, Optional.empty());
    int[][] cells = SurveyBootstrap.cells(answers, Optional.empty());
    String what = "bootstrap of respondents within unit, " + lastYear + " and " + year;
    Resampler lastResampler = SurveyIndicators.resampler(lastYearAnswers, index.definitions());
    Resampler resampler = SurveyIndicators.resampler(answers, index.definitions());
    Runner.replicate(
        what,
        replications,
        () -> new Pair(lastYearAnswers.size(), answers.size(), m, u, new Ranks(rule, byName)),
        (w, r, random) -> {
          draw(lastCells, w.lastCounts, random);
          draw(cells, w.counts, random);
          Dataset d0 = lastResampler.resample(w.lastCounts).dataset();
          Dataset d1 = resampler.resample(w.counts).dataset();
          List<Build> builds = index.pipeline().runPooled(index.tree(), List.of(d0, d1));
          SurveyBootstrap.measure(builds.get(0).scores(), measures, totalFactor, w.lastScores);
          SurveyBootstrap.measure(builds.get(1).scores(), measures, totalFactor, w.scores);
          for (int k = 0; k < m; k++) {
            w.align(k, lastIndex);
            w.ranker.rank(w.lastAligned, w.lastRank, w.competition);
            w.ranker.rank(w.scores[k], w.rank, w.competition);
            for (int i = 0; i < u; i++) {
              scoreChange[k][i][r] = w.scores[k][i] - w.lastAligned[i];
              rankChange[k][i][r] = w.lastRank[i] - w.rank[i];
              rank[k][i][r] = w.rank[i];
            }
          }
        });
    Pair nominalPair = new Pair(0, 0, m, u, new Ranks(rule, byName));
    SurveyBootstrap.measure(
        nominal.get(lastYear).build().scores(), measures, totalFactor, nominalPair.lastScores);
    SurveyBootstrap.measure(
        nominal.get(year).build().scores(), measures, totalFactor, nominalPair.scores);
    Change[] all = new Change[m * u];
    double[][] nominalScoreChange = new double[m][u];
    double[][] nominalRankChange = new double[m][u];
    for (int k = 0; k < m; k++) {
      nominalPair.align(k, lastIndex);
      nominalPair.ranker.rank(
          nominalPair.lastAligned, nominalPair.lastRank, nominalPair.competition);
      nominalPair.ranker.rank(nominalPair.scores[k], nominalPair.rank, nominalPair.competition);
      for (int i = 0; i < u; i++) {
        nominalScoreChange[k][i] = nominalPair.scores[k][i] - nominalPair.lastAligned[i];
        nominalRankChange[k][i] = nominalPair.lastRank[i] - nominalPair.rank[i];
      }
    }
    Runner.parallel(
        what,
        m * u,
        replications.threads(),
        c -> {
          int k = c / u;
          int i = c % u;
          all[c] =
              new Change(
                  units.get(i),
                  measures.get(k),
                  nominalScoreChange[k][i],
                  nominalRankChange[k][i],
                  withoutNaN(scoreChange[k][i]),
                  withoutNaN(rankChange[k][i]),
                  withoutNaN(rank[k][i]),
                  reps);
        });
    return new ChangeUncertainty(
        what, replications, lastYear, year, measures, units, Arrays.asList(all));
  }

  private static void draw(int[][] cells, int[] counts, java.util.SplittableRandom random) {
    Arrays.fill(counts, 0);
    for (int[] cell : cells) {
      for (int j = 0; j < cell.length; j++) {
        counts[cell[random.nextInt(cell.length)]]++;
      }
    }
  }

  private static double[] withoutNaN(double[] values) {
    return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
  }

  /** One worker's scratch space: both years' counts, scores and ranks. */
  private static final class Pair {
    final int[] lastCounts;
    final int[] counts;
    final double[][] lastScores;
    final double[][] scores;
    final double[] lastAligned;
    final double[] lastRank;
    final double[] rank;
    final double[] competition;
    final Ranks ranker;

    Pair(int lastRows, int rows, int measures, int units, Ranks ranker) {
      this.lastCounts = new int[lastRows];
      this.counts = new int[rows];
      this.lastScores = new double[measures][units];
      this.scores = new double[measures][units];
      this.lastAligned = new double[units];
      this.lastRank = new double[units];
      this.rank = new double[units];
      this.competition = new double[units];
      this.ranker = ranker;
    }

    /** Last year's scores of measure k in this year's unit order. */
    void align(int k, int[] lastIndex) {
      for (int i = 0; i < lastIndex.length; i++) {
        lastAligned[i] = lastScores[k][lastIndex[i]];
      }
    }
  }

  /**
   * Returns what was resampled.
   *
   * @return e.g. "bootstrap of respondents within unit, 2022 and 2023"
   */
  public String what() {
    return what;
  }

  /**
   * Returns the number of replications.
   *
   * @return the count
   */
  public int replications() {
    return settings.count();
  }

  /**
   * Returns the measures: the root's code for the total, then the components'.
   *
   * @return the measures
   */
  public List<String> measures() {
    return changes.measures();
  }

  /**
   * Returns the units, in this year's order.
   *
   * @return their codes
   */
  public List<String> units() {
    return changes.units();
  }

  /**
   * Returns a unit's change on a measure.
   *
   * @param measure the root's code or a component's
   * @param unit a unit's code
   * @return the change
   * @throws vn.ddci.DdciValidationException if the measure or the unit is not in the analysis
   */
  public Change change(String measure, String unit) {
    return changes.get(measure, unit);
  }

  /**
   * Returns a unit's confidence on a measure, as a plan's assessment carries it: whole ranks
   * (widened outwards), score changes at two decimals (widened outwards).
   *
   * @param measure the root's code or a component's
   * @param unit a unit's code
   * @param level in (0, 1), e.g. 0.9
   * @return the confidence
   * @throws vn.ddci.DdciValidationException if the level is outside (0, 1), or as {@link #change}
   */
  public Confidence confidence(String measure, String unit, double level) {
    Change c = change(measure, unit);
    Interval rank = c.rankInterval(level).widenedToWhole();
    Interval moved = c.rankChangeInterval(level).widenedToWhole();
    Interval score = c.scoreChangeInterval(level);
    return Confidence.builder()
        .level(level)
        .method(what + ", " + settings.count() + " replications, seed " + settings.seed())
        .rankFrom((int) rank.lower())
        .rankTo((int) rank.upper())
        .rankChangeFrom((int) moved.lower())
        .rankChangeTo((int) moved.upper())
        .scoreChangeFrom(BigDecimal.valueOf(score.lower()).setScale(2, RoundingMode.FLOOR))
        .scoreChangeTo(BigDecimal.valueOf(score.upper()).setScale(2, RoundingMode.CEILING))
        .probabilityScoreRose(c.probabilityScoreRose())
        .probabilityRankRose(c.probabilityRankRose())
        .build();
  }

  /**
   * Returns an assessment of this year with the unit's confidence on the total and every component.
   *
   * @param assessment the unit's assessment of this year
   * @param unit the unit's code in the answers
   * @param level in (0, 1), e.g. 0.9
   * @return the assessment carrying the confidences
   * @throws vn.ddci.DdciValidationException if the assessment is of another year, or as {@link
   *     #confidence}
   */
  public UnitAssessment attachTo(UnitAssessment assessment, String unit, double level) {
    Objects.requireNonNull(assessment, "assessment");
    checkArgument(
        assessment.year().equals(after),
        "the assessment is of %s, the analysis of %s",
        assessment.year(),
        after);
    Map<Measure, Confidence> all = new LinkedHashMap<>();
    all.put(Measure.total(), confidence(SurveyIndex.ROOT, unit, level));
    for (Component c : assessment.components().keySet()) {
      all.put(Measure.of(c), confidence(c.code(), unit, level));
    }
    return assessment.withConfidence(all);
  }

  @Override
  public String toString() {
    return "ChangeUncertainty["
        + what
        + ", "
        + changes.describe(settings)
        + ", "
        + before
        + " → "
        + after
        + "]";
  }
}
