package vn.ddci.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one exception the library's readers and writers throw: it names where the problem is (file,
 * sheet, row, column) and the offending value, as far as they are known.
 *
 * <p>A read is all or nothing: when this is thrown, no partial object has been returned.
 *
 * <pre>{@code
 * pci.csv, row 14, column "entry", value "8,4x": '8,4x' is not a decimal number
 * }</pre>
 */
public final class DdciIoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The file's name or path. */
  private final String source;

  /** The sheet, or null for a file without sheets. */
  private final String sheet;

  /** The row as a spreadsheet numbers it, or 0 when unknown. */
  private final int row;

  /** The column's header, or null when unknown. */
  private final String column;

  /** The place in a JSON document, e.g. {@code $.tasks[2].number}, or null. */
  private final String path;

  /** The offending value as read, or null when unknown. */
  private final String value;

  /** What is wrong, without the location. */
  private final String problem;

  private DdciIoException(
      String source,
      String sheet,
      int row,
      String column,
      String path,
      String value,
      String problem,
      Throwable cause) {
    super(
        describe(
            Objects.requireNonNull(source, "source"),
            sheet,
            row,
            column,
            path,
            value,
            Objects.requireNonNull(problem, "problem")),
        cause);
    this.source = source;
    this.sheet = sheet;
    this.row = row;
    this.column = column;
    this.path = path;
    this.value = value;
    this.problem = problem;
  }

  /**
   * Returns a problem of a whole file.
   *
   * @param source the file's name or path
   * @param problem what is wrong
   * @param cause the underlying exception, or null
   * @return the exception
   */
  public static DdciIoException of(String source, String problem, Throwable cause) {
    return new DdciIoException(source, null, 0, null, null, null, problem, cause);
  }

  /**
   * Returns a problem of one row.
   *
   * @param source the file's name or path
   * @param sheet the sheet, or null for a CSV file
   * @param row the row number as a spreadsheet shows it (the header is row 1)
   * @param problem what is wrong
   * @param cause the underlying exception, or null
   * @return the exception
   */
  public static DdciIoException atRow(
      String source, String sheet, int row, String problem, Throwable cause) {
    return new DdciIoException(source, sheet, row, null, null, null, problem, cause);
  }

  /**
   * Returns a problem of one cell.
   *
   * @param source the file's name or path
   * @param sheet the sheet, or null for a CSV file
   * @param row the row number as a spreadsheet shows it (the header is row 1)
   * @param column the column's header
   * @param value the cell's text as read
   * @param problem what is wrong
   * @param cause the underlying exception, or null
   * @return the exception
   */
  public static DdciIoException atCell(
      String source,
      String sheet,
      int row,
      String column,
      String value,
      String problem,
      Throwable cause) {
    return new DdciIoException(source, sheet, row, column, null, value, problem, cause);
  }

  /**
   * Returns a problem at a place in a JSON document.
   *
   * @param source the file's name or path
   * @param path the place, e.g. {@code $.tasks[2].number}
   * @param value the offending value as read, or null
   * @param problem what is wrong
   * @param cause the underlying exception, or null
   * @return the exception
   */
  public static DdciIoException atPath(
      String source, String path, String value, String problem, Throwable cause) {
    return new DdciIoException(source, null, 0, null, path, value, problem, cause);
  }

  private static String describe(
      String source,
      String sheet,
      int row,
      String column,
      String path,
      String value,
      String problem) {
    List<String> where = new ArrayList<>();
    where.add(Objects.requireNonNull(source, "source"));
    if (sheet != null) {
      where.add("sheet \"" + sheet + "\"");
    }
    if (row > 0) {
      where.add("row " + row);
    }
    if (path != null) {
      where.add("at " + path);
    }
    if (column != null) {
      where.add("column \"" + column.replace("\n", "\\n") + "\"");
    }
    if (value != null) {
      where.add("value \"" + abbreviate(value, 80) + "\"");
    }
    return String.join(", ", where) + ": " + abbreviate(problem, 500);
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /**
   * Returns the file.
   *
   * @return the file's name or path
   */
  public String source() {
    return source;
  }

  /**
   * Returns the sheet, for a workbook.
   *
   * @return the sheet's name
   */
  public Optional<String> sheet() {
    return Optional.ofNullable(sheet);
  }

  /**
   * Returns the row, as a spreadsheet numbers it (the header is row 1).
   *
   * @return the row number
   */
  public OptionalInt row() {
    return row > 0 ? OptionalInt.of(row) : OptionalInt.empty();
  }

  /**
   * Returns the column's header.
   *
   * @return the column
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /**
   * Returns the place in a JSON document, e.g. {@code $.tasks[2].number}.
   *
   * @return the path
   */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /**
   * Returns the offending value, as read.
   *
   * @return the value
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns what is wrong, without the location.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
