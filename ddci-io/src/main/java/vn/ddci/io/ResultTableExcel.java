package vn.ddci.io;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import vn.ddci.result.ResultTable;

/**
 * Reads and writes result tables in Excel workbooks (.xlsx, and legacy .xls for reading).
 *
 * <p>A sheet is read as {@link ResultTableCsv} reads a file, by the same classifier and the same
 * assembly: headers in Vietnamese or English, title rows skipped, unknown columns ignored and
 * reported, empty cells and "not published" markers read as missing. Each value column takes its
 * units' names from the nearest column to its left that holds names (headed as one, or not headed
 * at all), so that PCI's summary sheets, where every sub-index is sorted on its own beside its own
 * column of province names, are read like a plain table. The table ends at its first blank row: the
 * rows below it (PCI's sheets keep a lookup block there) are not read and are reported ({@link
 * ResultTables#unreadRows()}). Numbers stored as numbers keep every digit the cell holds
 * (70.00139617919922), and a whole number is read as one (70, not 70.0); numbers stored as text are
 * parsed with a decimal comma or point. Formula cells are read by their cached values; a formula
 * without one, or an error value such as #DIV/0!, is an error wherever it is read, never a 0 or a
 * name. A cell merged down over several rows (a "Khối" cell over its block's rows) gives its value
 * to each of them.
 *
 * <p>A read is all or nothing: a problem throws a {@link DdciIoException} naming the file, sheet,
 * row, column and value. Only regular files are read; damaged, encrypted or oversized files (over
 * 16 MiB) are refused; zip bombs are stopped by POI's zip limits, tightened to 64 MiB per part and
 * a compression ratio of at most 100. Reading prints nothing: see the README on POI's logging.
 *
 * <pre>{@code
 * ResultTable pci2016 = ResultTableExcel.read(Path.of("PCI_2016.xlsx"), "Summary_VN",
 *     TableOptions.of(Frameworks.PCI_PROVINCES).withHeaders(ResultTableExcel.PCI_HEADERS))
 *     .table();
 * }</pre>
 */
public final class ResultTableExcel {
  /** The largest file read: 16 MiB. */
  public static final long MAX_BYTES = Workbooks.MAX_BYTES;

  /**
   * The headers of PCI's summary sheets that are not a sub-index's name, for {@link
   * TableOptions#withHeaders(Map)}.
   */
  public static final Map<String, String> PCI_HEADERS =
      Map.of("Hỗ trợ doanh nghiệp", "BUSINESS_SUPPORT", "Hỗ trợ DN", "BUSINESS_SUPPORT");

  private ResultTableExcel() {}

  /**
   * Reads the result tables of a sheet.
   *
   * @param file the workbook
   * @param sheetName the sheet, e.g. "Summary_VN"
   * @param options the blocks, and what the sheet does not say (year, block size …)
   * @return the tables, with what was ignored, missing or inconsistent
   * @throws DdciIoException naming file, sheet, row, column and value when anything is wrong
   */
  public static ResultTables read(Path file, String sheetName, TableOptions options) {
    Objects.requireNonNull(sheetName, "sheetName");
    return read(file, Optional.of(sheetName), options);
  }

  /**
   * Reads the result tables of a workbook's first sheet.
   *
   * @param file the workbook
   * @param options the blocks, and what the sheet does not say
   * @return the tables, with what was ignored, missing or inconsistent
   * @throws DdciIoException naming file, sheet, row, column and value when anything is wrong
   */
  public static ResultTables read(Path file, TableOptions options) {
    return read(file, Optional.empty(), options);
  }

  private static ResultTables read(Path file, Optional<String> sheetName, TableOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    String source = file.toString();
    Grid grid =
        Workbooks.read(
            file, "Excel workbook", workbook -> grid(source, sheet(workbook, source, sheetName)));
    return TableReader.read(grid, options);
  }

  private static Sheet sheet(Workbook workbook, String source, Optional<String> name) {
    if (workbook.getNumberOfSheets() == 0) {
      throw DdciIoException.of(source, "has no sheet", null);
    }
    if (name.isEmpty()) {
      return workbook.getSheetAt(0);
    }
    Sheet sheet = workbook.getSheet(name.get());
    if (sheet == null) {
      List<String> names = new ArrayList<>();
      workbook.forEach(s -> names.add(s.getSheetName()));
      throw DdciIoException.of(
          source, "has no sheet \"" + name.get() + "\"; it has " + names, null);
    }
    return sheet;
  }

