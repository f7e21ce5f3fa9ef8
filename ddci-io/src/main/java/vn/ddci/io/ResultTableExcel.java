package vn.ddci.io;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import vn.ddci.framework.Block;
import vn.ddci.framework.Component;
import vn.ddci.name.NameMatcher;
import vn.ddci.name.Names;
import vn.ddci.result.Decimals;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * Reads a result table from a sheet of an Excel workbook (.xlsx, or legacy .xls).
 *
 * <p>The first row holds the headers, recognised as {@link ResultTableCsv} does (components by code
 * or name, the total, the rank and the tier), plus short forms given by the caller ({@code
 * "Hỗ trợ\n doanh nghiệp"} for PCI's business support). Each score column takes its units' names
 * from the nearest column to its left that is headed as a unit column ("Tỉnh") or not headed at
 * all: so both plain sheets (one column of names, then the scores) and PCI's summary sheets, where
 * every sub-index column is sorted on its own beside its own column of province names, are read.
 * Rank and tier columns take their names the same way. Columns with other headers are ignored.
 * The table ends at its first blank row: what lies below it (PCI's sheets keep a lookup block
 * there) is not read.
 * Numbers stored as numbers keep every digit Excel holds; numbers stored as text are parsed with a
 * decimal comma or point.
 *
 * <p>A read is all or nothing: a problem throws a {@link DdciIoException} naming the file, sheet,
 * row, column and value. Damaged, encrypted or oversized files (over 16 MiB) are refused; zip bombs
 * are stopped by POI's zip limits, tightened to 64 MiB per part and a compression ratio of at
 * most 100. Formula cells are read by their cached values.
 *
 * <pre>{@code
 * ResultTable pci2016 = ResultTableExcel.read(Path.of("PCI_2016.xlsx"), "Summary_VN",
 *     Frameworks.PCI_PROVINCES, Year.of(2016), ResultTableExcel.PCI_SHORT_FORMS);
 * }</pre>
 */
public final class ResultTableExcel {
  /** The largest file read: 16 MiB. */
  public static final long MAX_BYTES = Workbooks.MAX_BYTES;

  /** The short forms of PCI's summary sheets that are not a sub-index's name. */
  public static final Map<String, String> PCI_SHORT_FORMS =
      Map.of("Hỗ trợ doanh nghiệp", "BUSINESS_SUPPORT", "Hỗ trợ DN", "BUSINESS_SUPPORT");

  private static final Pattern TOTAL_OF_A_YEAR = Pattern.compile("(pci|ddci)\\d{4}");

  private ResultTableExcel() {}

  /**
   * Reads a sheet.
   *
   * @param file the workbook
   * @param sheetName the sheet, e.g. "Summary_VN"
   * @param block the block the units belong to
   * @param year the year of the results
   * @param shortForms headers that stand for a component without being its name, mapped to the
   *     component's code or name
   * @return the table
   * @throws DdciIoException naming file, sheet, row, column and value when anything is wrong
   */
  public static ResultTable read(
      Path file, String sheetName, Block block, Year year, Map<String, String> shortForms) {
    String source = file.toString();
    return Workbooks.read(
        file,
        "Excel workbook",
        workbook -> {
          Sheet sheet = workbook.getSheet(sheetName);
          if (sheet == null) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            throw DdciIoException.of(
                source, "has no sheet \"" + sheetName + "\"; it has " + names, null);
          }
          return new SheetReader(source, sheet, block, year, shortForms).read();
        });
  }

  /** Reads one sheet. */
  private static final class SheetReader {
    private final String source;
    private final Sheet sheet;
    private final Block block;
    private final Year year;
    private final Map<String, String> shortForms;
    private final DataFormatter formatter = new DataFormatter();
    private final List<String> headers = new ArrayList<>();

    SheetReader(String source, Sheet sheet, Block block, Year year, Map<String, String> shortForms) {
      this.source = source;
      this.sheet = sheet;
      this.block = block;
      this.year = year;
      formatter.setUseCachedValuesForFormulaCells(true);
      ImmutableMap.Builder<String, String> keys = ImmutableMap.builder();
      shortForms.forEach((form, component) -> keys.put(Names.key(form), component));
      this.shortForms = keys.buildKeepingLast();
    }

    ResultTable read() {
      Row header = sheet.getRow(sheet.getFirstRowNum());
      if (header == null) {
        throw DdciIoException.of(source, "sheet \"" + sheet.getSheetName() + "\" is empty", null);
      }
      for (int c = 0; c < header.getLastCellNum(); c++) {
        headers.add(text(header.getCell(c)));
      }
      Map<Integer, Column> columns = classify();
      Map<String, Scorecard.Builder> cards = new LinkedHashMap<>();
      Map<String, Map<Column, Integer>> seen = new LinkedHashMap<>();
      int headerRow = header.getRowNum();
      for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null || columns.values().stream().allMatch(c -> isBlank(row, c.units))) {
          break; // the table ends at its first blank row; what lies below is not read
        }
        for (Map.Entry<Integer, Column> e : columns.entrySet()) {
          read(row, e.getKey(), e.getValue(), cards, seen);
        }
      }
      List<Scorecard> built = new ArrayList<>();
      for (Map.Entry<String, Scorecard.Builder> e : cards.entrySet()) {
        try {
          built.add(e.getValue().build());
        } catch (IllegalArgumentException | IllegalStateException invalid) {
          throw DdciIoException.atRow(
              source,
              sheet.getSheetName(),
              seen.get(e.getKey()).values().iterator().next(),
              invalid.getMessage(),
              invalid);
        }
      }
      if (built.isEmpty()) {
        throw DdciIoException.of(source, "sheet \"" + sheet.getSheetName() + "\" has no row", null);
      }
      try {
        return ResultTable.of(block, year, built);
      } catch (IllegalArgumentException invalid) {
        throw DdciIoException.of(source, invalid.getMessage(), invalid);
      }
    }

    private void read(
        Row row,
        int index,
        Column column,
        Map<String, Scorecard.Builder> cards,
        Map<String, Map<Column, Integer>> seen) {
      String name = text(row.getCell(column.units));
      if (name.isEmpty()) {
        throw cell(row, column.units, name, "no unit name beside column \"" + headers.get(index)
            + "\"", null);
      }
      String key = NameMatcher.tolerant().key(name);
      Integer earlier =
          seen.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(column, row.getRowNum() + 1);
      if (earlier != null) {
        throw cell(row, column.units, name,
            "the unit appears twice beside column \"" + headers.get(index) + "\" (also row "
                + earlier + ")", null);
      }
      Scorecard.Builder card = cards.get(key);
      if (card == null) {
        try {
          card = Scorecard.builder().unit(Unit.of(name, block)).year(year);
        } catch (IllegalArgumentException e) {
          throw cell(row, column.units, name, e.getMessage(), e);
        }
        cards.put(key, card);
      }
      Cell cell = row.getCell(index);
      String text = text(cell);
      try {
        switch (column.role) {
          case COMPONENT:
            if (text.isEmpty()) {
              throw cell(
                  row, index, text, "empty: no score for component " + column.component, null);
            }
            card.score(column.component, number(row, index, cell, text));
            break;
          case TOTAL:
            if (!text.isEmpty()) {
              card.givenTotal(Score.of(number(row, index, cell, text)));
            }
            break;
          case RANK:
            if (!text.isEmpty()) {
              card.publishedRank(number(row, index, cell, text).intValueExact());
            }
            break;
          case TIER:
            if (!text.isEmpty()) {
              card.publishedTier(text);
            }
            break;
          default:
            break;
        }
      } catch (IllegalArgumentException | ArithmeticException e) {
        throw cell(row, index, text, e.getMessage() == null ? e.toString() : e.getMessage(), e);
      }
    }

    private Map<Integer, Column> classify() {
      Map<Integer, Column> columns = new LinkedHashMap<>();
      for (int c = 0; c < headers.size(); c++) {
        String header = headers.get(c);
        Optional<Column> column = columnOf(header, c);
        if (column.isPresent()) {
          columns.put(c, column.get());
        }
      }
      for (Component component : block.framework().components()) {
        if (columns.values().stream().noneMatch(col -> component.equals(col.component))) {
          throw DdciIoException.atRow(
              source,
              sheet.getSheetName(),
              1,
              "no column of component " + component + " (" + component.nameVi() + "); headers are "
                  + headers,
              null);
        }
      }
      return columns;
    }

    private Optional<Column> columnOf(String header, int index) {
      String key = ResultColumns.keyOrEmpty(header);
      if (key.isEmpty()) {
        return Optional.empty();
      }
      ResultColumns.Role role;
      Component component = null;
      if (isA(ResultColumns.Role.TOTAL, key) || TOTAL_OF_A_YEAR.matcher(key).matches()) {
        role = ResultColumns.Role.TOTAL;
      } else if (isA(ResultColumns.Role.RANK, key)) {
        role = ResultColumns.Role.RANK;
      } else if (isA(ResultColumns.Role.TIER, key)) {
        role = ResultColumns.Role.TIER;
      } else {
        Optional<Component> found =
            shortForms.containsKey(key)
                ? block.framework().findComponent(shortForms.get(key))
                : block.framework().findComponent(header);
        if (found.isEmpty()) {
          return Optional.empty();
        }
        role = ResultColumns.Role.COMPONENT;
        component = found.get();
      }
      int units = unitColumnLeftOf(index);
      return Optional.of(new Column(role, component, units));
    }

    private int unitColumnLeftOf(int index) {
      for (int c = index - 1; c >= 0; c--) {
        String header = headers.get(c);
        if (ResultColumns.keyOrEmpty(header).isEmpty() || isA(ResultColumns.Role.UNIT, ResultColumns.keyOrEmpty(header))) {
          return c;
        }
      }
      throw DdciIoException.atCell(
          source,
          sheet.getSheetName(),
          1,
          headers.get(index),
          headers.get(index),
          "no column of unit names to the left of it",
          null);
    }

    private static boolean isA(ResultColumns.Role role, String key) {
      return ResultColumns.keys(role).contains(key);
    }

    private BigDecimal number(Row row, int index, Cell cell, String text) {
      try {
        if (cell.getCellType() == CellType.NUMERIC
            || (cell.getCellType() == CellType.FORMULA
                && cell.getCachedFormulaResultType() == CellType.NUMERIC)) {
          return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        return Decimals.parse(text);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw cell(row, index, text, e.getMessage(), e);
      }
    }

    private boolean isBlank(Row row, int column) {
      return text(row.getCell(column)).isEmpty();
    }

    private String text(Cell cell) {
      if (cell == null) {
        return "";
      }
      String text = formatter.formatCellValue(cell);
      if (text.length() > ResultTableCsv.MAX_CELL_CHARS) {
        throw DdciIoException.atCell(
            source,
            sheet.getSheetName(),
            cell.getRowIndex() + 1,
            new CellReference(cell).formatAsString(),
            text.substring(0, 20),
            "the cell has " + text.length() + " characters, more than the "
                + ResultTableCsv.MAX_CELL_CHARS + " read",
            null);
      }
      return text.strip();
    }

    private DdciIoException cell(Row row, int column, String value, String problem, Throwable e) {
      return DdciIoException.atCell(
          source,
          sheet.getSheetName(),
          row.getRowNum() + 1,
          CellReference.convertNumToColString(column) + " \"" + headers.get(column) + "\"",
          value,
          problem,
          e);
    }
  }

  /** A score, total, rank or tier column and the column of names beside it. */
  private static final class Column {
    final ResultColumns.Role role;
    final Component component;
    final int units;

    Column(ResultColumns.Role role, Component component, int units) {
      this.role = role;
      this.component = component;
      this.units = units;
    }
  }
}
