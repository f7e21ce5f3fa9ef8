package vn.ddci.io;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import vn.ddci.framework.Block;
import vn.ddci.framework.Component;
import vn.ddci.name.NameMatcher;
import vn.ddci.result.Decimals;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * Reads result tables from CSV files: a row per unit, a column per component, and optional year,
 * total, rank and tier columns.
 *
 * <p>Headers are matched to the block's framework by component code or Vietnamese or English name,
 * tolerant of diacritics, case, spacing and line breaks inside the cell; the unit, year, total,
 * rank and tier columns by their usual names in Vietnamese or English ("Đơn vị", "Tỉnh",
 * "province"; "Năm", "year"; "Tổng điểm", "total", "PCI"; "Xếp hạng", "rank"; "Xếp loại",
 * "tier"). Other columns ("STT", "Ghi chú") are ignored, but every component must have its
 * column. Numbers may use a decimal comma or point; the file is UTF-8, with or without a byte
 * order mark. An empty component cell is a missing score, which is an error: a scorecard needs
 * every component. An empty total, rank or tier cell is simply absent.
 *
 * <p>A read is all or nothing: any problem throws a {@link DdciIoException} naming the file, row,
 * column and value, and no table is returned. Files larger than {@link #MAX_BYTES} and cells longer
 * than {@link #MAX_CELL_CHARS} are refused.
 *
 * <pre>{@code
 * Map<Year, ResultTable> pci = ResultTableCsv.read(Path.of("pci_2013_2016_subindices.csv"),
 *     Frameworks.PCI_PROVINCES);
 * }</pre>
 */
public final class ResultTableCsv {
  /** The largest file read: 64 MiB. */
  public static final long MAX_BYTES = 64L << 20;

  /** The longest cell read: 10,000 characters. */
  public static final int MAX_CELL_CHARS = 10_000;

  private ResultTableCsv() {}

  /**
   * Reads a file whose rows carry their year in a year column.
   *
   * @param file the CSV file
   * @param block the block the units belong to
   * @return a table per year, in year order
   * @throws DdciIoException naming file, row, column and value when anything is wrong
   */
  public static Map<Year, ResultTable> read(Path file, Block block) {
    return read(file, block, Optional.empty(), Map.of());
  }

  /**
   * Reads a file whose rows carry their year, with headers that stand for a component without
   * being its name or code (the mapping override).
   *
   * @param file the CSV file
   * @param block the block the units belong to
   * @param shortForms headers mapped to a component's code or name, e.g. {@code "Hỗ trợ DN" →
   *     "BUSINESS_SUPPORT"}
   * @return a table per year, in year order
   * @throws DdciIoException naming file, row, column and value when anything is wrong
   */
  public static Map<Year, ResultTable> read(
      Path file, Block block, Map<String, String> shortForms) {
    return read(file, block, Optional.empty(), shortForms);
  }

  /**
   * Reads a file of one year; a year column, if any, must hold that year on every row.
   *
   * @param file the CSV file
   * @param block the block the units belong to
   * @param year the year of the results
   * @return the table
   * @throws DdciIoException naming file, row, column and value when anything is wrong
   */
  public static ResultTable read(Path file, Block block, Year year) {
    return read(file, block, year, Map.of());
  }

  /**
   * Reads a file of one year, with headers mapped by the caller.
   *
   * @param file the CSV file
   * @param block the block the units belong to
   * @param year the year of the results
   * @param shortForms headers mapped to a component's code or name
   * @return the table
   * @throws DdciIoException naming file, row, column and value when anything is wrong
   */
  public static ResultTable read(
      Path file, Block block, Year year, Map<String, String> shortForms) {
    return read(file, block, Optional.of(year), shortForms).get(year);
  }

  private static Map<Year, ResultTable> read(
      Path file, Block block, Optional<Year> year, Map<String, String> shortForms) {
    String source = file.toString();
    AtomicFiles.checkSize(file, MAX_BYTES);
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source, block, year, shortForms);
    } catch (IOException e) {
      throw DdciIoException.of(source, "cannot be read: " + e, e);
    }
  }

  /**
   * Reads CSV from a stream, e.g. an upload.
   *
   * @param in the bytes, UTF-8 with or without a byte order mark; not closed
   * @param source the name to give in messages
   * @param block the block the units belong to
   * @param year the year of every row, or empty when a year column gives it
   * @param shortForms headers mapped to a component's code or name (may be empty)
   * @return a table per year, in year order
   * @throws DdciIoException naming source, row, column and value when anything is wrong
   */
  public static Map<Year, ResultTable> read(
      InputStream in,
      String source,
      Block block,
      Optional<Year> year,
      Map<String, String> shortForms) {
    try {
      BOMInputStream withoutBom = BOMInputStream.builder().setInputStream(in).get();
      Reader reader =
          new InputStreamReader(
              withoutBom,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      CSVFormat format =
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      try (CSVParser parser = format.parse(reader)) {
        return new TableReader(source, block, year, parser.getHeaderNames(), shortForms)
            .read(parser);
      }
    } catch (IOException | UncheckedIOException e) {
      throw DdciIoException.of(source, "is not readable UTF-8 CSV: " + e.getMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw DdciIoException.of(source, "is not valid CSV: " + e.getMessage(), e);
    }
  }

  /** Reads the records of one file. */
  private static final class TableReader {
    private final String source;
    private final Block block;
    private final Optional<Year> year;
    private final ResultColumns columns;
    private final Map<Year, List<Scorecard>> cards = new TreeMap<>();
    private final Map<String, Integer> rowOfUnit = new HashMap<>();

    TableReader(
        String source,
        Block block,
        Optional<Year> year,
        List<String> headers,
        Map<String, String> shortForms) {
      this.source = source;
      this.block = block;
      this.year = year;
      try {
        this.columns = ResultColumns.of(headers, block.framework(), shortForms);
      } catch (IllegalArgumentException e) {
        throw DdciIoException.atRow(source, null, 1, e.getMessage(), e);
      }
      if (year.isEmpty() && columns.indexOf(ResultColumns.Role.YEAR).isEmpty()) {
        throw DdciIoException.atRow(
            source, null, 1, "no year column, and no year given to read the file with", null);
      }
    }

    Map<Year, ResultTable> read(CSVParser parser) {
      for (CSVRecord record : parser) {
        int row = (int) record.getRecordNumber() + 1;
        if (!record.isConsistent()) {
          throw DdciIoException.atRow(
              source,
              null,
              row,
              "has " + record.size() + " cells, the header " + parser.getHeaderNames().size(),
              null);
        }
        add(record, row);
      }
      if (cards.isEmpty()) {
        throw DdciIoException.of(source, "has no row of results", null);
      }
      ImmutableMap.Builder<Year, ResultTable> tables = ImmutableMap.builder();
      for (Map.Entry<Year, List<Scorecard>> e : cards.entrySet()) {
        try {
          tables.put(e.getKey(), ResultTable.of(block, e.getKey(), e.getValue()));
        } catch (IllegalArgumentException invalid) {
          throw DdciIoException.of(source, invalid.getMessage(), invalid);
        }
      }
      return tables.build();
    }

    private void add(CSVRecord record, int row) {
      String unitName = required(record, row, ResultColumns.Role.UNIT);
      Year rowYear = yearOf(record, row);
      String key = rowYear + "|" + NameMatcher.tolerant().key(unitName);
      Integer earlier = rowOfUnit.putIfAbsent(key, row);
      if (earlier != null) {
        throw cell(record, row, columns.indexOf(ResultColumns.Role.UNIT).orElseThrow(),
            "the unit appears twice in " + rowYear + " (also on row " + earlier + ")", null);
      }
      Scorecard.Builder card = Scorecard.builder().year(rowYear);
      try {
        card.unit(Unit.of(unitName, block));
      } catch (IllegalArgumentException e) {
        throw cell(record, row, columns.indexOf(ResultColumns.Role.UNIT).orElseThrow(),
            e.getMessage(), e);
      }
      for (Map.Entry<Integer, Component> e : columns.components().entrySet()) {
        String text = text(record, row, e.getKey());
        if (text.isEmpty()) {
          throw cell(record, row, e.getKey(), "empty: no score for component " + e.getValue(), null);
        }
        card.score(e.getValue(), score(record, row, e.getKey(), text).value());
      }
      optional(record, row, ResultColumns.Role.TOTAL)
          .ifPresent(i -> card.givenTotal(score(record, row, i, text(record, row, i))));
      optional(record, row, ResultColumns.Role.RANK)
          .ifPresent(i -> card.publishedRank(integer(record, row, i)));
      optional(record, row, ResultColumns.Role.TIER)
          .ifPresent(i -> card.publishedTier(text(record, row, i)));
      try {
        cards.computeIfAbsent(rowYear, y -> new ArrayList<>()).add(card.build());
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw DdciIoException.atRow(source, null, row, e.getMessage(), e);
      }
    }

    private Year yearOf(CSVRecord record, int row) {
      Optional<Integer> column = columns.indexOf(ResultColumns.Role.YEAR);
      if (column.isEmpty()) {
        return year.orElseThrow();
      }
      int number = integer(record, row, column.get());
      Year read;
      try {
        read = Year.of(number);
      } catch (DateTimeException e) {
        throw cell(record, row, column.get(), "not a year", e);
      }
      if (year.isPresent() && !year.get().equals(read)) {
        throw cell(record, row, column.get(), "the file is read for " + year.get(), null);
      }
      return read;
    }

    private Optional<Integer> optional(CSVRecord record, int row, ResultColumns.Role role) {
      return columns.indexOf(role).filter(i -> !text(record, row, i).isEmpty());
    }

    private String required(CSVRecord record, int row, ResultColumns.Role role) {
      int column = columns.indexOf(role).orElseThrow();
      String text = text(record, row, column);
      if (text.isEmpty()) {
        throw cell(record, row, column, "empty", null);
      }
      return text;
    }

    private String text(CSVRecord record, int row, int column) {
      String text = record.get(column);
      if (text.length() > MAX_CELL_CHARS) {
        throw DdciIoException.atCell(
            source,
            null,
            row,
            columns.header(column),
            text.substring(0, 20),
            "the cell has " + text.length() + " characters, more than the " + MAX_CELL_CHARS
                + " read",
            null);
      }
      return text.strip();
    }

    private Score score(CSVRecord record, int row, int column, String text) {
      try {
        return Score.of(Decimals.parse(text));
      } catch (IllegalArgumentException e) {
        throw cell(record, row, column, e.getMessage(), e);
      }
    }

    private int integer(CSVRecord record, int row, int column) {
      String text = text(record, row, column);
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw cell(record, row, column, "not a whole number", e);
      }
    }

    private DdciIoException cell(
        CSVRecord record, int row, int column, String problem, Throwable cause) {
      return DdciIoException.atCell(
          source, null, row, columns.header(column), record.get(column), problem, cause);
    }
  }
}
