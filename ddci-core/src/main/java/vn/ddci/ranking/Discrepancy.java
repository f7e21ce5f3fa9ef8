package vn.ddci.ranking;

import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ddci.framework.Measure;
import vn.ddci.internal.DdciStyle;
import vn.ddci.result.Unit;

/**
 * A published figure that disagrees with the other published figures (số liệu công bố không khớp):
 * a rank that the scores do not give under the block's rule, a total that the component scores and
 * published weights do not give, a block median that the scores do not give.
 *
 * <p>It names the unit (absent for a figure of the whole block), the measure, the figure, the
 * published value, what the other figures imply, and the likely cause. The published figure is
 * never changed: the library reports, the user decides.
 *
 * <pre>{@code
 * PCI 2016, 'Đà Nẵng', TOTAL: published rank 3, but the scores give 01/63 under
 * RankingRule[ORDINAL, full]; likely a misprint, or ranks from another rule or other scores
 * }</pre>
 */
@Value.Immutable
@DdciStyle
public abstract class Discrepancy {

  Discrepancy() {}

  /** Which published figure disagrees. */
  public enum Figure {
    /** A unit's published rank (xếp hạng). */
    RANK,
    /** A unit's published total (tổng điểm). */
    TOTAL,
    /** The block's published median total (điểm trung vị). */
    MEDIAN_SCORE,
    /** The block's published average total (điểm trung bình). */
    MEAN_SCORE
  }

  /** The likely cause of a disagreement. */
  public enum Cause {
    /**
     * Units equal at the published precision were ordered by decimals that were not published, or
     * by a tie rule other than the block's: the rank is plausible, the rule is not the one chosen.
     */
    TIE_ORDERED_BY_UNPUBLISHED_DECIMALS(
        "a tie at the published precision, ordered by decimals that were not published or by"
            + " another tie rule"),
    /** The figure published as the median is the block's average, or the reverse. */
    OTHER_BLOCK_FIGURE("the figure matches the block's other average (median and mean confused)"),
    /** Nothing explains it but a misprint, or figures computed under another rule or weights. */
    MISPRINT("a misprint, or figures computed under another rule, weights or scores");

    private final String description;

    Cause(String description) {
      this.description = description;
    }

    /**
     * Returns the cause in words, for messages.
     *
     * @return e.g. "a misprint, or figures computed under another rule, weights or scores"
     */
    public String description() {
      return description;
    }
  }

  static Discrepancy of(
      String block,
      Year year,
      Optional<Unit> unit,
      Measure measure,
      Figure figure,
      String published,
      String expected,
      Cause cause) {
    return ImmutableDiscrepancy.builder()
        .block(block)
        .year(year)
        .unit(unit)
        .measure(measure)
        .figure(figure)
        .published(published)
        .expected(expected)
        .cause(cause)
        .build();
  }

  /**
   * Returns the block's code.
   *
   * @return e.g. "PCI"
   */
  public abstract String block();

  /**
   * Returns the year of the table.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * Returns the unit whose figure disagrees; empty for a figure of the whole block.
   *
   * @return the unit
   */
  public abstract Optional<Unit> unit();

  /**
   * Returns the measure of the figure.
   *
   * @return the total or a component
   */
  public abstract Measure measure();

  /**
   * Returns which figure disagrees.
   *
   * @return the figure
   */
  public abstract Figure figure();

  /**
   * Returns the figure as published.
   *
   * @return e.g. "rank 3" or "66.45"
   */
  public abstract String published();

  /**
   * Returns what the other published figures imply instead.
   *
   * @return e.g. "01/63 under RankingRule[ORDINAL, full]"
   */
  public abstract String expected();

  /**
   * Returns the likely cause.
   *
   * @return the cause
   */
  public abstract Cause cause();

  /**
   * Returns the whole disagreement in one sentence: where, the figure, both values and the likely
   * cause.
   *
   * @return the message
   */
  public String message() {
    return block()
        + " "
        + year()
        + unit().map(u -> ", '" + u.name() + "'").orElse("")
        + ", "
        + measure().code()
        + ": published "
        + published()
        + ", but "
        + expected()
        + "; likely "
        + cause().description();
  }

  @Override
  public String toString() {
    return "Discrepancy[" + message() + "]";
  }
}
