package vn.ddci.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Optional;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.io.ResultTableCsv;
import vn.ddci.io.ResultTables;
import vn.ddci.io.TableOptions;
import vn.ddci.ranking.BlockRanking;
import vn.ddci.ranking.Standing;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;
import vn.ddci.text.Language;
import vn.ddci.text.NumberStyle;

/**
 * The third example, on results as the press prints them: Lạng Sơn's DDCI 2021, the first and last
 * three units of each block with ranks out of the whole block (24 departments, 11 districts), and
 * the department block's published median. It prints each listed unit's standing, its place against
 * the median, its gap to the leader and to the median, and says what the list cannot give.
 *
 * <p>Reads {@code ddci-press/lang_son_2021.csv} from the data folder ({@link DataDir}). Run it with
 * {@code mvn -q -DskipTests -pl ddci-examples -am package exec:java
 * -Dexec.mainClass=vn.ddci.examples.PressResults}.
 */
public final class PressResults {
  private static final NumberStyle VI = NumberStyle.of(Language.VIETNAMESE);

  /** The department block's "điểm trung vị" printed beside the list, not in the CSV. */
  private static final Score DEPARTMENT_MEDIAN_2021 = Score.parse("68,49");

  private PressResults() {}

  /**
   * Prints the standings.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = Console.utf8();
    Path csv = DataDir.get().resolve("ddci-press").resolve("lang_son_2021.csv");
    if (!Files.isRegularFile(csv)) {
      throw new IllegalStateException(
          "press data not found at " + csv + "; pass -Dddci.data.dir=<folder holding ddci-press/>");
    }
    print(csv, out);
  }

  /**
   * Reads the press list and prints what it supports.
   *
   * @param csv the press list
   * @param out where to print
   */
  public static void print(Path csv, PrintStream out) {
    ResultTables read =
        ResultTableCsv.read(
            csv,
            TableOptions.of(
                Frameworks.LANG_SON_DEPARTMENT_BLOCK, Frameworks.LANG_SON_DISTRICT_BLOCK));
    ResultTable departments =
        read.table(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Year.of(2021))
            .withPublishedMedianScore(DEPARTMENT_MEDIAN_2021);
    ResultTable districts = read.table(Frameworks.LANG_SON_DISTRICT_BLOCK, Year.of(2021));
    print(departments, out);
    out.println();
    print(districts, out);
    out.println();
    out.println(
        read.discrepancies().isEmpty()
            ? "Các số liệu công bố khớp nhau (xếp hạng theo điểm, điểm trung vị)."
            : "Số liệu công bố không khớp: " + read.discrepancies());
  }

  private static void print(ResultTable table, PrintStream out) {
    BlockRanking ranking = BlockRanking.of(table);
    Optional<BigDecimal> leader = ranking.findLeaderScore(Measure.total());
    Optional<BigDecimal> median = ranking.findMedianScore(Measure.total());
    out.printf(
        "%s %s: %d/%d đơn vị được công bố; trung vị xếp hạng %s; điểm trung vị %s%n",
        table.block().name(),
        table.year(),
        table.size(),
        table.blockSize(),
        VI.medianRank(table.blockSize()),
        median.map(m -> VI.figure(m, 2)).orElse("không công bố"));
    for (Scorecard card : table.scorecards()) {
      Standing standing = ranking.standing(card.unit(), Measure.total());
      StringBuilder line =
          new StringBuilder(
              String.format(
                  "- %s: %s điểm, xếp hạng %s, %s",
                  card.unit().name(),
                  VI.figure(card.total(), 2),
                  standing.format(),
                  standing.medianClass().vietnamese()));
      leader
          .map(l -> l.subtract(card.total()))
          .filter(gap -> gap.signum() > 0)
          .ifPresent(
              gap ->
                  line.append(", cách đơn vị đứng đầu ").append(VI.figure(gap, 2)).append(" điểm"));
      median
          .map(m -> m.subtract(card.total()))
          .ifPresent(
              gap ->
                  line.append(gap.signum() > 0 ? ", thấp hơn" : ", cao hơn")
                      .append(" điểm trung vị ")
                      .append(VI.figure(gap.abs(), 2))
                      .append(" điểm"));
      out.println(line);
    }
    if (median.isEmpty()) {
      out.printf(
          "  Không tính được điểm trung vị: danh sách chỉ có %d/%d đơn vị và không công bố điểm"
              + " trung vị.%n",
          table.size(), table.blockSize());
    }
  }
}
