package vn.ddci.survey;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Hand-made XLSForm workbooks for tests: sheets of rows of strings, numbers and booleans, written
 * as .xlsx, or as legacy .xls when the file's name ends so.
 */
final class Workbooks {
  /** A cell holding the error #N/A. */
  static final Object NA = new Object();

  private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

  static Workbooks of() {
    return new Workbooks();
  }

  static Object[] row(Object... cells) {
    return cells;
  }

  Workbooks sheet(String name, Object[]... rows) {
    List<List<Object>> all = new java.util.ArrayList<>();
    for (Object[] r : rows) {
      all.add(Arrays.asList(r));
    }
    sheets.put(name, all);
    return this;
  }

  /** A survey sheet with the header type, name, label and these rows. */
  Workbooks survey(Object[]... rows) {
    Object[][] all = new Object[rows.length + 1][];
    all[0] = row("type", "name", "label");
    System.arraycopy(rows, 0, all, 1, rows.length);
    return sheet("survey", all);
  }

  Path writeTo(Path file) throws IOException {
    vn.ddci.io.PoiLogging.quietWhenUnconfigured(); // as the library does before it touches POI
    boolean legacy = file.toString().endsWith(".xls");
    try (Workbook wb = legacy ? new HSSFWorkbook() : new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      sheets.forEach(
          (name, rows) -> {
            Sheet sheet = wb.createSheet(name);
            for (int r = 0; r < rows.size(); r++) {
              Row row = sheet.createRow(r);
              List<Object> cells = rows.get(r);
              for (int c = 0; c < cells.size(); c++) {
                Object v = cells.get(c);
                if (v == null) {
                  continue;
                }
                Cell cell = row.createCell(c);
                if (v == NA) {
                  cell.setCellErrorValue(FormulaError.NA.getCode());
                } else if (v instanceof Boolean) {
                  cell.setCellValue((Boolean) v);
                } else if (v instanceof Number) {
                  cell.setCellValue(((Number) v).doubleValue());
                } else {
                  cell.setCellValue((String) v);
                }
              }
            }
          });
      wb.write(out);
    }
    return file;
  }
}
