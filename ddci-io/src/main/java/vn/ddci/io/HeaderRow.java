package vn.ddci.io;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.ddci.DdciValidationException;
import vn.ddci.framework.Block;
import vn.ddci.framework.Component;
import vn.ddci.io.Columns.Column;
import vn.ddci.io.Columns.Role;
import vn.ddci.io.Grid.Cell;

/**
 * The header row of a result table, found and understood: which row it is (title rows above it
 * skipped), what each column holds ({@link Columns}), the year its headers name, and for each value
 * column the column of its units' names. Refuses, naming the header cell, what would make the
 * reading a guess: two columns of one figure, several years without one chosen, a column it does
 * not know in a file without a total.
 */
final class HeaderRow {
  private final Grid grid;
  private final TableOptions options;

  /** The columns, left to right. */
  List<Column> columns;

  /** The row's index in the grid (0 is the first row). */
  int headerIndex;

  /** The year the headers name, when neither the options nor a year column give it. */
  Optional<Year> headerYear = Optional.empty();

  private HeaderRow(Grid grid, TableOptions options) {
    this.grid = grid;
    this.options = options;
  }

  /** Finds the header row of a grid and understands its columns. */
  static HeaderRow of(Grid grid, TableOptions options) {
    HeaderRow header = new HeaderRow(grid, options);
    header.find();
    header.assignNames();
    return header;
  }

  private void find() {
    Map<String, String> mapped = Columns.byKey(options.headers());
    if (options.headerRow().isPresent()) {
      headerIndex = options.headerRow().getAsInt() - 1;
      if (headerIndex >= grid.rows.size()) {
        throw DdciIoException.of(
            grid.source,
            grid.where()
                + "has "
                + grid.rows.size()
                + " rows, none at the header row "
                + (headerIndex + 1),
            null);
      }
      columns = recognise(headerIndex, mapped);
      if (!Columns.isHeaderRow(columns)) {
        throw DdciIoException.atRow(
            grid.source,
            grid.sheetName(),
            headerIndex + 1,
            "the header row needs a column of unit names (\"Đơn vị\", \"Tỉnh\", or no header) and"
                + " a total or component column to its right; headers are "
                + headers(columns),
            null);
      }
    } else {
      int last = Math.min(grid.rows.size(), TableOptions.HEADER_SEARCH_ROWS);
      for (headerIndex = 0; headerIndex < last; headerIndex++) {
        columns = recognise(headerIndex, mapped);
        if (Columns.isHeaderRow(columns)) {
          break;
        }
      }
      if (headerIndex == last) {
        throw DdciIoException.of(
            grid.source,
            grid.where()
                + "no header row in the first "
                + TableOptions.HEADER_SEARCH_ROWS
                + " rows: a header row has a column of unit names (\"Đơn vị\", \"Tỉnh\", \"Sở,"
                + " ngành\") and a total or component column; name the row with withHeaderRow,"
                + " or map headers with withHeaders"
                + (grid.rows.isEmpty() ? "" : "; the first row is " + texts(0)),
            null);
      }
    }
    checkYearsOfHeaders();
    checkDuplicates();
    checkNothingIsGuessed();
  }

  private List<Column> recognise(int row, Map<String, String> mapped) {
    List<Column> recognised = new ArrayList<>();
    List<Cell> cells = grid.rows.get(row);
    for (int c = 0; c < cells.size(); c++) {
      String header = cells.get(c).text();
      try {
        recognised.add(Columns.recognise(c, header, options.blocks(), mapped));
      } catch (DdciValidationException e) {
        throw DdciIoException.atCell(
            grid.source,
            grid.sheetName(),
            row + 1,
            grid.column(c, header),
            header,
            e.getMessage(),
            e);
      }
    }
    return recognised;
  }

  /** Totals and ranks of another year are ignored; a year named by the headers is the year. */
  private void checkYearsOfHeaders() {
    Set<Year> named = new TreeSet<>();
    for (Column c : columns) {
      c.year.ifPresent(named::add);
    }
    Optional<Year> year = options.year();
    boolean yearColumn = columns.stream().anyMatch(c -> c.role == Role.YEAR);
    if (year.isEmpty() && !yearColumn && named.size() > 1) {
      throw DdciIoException.atRow(
          grid.source,
          grid.sheetName(),
          headerIndex + 1,
          "the headers name several years " + named + ": give the year to read with withYear",
          null);
    }
    if (year.isEmpty() && !yearColumn && named.size() == 1) {
      headerYear = Optional.of(named.iterator().next());
      year = headerYear;
    }
    for (Column c : columns) {
      if (c.year.isPresent() && year.isPresent() && !c.year.get().equals(year.get())) {
        c.ignore(
            "the "
                + c.role.name().toLowerCase(Locale.ROOT)
                + " of "
                + c.year.get()
                + ", not of "
                + year.get());
      }
    }
    if (columns.stream().noneMatch(c -> c.role == Role.TOTAL || c.role == Role.COMPONENT)) {
      throw DdciIoException.atRow(
          grid.source,
          grid.sheetName(),
          headerIndex + 1,
          "no total or component column of "
              + year.map(Year::toString).orElse("the year read")
              + " is left: "
              + ignoredHeaders(),
          null);
    }
  }

