package vn.ddci.io;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ddci.DdciValidationException;
import vn.ddci.framework.Block;
import vn.ddci.framework.Component;
import vn.ddci.io.Columns.Column;
import vn.ddci.io.Columns.Role;
import vn.ddci.io.Grid.Cell;
import vn.ddci.io.ResultTables.IgnoredColumn;
import vn.ddci.io.ResultTables.MissingCell;
import vn.ddci.io.ResultTables.WithheldUnit;
import vn.ddci.name.NameMatcher;
import vn.ddci.result.Decimals;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * Reads result tables from a {@link Grid} below its {@link HeaderRow}: the one row-to-scorecard
 * assembly of the CSV and Excel readers. Everything wrong is a {@link DdciIoException} naming file,
 * sheet, row and column; the model's own refusals ({@link DdciValidationException}) are caught and
 * located, nothing else.
 */
final class TableReader {
  /** Markers of "not published", compared without case. */
  private static final Set<String> MARKERS =
      Set.of("n/a", "na", "-", "–", "—", "x", "..", "...", "…", "#n/a");

  private static final Pattern RANK_OF_N = Pattern.compile("(\\d{1,6})\\s*/\\s*(\\d{1,6})");

  /** The years a result table may be of. */
  private static final int FIRST_YEAR = 1990;

  private static final int LAST_YEAR = 2100;

  private final Grid grid;
  private final TableOptions options;
  private final List<IgnoredColumn> ignored = new ArrayList<>();
  private final List<MissingCell> missing = new ArrayList<>();
  private final List<WithheldUnit> withheld = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Map<String, Card> cards = new LinkedHashMap<>();
  private final Map<String, Group> groups = new LinkedHashMap<>();
  private final List<Column> columns;
  private final int headerIndex;
  private final Optional<Year> headerYear;
  private final int mainNames;
  private Group lastGroup;

  /** A unit's scorecard being read, with where its figures were. */
  private static final class Card {
    final Scorecard.Builder builder;
    final Unit unit;
    final Group group;
    final int firstRow;
    final Map<Integer, Integer> rowOfColumn = new LinkedHashMap<>();
    boolean hasTotal;
    boolean hasScore;
    int rank;
    int rankRow;
    int rankColumn = -1;
    String rankText;

    Card(Scorecard.Builder builder, Unit unit, Group group, int firstRow) {
      this.builder = builder;
      this.unit = unit;
      this.group = group;
      this.firstRow = firstRow;
    }
  }

  /** The rows of one block and year, and the block figures they carry. */
  private static final class Group {
    final Block block;
    final Year year;
    Integer blockSize;
    String blockSizeWhere;
    Score median;
    Score mean;

    Group(Block block, Year year) {
      this.block = block;
      this.year = year;
    }
  }

  private TableReader(Grid grid, TableOptions options) {
    this.grid = grid;
    this.options = options;
    HeaderRow header = HeaderRow.of(grid, options);
    this.columns = header.columns;
    this.headerIndex = header.headerIndex;
    this.headerYear = header.headerYear;
    this.mainNames = header.mainNames();
  }

  static ResultTables read(Grid grid, TableOptions options) {
    return new TableReader(grid, options).read();
  }

  private ResultTables read() {
    int end = readRows();
    reportIgnored(end);
    Optional<String> unread = unreadRows(end);
    List<ResultTable> tables = build();
    return new ResultTables(
        grid.source,
        grid.sheet,
        headerIndex + 1,
        tables,
        new ResultTables.Report(ignored, missing, withheld, unread, notes));
  }

  // ------------------------------------------------------------------ the rows

  /** Reads the rows up to the first blank one; returns its index (or the number of rows). */
  private int readRows() {
    int r = headerIndex + 1;
    for (; r < grid.rows.size(); r++) {
      if (isBlank(r)) {
        break;
      }
      readRow(r);
    }
    if (cards.isEmpty()) {
      throw DdciIoException.of(
          grid.source,
          grid.where() + "no row of results below the header row " + (headerIndex + 1),
          null);
    }
    return r;
  }

