package vn.ddci.survey;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;

/**
 * What reading a survey export found wrong (vấn đề của dữ liệu khảo sát), and what was done with
 * it: a row left out, a cell read as not answered, or a flag for the analyst.
 *
 * <pre>
 * row 14, column "minh_bach/tm2", value "7": not an option of muc_do; read as not answered
 * </pre>
 */
@Value.Immutable
@DdciStyle
public abstract class ExportProblem {
  /** The kinds of problem. */
  public enum Kind {
    /** A row without a respondent id: left out. */
    NO_RESPONDENT,
    /** A row without a unit rated, or naming a unit not in the list: left out. */
    NO_UNIT,
    /** A row whose sampling weight is missing, not a number or not positive: left out. */
    NO_WEIGHT,
    /** A second row of the same respondent and unit: left out. */
    DUPLICATE,
    /**
     * An answer that is neither a code nor a label of the question's list: read as not answered.
     */
    UNKNOWN_CODE,
    /** A number that cannot be read, or lies outside its range: read as not answered. */
    OUT_OF_RANGE,
    /** A row giving the same point to every Likert item (straight-lining): kept, flagged. */
    STRAIGHT_LINING,
    /** A question answered by too few rows: kept, flagged. */
    FEW_ANSWERS
  }

  ExportProblem() {}

  static ExportProblem of(Kind kind, int row, String column, String value, String note) {
    return ImmutableExportProblem.builder()
        .kind(kind)
        .row(row > 0 ? OptionalInt.of(row) : OptionalInt.empty())
        .column(Optional.ofNullable(column))
        .value(Optional.ofNullable(value))
        .note(note)
        .build();
  }

  /**
   * Returns the kind of problem.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the row as a spreadsheet numbers it (the header is row 1).
   *
   * @return the row; empty for a problem of a whole column
   */
  public abstract OptionalInt row();

  /**
   * Returns the column's header.
   *
   * @return the column
   */
  public abstract Optional<String> column();

  /**
   * Returns the value as read.
   *
   * @return the value
   */
  public abstract Optional<String> value();

  /**
   * Returns what is wrong and what was done, in words.
   *
   * @return the note
   */
  public abstract String note();

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    row().ifPresent(r -> s.append("row ").append(r));
    column()
        .ifPresent(
            c -> s.append(s.length() > 0 ? ", " : "").append("column \"").append(c).append('"'));
    value().ifPresent(v -> s.append(", value \"").append(v).append('"'));
    return s.append(s.length() > 0 ? ": " : "").append(note()).toString();
  }
}
