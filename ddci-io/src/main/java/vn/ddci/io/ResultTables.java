package vn.ddci.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ddci.DdciValidationException;
import vn.ddci.framework.Block;
import vn.ddci.ranking.Consistency;
import vn.ddci.ranking.Discrepancy;
import vn.ddci.result.ResultTable;

/**
 * What a reader of result tables ({@link ResultTableCsv}, {@link ResultTableExcel}) read from one
 * file: a table per block and year, and everything a user should know about how it was read,
 * reported here rather than on the console.
 *
 * <ul>
 *   <li>{@link #ignoredColumns()}: the columns no table took, with the reason ("STT": row numbers;
 *       "Tổng điểm 2022" when reading 2023; a header the reader does not know);
 *   <li>{@link #missingCells()}: the cells read as "not published" (empty, "N/A", "-", "x" …);
 *   <li>{@link #withheldUnits()}: the units listed with nothing published, left out;
 *   <li>{@link #notes()}: what the reader assumed (the block's size, when the file does not give
 *       it);
 *   <li>{@link #unreadRows()}: the rows below the table's first blank row, which are not read;
 *   <li>{@link #discrepancies()}: the published figures that disagree with each other ({@link
 *       Consistency}), kept as published.
 * </ul>
 *
 * <pre>{@code
 * ResultTables read = ResultTableCsv.read(Path.of("lang_son_2021.csv"),
 *     TableOptions.of(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Frameworks.LANG_SON_DISTRICT_BLOCK));
 * ResultTable departments = read.table(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Year.of(2021));
 * read.ignoredColumns();    // []
 * }</pre>
 */
public final class ResultTables {
  /**
   * A column that no table took.
   *
   * @param column the column as messages name it: its letter and header in a sheet, its header in
   *     CSV
   * @param header the header as written
   * @param reason why it was not read
   */
  public record IgnoredColumn(String column, String header, String reason) {}

  /**
   * A cell read as "not published" (chưa công bố).
   *
   * @param row the row as a spreadsheet numbers it
   * @param column the column as messages name it
   * @param unit the unit's name
   * @param figure what the cell would hold: a component's code, "TOTAL", "RANK" or "TIER"
   * @param text the cell's text: "" for an empty cell, or the marker ("N/A", "-", "x" …)
   */
  public record MissingCell(int row, String column, String unit, String figure, String text) {}

  /**
   * A unit listed in the file with no total and no score: it cannot be a scorecard, so it is left
   * out of its table, which counts it in the block's size unless the size is given.
   *
   * @param row the row as a spreadsheet numbers it
   * @param unit the unit's name
   * @param block the block's code
   * @param year the year
   * @param reason what was and was not published
   */
  public record WithheldUnit(int row, String unit, String block, Year year, String reason) {}

  /** What the reader reports besides the tables. */
  record Report(
      List<IgnoredColumn> ignoredColumns,
      List<MissingCell> missingCells,
      List<WithheldUnit> withheldUnits,
      Optional<String> unreadRows,
      List<String> notes) {}

  private final String source;
  private final Optional<String> sheet;
  private final int headerRow;
  private final ImmutableList<ResultTable> tables;
  private final ImmutableList<IgnoredColumn> ignoredColumns;
  private final ImmutableList<MissingCell> missingCells;
  private final ImmutableList<WithheldUnit> withheldUnits;
  private final Optional<String> unreadRows;
  private final ImmutableList<String> notes;
  private final ImmutableList<Discrepancy> discrepancies;