  /** A row is blank when every column of names, values and row attributes is. */
  private boolean isBlank(int row) {
    return columns.stream()
        .filter(c -> c.role != Role.IGNORED && c.role != Role.BLANK)
        .allMatch(c -> grid.cell(row, c.index).isBlank());
  }

  private void readRow(int r) {
    List<Cell> cells = grid.rows.get(r);
    for (int c = columns.size(); c < cells.size(); c++) {
      if (!cells.get(c).isBlank()) {
        throw DdciIoException.atCell(
            grid.source,
            grid.sheetName(),
            r + 1,
            grid.column(c, ""),
            cells.get(c).text(),
            "a value beyond the last column of the header row " + (headerIndex + 1),
            null);
      }
    }
    if (readBlockFigureRow(r)) {
      return;
    }
    Group group = group(r);
    lastGroup = group;
    for (Column c : columns) {
      if (c.role.isValue()) {
        readValue(r, c, group);
      } else if (c.role == Role.BLOCK_SIZE) {
        readBlockSize(r, c, group, number(r, c).map(n -> integer(r, c, n)));
      } else if (c.role == Role.MEDIAN || c.role == Role.MEAN) {
        readBlockFigure(r, c, group, c.role == Role.MEDIAN);
      }
    }
  }

  /**
   * A row named "Điểm trung vị" or "Trung bình" below the units gives the block's median or average
   * in its total column; a row named "Tổng cộng" is no unit.
   */
  private boolean readBlockFigureRow(int r) {
    Column names = columns.get(mainNames);
    String name = text(r, names);
    String figure;
    try {
      figure = name.isEmpty() ? null : Columns.blockFigureRow(name);
    } catch (DdciValidationException e) {
      throw cellError(r, names, name, "not a unit name: " + e.getMessage(), e);
    }
    if (figure == null) {
      return false;
    }
    if (figure.equals("SUMMARY")) {
      throw cellError(r, names, name, "a summary row, not a unit: remove it from the table", null);
    }
    // the row belongs with the units above it, unless it names its own block and year
    boolean ownGroup =
        columns.stream()
            .filter(c -> c.role == Role.BLOCK || c.role == Role.YEAR)
            .anyMatch(c -> !grid.cell(r, c.index).isBlank());
    if (!ownGroup && lastGroup == null) {
      throw cellError(r, names, name, "a row of a block figure above any unit", null);
    }
    Group group = ownGroup ? group(r) : lastGroup;
    Column total =
        columns.stream()
            .filter(c -> c.role == Role.TOTAL && c.names == names.index)
            .findFirst()
            .orElseThrow(
                () ->
                    cellError(
                        r,
                        names,
                        name,
                        "a row of the block's "
                            + (figure.equals("MEDIAN") ? "median" : "average")
                            + ", but the table has no total column to read it from",
                        null));
    for (Column c : columns) {
      if (c.role.isValue()
          && c != total
          && c.names == names.index
          && !isMissing(grid.cell(r, c.index))) {
        throw cellError(
            r,
            c,
            grid.cell(r, c.index).text(),
            "a value on the row of the block's "
                + (figure.equals("MEDIAN") ? "median" : "average")
                + " (\""
                + name
                + "\"), which gives only the total",
            null);
      }
    }
    readBlockFigure(r, total, group, figure.equals("MEDIAN"));
    return true;
  }

  private Group group(int r) {
    Block block = blockOf(r);
    Year year = yearOf(r);
    return groups.computeIfAbsent(block.code() + "|" + year, k -> new Group(block, year));
  }

