package vn.ddci.survey;

import static vn.ddci.internal.Checks.checkArgument;

import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;
import vn.ddci.engine.Direction;
import vn.ddci.engine.Node;
import vn.ddci.internal.DdciStyle;

/**
 * How an indicator (chỉ tiêu) is computed from the answers to one question, per unit rated:
 *
 * <ul>
 *   <li>{@link #share}: the share of respondents choosing one of given options ("% of firms that
 *       paid informal charges"), of those who answered;
 *   <li>{@link #mean}: the mean of a number, or of a Likert item's points, optionally rescaled
 *       ({@link #rescaledTo}: the scale's ends 1 and k to [lo, hi]);
 *   <li>{@link #median} and {@link #trimmedMean} of a number ("days to complete the procedure");
 *   <li>{@link #shareAbove}: the share of respondents whose answer exceeds a threshold.
 * </ul>
 *
 * <p>Every statistic leaves out rows not answered and non-answers ("không biết"), uses the survey's
 * sampling weights when it has them (unless {@link #unweighted()}), and is missing for a unit rated
 * by fewer than {@link #minRespondents()} respondents — the engine's missing-data rule then
 * applies. The direction is stated, and goes to the indicator's {@link #node node}.
 */
@Value.Immutable
@DdciStyle
public abstract class IndicatorDefinition {
  /** The statistic. */
  public enum Statistic {
    /** Share choosing given options (tỷ lệ). */
    SHARE,
    /** Mean (trung bình). */
    MEAN,
    /** Median (trung vị). */
    MEDIAN,
    /** Trimmed mean (trung bình cắt bỏ giá trị cực đoan). */
    TRIMMED_MEAN,
    /** Share above a threshold. */
    SHARE_ABOVE
  }

  IndicatorDefinition() {}

  /**
   * Returns the share of respondents choosing one of given options of a select question.
   *
   * @param code the indicator's code
   * @param question the question's name
   * @param direction whether a higher share is better
   * @param options the options counted, by code
   * @return the definition
   */
  public static IndicatorDefinition share(
      String code, String question, Direction direction, String... options) {
    return builder(code, question, direction, Statistic.SHARE)
        .options(new java.util.LinkedHashSet<>(java.util.Arrays.asList(options)))
        .build();
  }

  /**
   * Returns the mean of a number question, or of a select-one question's points (its codes read as
   * numbers: a Likert item).
   *
   * @param code the indicator's code
   * @param question the question's name
   * @param direction whether a higher mean is better
   * @return the definition
   */
  public static IndicatorDefinition mean(String code, String question, Direction direction) {
    return builder(code, question, direction, Statistic.MEAN).build();
  }

  /**
   * Returns the median of a number question (the weighted median with sampling weights).
   *
   * @param code the indicator's code
   * @param question the question's name
   * @param direction whether a higher median is better
   * @return the definition
   */
  public static IndicatorDefinition median(String code, String question, Direction direction) {
    return builder(code, question, direction, Statistic.MEDIAN).build();
  }

  /**
   * Returns the trimmed mean of a number question: without weights, the floor(n·p) smallest and
   * largest answers left out (R's {@code mean(x, trim = p)}); with weights, the weight p·W trimmed
   * from each end.
   *
   * @param code the indicator's code
   * @param question the question's name
   * @param direction whether a higher value is better
   * @param proportion p, from 0 to below 0.5
   * @return the definition
   */
  public static IndicatorDefinition trimmedMean(
      String code, String question, Direction direction, double proportion) {
    return builder(code, question, direction, Statistic.TRIMMED_MEAN).parameter(proportion).build();
  }

  /**
   * Returns the share of respondents whose answer exceeds a threshold.
   *
   * @param code the indicator's code
   * @param question the question's name
   * @param direction whether a higher share is better
   * @param threshold answers strictly above it count
   * @return the definition
   */
  public static IndicatorDefinition shareAbove(
      String code, String question, Direction direction, double threshold) {
    return builder(code, question, direction, Statistic.SHARE_ABOVE).parameter(threshold).build();
  }

  private static ImmutableIndicatorDefinition.Builder builder(
      String code, String question, Direction direction, Statistic statistic) {
    return ImmutableIndicatorDefinition.builder()
        .code(code)
        .question(question)
        .direction(direction)
        .statistic(statistic);
  }

  /**
   * Returns the indicator's code (a column of the indicator data, a node of the tree).
   *
   * @return the code
   */
  public abstract String code();

  /**
   * Returns the question the indicator is computed from.
   *
   * @return the question's name
   */
  public abstract String question();

  /**
   * Returns whether a higher value is better.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * Returns the statistic.
   *
   * @return the statistic
   */
  public abstract Statistic statistic();

  /**
   * Returns the options counted by a share.
   *
   * @return their codes; empty for the other statistics
   */
  public abstract Set<String> options();

  /**
   * Returns the trimmed proportion or the threshold.
   *
   * @return the parameter; empty for the other statistics
   */
  public abstract OptionalDouble parameter();

