package vn.ddci.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import vn.ddci.DdciValidationException;
import vn.ddci.framework.Block;
import vn.ddci.internal.Values;
import vn.ddci.name.Names;
import vn.ddci.result.ResultTable;

/**
 * How to read a result table from a CSV file or a sheet: which block (or blocks) the units belong
 * to, the year, the size of the block, the header row, headers the reader does not know, and
 * whether "not published" markers are accepted.
 *
 * <p>What is not given is read from the file when it says it, and otherwise stated here:
 *
 * <ul>
 *   <li><b>Year</b>: {@link #withYear(Year)}, or a year column ("Năm"), or the year in the total's
 *       header ("Tổng điểm DDCI 2023").
 *   <li><b>Block</b>: the only block given, or a block column ("Khối") naming one of the blocks
 *       given, by code or name.
 *   <li><b>Block size n</b>: {@link #withBlockSize(int)}, or a block-size column ("Số đơn vị",
 *       "block_size"), or a rank written "22/24"; otherwise the file is taken to list every unit of
 *       the block (n = the units read), and a published rank beyond that is an error that says to
 *       give n.
 *   <li><b>Header row</b>: {@link #withHeaderRow(int)}, or the first of the first 20 rows that has
 *       a unit column and a total or component column (title rows above it are skipped).
 *   <li><b>Markers</b>: an empty cell, "N/A", "NA", "#N/A", "-", "–", "—", "x", "..", "..." or "…"
 *       where a score, total, rank or tier is expected means "not published" and is read as
 *       missing; {@link #strict()} refuses them instead. A unit with nothing published is left out
 *       and reported ({@link ResultTables#withheldUnits()}).
 *   <li><b>Rows of block figures</b>: a row named "Điểm trung vị" or "Trung bình" below the units
 *       gives the block's median or average in the total column; a row named "Tổng cộng" is an
 *       error, never a unit.
 * </ul>
 *
 * <pre>{@code
 * TableOptions.of(Frameworks.PCI_PROVINCES);                       // a year column, whole table
 * TableOptions.of(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Frameworks.LANG_SON_DISTRICT_BLOCK)
 *     .withYear(2021);                                             // a block column, sizes in the file
 * TableOptions.of(block).withYear(2023).withBlockSize(25)
 *     .withHeaders(Map.of("Điểm tổng hợp cuối cùng", "TOTAL", "Hỗ trợ DN", "BUSINESS_SUPPORT"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TableOptions {
  /** The roles a header may be mapped to besides a component: see {@link #withHeaders(Map)}. */
  static final List<String> ROLES =
      List.of(
          "UNIT",
          "YEAR",
          "TOTAL",
          "RANK",
          "TIER",
          "BLOCK",
          "BLOCK_SIZE",
          "MEDIAN",
          "MEAN",
          "IGNORE");

  /** How many rows are searched for the header row. */
  static final int HEADER_SEARCH_ROWS = 20;

  private final ImmutableList<Block> blocks;
  private final Optional<Year> year;
  private final ImmutableMap<Block, Integer> blockSizes;
  private final OptionalInt headerRow;
  private final ImmutableMap<String, String> headers;
  private final boolean strict;

  private TableOptions(
      ImmutableList<Block> blocks,
      Optional<Year> year,
      ImmutableMap<Block, Integer> blockSizes,
      OptionalInt headerRow,
      ImmutableMap<String, String> headers,
      boolean strict) {
    this.blocks = blocks;
    this.year = year;
    this.blockSizes = blockSizes;
    this.headerRow = headerRow;
    this.headers = headers;
    this.strict = strict;
  }

  /**
   * Returns the options of a file of one block.
   *
   * @param block the block the units belong to
   * @return the options; the year, block size and header row from the file
   */
  public static TableOptions of(Block block) {
    return of(List.of(Objects.requireNonNull(block, "block")));
  }

  /**
   * Returns the options of a file of several blocks, told apart by a block column.
   *
   * @param first a block
   * @param others more blocks
   * @return the options
   */
  public static TableOptions of(Block first, Block... others) {
    return of(ImmutableList.<Block>builder().add(first).add(others).build());
  }

  /**
   * Returns the options of a file of one or several blocks.
   *
   * @param blocks the blocks, at least one; with more than one, the file needs a block column
   * @return the options
   * @throws DdciValidationException if there is no block, or a block is given twice
   */
  public static TableOptions of(List<Block> blocks) {
    ImmutableList<Block> list = ImmutableList.copyOf(blocks);
    if (list.isEmpty() || list.stream().map(Block::code).distinct().count() != list.size()) {
      throw new DdciValidationException(
          "table options need one or more blocks of distinct codes, got " + list);
    }
    return new TableOptions(
        list, Optional.empty(), ImmutableMap.of(), OptionalInt.empty(), ImmutableMap.of(), false);
  }

  /**
   * Returns a copy reading every row as of a year; a year column, if any, must agree.
   *
   * @param year the year of the results
   * @return the copy
   */
  public TableOptions withYear(Year year) {
    Values.year(Objects.requireNonNull(year, "year"), "table options: year");
    return new TableOptions(
        blocks,
        Optional.of(Objects.requireNonNull(year, "year")),
        blockSizes,
        headerRow,
        headers,
        strict);
  }

  /**
   * Returns a copy reading every row as of a year.
   *
   * @param year the year of the results, e.g. 2021
   * @return the copy
   * @throws DdciValidationException if the year is outside 1990–2100 ({@link vn.ddci.Bounds})
   */
  public TableOptions withYear(int year) {
    return withYear(Values.year(year, "table options: year"));
  }

  /**
   * Returns a copy that states the size n of the only block: the file lists some or all of its n
   * units.
   *
   * @param blockSize n
   * @return the copy
   * @throws DdciValidationException if n is outside 1–{@link ResultTable#MAX_BLOCK_SIZE}, or the
   *     options have several blocks (use {@link #withBlockSize(Block, int)})
   */
  public TableOptions withBlockSize(int blockSize) {
    if (blocks.size() != 1) {
      throw new DdciValidationException(
          "the options have "
              + blocks.size()
              + " blocks: give each block's size with"
              + " withBlockSize(block, n)");
    }
    return withBlockSize(blocks.get(0), blockSize);
  }

  /**
   * Returns a copy that states the size n of one of the blocks.
   *
   * @param block one of the blocks
   * @param blockSize n
   * @return the copy
   * @throws DdciValidationException if the block is not one of the options' or n is outside
   *     1–{@link ResultTable#MAX_BLOCK_SIZE}
   */
  public TableOptions withBlockSize(Block block, int blockSize) {
    if (!blocks.contains(block)) {
      throw new DdciValidationException(block + " is not one of the blocks " + blocks);
    }
    if (blockSize < 1 || blockSize > ResultTable.MAX_BLOCK_SIZE) {
      throw new DdciValidationException(
          "block "
              + block.code()
              + ": block size "
              + blockSize
              + " is outside 1–"
              + ResultTable.MAX_BLOCK_SIZE);
    }
    Map<Block, Integer> sizes = new LinkedHashMap<>(blockSizes);
    sizes.put(block, blockSize);
    return new TableOptions(blocks, year, ImmutableMap.copyOf(sizes), headerRow, headers, strict);
  }

  /**
   * Returns a copy that names the header row, for files whose header the reader does not find.
   *
   * @param row the row as a spreadsheet numbers it (1 is the first row)
   * @return the copy
   * @throws DdciValidationException if the row is outside 1–2000
   */
  public TableOptions withHeaderRow(int row) {
    if (row < 1 || row > HEADER_SEARCH_ROWS * 100) {
      throw new DdciValidationException(
          "header row " + row + " is outside 1–" + HEADER_SEARCH_ROWS * 100);
    }
    return new TableOptions(blocks, year, blockSizes, OptionalInt.of(row), headers, strict);
  }

  /**
   * Returns a copy with headers that the reader does not recognise by themselves, each mapped to a
   * component (its code or name) or to one of the roles {@code UNIT}, {@code YEAR}, {@code TOTAL},
   * {@code RANK}, {@code TIER}, {@code BLOCK}, {@code BLOCK_SIZE}, {@code MEDIAN} (the block's
   * median total), {@code MEAN} (its average) and {@code IGNORE} (a column not to read, such as a
   * total of another kind that the reader would otherwise refuse to guess about). Headers are
   * matched tolerantly (diacritics, case, spacing, line breaks).
   *
   * @param headers e.g. {@code "Hỗ trợ DN" → "BUSINESS_SUPPORT"}, {@code "Điểm cuối cùng" →
   *     "TOTAL"}
   * @return the copy, with these mappings added to those given before
   */
  public TableOptions withHeaders(Map<String, String> headers) {
    Objects.requireNonNull(headers, "headers");
    Map<String, String> all = new LinkedHashMap<>(this.headers);
    Map<String, String> byKey = new LinkedHashMap<>();
    this.headers.keySet().forEach(h -> byKey.put(Names.key(h), h));
    headers.forEach(
        (header, target) -> {
          Objects.requireNonNull(header, "header");
          Objects.requireNonNull(target, "target");
          String earlier = byKey.putIfAbsent(Names.key(header), header);
          if (earlier != null && !earlier.equals(header)) {
            throw new DdciValidationException(
                "table options: the headers "
                    + Names.quote(earlier)
                    + " and "
                    + Names.quote(header)
                    + " are read alike; map one of them");
          }
          if (!ROLES.contains(target)
              && blocks.stream().allMatch(b -> b.framework().findComponent(target).isEmpty())) {
            throw new DdciValidationException(
                "table options: the header "
                    + Names.quote(header)
                    + " is mapped to "
                    + Names.quote(target)
                    + ", which is neither a role "
                    + ROLES
                    + " nor a component of "
                    + blocks);
          }
          all.put(header, target);
        });
    return new TableOptions(blocks, year, blockSizes, headerRow, ImmutableMap.copyOf(all), strict);
  }

  /**
   * Returns a copy that refuses "not published" markers and empty cells where a score, total, rank
   * or tier is expected, instead of reading them as missing.
   *
   * @return the strict copy
   */
  public TableOptions strict() {
    return new TableOptions(blocks, year, blockSizes, headerRow, headers, true);
  }

  /**
   * Returns the blocks.
   *
   * @return one or more blocks
   */
  public List<Block> blocks() {
    return blocks;
  }

  /**
   * Returns the year given.
   *
   * @return the year, if given
   */
  public Optional<Year> year() {
    return year;
  }

  /**
   * Returns the size given for a block.
   *
   * @param block one of the blocks
   * @return n, if given
   */
  public OptionalInt blockSize(Block block) {
    Integer n = blockSizes.get(block);
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }

  /**
   * Returns the header row given.
   *
   * @return the row, if given
   */
  public OptionalInt headerRow() {
    return headerRow;
  }

  /**
   * Returns the headers mapped by the caller.
   *
   * @return header → component code or name, or role
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Tells whether markers of "not published" are refused.
   *
   * @return true when strict
   */
  public boolean isStrict() {
    return strict;
  }

  @Override
  public String toString() {
    return "TableOptions["
        + blocks
        + year.map(y -> ", year " + y).orElse("")
        + (blockSizes.isEmpty() ? "" : ", sizes " + blockSizes)
        + (headerRow.isPresent() ? ", header row " + headerRow.getAsInt() : "")
        + (headers.isEmpty() ? "" : ", headers " + headers)
        + (strict ? ", strict" : "")
        + "]";
  }
}
