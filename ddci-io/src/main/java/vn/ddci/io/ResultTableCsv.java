package vn.ddci.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.BoundedInputStream;
import vn.ddci.io.Grid.Cell;
import vn.ddci.result.ResultTable;

/**
 * Reads and writes result tables as CSV: a row per unit, a column per component, and the total,
 * rank, tier, year, block and block-size columns that a file has.
 *
 * <p>Reading: headers are recognised in Vietnamese or English, tolerant of diacritics, case,
 * spacing and line breaks: the unit ("Đơn vị", "Tên cơ quan, đơn vị", "Sở, ngành", "Huyện", "Tỉnh",
 * "province"), the components (by code or name), the total ("Tổng điểm", "Tổng điểm DDCI 2023",
 * "Tổng điểm (100 điểm)", "PCI 2016"), the rank ("Xếp hạng"; "22/24" gives the rank and the block
 * size), the tier ("Xếp loại"), the year ("Năm"), the block ("Khối"), the block size ("Số đơn vị"),
 * the block's published median and average ("Điểm trung vị", "Điểm trung bình"). Title rows above
 * the header row are skipped. Anything else is ignored and reported ({@link
 * ResultTables#ignoredColumns()}); an unknown total header never leads to a total computed from
 * weights the publisher did not state. Empty cells and "not published" markers are missing scores
 * ({@link ResultTables#missingCells()}), unless the options are {@link TableOptions#strict()
 * strict}. Numbers may use a decimal comma or point; the file is UTF-8, with or without a byte
 * order mark. See {@link TableOptions} for the year, block and block size.
 *
 * <p>A read is all or nothing: any problem throws a {@link DdciIoException} naming the file, row,
 * column and value, and no table is returned. Only regular files are read; files larger than {@link
 * #MAX_BYTES}, more than {@link #MAX_ROWS} rows, lines of more than 1,000,000 characters or 10,000
 * commas, and cells longer than {@link #MAX_CELL_CHARS} are refused, while reading.
 *
 * <p>Writing: a table (or several, with block and year columns) is written so that reading it back
 * with {@code TableOptions.of(block)} gives an equal table; missing scores are empty cells.
 *
 * <pre>{@code
 * ResultTables read = ResultTableCsv.read(Path.of("pci_2013_2016_subindices.csv"),
 *     TableOptions.of(Frameworks.PCI_PROVINCES));
 * Map<Year, ResultTable> pci = read.byYear();
 * ResultTableCsv.write(pci.get(Year.of(2016)), Path.of("target/pci-2016.csv"));
 * }</pre>
 */
public final class ResultTableCsv {
  /** The largest file read: 64 MiB. */
  public static final long MAX_BYTES = 64L << 20;

  /** The longest cell read: 10,000 characters. */
  public static final int MAX_CELL_CHARS = 10_000;

  /** The most rows read: 100,000 (ten blocks of the largest size, ten years of them). */
  public static final int MAX_ROWS = 100_000;

  private ResultTableCsv() {}

  /** Thrown while reading a stream of more than {@link #MAX_BYTES}. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("more than the " + MAX_BYTES + " bytes read");
    }
  }

  /**
   * Reads the result tables of a CSV file.
   *
   * @param file the CSV file
   * @param options the blocks, and what the file does not say (year, block size …)
   * @return the tables, with what was ignored, missing or inconsistent
   * @throws DdciIoException naming file, row, column and value when anything is wrong
   */
  public static ResultTables read(Path file, TableOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    String source = file.toString();
    AtomicFiles.checkReadable(file, MAX_BYTES);
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source, options);
    } catch (IOException e) {
      throw DdciIoException.of(source, "cannot be read: " + e, e);
    }
  }

  /**
   * Reads the result tables of CSV from a stream, e.g. an upload.
   *
   * @param in the bytes, UTF-8 with or without a byte order mark; at most {@link #MAX_BYTES} are
   *     read; not closed
   * @param source the name to give in messages
   * @param options the blocks, and what the file does not say
   * @return the tables, with what was ignored, missing or inconsistent
   * @throws DdciIoException naming source, row, column and value when anything is wrong
   */
  public static ResultTables read(InputStream in, String source, TableOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    return TableReader.read(grid(in, source), options);
  }

  private static Grid grid(InputStream in, String source) {
    try {
      InputStream bounded =
          BoundedInputStream.builder()
              .setInputStream(in)
              .setMaxCount(MAX_BYTES + 1)
              .setPropagateClose(false)
              .setOnMaxCount(
                  (max, count) -> {
                    throw new TooLarge();
                  })
              .get();
      BOMInputStream withoutBom = BOMInputStream.builder().setInputStream(bounded).get();
      Reader reader =
          new BoundedLines(
              new InputStreamReader(
                  withoutBom,
                  StandardCharsets.UTF_8
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPORT)
                      .onUnmappableCharacter(CodingErrorAction.REPORT)));
      CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
      List<List<Cell>> rows = new ArrayList<>();
      try (CSVParser parser = format.parse(reader)) {
        for (CSVRecord record : parser) {
          if (rows.size() == MAX_ROWS) {
            throw DdciIoException.of(source, "has more than the " + MAX_ROWS + " rows read", null);
          }
          List<Cell> cells = new ArrayList<>();
          for (int c = 0; c < record.size(); c++) {
            String text = record.get(c);
            if (text.length() > MAX_CELL_CHARS) {
              throw DdciIoException.atCell(
                  source,
                  null,
                  rows.size() + 1,
                  "#" + (c + 1),
                  text.substring(0, 20),
                  "the cell has "
                      + text.length()
                      + " characters, more than the "
                      + MAX_CELL_CHARS
                      + " read",
                  null);
            }
            cells.add(text.isBlank() ? Cell.EMPTY : new Cell(text.strip(), null, null));
          }
          rows.add(cells);
        }
      }
      return new Grid(source, Optional.empty(), rows);
    } catch (TooLarge e) {
      throw DdciIoException.of(source, "has " + e.getMessage(), e);
    } catch (BoundedLines.TooLong e) {
      throw DdciIoException.of(source, e.getMessage(), e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof TooLarge) {
        throw DdciIoException.of(source, "has " + e.getCause().getMessage(), e);
      }
      if (e.getCause() instanceof BoundedLines.TooLong) {
        throw DdciIoException.of(source, e.getCause().getMessage(), e);
      }
      throw DdciIoException.of(source, "is not readable UTF-8 CSV: " + e.getMessage(), e);
    } catch (IOException e) {
      // also commons-csv's refusals of malformed CSV (an unclosed quote, a character after one)
      throw DdciIoException.of(source, "is not readable UTF-8 CSV: " + e.getMessage(), e);
    }
  }

  /**
   * Writes a result table as CSV (UTF-8 with a byte order mark, so that Excel shows Vietnamese
   * right).
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
   * Writes result tables as one CSV file, with a block column when they are of several blocks.
   *
   * @param tables one or more tables
   * @param file the target file, replaced whole or not at all
   * @throws DdciIoException if the file cannot be written
   */
  public static void write(List<ResultTable> tables, Path file) {
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(file, "file");
    TableWriter.csv(ResultTableLayout.of(tables, file), file);
  }
}
