package vn.ddci.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;
import vn.ddci.engine.Aggregate;
import vn.ddci.engine.Denominate;
import vn.ddci.engine.Impute;
import vn.ddci.engine.Normalise;
import vn.ddci.engine.Pipeline;
import vn.ddci.engine.Screen;
import vn.ddci.engine.Step;
import vn.ddci.engine.Treat;

/**
 * The engine's steps as options: denominate, impute, screen, treat, normalise, aggregate, in that
 * order (COINr's), each step's parameters an option. Defaults: denominate (COINr's layout only),
 * winsorise, min-max to 0–100 (COINr's layout) or 1–10 (a DDCI block: the component scale),
 * weighted arithmetic mean renormalised over missing children; no imputation, no screening.
 */
final class Steps {
  @Option(
      names = "--denominate",
      negatable = true,
      description =
          "Divide each indicator by its denominator (chia theo mẫu số) named in iMeta. Default:"
              + " yes for COINr's layout, else no.")
  Boolean denominate;

  @Option(
      names = "--impute",
      paramLabel = "<rule>",
      defaultValue = "none",
      description =
          "Fill missing values (thay thế giá trị thiếu): none (default), group-mean,"
              + " group-median (within --group), unit-mean (the unit's mean of the indicator's"
              + " siblings).")
  String impute;

  @Option(
      names = "--group",
      paramLabel = "<grouping>",
      description = "The grouping (nhóm) of group-mean and group-median, e.g. EurAsia_group.")
  String group;

  @Option(
      names = "--screen",
      paramLabel = "<threshold>",
      description =
          "Remove units with too little data (sàng lọc): keep a unit whose share of available"
              + " values is at least the threshold, 0–1 (COINr: 0.9). Default: no screening.")
  Double screen;

  @Option(
      names = "--screen-by",
      paramLabel = "<criterion>",
      defaultValue = "missing",
      description = "What screening counts: missing (default), zeros, or both.")
  String screenBy;

  @Option(
      names = "--winsorise",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Treat outliers (xử lý giá trị ngoại lai): winsorise a column whose |skew| ≥ 2 and"
              + " kurtosis ≥ 3.5, with a log transform when that is not enough. Default: yes.")
  boolean winsorise;

  @Option(
      names = "--winsorise-cap",
      paramLabel = "<points>",
      defaultValue = "5",
      description = "The most points winsorised in a column (COINr's winmax). Default: 5.")
  int winsoriseCap;

  @Option(
      names = "--skew",
      paramLabel = "<x>",
      defaultValue = "2",
      description = "The skewness threshold of the outlier check. Default: 2.")
  double skew;

  @Option(
      names = "--kurtosis",
      paramLabel = "<x>",
      defaultValue = "3.5",
      description = "The kurtosis threshold of the outlier check. Default: 3.5.")
  double kurtosis;

  @Option(
      names = "--no-log-fallback",
      description = "Never take the log of a column that winsorising does not fix.")
  boolean noLogFallback;

  @Option(
      names = "--normalise",
      paramLabel = "<method>",
      defaultValue = "min-max",
      description =
          "Normalisation (chuẩn hoá): min-max (default), z-score, goalposts, target,"
              + " target-capped (distance to target), rank, percentile.")
  String normalise;

  @Option(
      names = "--bounds",
      paramLabel = "<a,b>",
      hideParamSyntax = true,
      split = ",",
      description =
          "min-max: lower,upper (default 0,100 for COINr's layout; 1,10, the component scale,"
              + " for a DDCI block); z-score: mean,sd (default 0,1).")
  double[] bounds;

  @Option(
      names = "--scale",
      paramLabel = "<x>",
      defaultValue = "100",
      description = "The scale of goalposts, target and percentile. Default: 100.")
  double scale;

  @Option(
      names = "--when-constant",
      paramLabel = "<rule>",
      description =
          "How to score a column where every unit is equal: lower, middle or upper. Default:"
              + " refused.")
  String whenConstant;

  @Option(
      names = "--aggregate",
      paramLabel = "<mean>",
      defaultValue = "arithmetic",
      description =
          "Aggregation (tổng hợp): the weighted arithmetic (default), geometric or harmonic"
              + " mean.")
  String aggregate;

  @Option(
      names = "--missing-children",
      paramLabel = "<rule>",
      defaultValue = "renormalise",
      description =
          "An aggregate with a missing child: renormalise (default: the others' weights) or"
              + " require-all (missing).")
  String missingChildren;

