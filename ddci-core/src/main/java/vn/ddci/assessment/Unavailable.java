package vn.ddci.assessment;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import vn.ddci.framework.Measure;
import vn.ddci.internal.DdciStyle;
import vn.ddci.result.Unit;

/**
 * A figure of a year-over-year comparison that the published data cannot give, for some units and
 * measures, and why (không đủ số liệu): a change of a score that was not published in one of the
 * years, a rank change where a rank is not known, an improvement rank of a partial table, a unit
 * not found in last year's table (with the nearest names there).
 *
 * <pre>{@code
 * Unavailable[improvement rank of TOTAL for 6 units: improvement ranks need every unit's change:
 * the 2021 table lists 6 of 24 units]
 * }</pre>
 */
@Value.Immutable
@DdciStyle
public abstract class Unavailable {

  Unavailable() {}

  /** A figure of the comparison. */
  public enum Figure {
    /** The score change (mức độ cải thiện). */
    CHANGE("change"),
    /** The rank change (tăng / giảm bậc). */
    RANK_CHANGE("rank change"),
    /** The rank of the change inside the block (xếp hạng cải thiện). */
    IMPROVEMENT_RANK("improvement rank");

    private final String words;

    Figure(String words) {
      this.words = words;
    }

    /**
     * Returns the figure in words.
     *
     * @return e.g. "rank change"
     */
    public String words() {
      return words;
    }
  }

  static Unavailable of(Set<Figure> figures, List<Measure> measures, List<Unit> units, String why) {
    return ImmutableUnavailable.builder()
        .figures(figures)
        .measures(measures)
        .units(units)
        .reason(why)
        .build();
  }

  /**
   * Returns the figures that cannot be given.
   *
   * @return at least one figure
   */
  public abstract Set<Figure> figures();

  /**
   * Returns the measures concerned.
   *
   * @return at least one measure
   */
  public abstract List<Measure> measures();

  /**
   * Returns this year's units concerned.
   *
   * @return at least one unit
   */
  public abstract List<Unit> units();

  /**
   * Returns why the data does not allow the figures.
   *
   * @return the reason, e.g. "no score of TIME_COST was published in 2016"
   */
  public abstract String reason();

  @Override
  public String toString() {
    return "Unavailable["
        + figures().stream().map(Figure::words).collect(Collectors.joining(", "))
        + " of "
        + measures().stream().map(Measure::code).collect(Collectors.joining(", "))
        + (units().size() == 1
            ? " for '" + units().get(0).name() + "'"
            : " for " + units().size() + " units")
        + ": "
        + reason()
        + "]";
  }
}