  private void checkDuplicates() {
    Map<String, Column> seen = new LinkedHashMap<>();
    for (Column c : columns) {
      if (c.role == Role.IGNORED || c.role == Role.BLANK || c.role == Role.UNIT) {
        continue;
      }
      String what =
          c.role == Role.COMPONENT
              ? "component " + componentKey(c)
              : c.role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      Column other = seen.putIfAbsent(what, c);
      if (other != null) {
        throw headerError(
            c,
            "a second column of the "
                + what
                + " (the first is "
                + grid.column(other)
                + "); map one of them with withHeaders, or remove it");
      }
    }
  }

  /**
   * Without a recognised total column, a column whose header the reader does not know is an error,
   * not a guess: the file may hold the published totals there, and the reader would otherwise
   * compute totals from weights (or refuse them where the weights are an assumption).
   */
  private void checkNothingIsGuessed() {
    if (columns.stream().anyMatch(c -> c.role == Role.TOTAL)) {
      return;
    }
    Optional<Column> unknown =
        columns.stream()
            .filter(Columns::looksLikeATotal)
            .findFirst()
            .or(() -> columns.stream().filter(Columns::isUnknown).findFirst());
    if (unknown.isPresent()) {
      Column c = unknown.get();
      String header = c.header.strip().replaceAll("\\s+", " ");
      throw headerError(
          c,
          (Columns.looksLikeATotal(c)
                  ? "looks like a total, but the reader does not recognise it"
                  : "the reader does not know this column")
              + ", and no other column is the total: map it with withHeaders(Map.of(\""
              + header
              + "\", \"TOTAL\")), or \"IGNORE\" to read without it");
    }
  }

  /** The component's code in the first framework that knows it, for telling columns apart. */
  private String componentKey(Column c) {
    for (Block b : options.blocks()) {
      Optional<Component> found = c.component(b.framework());
      if (found.isPresent()) {
        return found.get().code();
      }
    }
    throw headerError(c, "no component '" + c.component + "' in " + frameworks());
  }

  /** Each value column takes the names of the nearest names column to its left. */
  private void assignNames() {
    int firstUnit =
        columns.stream()
            .filter(c -> c.role == Role.UNIT)
            .mapToInt(c -> c.index)
            .findFirst()
            .orElse(-1);
    for (Column c : columns) {
      if (!c.role.isValue()) {
        continue;
      }
      int names = -1;
      for (int i = c.index - 1; i >= 0; i--) {
        Role r = columns.get(i).role;
        if (r == Role.UNIT || r == Role.BLANK) {
          names = i;
          break;
        }
      }
      c.names = names >= 0 ? names : firstUnit;
      if (c.names < 0) {
        throw headerError(c, "no column of unit names for it");
      }
      if (columns.get(c.names).role == Role.BLANK) {
        columns.get(c.names).role = Role.UNIT;
      }
    }
  }

  /** The first column of names: the one row attributes (year, block, size) belong with. */
  int mainNames() {
    return columns.stream()
        .filter(c -> c.role == Role.UNIT)
        .mapToInt(c -> c.index)
        .findFirst()
        .orElseThrow();
  }

  private String texts(int row) {
    return grid.rows.get(row).stream().map(Cell::text).toList().toString();
  }

  private String ignoredHeaders() {
    return columns.stream()
        .filter(c -> c.role == Role.IGNORED)
        .map(c -> "\"" + c.header + "\" (" + c.ignoredBecause + ")")
        .toList()
        .toString();
  }

  private static String headers(List<Column> columns) {
    return columns.stream().map(c -> c.header).toList().toString();
  }

  private String frameworks() {
    return options.blocks().stream().map(b -> "'" + b.framework().name() + "'").toList().toString();
  }

  /** A problem of a column of the header row, located at its cell. */
  private DdciIoException headerError(Column c, String problem) {
    return DdciIoException.atCell(
        grid.source, grid.sheetName(), headerIndex + 1, grid.column(c), c.header, problem, null);
  }
}
