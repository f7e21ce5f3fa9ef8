package vn.ddci.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ddci.assessment.YearOverYear;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.io.ResultTableCsv;
import vn.ddci.io.TableOptions;
import vn.ddci.name.NameMatcher;
import vn.ddci.ranking.Ranking;
import vn.ddci.ranking.Standing;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Unit;
import vn.ddci.text.Language;
import vn.ddci.text.NumberStyle;

/**
 * The second example, on real data: the PCI 2016 ranking of the 63 provinces, each province's
 * change over 2015 with its improvement rank, and who moved most.
 *
 * <p>Reads {@code pci/pci_2013_2016_subindices.csv} from the data folder ({@link DataDir}). Run it
 * with {@code mvn -q -DskipTests -pl ddci-examples -am package exec:java
 * -Dexec.mainClass=vn.ddci.examples.PciRankings}.
 */
public final class PciRankings {
  private static final NumberStyle VI = NumberStyle.of(Language.VIETNAMESE);

  private static final int MOVERS = 5;

  private PciRankings() {}

  /**
   * Prints the rankings.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = Console.utf8();
    Path csv = DataDir.get().resolve("pci").resolve("pci_2013_2016_subindices.csv");
    if (!Files.isRegularFile(csv)) {
      throw new IllegalStateException(
          "PCI data not found at " + csv + "; pass -Dddci.data.dir=<folder holding pci/>");
    }
    Map<Year, ResultTable> tables =
        ResultTableCsv.read(csv, TableOptions.of(Frameworks.PCI_PROVINCES)).byYear();
    print(tables.get(Year.of(2016)), tables.get(Year.of(2015)), out);
  }

  /**
   * Prints the ranking of {@code thisYear}, the changes over {@code lastYear} and the biggest
   * movers.
   *
   * @param thisYear PCI results of a year
   * @param lastYear PCI results of an earlier year
   * @param out where to print
   */
  public static void print(ResultTable thisYear, ResultTable lastYear, PrintStream out) {
    // PCI spells Bắc Kạn "Bắc Cạn" in 2016: a true alias, not a diacritics difference
    NameMatcher matcher = NameMatcher.builder().alias("Bắc Kạn", "Bắc Cạn").build();
    YearOverYear yoy = YearOverYear.of(thisYear, lastYear, matcher); // PCI's rule, from the block
    Measure total = Measure.total();
    Ranking<Unit> ranking = yoy.thisYear().ranking(total);
    Ranking<Unit> improvement = yoy.improvementRanking(total);
    Map<Unit, BigDecimal> changes = yoy.changes(total);
    Map<Unit, Integer> rankChanges = yoy.rankChanges(total);

    out.printf(
        "PCI %s: %d tỉnh, thành phố (so với %s; %d khớp tên, %d mới, %d không còn)%n",
        thisYear.year(),
        thisYear.size(),
        lastYear.year(),
        yoy.matches().size(),
        yoy.newUnits().size(),
        yoy.goneUnits().size());
    out.printf(
        "%-5s  %-18s %6s  %-15s %6s %5s  %-8s %s%n",
        "Hạng", "Tỉnh, thành phố", "Điểm", "Xếp loại", "±điểm", "±bậc", "Cải thiện", "Năm trước");
    for (Unit unit : ranking.order()) {
      Standing s = ranking.standing(unit);
      boolean matched = yoy.matches().containsKey(unit);
      out.printf(
          "%-5s  %-18s %6s  %-15s %6s %5s  %-8s %s%n",
          s.format(),
          unit.name(),
          VI.figure(thisYear.get(unit.name()).total(), 2),
          thisYear.get(unit.name()).publishedTier().orElse(""),
          matched ? VI.signed(changes.get(unit), 2) : "",
          matched ? signedInt(rankChanges.get(unit)) : "",
          matched ? improvement.standing(unit).format() : "",
          matched ? yoy.matches().get(unit).name() : "(mới)");
    }
    out.println();
    out.println("Tăng hạng nhiều nhất:");
    movers(rankChanges, Comparator.reverseOrder()).forEach(u -> mover(out, u, yoy, total));
    out.println("Giảm hạng nhiều nhất:");
    movers(rankChanges, Comparator.naturalOrder()).forEach(u -> mover(out, u, yoy, total));
    out.println("Cải thiện điểm nhiều nhất:");
    improvement.order().stream().limit(MOVERS).forEach(u -> mover(out, u, yoy, total));
  }

  private static List<Unit> movers(Map<Unit, Integer> rankChanges, Comparator<Integer> order) {
    return rankChanges.entrySet().stream()
        .sorted(Map.Entry.<Unit, Integer>comparingByValue(order))
        .limit(MOVERS)
        .map(Map.Entry::getKey)
        .collect(Collectors.toList());
  }

  private static void mover(PrintStream out, Unit unit, YearOverYear yoy, Measure total) {
    Unit last = yoy.matches().get(unit);
    out.printf(
        "  %-18s %s → %s (%s bậc), %s điểm, xếp thứ %s về cải thiện%n",
        unit.name(),
        yoy.lastYear().standing(last, total).format(),
        yoy.thisYear().standing(unit, total).format(),
        signedInt(yoy.rankChanges(total).get(unit)),
        VI.signed(yoy.changes(total).get(unit), 2),
        yoy.improvementRanking(total).standing(unit).format());
  }

  private static String signedInt(int value) {
    return value > 0 ? "+" + value : value < 0 ? "\u2212" + (-value) : "0";
  }
}
