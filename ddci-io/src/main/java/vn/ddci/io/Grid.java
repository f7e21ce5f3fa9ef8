package vn.ddci.io;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;

/**
 * The cells of a CSV file or of a sheet, row by row, as the one input of the result-table reader
 * ({@link TableReader}): each cell's text, and for a numeric spreadsheet cell its exact value.
 */
final class Grid {
  /**
   * One cell.
   *
   * @param text the text as shown, stripped; "" for an empty cell
   * @param number the value of a numeric cell, with every digit the cell holds; null for text
   * @param problem why the cell cannot be read (a formula without a cached value), or null
   */
  record Cell(String text, BigDecimal number, String problem) {
    static final Cell EMPTY = new Cell("", null, null);

    boolean isBlank() {
      return text.isEmpty() && number == null && problem == null;
    }
  }

  final String source;
  final Optional<String> sheet;

  /** Row i is the spreadsheet's row i + 1. */
  final List<List<Cell>> rows;

  Grid(String source, Optional<String> sheet, List<List<Cell>> rows) {
    this.source = source;
    this.sheet = sheet;
    this.rows = rows;
  }

  Cell cell(int row, int column) {
    List<Cell> cells = rows.get(row);
    return column < cells.size() ? cells.get(column) : Cell.EMPTY;
  }

  /** The sheet's name for {@link DdciIoException}, or null for a CSV file. */
  String sheetName() {
    return sheet.orElse(null);
  }

  /** The start of a message about the whole sheet: {@code sheet "Summary_VN": }, or "". */
  String where() {
    return sheet.map(s -> "sheet \"" + s + "\": ").orElse("");
  }

  /** How messages name a recognised column. */
  String column(Columns.Column c) {
    return column(c.index, c.header);
  }

  /** How messages name a column: its letter and header in a sheet, its header in CSV. */
  String column(int index, String header) {
    String shown = header.isBlank() ? "(no header)" : header.strip().replaceAll("\\s+", " ");
    if (sheet.isPresent()) {
      return CellReference.convertNumToColString(index) + " " + shown;
    }
    return shown.equals("(no header)") ? "#" + (index + 1) + " (no header)" : shown;
  }
}