  ResultTables(
      String source,
      Optional<String> sheet,
      int headerRow,
      List<ResultTable> tables,
      Report report) {
    this.source = source;
    this.sheet = sheet;
    this.headerRow = headerRow;
    this.tables = ImmutableList.copyOf(tables);
    this.ignoredColumns = ImmutableList.copyOf(report.ignoredColumns());
    this.missingCells = ImmutableList.copyOf(report.missingCells());
    this.withheldUnits = ImmutableList.copyOf(report.withheldUnits());
    this.unreadRows = report.unreadRows();
    this.notes = ImmutableList.copyOf(report.notes());
    this.discrepancies =
        tables.stream()
            .flatMap(t -> Consistency.of(t).discrepancies().stream())
            .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the file read.
   *
   * @return its name or path
   */
  public String source() {
    return source;
  }

  /**
   * Returns the sheet read, for a workbook.
   *
   * @return the sheet's name
   */
  public Optional<String> sheet() {
    return sheet;
  }

  /**
   * Returns the header row, as a spreadsheet numbers it: 1 unless title rows lie above it.
   *
   * @return the row of the headers
   */
  public int headerRow() {
    return headerRow;
  }

  /**
   * Returns every table read, by block (in the options' order) and year.
   *
   * @return at least one table
   */
  public List<ResultTable> tables() {
    return tables;
  }

  /**
   * Returns the only table read.
   *
   * @return the table
   * @throws DdciValidationException if the file holds several tables, naming them
   */
  public ResultTable table() {
    if (tables.size() != 1) {
      throw new DdciValidationException(
          source
              + " holds "
              + tables.size()
              + " tables: "
              + tables
              + "; choose one by block and year");
    }
    return tables.get(0);
  }

  /**
   * Returns the table of a block and year.
   *
   * @param block the block
   * @param year the year
   * @return the table
   * @throws DdciValidationException if the file holds no such table, naming those it holds
   */
  public ResultTable table(Block block, Year year) {
    return tables.stream()
        .filter(t -> t.block().equals(block) && t.year().equals(year))
        .findFirst()
        .orElseThrow(
            () ->
                new DdciValidationException(
                    source
                        + " holds no table of block "
                        + block.code()
                        + " for "
                        + year
                        + "; it holds "
                        + tables));
  }

  /**
   * Returns the tables of the only block, by year.
   *
   * @return the tables in year order
   * @throws DdciValidationException if the file holds tables of several blocks
   */
  public Map<Year, ResultTable> byYear() {
    long blocks = tables.stream().map(ResultTable::block).distinct().count();
    if (blocks != 1) {
      throw new DdciValidationException(
          source + " holds tables of " + blocks + " blocks: " + tables + "; choose one by block");
    }
    ImmutableMap.Builder<Year, ResultTable> byYear = ImmutableMap.builder();
    tables.forEach(t -> byYear.put(t.year(), t));
    return byYear.build();
  }

  /**
   * Returns the columns that no table took, with the reason.
   *
   * @return the ignored columns, left to right; columns without a header or content are not listed
   */
  public List<IgnoredColumn> ignoredColumns() {
    return ignoredColumns;
  }

  /**
   * Returns the cells read as "not published".
   *
   * @return the missing cells, row by row
   */
  public List<MissingCell> missingCells() {
    return missingCells;
  }

  /**
   * Returns the units listed without a total or a score (every cell of theirs not published, as
   * PCI's sub-index page prints TP.HCM one year): left out of the tables, and reported here.
   *
   * @return the units withheld, row by row
   */
  public List<WithheldUnit> withheldUnits() {
    return withheldUnits;
  }

  /**
   * Returns what the reader assumed because the file did not say it, e.g. that a file without a
   * block size lists every unit of its block.
   *
   * @return the assumptions, one sentence each
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * Returns the rows below the table that were not read, if any hold something: the table ends at
   * its first blank row (PCI's sheets keep a lookup block below it).
   *
   * @return e.g. "rows 66–69 (below the blank row 65)"
   */
  public Optional<String> unreadRows() {
    return unreadRows;
  }

  /**
   * Returns the published figures that disagree with each other, checked under each block's rule
   * ({@link Consistency}).
   *
   * @return the discrepancies; empty when the figures agree
   */
  public List<Discrepancy> discrepancies() {
    return discrepancies;
  }

  @Override
  public String toString() {
    return "ResultTables["
        + source
        + sheet.map(s -> " \"" + s + "\"").orElse("")
        + ": "
        + tables.stream().map(ResultTable::toString).collect(Collectors.joining(", "))
        + (ignoredColumns.isEmpty() ? "" : ", " + ignoredColumns.size() + " columns ignored")
        + (missingCells.isEmpty() ? "" : ", " + missingCells.size() + " cells not published")
        + (withheldUnits.isEmpty() ? "" : ", " + withheldUnits.size() + " units withheld")
        + unreadRows.map(r -> ", " + r + " not read").orElse("")
        + (discrepancies.isEmpty() ? "" : ", " + discrepancies.size() + " discrepancies")
        + "]";
  }
}