  private Block blockOf(int r) {
    Optional<Column> column = first(Role.BLOCK);
    if (column.isEmpty()) {
      if (options.blocks().size() > 1) {
        throw DdciIoException.atRow(
            grid.source,
            grid.sheetName(),
            headerIndex + 1,
            "the options have "
                + options.blocks().size()
                + " blocks, and no block column tells"
                + " which a row is of",
            null);
      }
      return options.blocks().get(0);
    }
    Column c = column.get();
    String text = text(r, c);
    if (text.isEmpty()) {
      throw cellError(r, c, text, "empty: no block", null);
    }
    String key;
    try {
      key = Columns.key(text);
    } catch (DdciValidationException e) {
      throw cellError(r, c, text, "not a block: " + e.getMessage(), e);
    }
    for (Block b : options.blocks()) {
      if (key.equals(Columns.key(b.code())) || key.equals(Columns.key(b.name()))) {
        return b;
      }
    }
    throw cellError(
        r, c, text, "not one of the blocks " + options.blocks() + " (by code or name)", null);
  }

  private Year yearOf(int r) {
    Optional<Column> column = first(Role.YEAR);
    if (column.isEmpty()) {
      return options
          .year()
          .or(() -> headerYear)
          .orElseThrow(
              () ->
                  DdciIoException.atRow(
                      grid.source,
                      grid.sheetName(),
                      headerIndex + 1,
                      "no year: give it with withYear, or in a year column, or in the total's"
                          + " header (\"Tổng điểm DDCI 2023\")",
                      null));
    }
    Column c = column.get();
    String text = grid.cell(r, c.index).text();
    BigDecimal number =
        number(r, c).orElseThrow(() -> cellError(r, c, text, "empty: no year", null));
    int value = integer(r, c, number);
    if (value < FIRST_YEAR || value > LAST_YEAR) {
      throw cellError(
          r, c, text, "not a year of results (" + FIRST_YEAR + "–" + LAST_YEAR + ")", null);
    }
    Year year = Year.of(value);
    if (options.year().isPresent() && !options.year().get().equals(year)) {
      throw cellError(r, c, text, "the file is read for " + options.year().get(), null);
    }
    return year;
  }

  private void readValue(int r, Column c, Group group) {
    Column names = columns.get(c.names);
    String name = text(r, names);
    Cell cell = grid.cell(r, c.index);
    if (name.isEmpty()) {
      if (!cell.isBlank()) {
        throw cellError(
            r, names, "", "empty: no unit name for the value in column " + grid.column(c), null);
      }
      return;
    }
    Optional<Component> component = Optional.empty();
    if (c.role == Role.COMPONENT) {
      component = c.component(group.block.framework());
      if (component.isEmpty()) {
        if (isMissing(cell)) {
          return; // a component of another block's framework: nothing to read on this row
        }
        throw cellError(
            r,
            c,
            cell.text(),
            "block " + group.block.code() + " has no component '" + c.component + "'",
            null);
      }
    }
    Card card = card(r, names, name, group);
    Integer earlier = card.rowOfColumn.putIfAbsent(c.index, r + 1);
    if (earlier != null) {
      throw cellError(
          r,
          names,
          name,
          "the unit appears twice in "
              + group.year
              + (c.names == mainNames ? "" : " beside column " + grid.column(c))
              + " (also on row "
              + earlier
              + ")",
          null);
    }
    if (isMissing(cell)) {
      if (options.isStrict()) {
        throw cellError(
            r,
            c,
            cell.text(),
            cell.text().isEmpty()
                ? "empty (strict reading)"
                : "marks a figure as not published (strict reading)",
            null);
      }
      String figure = component.map(Component::code).orElse(c.role.name());
      missing.add(new MissingCell(r + 1, grid.column(c), card.unit.name(), figure, cell.text()));
      return;
    }
    try {
      switch (c.role) {
        case COMPONENT:
          Component k = component.orElseThrow();
          card.builder.score(k, inScale(r, c, k.code(), group.block.framework().componentMax()));
          card.hasScore = true;
          break;
        case TOTAL:
          card.builder.givenTotal(
              Score.of(inScale(r, c, "total", group.block.framework().totalMax())));
          card.hasTotal = true;
          break;
        case RANK:
          readRank(r, c, card, group);
          break;
        case TIER:
          card.builder.publishedTier(text(r, c));
          break;
        default:
          throw new AssertionError("not a value column: " + c.role);
      }
    } catch (DdciValidationException e) {
      throw cellError(r, c, cell.text(), e.getMessage(), e);
    }
  }

