package vn.ddci;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Frameworks;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/** Reads {@code pci/pci_2013_2016_subindices.csv} into result tables, one per year. */
public final class PciData {
  public static final String CSV = "pci/pci_2013_2016_subindices.csv";

  private PciData() {}

  /** The CSV's rows, as read. */
  public static List<CSVRecord> rows() throws IOException {
    Path file = SharedData.require(CSV);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
          .getRecords();
    }
  }

  /** The result tables by year, in the file's order. */
  public static Map<Integer, ResultTable> tables() throws IOException {
    Framework pci = Frameworks.PCI;
    Map<Integer, List<Scorecard>> byYear = new LinkedHashMap<>();
    for (CSVRecord row : rows()) {
      int year = Integer.parseInt(row.get("year"));
      Scorecard.Builder card =
          Scorecard.builder()
              .unit(Unit.of(row.get("province"), Frameworks.PCI_PROVINCES))
              .year(year)
              .givenTotal(Score.parse(row.get("pci")))
              .publishedRank(Integer.parseInt(row.get("rank")))
              .publishedTier(row.get("tier"));
      for (Component c : pci.components()) {
        card.score(c, new BigDecimal(row.get(c.code().toLowerCase(java.util.Locale.ROOT))));
      }
      byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(card.build());
    }
    Map<Integer, ResultTable> tables = new LinkedHashMap<>();
    byYear.forEach(
        (year, cards) ->
            tables.put(year, ResultTable.of(Frameworks.PCI_PROVINCES, Year.of(year), cards)));
    return tables;
  }
}
