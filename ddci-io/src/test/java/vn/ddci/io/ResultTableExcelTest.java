package vn.ddci.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Arrays;
import java.util.Collections;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ddci.PciData;
import vn.ddci.SharedData;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.framework.RankingRule;
import vn.ddci.ranking.BlockRanking;
import vn.ddci.ranking.Ranking;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/** The real PCI workbooks, checked against pci_2013_2016_subindices.csv. */
class ResultTableExcelTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {2013, 2014, 2015, 2016})
  void theSummarySheet_equalsTheCsv_everyScoreRankAndTier(int year) throws IOException {
    Path workbook = SharedData.require("pci/PCI_" + year + ".xlsx");
    ResultTable expected = PciData.tables().get(year);

    // the year comes from the total's header, "PCI 2016"
    ResultTables all =
        ResultTableExcel.read(
            workbook,
            "Summary_VN",
            TableOptions.of(Frameworks.PCI_PROVINCES).withHeaders(ResultTableExcel.PCI_HEADERS));
    ResultTable read = all.table();

    assertThat(read.year()).isEqualTo(Year.of(year));
    assertThat(read.size()).isEqualTo(63);
    assertThat(all.ignoredColumns())
        .extracting(ResultTables.IgnoredColumn::header)
        .startsWith("Thứ tự");
    assertThat(all.unreadRows()).isPresent();
    assertThat(all.discrepancies()).isEmpty();
    for (Scorecard card : expected.scorecards()) {
      Scorecard fromExcel = read.find(card.unit().name()).orElseThrow();
      card.scores()
          .forEach(
              (component, score) ->
                  assertThat(fromExcel.scores().get(component))
                      .as("%s %s %s", year, card.unit(), component)
                      .isEqualTo(score));
      assertThat(fromExcel.givenTotal())
          .as("%s %s total", year, card.unit())
          .isEqualTo(card.givenTotal());
      assertThat(fromExcel.publishedRank()).isEqualTo(card.publishedRank());
      assertThat(fromExcel.publishedTier()).isEqualTo(card.publishedTier());
    }
  }

  @Test
  void aMissingSheet_isNamedWithTheSheetsThereAre() {
    Path workbook = SharedData.require("pci/PCI_2016.xlsx");

    assertThatThrownBy(
            () ->
                ResultTableExcel.read(
                    workbook, "Tổng hợp", TableOptions.of(Frameworks.PCI_PROVINCES)))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("has no sheet \"Tổng hợp\"; it has [Summary_VN, Summary");
  }

  @Test
  void withoutTheHeaderMapping_businessSupportIsIgnoredAndReported_neverGuessed() {
    Path workbook = SharedData.require("pci/PCI_2016.xlsx");

    ResultTables read =
        ResultTableExcel.read(workbook, "Summary_VN", TableOptions.of(Frameworks.PCI_PROVINCES));

    assertThat(read.ignoredColumns())
        .contains(
            new ResultTables.IgnoredColumn(
                "Q Hỗ trợ doanh nghiệp",
                "Hỗ trợ\n doanh nghiệp",
                "not a column of results the reader knows; map it with withHeaders"));
    assertThat(read.table().scorecards())
        .allSatisfy(
            c ->
                assertThat(c.missingComponents())
                    .containsExactly(Frameworks.PCI.component("BUSINESS_SUPPORT")));
  }

  @Test
  void truncatedAndBitFlippedCopiesOfARealWorkbook_failOnlyWithTheLibrarysException()
      throws IOException {
    byte[] real = Files.readAllBytes(SharedData.require("pci/PCI_2015.xlsx"));
    Random random = new Random(2015);
    int refused = 0;
    for (int i = 0; i < 40; i++) {
      byte[] copy;
      if (i % 2 == 0) {
        copy = Arrays.copyOf(real, random.nextInt(real.length));
      } else {
        copy = real.clone();
        for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
          copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
      }
      Path file = dir.resolve("copy-" + i + ".xlsx");
      Files.write(file, copy);
      try {
        ResultTableExcel.read(
            file,
            "Summary_VN",
            TableOptions.of(Frameworks.PCI_PROVINCES).withHeaders(ResultTableExcel.PCI_HEADERS));
      } catch (DdciIoException expected) {
        assertThat(expected.getMessage()).startsWith(file.toString());
        refused++;
      }
    }
    assertThat(refused).as("every truncated copy is refused").isGreaterThanOrEqualTo(20);
  }

  @Test
  void theLegacy2010Workbook_readsWithNineSubIndices_itsTotalsRanksAndTiers() {
    Path workbook = SharedData.require("pci/PCI_2010.xls");

    ResultTables read =
        ResultTableExcel.read(
            workbook,
            "Tong hop",
            TableOptions.of(Frameworks.PCI_2010_PROVINCES)
                .withYear(2010)
                .withHeaders(ResultTableExcel.PCI_HEADERS));
    ResultTable pci2010 = read.table();

    assertThat(pci2010.size()).isEqualTo(63);
    for (Scorecard card : pci2010.scorecards()) {
      assertThat(
              card.computedTotal()
                  .orElseThrow()
                  .subtract(card.givenTotal().orElseThrow().value())
                  .abs())
          .as(card.unit().name())
          .isLessThan(new BigDecimal("1e-10"));
    }
    Ranking<Unit> ranking = BlockRanking.of(pci2010, RankingRule.PCI).ranking(Measure.total());
    for (Scorecard card : pci2010.scorecards()) {
      assertThat(ranking.standing(card.unit()).rank())
          .as(card.unit().name())
          .isEqualTo(card.publishedRank().orElseThrow());
    }
    assertThat(pci2010.get("Đà Nẵng").unit().name()).isEqualTo("Da Nang");
    assertThat(pci2010.get("Da Nang").publishedTier()).contains("Rất tốt");
    assertThat(read.ignoredColumns())
        .extracting(ResultTables.IgnoredColumn::header)
        .containsExactly(
            "Thứ tự", "", "Chưa có\n trọng số"); // "": the names of the unweighted total
    assertThat(read.discrepancies()).isEmpty();
  }

  @Test
  void aZipBomb_isRefusedByTheInflateRatioLimit() throws IOException {
    Path real = SharedData.require("pci/PCI_2016.xlsx");
    Path bomb = dir.resolve("bomb.xlsx");
    try (ZipFile source = new ZipFile(real.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
      for (ZipEntry entry : Collections.list(source.entries())) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          byte[] spaces = new byte[1 << 20];
          Arrays.fill(spaces, (byte) ' ');
          for (int i = 0; i < 60; i++) {
            out.write(spaces);
          }
        } else {
          source.getInputStream(entry).transferTo(out);
        }
        out.closeEntry();
      }
    }
    assertThat(Files.size(bomb)).isLessThan(1 << 20);

    assertThatThrownBy(
            () ->
                ResultTableExcel.read(
                    bomb,
                    "Summary_VN",
                    TableOptions.of(Frameworks.PCI_PROVINCES)
                        .withHeaders(ResultTableExcel.PCI_HEADERS)))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("Zip bomb detected");
  }
}
