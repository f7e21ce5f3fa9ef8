package vn.ddci.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ddci.PciData;
import vn.ddci.SharedData;
import vn.ddci.framework.Block;
import vn.ddci.framework.Frameworks;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;

class ResultTableCsvTest {
  private static final Block SBN = Frameworks.LANG_SON_DEPARTMENT_BLOCK;
  private static final String LS_HEADER =
      "Đơn vị,Tính minh bạch và tiếp cận thông tin,Chi phí thời gian,Chi phí không chính thức,"
          + "Cạnh tranh bình đẳng,Dịch vụ hỗ trợ doanh nghiệp,Thiết chế pháp lý,"
          + "Vai trò người đứng đầu,Tính năng động và hiệu lực của hệ thống,Tổng điểm,Xếp hạng\n";

  @TempDir Path dir;

  @Test
  void thePciCsv_readsIntoFourTablesOf63_equalToTheFixturesOwnReading() throws IOException {
    Path csv = SharedData.require(PciData.CSV);
    ResultTables all = ResultTableCsv.read(csv, TableOptions.of(Frameworks.PCI_PROVINCES));
    Map<Year, ResultTable> read = all.byYear();
    Map<Integer, ResultTable> expected = PciData.tables();

    assertThat(read.keySet())
        .containsExactly(Year.of(2013), Year.of(2014), Year.of(2015), Year.of(2016));
    for (Map.Entry<Year, ResultTable> e : read.entrySet()) {
      ResultTable table = e.getValue();
      assertThat(table.size()).isEqualTo(63);
      for (Scorecard card : table.scorecards()) {
        Scorecard fixture = expected.get(e.getKey().getValue()).get(card.unit().name());
        assertThat(card.scores()).as(card.unit().name()).isEqualTo(fixture.scores());
        assertThat(card.givenTotal()).isEqualTo(fixture.givenTotal());
        assertThat(card.publishedRank()).isEqualTo(fixture.publishedRank());
        assertThat(card.publishedTier()).isEqualTo(fixture.publishedTier());
      }
    }
    assertThat(all.ignoredColumns()).isEmpty();
    assertThat(all.missingCells()).isEmpty();
    assertThat(all.unreadRows()).isEmpty();
    assertThat(all.discrepancies()).as("PCI's ranks and totals agree with its scores").isEmpty();
  }

  @Test
  void vietnameseHeaders_decimalCommas_aByteOrderMark_andLineBreaksInHeaders() throws IOException {
    String csv =
        "\uFEFF"
            + LS_HEADER.replace("Chi phí thời gian", "\"Chi phí\n thời gian\"")
            + "Sở Ngoại vụ,\"6,52\",9.10,\"5,20\",10,4.33,8.75,10,7.11,\"76,26\",1\n";
    Path file = write("so-ngoai-vu.csv", csv);

    ResultTable table = ResultTableCsv.read(file, options2023()).table();

    Scorecard card = table.get("Sở Ngoại vụ");
    assertThat(card.score(SBN.framework().component("TRANSPARENCY")))
        .contains(new BigDecimal("6.52"));
    assertThat(card.score(SBN.framework().component("TIME_COST"))).contains(new BigDecimal("9.10"));
    assertThat(card.total()).isEqualByComparingTo("76.26");
    assertThat(card.publishedRank()).hasValue(1);
    assertThat(card.publishedTier()).isEmpty();
  }

  @Test
  void aBadNumber_isNamedWithFileRowColumnAndValue() throws IOException {
    Path file = write("bad.csv", LS_HEADER + "Sở Ngoại vụ,6.52,9.1x,5,10,4,8,10,7,,\n");

    assertThatThrownBy(() -> ResultTableCsv.read(file, options2023()))
        .isInstanceOf(DdciIoException.class)
        .hasMessage(
            file
                + ", row 2, column \"Chi phí thời gian\", value \"9.1x\": '9.1x' is not a decimal"
                + " number")
        .satisfies(
            e -> {
              DdciIoException io = (DdciIoException) e;
              assertThat(io.row()).hasValue(2);
              assertThat(io.column()).contains("Chi phí thời gian");
              assertThat(io.value()).contains("9.1x");
            });
  }

  @Test
  void anEmptyComponentCell_isAMissingScore_reported_andRefusedWhenStrict() throws IOException {
    Path file = write("empty.csv", LS_HEADER + "Sở Ngoại vụ,6.52,,5,10,4,8,10,7,\"80,1\",\n");

    ResultTables read = ResultTableCsv.read(file, options2023());

    Scorecard card = read.table().get("Sở Ngoại vụ");
    assertThat(card.score(SBN.framework().component("TIME_COST"))).isEmpty();
    assertThat(card.total()).isEqualByComparingTo("80.1");
    assertThat(read.missingCells())
        .containsExactly(
            new ResultTables.MissingCell(2, "Chi phí thời gian", "Sở Ngoại vụ", "TIME_COST", ""),
            new ResultTables.MissingCell(2, "Xếp hạng", "Sở Ngoại vụ", "RANK", ""));
    assertThatThrownBy(() -> ResultTableCsv.read(file, options2023().strict()))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining(
            "row 2, column \"Chi phí thời gian\", value \"\": empty (strict reading)");
  }

  @Test
  void aScoreOutOfRange_isNamedWithItsRowAndUnit() throws IOException {
    Path file = write("range.csv", LS_HEADER + "Sở Ngoại vụ,6.52,11,5,10,4,8,10,7,,\n");

    assertThatThrownBy(() -> ResultTableCsv.read(file, options2023()))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining(
            "row 2, column \"Chi phí thời gian\", value \"11\": TIME_COST: score 11 is outside"
                + " 0–10");
  }

