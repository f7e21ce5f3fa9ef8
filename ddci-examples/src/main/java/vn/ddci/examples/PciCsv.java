package vn.ddci.examples;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.ddci.framework.Component;
import vn.ddci.framework.Frameworks;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * Reads {@code pci_2013_2016_subindices.csv} (a row per province and year: the ten sub-indices,
 * the total, the rank and the tier) into one {@link ResultTable} per year.
 *
 * <p>A minimal reader for the examples; the library's general readers of CSV and Excel files are
 * the business of the {@code ddci-io} module.
 */
public final class PciCsv {
  private PciCsv() {}

  /**
   * Reads the file.
   *
   * @param file the CSV file
   * @return the tables by year, in year order
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException naming the row when a value is invalid
   */
  public static Map<Year, ResultTable> read(Path file) {
    Map<Year, List<Scorecard>> byYear = new TreeMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(in)) {
      for (CSVRecord row : parser) {
        try {
          Year year = Year.parse(row.get("year"));
          byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(scorecard(row, year));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(
              file + ", row " + (row.getRecordNumber() + 1) + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Map<Year, ResultTable> tables = new TreeMap<>();
    byYear.forEach((y, cards) -> tables.put(y, ResultTable.of(Frameworks.PCI_PROVINCES, y, cards)));
    return tables;
  }

  private static Scorecard scorecard(CSVRecord row, Year year) {
    Scorecard.Builder card =
        Scorecard.builder()
            .unit(Unit.of(row.get("province"), Frameworks.PCI_PROVINCES))
            .year(year)
            .givenTotal(Score.parse(row.get("pci")))
            .publishedRank(Integer.parseInt(row.get("rank")))
            .publishedTier(row.get("tier"));
    for (Component c : Frameworks.PCI.components()) {
      card.score(c, new BigDecimal(row.get(c.code().toLowerCase(Locale.ROOT))));
    }
    return card.build();
  }
}