  private static Grid grid(String source, Sheet sheet) {
    if (sheet.getLastRowNum() >= ResultTableCsv.MAX_ROWS) {
      throw DdciIoException.of(
          source,
          "sheet \""
              + sheet.getSheetName()
              + "\" has more than the "
              + ResultTableCsv.MAX_ROWS
              + " rows read",
          null);
    }
    DataFormatter formatter = new DataFormatter();
    formatter.setUseCachedValuesForFormulaCells(true);
    List<List<Grid.Cell>> rows = new ArrayList<>();
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      List<Grid.Cell> cells = new ArrayList<>();
      if (row != null) {
        for (int c = 0; c < row.getLastCellNum(); c++) {
          cells.add(cell(source, sheet, row.getCell(c), formatter));
        }
      }
      rows.add(cells);
    }
    fillMergedRegions(sheet, rows);
    return new Grid(source, Optional.of(sheet.getSheetName()), rows);
  }

  /**
   * Gives the cells below the top of a vertically merged region the value of its top cell, as a
   * person reading the sheet sees it (a "Khối" cell merged over its block's rows). Cells merged
   * across columns are left empty, so that a header spanning two columns does not become two
   * columns of the same figure.
   */
  private static void fillMergedRegions(Sheet sheet, List<List<Grid.Cell>> rows) {
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      int top = region.getFirstRow();
      int column = region.getFirstColumn();
      if (top >= rows.size() || column >= rows.get(top).size()) {
        continue;
      }
      Grid.Cell value = rows.get(top).get(column);
      for (int r = top + 1; r <= Math.min(region.getLastRow(), rows.size() - 1); r++) {
        List<Grid.Cell> cells = rows.get(r);
        while (cells.size() <= column) {
          cells.add(Grid.Cell.EMPTY);
        }
        cells.set(column, value);
      }
    }
  }

  private static Grid.Cell cell(String source, Sheet sheet, Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return Grid.Cell.EMPTY;
    }
    CellType type = cell.getCellType();
    boolean formula = type == CellType.FORMULA;
    if (formula && cell instanceof XSSFCell && !((XSSFCell) cell).getCTCell().isSetV()) {
      return new Grid.Cell(
          "=" + cell.getCellFormula(),
          null,
          "a formula without a cached value: open the workbook in a spreadsheet and save it");
    }
    CellType value = formula ? cell.getCachedFormulaResultType() : type;
    String text = formatter.formatCellValue(cell);
    if (text.length() > ResultTableCsv.MAX_CELL_CHARS) {
      throw DdciIoException.atCell(
          source,
          sheet.getSheetName(),
          cell.getRowIndex() + 1,
          CellReference.convertNumToColString(cell.getColumnIndex()),
          text.substring(0, 20),
          "the cell has "
              + text.length()
              + " characters, more than the "
              + ResultTableCsv.MAX_CELL_CHARS
              + " read",
          null);
    }
    if (value == CellType.ERROR) {
      return new Grid.Cell(text.strip(), null, "an error value (" + text.strip() + ")");
    }
    if (value == CellType.NUMERIC) {
      double d = cell.getNumericCellValue();
      if (!Double.isFinite(d)) {
        return new Grid.Cell(text.strip(), null, "not a finite number");
      }
      // a whole number is read as one (70, not 70.0): no digit the cell does not show
      BigDecimal exact =
          d == Math.rint(d) && Math.abs(d) < 1e15
              ? BigDecimal.valueOf((long) d)
              : BigDecimal.valueOf(d);
      return new Grid.Cell(text.strip(), exact, null);
    }
    return text.isBlank() ? Grid.Cell.EMPTY : new Grid.Cell(text.strip(), null, null);
  }

  /**
   * Writes a result table as a formatted .xlsx (bold, frozen header row; numbers shown with two
   * decimals and stored with every digit a spreadsheet cell keeps, 15 significant digits).
   *
   * @param table the table
   * @param file the target file, replaced whole or not at all
   * @throws DdciIoException if the file cannot be written
   */
  public static void write(ResultTable table, Path file) {
    Objects.requireNonNull(table, "table");
    write(List.of(table), file);
  }

  /**
   * Writes result tables as one sheet of a .xlsx, with a block column when they are of several
   * blocks.
   *
   * @param tables one or more tables
   * @param file the target file, replaced whole or not at all
   * @throws DdciIoException if the file cannot be written
   */
  public static void write(List<ResultTable> tables, Path file) {
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(file, "file");
    TableWriter.xlsx(List.of(ResultTableLayout.of(tables, file)), file);
  }
}