  private void readRank(int r, Column c, Card card, Group group) {
    Cell cell = grid.cell(r, c.index);
    Matcher ofN = RANK_OF_N.matcher(cell.text());
    int rank;
    if (cell.number() == null && ofN.matches()) {
      rank = Integer.parseInt(ofN.group(1));
      readBlockSize(r, c, group, Optional.of(Integer.parseInt(ofN.group(2))));
    } else {
      rank = integer(r, c, number(r, c).orElseThrow());
    }
    if (rank < 1) {
      throw cellError(r, c, cell.text(), "rank " + rank + " is below 1", null);
    }
    card.builder.publishedRank(rank);
    card.rank = rank;
    card.rankRow = r;
    card.rankColumn = c.index;
    card.rankText = cell.text();
  }

  private void readBlockSize(int r, Column c, Group group, Optional<Integer> size) {
    if (size.isEmpty()) {
      return;
    }
    int n = size.get();
    String text = grid.cell(r, c.index).text();
    if (n < 1 || n > ResultTable.MAX_BLOCK_SIZE) {
      throw cellError(
          r, c, text, "block size " + n + " is outside 1–" + ResultTable.MAX_BLOCK_SIZE, null);
    }
    OptionalInt given = options.blockSize(group.block);
    if (given.isPresent() && given.getAsInt() != n) {
      throw cellError(
          r,
          c,
          text,
          "block "
              + group.block.code()
              + " is read with the size "
              + given.getAsInt()
              + ", not "
              + n,
          null);
    }
    if (group.blockSize != null && group.blockSize != n) {
      throw cellError(
          r,
          c,
          text,
          "block "
              + group.block.code()
              + " in "
              + group.year
              + " has the size "
              + group.blockSize
              + " at "
              + group.blockSizeWhere
              + ", not "
              + n,
          null);
    }
    group.blockSize = n;
    group.blockSizeWhere = "row " + (r + 1) + ", column \"" + grid.column(c) + "\"";
  }

  private void readBlockFigure(int r, Column c, Group group, boolean median) {
    Cell cell = grid.cell(r, c.index);
    if (isMissing(cell)) {
      return;
    }
    String what = median ? "median" : "average";
    Score value;
    try {
      value = Score.of(inScale(r, c, "the block's " + what, group.block.framework().totalMax()));
    } catch (DdciValidationException e) {
      throw cellError(r, c, cell.text(), e.getMessage(), e);
    }
    Score before = median ? group.median : group.mean;
    if (before != null && !before.equals(value)) {
      throw cellError(
          r,
          c,
          cell.text(),
          "the block's " + what + " was " + Decimals.show(before.value()) + " on an earlier row",
          null);
    }
    if (median) {
      group.median = value;
    } else {
      group.mean = value;
    }
  }

  private Card card(int r, Column names, String name, Group group) {
    Unit unit;
    try {
      unit = Unit.of(name, group.block);
    } catch (DdciValidationException e) {
      throw cellError(r, names, name, "not a unit name: " + e.getMessage(), e);
    }
    String key =
        group.block.code() + "|" + group.year + "|" + NameMatcher.tolerant().key(unit.name());
    return cards.computeIfAbsent(
        key, k -> new Card(Scorecard.builder().unit(unit).year(group.year), unit, group, r + 1));
  }

  private static boolean isMissing(Cell cell) {
    return cell.number() == null && cell.problem() == null && isNotPublished(cell.text());
  }

