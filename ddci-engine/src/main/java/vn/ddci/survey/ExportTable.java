package vn.ddci.survey;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import vn.ddci.io.DdciIoException;

/**
 * A survey export as a table of text cells (internal; see {@link SurveyExport}): the header, and
 * the rows that are not entirely blank, each with its row number as a spreadsheet shows it (the
 * header is row 1). CSV and Excel exports become this table; everything after is shared.
 *
 * @param source the file, as messages name it
 * @param sheet the sheet read, or null for a CSV file
 * @param header the header's cells
 * @param rows the rows, blank ones left out
 */
record ExportTable(String source, String sheet, List<String> header, List<Line> rows) {

  /**
   * One row of the table.
   *
   * @param number its row number as a spreadsheet shows it
   * @param cells its cells' text, stripped
   */
  record Line(int number, List<String> cells) {
    /** The text of a cell; "" beyond the row's last cell. */
    String cell(int column) {
      return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    boolean isBlank() {
      return cells.stream().allMatch(String::isEmpty);
    }
  }

  ExportTable {
    header = ImmutableList.copyOf(header);
    rows = ImmutableList.copyOf(rows);
  }

  /**
   * Reads an export as the extension of its name says: .csv, or .xlsx / .xls (first sheet).
   *
   * @throws DdciIoException naming the file when its extension is another, or it cannot be read
   */
  static ExportTable read(Path file) {
    String source = file.toString();
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return csv(file);
    }
    if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
      return WorkbookFiles.read(file, w -> excel(source, w));
    }
    throw DdciIoException.of(
        source, "is neither a CSV (.csv) nor an Excel (.xlsx, .xls) survey export", null);
  }

  private static ExportTable csv(Path file) {
    String source = file.toString();
    // Empty lines are kept as records so that a record's number is its row in a spreadsheet.
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setAllowMissingColumnNames(true)
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false)
            .get();
    try (Reader r = openSkippingBom(file);
        CSVParser p = CSVParser.builder().setReader(r).setFormat(format).get()) {
      List<String> header = p.getHeaderNames();
      List<Line> rows = new ArrayList<>();
      for (CSVRecord rec : p) {
        List<String> cells = new ArrayList<>(rec.size());
        rec.forEach(v -> cells.add(v.strip()));
        Line line = new Line((int) rec.getRecordNumber() + 1, cells);
        if (!line.isBlank()) {
          rows.add(line);
        }
      }
      return new ExportTable(source, null, header, rows);
    } catch (IOException | UncheckedIOException e) {
      throw DdciIoException.of(source, "cannot be read: " + e.getMessage(), e);
    }
  }

  /** Opens a UTF-8 text file, without the byte order mark a spreadsheet may write first. */
  private static Reader openSkippingBom(Path file) throws IOException {
    return new java.io.BufferedReader(
        new java.io.InputStreamReader(
            org.apache.commons.io.input.BOMInputStream.builder().setPath(file).get(),
            StandardCharsets.UTF_8));
  }

  private static ExportTable excel(String source, Workbook workbook) {
    if (workbook.getNumberOfSheets() == 0) {
      throw DdciIoException.of(source, "has no sheet", null);
    }
    Sheet sheet = workbook.getSheetAt(0);
    String name = sheet.getSheetName();
    Row first = sheet.getRow(0);
    if (first == null) {
      throw DdciIoException.atRow(source, name, 1, "no header in row 1 of the first sheet", null);
    }
    int width = Math.max(first.getLastCellNum(), 0);
    List<String> header = new ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      header.add(text(source, name, first.getCell(c), 1, ""));
    }
    List<Line> rows = new ArrayList<>();
    for (Row row : sheet) {
      int r = row.getRowNum() + 1;
      if (r == 1) {
        continue;
      }
      List<String> cells = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        cells.add(text(source, name, row.getCell(c), r, header.get(c)));
      }
      Line line = new Line(r, cells);
      if (!line.isBlank()) {
        rows.add(line);
      }
    }
    return new ExportTable(source, name, header, rows);
  }

  /**
   * A cell's text: a string stripped; a number as the shortest decimal, without ".0" (a code 1
   * stored as a number reads "1"); a boolean as TRUE or FALSE; a formula by its cached value; a
   * blank cell "". A cell holding an error (#N/A, #REF!) is refused, naming it.
   */
  private static String text(String source, String sheet, Cell cell, int row, String header) {
    if (cell == null) {
      return "";
    }
    CellType t = cell.getCellType();
    if (t == CellType.FORMULA) {
      t = cell.getCachedFormulaResultType();
    }
    switch (t) {
      case STRING:
        return cell.getStringCellValue().strip();
      case NUMERIC:
        return WorkbookFiles.number(cell.getNumericCellValue());
      case BOOLEAN:
        return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR:
        String letter = CellReference.convertNumToColString(cell.getColumnIndex());
        throw DdciIoException.atCell(
            source,
            sheet,
            row,
            header.isEmpty() ? letter : letter + " " + header,
            FormulaError.forInt(cell.getErrorCellValue()).getString(),
            "the cell holds an error",
            null);
      default:
        return "";
    }
  }
}