  /** The pipeline the options describe; a usage error naming an option's bad value. */
  Pipeline pipeline(Action action, boolean coinr) {
    List<Step> steps = new ArrayList<>();
    if (denominate == null ? coinr : denominate) {
      steps.add(Denominate.of());
    }
    impute(action).ifPresent(steps::add);
    String screenCriterion = choice(action, "--screen-by", screenBy, "missing", "zeros", "both");
    if (screen != null) {
      if (!(screen >= 0 && screen <= 1)) {
        throw action.usage("Invalid value for option '--screen': " + screen + " (expected 0 to 1)");
      }
      switch (screenCriterion) {
        case "zeros":
          steps.add(Screen.byZeros(screen));
          break;
        case "both":
          steps.add(Screen.byMissingAndZeros(screen));
          break;
        default:
          steps.add(Screen.byMissing(screen));
      }
    }
    if (winsorise) {
      if (winsoriseCap < 1) {
        throw action.usage(
            "Invalid value for option '--winsorise-cap': "
                + winsoriseCap
                + " (expected 1 or more)");
      }
      Treat treat = Treat.winsorise().withMaxPoints(winsoriseCap).withThresholds(skew, kurtosis);
      steps.add(noLogFallback ? treat.withoutLogFallback() : treat);
    }
    steps.add(normalisation(action, coinr));
    steps.add(
        Aggregate.of(
            Aggregate.Mean.valueOf(
                choice(action, "--aggregate", aggregate, "arithmetic", "geometric", "harmonic")
                    .toUpperCase(Locale.ROOT)),
            choice(action, "--missing-children", missingChildren, "renormalise", "require-all")
                    .equals("renormalise")
                ? Aggregate.MissingChildren.RENORMALISE
                : Aggregate.MissingChildren.REQUIRE_ALL));
    return Pipeline.of(steps);
  }

  private Optional<Step> impute(Action action) {
    String rule =
        choice(action, "--impute", impute, "none", "group-mean", "group-median", "unit-mean");
    if (rule.startsWith("group") && group == null) {
      throw action.usage("--impute " + rule + " needs --group <grouping>");
    }
    switch (rule) {
      case "group-mean":
        return Optional.of(Impute.groupMean(group));
      case "group-median":
        return Optional.of(Impute.groupMedian(group));
      case "unit-mean":
        return Optional.of(Impute.unitMeanWithinParent());
      default:
        return Optional.empty();
    }
  }

  private Normalise normalisation(Action action, boolean coinr) {
    String method =
        choice(
            action,
            "--normalise",
            normalise,
            "min-max",
            "z-score",
            "goalposts",
            "target",
            "target-capped",
            "rank",
            "percentile");
    if (bounds != null && bounds.length != 2) {
      throw action.usage("Invalid value for option '--bounds': give two numbers, a,b");
    }
    Normalise n;
    switch (method) {
      case "z-score":
        n = bounds == null ? Normalise.zScore(0, 1) : Normalise.zScore(bounds[0], bounds[1]);
        break;
      case "goalposts":
        n = Normalise.goalposts(scale);
        break;
      case "target":
      case "target-capped":
        n = Normalise.distanceToTarget(scale, method.equals("target-capped"));
        break;
      case "rank":
        n = Normalise.rank();
        break;
      case "percentile":
        n = Normalise.percentile(scale);
        break;
      default:
        double[] b = bounds != null ? bounds : coinr ? new double[] {0, 100} : new double[] {1, 10};
        if (!(b[0] < b[1])) {
          throw action.usage(
              "Invalid value for option '--bounds': " + b[0] + "," + b[1] + " (lower < upper)");
        }
        n = Normalise.minMax(b[0], b[1]);
    }
    if (whenConstant != null) {
      String rule = choice(action, "--when-constant", whenConstant, "lower", "middle", "upper");
      n = n.whenConstant(Normalise.Constant.valueOf(rule.toUpperCase(Locale.ROOT)));
    }
    return n;
  }

  /** The value, lower-cased, if it is one of those known; a usage error naming them otherwise. */
  static String choice(Action action, String option, String value, String... known) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    for (String k : known) {
      if (k.equals(v)) {
        return k;
      }
    }
    throw action.usage(
        "Invalid value for option '"
            + option
            + "': '"
            + value
            + "' (expected one of "
            + String.join(", ", known)
            + ")");
  }
}
