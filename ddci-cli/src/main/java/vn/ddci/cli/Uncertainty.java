package vn.ddci.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.ddci.engine.IndicatorTree;
import vn.ddci.io.AtomicFiles;
import vn.ddci.survey.SurveyIndex;
import vn.ddci.text.NumberStyle;
import vn.ddci.uncertainty.Distribution;
import vn.ddci.uncertainty.Interval;
import vn.ddci.uncertainty.Replications;
import vn.ddci.uncertainty.SurveyBootstrap;
import vn.ddci.uncertainty.WeightNoise;
import vn.ddci.uncertainty.WeightUncertainty;

/** {@code ddci uncertainty}: rank and score intervals, by weight noise or a survey bootstrap. */
@Command(
    name = "uncertainty",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Uncertainty analysis (phân tích độ bất định): the index computed many times, with the"
          + " weights drawn around the nominal ones (--weights-noise, trọng số) or, for a survey,"
          + " the respondents resampled within each unit (bootstrap); prints per unit the"
          + " nominal rank (thứ hạng danh nghĩa), the rank interval (khoảng tin cậy của thứ hạng)"
          + " and score interval at --level, the median rank (thứ hạng trung vị) and the"
          + " probability of ranking above the median.",
      "The same data, options and --seed give the same output, on any number of --threads.",
      "Takes the data and step options of ddci score."
    })
final class Uncertainty extends Action {
  @Mixin Inputs inputs;

  @Mixin Steps steps;

  @Option(
      names = "--weights-noise",
      paramLabel = "<f>",
      description =
          "Draw each weight w in [(1 − f)·w, (1 + f)·w], f from 0 to 1 (COINr's ASEM run:"
              + " 0.25). Needed for indicator data; for a survey, instead of the bootstrap.")
  Double weightsNoise;

  @Option(
      names = "--noise-levels",
      paramLabel = "<l,…>",
      hideParamSyntax = true,
      split = ",",
      description =
          "The tree levels whose weights move (1 = indicators, 2 = their parents…). Default:"
              + " every level between the indicators and the root.")
  int[] noiseLevels;

  @Option(
      names = "--stratum",
      paramLabel = "<attribute>",
      description =
          "Survey bootstrap: resample within each unit and stratum, a respondent attribute such"
              + " as quy_mo (firm size).")
  String stratum;

  @Option(
      names = "--replications",
      paramLabel = "<n>",
      defaultValue = "1000",
      description = "Replications (số lần lặp), 1 to 1000000. Default: 1000.")
  int replications;

  @Option(
      names = "--seed",
      paramLabel = "<n>",
      defaultValue = "" + Replications.DEFAULT_SEED,
      description = "The random seed (hạt giống ngẫu nhiên). Default: 20240101.")
  long seed;

  @Option(
      names = "--level",
      paramLabel = "<p>",
      defaultValue = "0.9",
      description = "The intervals' confidence level (mức tin cậy), between 0 and 1. Default: 0.9.")
  double level;

  @Option(
      names = "--threads",
      paramLabel = "<n>",
      description = "Threads (luồng) to run on. Default: the processors available.")
  Integer threads;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show a progress bar on stderr. Default: only when run from a console.")
  Boolean progress;

  @Option(
      names = "--csv",
      paramLabel = "<file>",
      description = "Also write the table as CSV, every digit kept.")
  Path csv;

  @Override
  int run(PrintWriter out) {
    check();
    Scoring s =
        stratum == null
            ? Scoring.of(this, inputs, steps)
            : Scoring.of(this, inputs, steps, stratum);
    Replications r = Replications.of(replications).withSeed(seed);
    if (threads != null) {
      r = r.withThreads(threads);
    }
    if (progress == null ? System.console() != null : progress) {
      r = r.withProgress(new ProgressBar(spec.commandLine().getErr()));
    }
    vn.ddci.uncertainty.Uncertainty u;
    String measure;
    String how;
    if (weightsNoise != null) {
      measure = s.root();
      WeightNoise noise = WeightNoise.uniform(weightsNoise).atLevels(levels(s.build.tree()));
      u = WeightUncertainty.of(s.build, noise, r, Scoring.COINR_RULE, List.of(measure));
      how = noise.toString();
    } else {
      measure = SurveyIndex.ROOT;
      u =
          stratum == null
              ? SurveyBootstrap.of(s.index.orElseThrow(), s.answers.orElseThrow(), r)
              : SurveyBootstrap.stratified(
                  s.index.orElseThrow(), s.answers.orElseThrow(), stratum, r);
      how =
          "respondents bootstrapped within each unit"
              + (stratum == null ? "" : " and " + stratum)
              + " (the illustrative questionnaire's indicators)";
    }
    List<Distribution> ds = new ArrayList<>(u.distributions(measure));
    ds.sort(
        Comparator.comparingDouble((Distribution d) -> d.nominalRank().orElse(Double.MAX_VALUE))
            .thenComparing(Distribution::unit));
    NumberStyle style = NumberStyle.of(language());
    out.println(
        "Uncertainty of "
            + measure
            + ": "
            + replications
            + " replications, seed "
            + seed
            + ", "
            + how
            + "; intervals at "
            + style.percentOf(level));
    table(s, ds, style).forEach(out::println);
    if (csv != null) {
      writeCsv(s, ds);
      out.println("Written to " + csv);
    }
    return Ddci.OK;
  }