  /** Tells whether a cell's text says "not published": empty, or one of the markers. */
  static boolean isNotPublished(String text) {
    return text.isEmpty() || MARKERS.contains(text.toLowerCase(Locale.ROOT));
  }

  /** A cell's text, refused at the cell when it cannot be read (an error value, a bare formula). */
  private String text(int r, Column c) {
    Cell cell = grid.cell(r, c.index);
    if (cell.problem() != null) {
      throw cellError(r, c, cell.text(), cell.problem(), null);
    }
    return cell.text();
  }

  /** A cell's number: a numeric cell's value, or its text parsed with a decimal comma or point. */
  private Optional<BigDecimal> number(int r, Column c) {
    Cell cell = grid.cell(r, c.index);
    String text = text(r, c);
    if (cell.number() != null) {
      return Optional.of(cell.number());
    }
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Decimals.parse(text));
    } catch (DdciValidationException e) {
      throw cellError(r, c, text, e.getMessage(), e);
    }
  }

  /** A score within its scale, refused at its cell otherwise. */
  private BigDecimal inScale(int r, Column c, String what, BigDecimal max) {
    BigDecimal value = number(r, c).orElseThrow();
    if (value.signum() < 0 || value.compareTo(max) > 0) {
      throw cellError(
          r,
          c,
          grid.cell(r, c.index).text(),
          what + ": score " + Decimals.show(value) + " is outside 0–" + Decimals.show(max),
          null);
    }
    return value;
  }

  private int integer(int r, Column c, BigDecimal number) {
    try {
      return number.stripTrailingZeros().intValueExact();
    } catch (ArithmeticException e) {
      throw cellError(r, c, grid.cell(r, c.index).text(), "not a whole number", e);
    }
  }

  // ------------------------------------------------------------------ the report and the tables

  private void reportIgnored(int end) {
    for (Column c : columns) {
      boolean holdsSomething = false;
      for (int r = headerIndex + 1; r < end && !holdsSomething; r++) {
        holdsSomething = !grid.cell(r, c.index).isBlank();
      }
      if (c.role == Role.IGNORED) {
        ignored.add(new IgnoredColumn(grid.column(c), c.header, c.ignoredBecause));
      } else if (c.role == Role.BLANK && holdsSomething) {
        ignored.add(
            new IgnoredColumn(
                grid.column(c),
                c.header,
                "no header, and no column to its right" + " takes its names"));
      }
    }
  }

  private Optional<String> unreadRows(int end) {
    int first = -1;
    int last = -1;
    for (int r = end + 1; r < grid.rows.size(); r++) {
      if (grid.rows.get(r).stream().anyMatch(cell -> !cell.isBlank())) {
        first = first < 0 ? r : first;
        last = r;
      }
    }
    if (first < 0) {
      return Optional.empty();
    }
    return Optional.of(
        (first == last ? "row " + (first + 1) : "rows " + (first + 1) + "–" + (last + 1))
            + " (below the blank row "
            + (end + 1)
            + ")");
  }

  private List<ResultTable> build() {
    Map<Group, List<Scorecard>> byGroup = new LinkedHashMap<>();
    Map<Group, Integer> listed = new LinkedHashMap<>();
    for (Card card : cards.values()) {
      listed.merge(card.group, 1, Integer::sum);
      if (!card.hasTotal && !card.hasScore) {
        withheld.add(
            new WithheldUnit(
                card.firstRow,
                card.unit.name(),
                card.group.block.code(),
                card.group.year,
                card.rankColumn >= 0
                    ? "no total and no score published (rank " + card.rank + " published)"
                    : "no total and no score published"));
        continue;
      }
      Scorecard built;
      try {
        built = card.builder.build();
      } catch (DdciValidationException e) {
        String hint =
            columns.stream().noneMatch(c -> c.role == Role.TOTAL) && !ignored.isEmpty()
                ? "; no column was recognised as the total (ignored: "
                    + ignored.stream().map(i -> "\"" + i.header() + "\"").toList()
                    + "): map it with withHeaders(Map.of(\"…\", \"TOTAL\"))"
                : "";
        throw DdciIoException.atRow(
            grid.source, grid.sheetName(), card.firstRow, e.getMessage() + hint, e);
      }
      byGroup.computeIfAbsent(card.group, g -> new ArrayList<>()).add(built);
    }
    List<ResultTable> tables = new ArrayList<>();
    for (Map.Entry<Group, List<Scorecard>> e : byGroup.entrySet()) {
      tables.add(table(e.getKey(), e.getValue(), listed.get(e.getKey())));
    }
    if (tables.isEmpty()) {
      throw DdciIoException.of(
          grid.source, grid.where() + "no unit has a total or a score: " + withheld, null);
    }
    tables.sort(
        Comparator.comparing((ResultTable t) -> options.blocks().indexOf(t.block()))
            .thenComparing(ResultTable::year));
    return tables;
  }

  /** The block's size: given, in the file, or (stated in the notes) the units the file lists. */
  private int blockSize(Group group, int listed) {
    if (options.blockSize(group.block).isPresent()) {
      return options.blockSize(group.block).getAsInt();
    }
    if (group.blockSize != null) {
      return group.blockSize;
    }
    notes.add(
        "block "
            + group.block.code()
            + ", "
            + group.year
            + ": the file does not give the block's"
            + " size, so it is taken to list every unit (n = "
            + listed
            + "); if it lists part of"
            + " the block, give n with withBlockSize");
    return listed;
  }

  private ResultTable table(Group group, List<Scorecard> built, int listed) {
    int n = blockSize(group, listed);
    boolean sizeGiven = options.blockSize(group.block).isPresent() || group.blockSize != null;
    if (listed > n) {
      throw DdciIoException.of(
          grid.source,
          grid.where()
              + "block "
              + group.block.code()
              + ", "
              + group.year
              + ": "
              + listed
              + " units listed, more than the block's size "
              + n,
          null);
    }
    Map<Integer, Integer> sharing = new HashMap<>();
    for (Card card : cards.values()) {
      if (card.group != group || card.rankColumn < 0) {
        continue;
      }
      int shared = sharing.merge(card.rank, 1, Integer::sum);
      String problem = null;
      if (card.rank > n) {
        problem =
            "rank "
                + card.rank
                + " is beyond the block's "
                + n
                + " units"
                + (sizeGiven
                    ? ""
                    : ": the file lists "
                        + listed
                        + " units; if it lists part of the block, give"
                        + " the block's size (withBlockSize, a block-size column, or ranks written"
                        + " \"22/24\")");
      } else if (card.rank + shared - 1 > n) {
        problem =
            shared
                + " units share the published rank "
                + card.rank
                + ", which runs beyond the"
                + " block's "
                + n
                + " units";
      }
      if (problem != null) {
        throw DdciIoException.atCell(
            grid.source,
            grid.sheetName(),
            card.rankRow + 1,
            grid.column(columns.get(card.rankColumn)),
            card.rankText,
            problem,
            null);
      }
    }
    try {
      ResultTable.Builder table =
          ResultTable.builder()
              .block(group.block)
              .year(group.year)
              .blockSize(n)
              .addAllScorecards(built);
      if (group.median != null) {
        table.publishedMedianScore(group.median);
      }
      if (group.mean != null) {
        table.publishedMeanScore(group.mean);
      }
      return table.build();
    } catch (DdciValidationException e) {
      throw DdciIoException.of(grid.source, grid.where() + e.getMessage(), e);
    }
  }

  // ------------------------------------------------------------------ places

  private Optional<Column> first(Role role) {
    return columns.stream().filter(c -> c.role == role).findFirst();
  }

  private DdciIoException cellError(
      int r, Column c, String value, String problem, Throwable cause) {
    return DdciIoException.atCell(
        grid.source, grid.sheetName(), r + 1, grid.column(c), value, problem, cause);
  }
}
