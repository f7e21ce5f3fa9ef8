package vn.ddci.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A reference CSV file read as rows of text cells, keyed by a column (test support). */
final class CsvTable {
  final List<String> header;
  final Map<String, Map<String, String>> rows = new LinkedHashMap<>();

  private CsvTable(List<String> header) {
    this.header = header;
  }

  static CsvTable read(Path file, String key) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVParser.builder().setReader(r).setFormat(format).get()) {
      CsvTable t = new CsvTable(new ArrayList<>(p.getHeaderNames()));
      for (CSVRecord rec : p) {
        Map<String, String> row = new LinkedHashMap<>(rec.toMap());
        t.rows.put(key == null ? String.valueOf(rec.getRecordNumber()) : rec.get(key), row);
      }
      return t;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a computed value agrees with a reference cell: 1e-9 relative, 1e-12 at 0. */
  static boolean agrees(double computed, String reference) {
    if (reference.isEmpty() || reference.equals("NA")) {
      return Double.isNaN(computed);
    }
    double b = Double.parseDouble(reference);
    if (b == 0) {
      return Math.abs(computed) <= 1e-12;
    }
    return Math.abs(computed - b) <= 1e-9 * Math.abs(b);
  }
}