  @Test
  void otherColumnsAreIgnoredAndReported_andAComponentWithoutAColumnIsMissing() throws IOException {
    Path other =
        write(
            "other.csv",
            "STT,"
                + LS_HEADER.replace("Xếp hạng", "Ghi chú")
                + "1,Sở Ngoại vụ,6,6,6,6,6,6,6,6,60,x\n");
    Path missing =
        write(
            "missing.csv",
            LS_HEADER.replace(",Chi phí thời gian", "") + "Sở Ngoại vụ,6,6,6,6,6,6,6,60,\n");

    ResultTables read = ResultTableCsv.read(other, options2023());
    assertThat(read.table().size()).isEqualTo(1);
    assertThat(read.ignoredColumns())
        .containsExactly(
            new ResultTables.IgnoredColumn("STT", "STT", "row numbers"),
            new ResultTables.IgnoredColumn(
                "Ghi chú",
                "Ghi chú",
                "not a column of results the reader knows; map it with withHeaders"));
    assertThat(
            ResultTableCsv.read(missing, options2023())
                .table()
                .get("Sở Ngoại vụ")
                .missingComponents())
        .containsExactly(SBN.framework().component("TIME_COST"));
  }

  @Test
  void aUnitTwice_isNamedWithBothRows() throws IOException {
    String row = "Sở Ngoại vụ,6,6,6,6,6,6,6,6,60,\n";
    Path file = write("twice.csv", LS_HEADER + row + row.replace("Sở Ngoại vụ", "SỞ NGOẠI VỤ"));

    assertThatThrownBy(() -> ResultTableCsv.read(file, options2023()))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining(
            "row 3, column \"Đơn vị\", value \"SỞ NGOẠI VỤ\": the unit appears"
                + " twice in 2023 (also on row 2)");
  }

  @Test
  void aRowWiderThanTheHeader_bytesThatAreNotUtf8_andAnEmptyFile_areRefused() throws IOException {
    Path ragged = write("ragged.csv", LS_HEADER + "Sở Ngoại vụ,6,6,6,6,6,6,6,6,60,1,extra\n");
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(
        latin1, (LS_HEADER + "S\u1edf,6,6,6,6,6,6,6,6,60,\n").getBytes(StandardCharsets.UTF_8));
    byte[] bytes = Files.readAllBytes(latin1);
    bytes[LS_HEADER.getBytes(StandardCharsets.UTF_8).length + 1] = (byte) 0xFF;
    Files.write(latin1, bytes);
    Path empty = write("empty-file.csv", "");

    assertThatThrownBy(() -> ResultTableCsv.read(ragged, options2023()))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining(
            "row 2, column \"#12 (no header)\", value \"extra\": a value beyond the last column of"
                + " the header row 1");
    assertThatThrownBy(() -> ResultTableCsv.read(latin1, options2023()))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("is not readable UTF-8 CSV");
    assertThatThrownBy(() -> ResultTableCsv.read(empty, options2023()))
        .isInstanceOf(DdciIoException.class);
  }

  @Test
  void aCellOfTwentyThousandCharacters_andALineOfAMillion_areRefused() throws IOException {
    Path cell = write("cell.csv", LS_HEADER + "x".repeat(20_000) + ",6,6,6,6,6,6,6,6,60,\n");
    Path line = write("line.csv", LS_HEADER + "Sở A" + ",".repeat(20_000) + "\n");

    assertThatThrownBy(() -> ResultTableCsv.read(cell, options2023()))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("the cell has 20000 characters, more than the 10000 read");
    assertThatThrownBy(() -> ResultTableCsv.read(line, options2023()))
        .isInstanceOf(DdciIoException.class)
        .hasMessage(line + ": line 2 has more than 10000 commas");
  }

  @Test
  void aYearColumn_mustAgreeWithTheYearAsked_andIsNeededWithoutOne() throws IOException {
    Path file = write("years.csv", "Năm," + LS_HEADER + "2022,Sở Ngoại vụ,6,6,6,6,6,6,6,6,60,\n");
    Path noYear = write("no-year.csv", LS_HEADER + "Sở Ngoại vụ,6,6,6,6,6,6,6,6,60,\n");

    assertThat(ResultTableCsv.read(file, TableOptions.of(SBN)).byYear().keySet())
        .containsExactly(Year.of(2022));
    assertThatThrownBy(() -> ResultTableCsv.read(file, options2023()))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("row 2, column \"Năm\", value \"2022\": the file is read for 2023");
    assertThatThrownBy(() -> ResultTableCsv.read(noYear, TableOptions.of(SBN)))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("row 1: no year: give it with withYear");
  }

  @Test
  void truncatedAndBitFlippedCopiesOfTheRealFile_failOnlyWithTheLibrarysException()
      throws IOException {
    byte[] real = Files.readAllBytes(SharedData.require(PciData.CSV));
    Random random = new Random(2016);
    int refused = 0;
    for (int i = 0; i < 300; i++) {
      byte[] copy;
      if (i % 2 == 0) {
        copy = Arrays.copyOf(real, random.nextInt(real.length));
      } else {
        copy = real.clone();
        for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
          copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
      }
      try {
        ResultTableCsv.read(
            new ByteArrayInputStream(copy), "copy-" + i, TableOptions.of(Frameworks.PCI_PROVINCES));
      } catch (DdciIoException expected) {
        assertThat(expected.getMessage()).startsWith("copy-" + i);
        refused++;
      }
    }
    assertThat(refused).as("most damaged copies are refused").isGreaterThan(150);
  }

  private static TableOptions options2023() {
    return TableOptions.of(SBN).withYear(2023);
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