  private void check() {
    if (replications < 1 || replications > Replications.MAX) {
      throw usage(
          "Invalid value for option '--replications': "
              + replications
              + " (expected 1 to "
              + Replications.MAX
              + ")");
    }
    if (!(level > 0 && level < 1)) {
      throw usage("Invalid value for option '--level': " + level + " (expected between 0 and 1)");
    }
    if (threads != null && (threads < 1 || threads > 1024)) {
      throw usage("Invalid value for option '--threads': " + threads + " (expected 1 to 1024)");
    }
    if (weightsNoise != null && !(weightsNoise >= 0 && weightsNoise <= 1)) {
      throw usage(
          "Invalid value for option '--weights-noise': " + weightsNoise + " (expected 0 to 1)");
    }
    if (weightsNoise == null && !inputs.isSurvey()) {
      throw usage("indicator data needs --weights-noise <f> (e.g. 0.25)");
    }
    if (stratum != null && (!inputs.isSurvey() || weightsNoise != null)) {
      throw usage("--stratum is for a survey's bootstrap, without --weights-noise");
    }
  }

  private int[] levels(IndicatorTree tree) {
    if (noiseLevels != null) {
      return noiseLevels;
    }
    int top = tree.level(tree.root().code());
    int[] levels = new int[Math.max(0, top - 2)];
    for (int l = 2; l < top; l++) {
      levels[l - 2] = l;
    }
    return levels;
  }

  private List<String> table(Scoring s, List<Distribution> ds, NumberStyle style) {
    String[] header = {
      "Rank", "Unit", "Score", "Score interval", "Rank interval", "Median rank", "P(above median)"
    };
    List<String[]> rows = new ArrayList<>();
    rows.add(header);
    int n = ds.size();
    for (Distribution d : ds) {
      Interval score = d.scoreInterval(level);
      Interval rank = d.rankInterval(level).widenedToWhole();
      rows.add(
          new String[] {
            d.nominalRank().isPresent() ? rankOfN((int) d.nominalRank().getAsDouble(), n) : "–",
            name(s, d.unit()),
            d.nominalScore().isPresent() ? figure(style, d.nominalScore().getAsDouble(), 2) : "–",
            figure(style, score.lower(), 2) + " – " + figure(style, score.upper(), 2),
            (int) rank.lower() + " – " + (int) rank.upper(),
            figure(style, d.medianRank(), 1),
            style.percentOf(d.probabilityAboveMedian())
          });
    }
    return Columns.align(rows, 1);
  }

  /** A rank of n as the tables print it: "02/51". */
  static String rankOfN(int rank, int n) {
    String of = String.valueOf(n);
    return String.format(Locale.ROOT, "%0" + of.length() + "d/%s", rank, of);
  }

  private static String figure(NumberStyle style, double v, int decimals) {
    return style.figure(BigDecimal.valueOf(v), decimals);
  }

  private static String name(Scoring s, String unit) {
    String name = s.build.result().name(unit).orElse(unit);
    return name.equals(unit) ? unit : unit + " " + name;
  }

  private void writeCsv(Scoring s, List<Distribution> ds) {
    AtomicFiles.write(
        csv,
        stream -> {
          Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
          w.write(
              "uCode,uName,nominal_rank,nominal_score,score_lower,score_upper,rank_lower,"
                  + "rank_upper,median_rank,p_above_median,level\n");
          for (Distribution d : ds) {
            Interval score = d.scoreInterval(level);
            Interval rank = d.rankInterval(level);
            w.write(
                String.join(
                        ",",
                        quoted(d.unit()),
                        quoted(s.build.result().name(d.unit()).orElse("")),
                        d.nominalRank().isPresent() ? "" + d.nominalRank().getAsDouble() : "",
                        d.nominalScore().isPresent() ? "" + d.nominalScore().getAsDouble() : "",
                        "" + score.lower(),
                        "" + score.upper(),
                        "" + rank.lower(),
                        "" + rank.upper(),
                        "" + d.medianRank(),
                        "" + d.probabilityAboveMedian(),
                        String.format(Locale.ROOT, "%s", level))
                    + "\n");
          }
          w.flush();
        });
  }

  private static String quoted(String s) {
    return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