  /**
   * Returns the value a Likert mean's lowest point is rescaled to.
   *
   * @return lo; empty when not rescaled
   */
  public abstract OptionalDouble rescaledLow();

  /**
   * Returns the value a Likert mean's highest point is rescaled to.
   *
   * @return hi; empty when not rescaled
   */
  public abstract OptionalDouble rescaledHigh();

  /**
   * Returns the fewest respondents a unit needs for the indicator (số phiếu tối thiểu).
   *
   * @return 1 unless set
   */
  @Value.Default
  public int minRespondents() {
    return 1;
  }

  /**
   * Tells whether the survey's sampling weights are used.
   *
   * @return true unless set: weights are used when the survey has them
   */
  @Value.Default
  public boolean weighted() {
    return true;
  }

  /**
   * Returns the name of the indicator, in Vietnamese.
   *
   * @return the name; the code unless set
   */
  @Value.Default
  public String name() {
    return code();
  }

  /**
   * Returns this definition with a minimum number of respondents per unit.
   *
   * @param n at least 1
   * @return the definition
   */
  public IndicatorDefinition withMinRespondents(int n) {
    return ImmutableIndicatorDefinition.builder().from(this).minRespondents(n).build();
  }

  /**
   * Returns this definition ignoring sampling weights.
   *
   * @return the definition
   */
  public IndicatorDefinition unweighted() {
    return ImmutableIndicatorDefinition.builder().from(this).weighted(false).build();
  }

  /**
   * Returns this definition with a name.
   *
   * @param name e.g. "Tỷ lệ doanh nghiệp phải trả chi phí không chính thức"
   * @return the definition
   */
  public IndicatorDefinition withName(String name) {
    return ImmutableIndicatorDefinition.builder().from(this).name(name).build();
  }

  /**
   * Returns this mean of a Likert item rescaled: the scale's lowest point to lo, its highest to hi.
   *
   * @param lo e.g. 0
   * @param hi e.g. 100
   * @return the definition
   */
  public IndicatorDefinition rescaledTo(double lo, double hi) {
    return ImmutableIndicatorDefinition.builder()
        .from(this)
        .rescaledLow(lo)
        .rescaledHigh(hi)
        .build();
  }

  /**
   * Returns the indicator as a node of an engine tree, with its code, name and direction.
   *
   * @param parent the component it belongs to
   * @return the node
   */
  public Node node(String parent) {
    return Node.builder()
        .code(code())
        .kind(Node.Kind.INDICATOR)
        .parent(parent)
        .name(name())
        .direction(direction())
        .build();
  }

  @Value.Check
  void check() {
    checkArgument(
        !code().isBlank() && !question().isBlank(), "an indicator needs a code and a question");
    checkArgument(
        minRespondents() >= 1,
        "indicator %s: at least %s respondents is not a count",
        code(),
        minRespondents());
    checkArgument(
        (statistic() == Statistic.SHARE) == !options().isEmpty(),
        "indicator %s: options go with a share, and a share needs them",
        code());
    checkArgument(
        rescaledLow().isPresent() == rescaledHigh().isPresent(),
        "indicator %s: rescaling needs both ends",
        code());
    if (rescaledLow().isPresent()) {
      double lo = rescaledLow().getAsDouble();
      double hi = rescaledHigh().getAsDouble();
      checkArgument(statistic() == Statistic.MEAN, "indicator %s: only a mean is rescaled", code());
      checkArgument(
          Double.isFinite(lo) && Double.isFinite(hi) && hi > lo,
          "indicator %s: rescaling to [%s, %s] needs lo < hi",
          code(),
          lo,
          hi);
    }
    if (statistic() == Statistic.TRIMMED_MEAN) {
      double p = parameter().orElse(Double.NaN);
      checkArgument(p >= 0 && p < 0.5, "indicator %s: trimming %s is outside 0 to 0.5", code(), p);
    }
    if (statistic() == Statistic.SHARE_ABOVE) {
      checkArgument(
          Double.isFinite(parameter().orElse(Double.NaN)),
          "indicator %s: the threshold is not a number",
          code());
    }
  }

  @Override
  public String toString() {
    String what;
    switch (statistic()) {
      case SHARE:
        what = "share choosing " + options();
        break;
      case SHARE_ABOVE:
        what = "share above " + parameter().getAsDouble();
        break;
      case TRIMMED_MEAN:
        what = "mean trimmed " + parameter().getAsDouble();
        break;
      default:
        what = statistic().toString().toLowerCase(java.util.Locale.ROOT);
    }
    return "IndicatorDefinition["
        + code()
        + " = "
        + what
        + " of "
        + question()
        + (rescaledLow().isPresent()
            ? ", rescaled to ["
                + rescaledLow().getAsDouble()
                + ", "
                + rescaledHigh().getAsDouble()
                + "]"
            : "")
        + (direction() == Direction.NEGATIVE ? ", lower is better" : "")
        + (minRespondents() > 1 ? ", at least " + minRespondents() + " respondents" : "")
        + "]";
  }
}
