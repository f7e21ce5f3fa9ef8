package vn.ddci.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ddci.engine.AuditEntry;
import vn.ddci.engine.Dataset;
import vn.ddci.io.DdciIoException;
import vn.ddci.io.PoiLogging;
import vn.ddci.io.ResultTableCsv;
import vn.ddci.io.ResultTableExcel;
import vn.ddci.result.ResultTable;

/**
 * A folder of tables written whole or not at all: each table a CSV file (UTF-8, a missing value an
 * empty cell, numbers with every digit of the double) and, on request, all of them in one .xlsx
 * workbook. The files are written into a temporary folder beside the target, then moved in one
 * step; the target must not exist or be empty.
 */
final class OutputFolder {
  private final Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
  private ResultTable resultTable;

  /** Adds a table: the header row first. */
  void add(String name, List<List<Object>> rows) {
    tables.put(name, rows);
  }

  /** Adds the block's result table (a survey's), written as ddci rank reads it. */
  void add(ResultTable table) {
    this.resultTable = table;
  }

  /** The names of the files the folder will hold. */
  List<String> files(boolean xlsx) {
    List<String> names = new ArrayList<>();
    tables.keySet().forEach(n -> names.add(n + ".csv"));
    if (resultTable != null) {
      names.add("table.csv");
    }
    if (xlsx) {
      names.add("tables.xlsx");
      if (resultTable != null) {
        names.add("table.xlsx");
      }
    }
    return names;
  }

  /** A dataset as rows: uCode, uName, then its columns. */
  static List<List<Object>> rows(Dataset data) {
    List<List<Object>> rows = new ArrayList<>();
    List<Object> header = new ArrayList<>(List.of("uCode", "uName"));
    header.addAll(data.columns());
    rows.add(header);
    for (String unit : data.units()) {
      List<Object> row = new ArrayList<>(List.of(unit, data.name(unit).orElse("")));
      for (String column : data.columns()) {
        row.add(number(data.value(column, unit)));
      }
      rows.add(row);
    }
    return rows;
  }

  /** The audit trail as rows. */
  static List<List<Object>> rows(List<AuditEntry> audit) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("step", "action", "column", "unit", "before", "after", "note"));
    for (AuditEntry e : audit) {
      rows.add(
          List.of(
              e.step(),
              e.action().name(),
              e.column().orElse(""),
              e.unit().orElse(""),
              number(e.before()),
              number(e.after()),
              e.note()));
    }
    return rows;
  }

  private static Object number(OptionalDouble v) {
    return v.isPresent() ? (Object) v.getAsDouble() : "";
  }

  /**
   * Writes every table into the folder, whole or not at all.
   *
   * @throws DdciIoException naming the folder when it holds files already or cannot be written
   */
  void write(Path dir, boolean xlsx) {
    Path target = dir.toAbsolutePath().normalize();
    try {
      if (Files.exists(target) && !isEmptyFolder(target)) {
        throw DdciIoException.of(
            dir.toString(), "already exists and is not an empty folder: name a new one", null);
      }
      Path parent = target.getParent();
      Files.createDirectories(parent);
      Path temporary = Files.createTempDirectory(parent, ".ddci-");
      try {
        writeInto(temporary, xlsx);
        Files.deleteIfExists(target);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        delete(temporary);
      }
    } catch (IOException | UncheckedIOException e) {
      throw DdciIoException.of(dir.toString(), "cannot be written: " + e.getMessage(), e);
    }
  }

  private void writeInto(Path folder, boolean xlsx) throws IOException {
    for (Map.Entry<String, List<List<Object>>> t : tables.entrySet()) {
      try (Writer w = Files.newBufferedWriter(folder.resolve(t.getKey() + ".csv"))) {
        for (List<Object> row : t.getValue()) {
          List<String> cells = new ArrayList<>();
          row.forEach(c -> cells.add(csv(c)));
          w.write(String.join(",", cells));
          w.write('\n');
        }
      }
    }
    if (resultTable != null) {
      ResultTableCsv.write(resultTable, folder.resolve("table.csv"));
    }
    if (xlsx) {
      writeWorkbook(folder.resolve("tables.xlsx"));
      if (resultTable != null) {
        ResultTableExcel.write(resultTable, folder.resolve("table.xlsx"));
      }
    }
  }

  private void writeWorkbook(Path file) throws IOException {
    PoiLogging.quietWhenUnconfigured();
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      for (Map.Entry<String, List<List<Object>>> t : tables.entrySet()) {
        Sheet sheet = book.createSheet(t.getKey());
        int r = 0;
        for (List<Object> values : t.getValue()) {
          Row row = sheet.createRow(r++);
          for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v instanceof Number d) {
              row.createCell(c).setCellValue(d.doubleValue());
            } else if (!v.toString().isEmpty()) {
              row.createCell(c).setCellValue(v.toString());
            }
          }
        }
      }
      book.write(out);
    }
  }

  private static String csv(Object cell) {
    if (cell instanceof Double d) {
      return Double.toString(d);
    }
    String s = cell.toString();
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  static boolean isEmptyFolder(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
