package vn.ddci.io;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@link Table}s as CSV (UTF-8 with a byte order mark, so that Excel shows Vietnamese right)
 * or as a formatted .xlsx (bold, frozen header row; column widths; numbers with two decimals shown
 * and every digit a cell keeps; in a table that is read back, a number a cell cannot hold exactly
 * is refused; text is escaped so that it reads back as written, {@code _x0041_} included). Files
 * are written to a temporary file and moved into place: a target is never half-written.
 */
final class TableWriter {
  private TableWriter() {}

  static void csv(Table table, Path file) {
    StringWriter text = new StringWriter();
    text.write('\uFEFF');
    try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
      printer.printRecord(table.headers);
      for (List<Object> row : table.rows) {
        printer.printRecord(row.stream().map(TableWriter::plain).toList());
      }
    } catch (IOException e) {
      throw DdciIoException.of(file.toString(), "cannot be written: " + e, e);
    }
    JsonSupport.writeAtomically(file, text.toString());
  }

  static void xlsx(List<Table> tables, Path file) {
    PoiLogging.quietWhenUnconfigured();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setWrapText(true);
      CellStyle number = workbook.createCellStyle();
      number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      for (Table table : tables) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name));
        Row top = sheet.createRow(0);
        for (int c = 0; c < table.headers.size(); c++) {
          Cell cell = top.createCell(c);
          cell.setCellValue(XlsxText.escape(table.headers.get(c)));
          cell.setCellStyle(header);
        }
        int[] widths = new int[table.headers.size()];
        for (int c = 0; c < widths.length; c++) {
          widths[c] = Math.min(60, Math.max(8, table.headers.get(c).length() + 2));
        }
        for (int r = 0; r < table.rows.size(); r++) {
          Row row = sheet.createRow(r + 1);
          List<Object> cells = table.rows.get(r);
          for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value == null) {
              continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof BigDecimal) {
              BigDecimal exact = (BigDecimal) value;
              double d = exact.doubleValue();
              if (table.readBack && BigDecimal.valueOf(d).compareTo(exact) != 0) {
                // a spreadsheet cell holds a double: refuse rather than write another number
                throw DdciIoException.atCell(
                    file.toString(),
                    sheet.getSheetName(),
                    r + 2,
                    CellReference.convertNumToColString(c) + " " + table.headers.get(c),
                    exact.toString(),
                    "has more digits than a spreadsheet cell keeps (15 to 17 significant); write"
                        + " CSV or JSON to keep every digit",
                    null);
              }
              cell.setCellValue(d);
              cell.setCellStyle(number);
            } else if (value instanceof Integer) {
              cell.setCellValue((Integer) value);
            } else {
              cell.setCellValue(XlsxText.escape(value.toString()));
              widths[c] = Math.min(60, Math.max(widths[c], value.toString().length() + 2));
            }
          }
        }
        for (int c = 0; c < widths.length; c++) {
          sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
      }
      AtomicFiles.write(file, workbook::write);
    } catch (IOException e) {
      throw DdciIoException.of(file.toString(), "cannot be written: " + e, e);
    }
  }

  private static Object plain(Object value) {
    return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value;
  }
}
