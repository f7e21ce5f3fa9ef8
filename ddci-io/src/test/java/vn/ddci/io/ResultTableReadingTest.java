package vn.ddci.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ddci.SharedData;
import vn.ddci.framework.Block;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.io.ResultTables.IgnoredColumn;
import vn.ddci.io.ResultTables.MissingCell;
import vn.ddci.ranking.BlockRanking;
import vn.ddci.ranking.MedianClass;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * Results as they really arrive, read by the CSV and Excel readers alike: press lists of part of a
 * block, title rows, the headers people write, "not published" markers, totals of other years, and
 * the errors that name file, sheet, row and column.
 */
class ResultTableReadingTest {
  private static final Block SBN = Frameworks.LANG_SON_DEPARTMENT_BLOCK;
  private static final Block UBND = Frameworks.LANG_SON_DISTRICT_BLOCK;

  @TempDir Path dir;

  // ---------------------------------------------------------------- the shared press list

  @Test
  void theLangSon2021PressList_readsAsPublished_ranksOf24And11() {
    Path csv = SharedData.require("ddci-press/lang_son_2021.csv");

    ResultTables read = ResultTableCsv.read(csv, TableOptions.of(SBN, UBND));

    assertThat(read.tables()).hasSize(2);
    assertThat(read.ignoredColumns()).isEmpty();
    assertThat(read.missingCells()).isEmpty();
    assertThat(read.discrepancies()).isEmpty();
    ResultTable departments = read.table(SBN, Year.of(2021));
    ResultTable districts = read.table(UBND, Year.of(2021));
    assertThat(departments).hasToString("ResultTable[SBN 2021, 6 of 24 units]");
    assertThat(districts).hasToString("ResultTable[UBND 2021, 6 of 11 units]");
    assertThat(departments.get("Bảo hiểm xã hội tỉnh").total()).isEqualByComparingTo("76.9");

    // a unit's standing, "22/24", below the median; a published median adds the gap to it
    ResultTable withMedian = departments.withPublishedMedianScore(Score.parse("68,49"));
    BlockRanking ranking = BlockRanking.of(withMedian);
    Unit tnmt = withMedian.get("Sở Tài nguyên và Môi trường").unit();
    assertThat(ranking.standing(tnmt, Measure.total()).format()).isEqualTo("22/24");
    assertThat(ranking.standing(tnmt, Measure.total()).medianClass()).isEqualTo(MedianClass.BELOW);
    assertThat(
            ranking
                .medianScore(Measure.total())
                .subtract(withMedian.get("Sở Tài nguyên và Môi trường").total()))
        .isEqualByComparingTo("6.30");
    assertThat(ranking.findLeaderScore(Measure.total())).contains(new BigDecimal("78.43"));
    // the districts: Lộc Bình 9/11 is below the median rank 6
    BlockRanking d = BlockRanking.of(districts);
    assertThat(d.standing(districts.get("Lộc Bình").unit(), Measure.total()).medianClass())
        .isEqualTo(MedianClass.BELOW);
    assertThat(d.standing(districts.get("TP Lạng Sơn").unit(), Measure.total()).format())
        .isEqualTo("03/11");
    // comparisons between the listed units
    assertThat(
            departments
                .get("Công an tỉnh")
                .total()
                .subtract(departments.get("Sở Công Thương").total()))
        .isEqualByComparingTo("1.57");
  }

  // ---------------------------------------------------------------- headers as people write them

  @Test
  void aTitleRow_theUsualUnitHeaders_andATotalHeaderWithItsYearAndScale() throws IOException {
    Path csv =
        write(
            "title.csv",
            "KẾT QUẢ ĐÁNH GIÁ DDCI NĂM 2023 – KHỐI SỞ, BAN, NGÀNH,,,\n"
                + ",,,\n"
                + "STT,\"Tên cơ quan, đơn vị\",Tổng điểm DDCI 2023,Xếp hạng\n"
                + "1,Sở Ngoại vụ,\"80,45\",15\n"
                + "2,Sở Tư pháp,\"87,77\",1\n");

    ResultTables read = ResultTableCsv.read(csv, TableOptions.of(SBN).withBlockSize(25));

    assertThat(read.headerRow()).isEqualTo(3);
    ResultTable table = read.table();
    assertThat(table.year()).as("the year of the total's header").isEqualTo(Year.of(2023));
    assertThat(table.get("Sở Ngoại vụ").total()).isEqualByComparingTo("80.45");
    assertThat(table.get("Sở Ngoại vụ").publishedRank()).hasValue(15);
    assertThat(read.ignoredColumns())
        .containsExactly(new IgnoredColumn("STT", "STT", "row numbers"));

    for (String unitHeader :
        List.of("Đơn vị", "Sở, ngành", "Sở, ban, ngành", "Huyện", "Cơ quan, đơn vị")) {
      for (String totalHeader :
          List.of("Tổng điểm (100 điểm)", "Tổng điểm", "Điểm DDCI", "Tổng điểm DDCI năm 2023")) {
        Path file =
            write(
                "h.csv", "\"" + unitHeader + "\",\"" + totalHeader + "\"\nSở Ngoại vụ,\"80,45\"\n");
        assertThat(
                ResultTableCsv.read(file, TableOptions.of(SBN).withYear(2023))
                    .table()
                    .get("Sở Ngoại vụ")
                    .total())
            .as("%s / %s", unitHeader, totalHeader)
            .isEqualByComparingTo("80.45");
      }
    }
  }

  @Test
  void theTotalOfAnotherYear_isIgnoredAndReported_andSeveralYearsNeedOneChosen()
      throws IOException {
    Path csv =
        write(
            "two-years.csv",
            "Đơn vị,Tổng điểm 2023,Xếp hạng 2023,Tổng điểm 2022,Xếp hạng 2022\n"
                + "Sở Ngoại vụ,\"80,45\",15,\"74,63\",14\n");

    ResultTables read =
        ResultTableCsv.read(csv, TableOptions.of(SBN).withYear(2023).withBlockSize(25));

    assertThat(read.table().get("Sở Ngoại vụ").total()).isEqualByComparingTo("80.45");
    assertThat(read.table().get("Sở Ngoại vụ").publishedRank()).hasValue(15);
    assertThat(read.ignoredColumns())
        .containsExactly(
            new IgnoredColumn("Tổng điểm 2022", "Tổng điểm 2022", "the total of 2022, not of 2023"),
            new IgnoredColumn("Xếp hạng 2022", "Xếp hạng 2022", "the rank of 2022, not of 2023"));
    assertThat(
            ResultTableCsv.read(csv, TableOptions.of(SBN).withYear(2022).withBlockSize(25))
                .table()
                .get("Sở Ngoại vụ")
                .total())
        .isEqualByComparingTo("74.63");
    assertThatThrownBy(() -> ResultTableCsv.read(csv, TableOptions.of(SBN)))
        .isInstanceOf(DdciIoException.class)
        .hasMessage(
            csv
                + ", row 1: the headers name several years [2022, 2023]: give the year to read with"
                + " withYear");
  }

  @Test
  void anUnknownTotalHeader_isNeverGuessed_norReplacedByAComputedTotal() throws IOException {
    String header =
        "Đơn vị,Tính minh bạch và tiếp cận thông tin,Chi phí thời gian,Chi phí không chính"
            + " thức,Cạnh tranh bình đẳng,Dịch vụ hỗ trợ doanh nghiệp,Thiết chế pháp lý,Vai trò"
            + " người đứng đầu,Tính năng động và hiệu lực của hệ thống,Điểm tổng hợp cuối cùng\n";
    Path csv = write("unknown-total.csv", header + "Sở Ngoại vụ,6,6,6,6,6,6,6,6,\"80,45\"\n");
    TableOptions options = TableOptions.of(SBN).withYear(2023);

    assertThatThrownBy(() -> ResultTableCsv.read(csv, options))
        .isInstanceOf(DdciIoException.class)
        .hasMessage(
            csv
                + ", row 1, column \"Điểm tổng hợp cuối cùng\", value \"Điểm tổng hợp cuối cùng\":"
                + " looks like a total, but the reader does not recognise it, and no other column"
                + " is the total: map it with withHeaders(Map.of(\"Điểm tổng hợp cuối cùng\","
                + " \"TOTAL\")), or \"IGNORE\" to read without it");
    Scorecard mapped =
        ResultTableCsv.read(csv, options.withHeaders(Map.of("Điểm tổng hợp cuối cùng", "TOTAL")))
            .table()
            .get("Sở Ngoại vụ");
    assertThat(mapped.total())
        .as("the published total, never the equal-weight 60")
        .isEqualByComparingTo("80.45");
    assertThatThrownBy(
            () ->
                ResultTableCsv.read(
                    csv, options.withHeaders(Map.of("Điểm tổng hợp cuối cùng", "IGNORE"))))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining(
            "row 2: unit 'Sở Ngoại vụ', year 2023: no total was given, and the weights")
        .hasMessageContaining(
            "no column was recognised as the total (ignored: [\"Điểm tổng hợp cuối cùng\"])");
  }

  // ---------------------------------------------------------------- not published

  @Test
  void theMarkersOfNotPublished_areMissingScores_neverZero_andStrictReadingRefusesThem()
      throws IOException {
    Path csv =
        write(
            "markers.csv",
            "Tỉnh,Gia nhập thị trường,Tiếp cận đất đai,Tính minh bạch,Chi phí thời gian,Chi phí"
                + " không chính thức,Cạnh tranh bình đẳng,Tính năng động,Dịch vụ hỗ trợ doanh"
                + " nghiệp,Đào tạo lao động,Thiết chế pháp lý,PCI 2016,Xếp hạng\n"
                + "Đà Nẵng,9.1,6.9,7.2,8.6,6.8,6.9,7.0,6.8,7.9,7.1,\"70,00\",1\n"
                + "TP.HCM,N/A,-,—,x,,n/a,NA,..,…,–,\"64,98\",8\n");

    ResultTables read =
        ResultTableCsv.read(csv, TableOptions.of(Frameworks.PCI_PROVINCES).withBlockSize(63));

    Scorecard hcm = read.table().get("TP.HCM");
    assertThat(hcm.scores()).isEmpty();
    assertThat(hcm.missingComponents()).hasSize(10);
    assertThat(hcm.total()).isEqualByComparingTo("64.98");
    assertThat(read.missingCells()).hasSize(10);
    assertThat(read.missingCells().get(0))
        .isEqualTo(new MissingCell(3, "Gia nhập thị trường", "TP.HCM", "ENTRY", "N/A"));
    assertThat(read.missingCells())
        .extracting(MissingCell::text)
        .containsExactly("N/A", "-", "—", "x", "", "n/a", "NA", "..", "…", "–");
    assertThatThrownBy(
            () ->
                ResultTableCsv.read(
                    csv, TableOptions.of(Frameworks.PCI_PROVINCES).withBlockSize(63).strict()))
        .isInstanceOf(DdciIoException.class)
        .hasMessage(
            csv
                + ", row 3, column \"Gia nhập thị trường\", value \"N/A\": marks a figure as not"
                + " published (strict reading)");
  }

  @Test
  void aUnitCellHoldingADash_isAnErrorAtItsRowAndColumn_inCsvAndInExcel() throws IOException {
    Path csv = write("dash.csv", "Đơn vị,Tổng điểm,Xếp hạng\nSở Ngoại vụ,80,1\n-,70,2\n");
    Path xlsx =
        xlsx(
            "dash.xlsx",
            "Kết quả",
            new Object[][] {
              {"Đơn vị", "Tổng điểm", "Xếp hạng"}, {"Sở Ngoại vụ", 80.0, 1.0}, {"-", 70.0, 2.0}
            });
    TableOptions options = TableOptions.of(SBN).withYear(2023);

    assertThatThrownBy(() -> ResultTableCsv.read(csv, options))
        .isInstanceOf(DdciIoException.class)
        .hasMessage(
            csv
                + ", row 3, column \"Đơn vị\", value \"-\": not a unit name: a name needs a letter"
                + " or digit, got '-'");
    assertThatThrownBy(() -> ResultTableExcel.read(xlsx, options))
        .isInstanceOf(DdciIoException.class)
        .hasMessage(
            xlsx
                + ", sheet \"Kết quả\", row 3, column \"A Đơn vị\", value \"-\": not a unit name: a"
                + " name needs a letter or digit, got '-'");
  }

  // ---------------------------------------------------------------- the block's size

  @Test
  void aRankWrittenOfN_givesTheBlockSize_andARankBeyondTheRowsAsksForIt() throws IOException {
    Path ofN =
        write(
            "of-n.csv", "Đơn vị,Tổng điểm,Xếp hạng\nSở Tài nguyên và Môi trường,\"62,19\",22/24\n");
    Path beyond =
        write(
            "beyond.csv", "Đơn vị,Tổng điểm,Xếp hạng\nSở Tài nguyên và Môi trường,\"62,19\",22\n");
    TableOptions options = TableOptions.of(SBN).withYear(2021);

    ResultTable table = ResultTableCsv.read(ofN, options).table();
    assertThat(table.blockSize()).isEqualTo(24);
    assertThat(table.get("Sở Tài nguyên và Môi trường").publishedRank()).hasValue(22);
    assertThatThrownBy(() -> ResultTableCsv.read(beyond, options))
        .isInstanceOf(DdciIoException.class)
        .hasMessage(
            beyond
                + ", row 2, column \"Xếp hạng\", value \"22\": rank 22 is beyond the block's 1"
                + " units: the file lists 1 units; if it lists part of the block, give the block's"
                + " size (withBlockSize, a block-size column, or ranks written \"22/24\")");
    assertThatThrownBy(() -> ResultTableCsv.read(ofN, options.withBlockSize(25)))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining(
            "row 2, column \"Xếp hạng\", value \"22/24\": block SBN is read with the size 25, not"
                + " 24");
  }

  @Test
  void anUnknownBlock_isNamedWithTheBlocksThereAre() throws IOException {
    Path csv = write("block.csv", "Khối,Đơn vị,Tổng điểm\nKhối xã,UBND xã A,70\n");

    assertThatThrownBy(() -> ResultTableCsv.read(csv, TableOptions.of(SBN, UBND).withYear(2021)))
        .isInstanceOf(DdciIoException.class)
        .hasMessage(
            csv
                + ", row 2, column \"Khối\", value \"Khối xã\": not one of the blocks [Block[SBN],"
                + " Block[UBND]] (by code or name)");
  }

  // ---------------------------------------------------------------- Excel

  @Test
  void anExcelSheet_withATitleRow_andAFormulaWithoutItsCachedValue() throws IOException {
    Path xlsx =
        xlsx(
            "formula.xlsx",
            "DDCI 2023",
            new Object[][] {
              {"Kết quả DDCI năm 2023"}, {}, {"Sở, ngành", "Tổng điểm"}, {"Sở Ngoại vụ", "=80+0.45"}
            });

    assertThatThrownBy(() -> ResultTableExcel.read(xlsx, TableOptions.of(SBN).withYear(2023)))
        .isInstanceOf(DdciIoException.class)
        .hasMessage(
            xlsx
                + ", sheet \"DDCI 2023\", row 4, column \"B Tổng điểm\", value \"=80+0.45\": a"
                + " formula without a cached value: open the workbook in a spreadsheet and save"
                + " it");
  }

  // ---------------------------------------------------------------- nothing guessed, nothing lost

  @Test
  void anUnknownColumnBesideComponentsWithoutATotal_isAnError_neverWeightsSilently()
      throws IOException {
    String components =
        "Gia nhập thị trường,Tiếp cận đất đai,Tính minh bạch,Chi phí thời gian,Chi phí không chính"
            + " thức,Cạnh tranh bình đẳng,Tính năng động,Dịch vụ hỗ trợ doanh nghiệp,Đào tạo lao"
            + " động,Thiết chế pháp lý";
    Path composite =
        write(
            "composite.csv",
            "Tỉnh,"
                + components
                + ",Chỉ số năng lực cạnh tranh\n"
                + "Đà Nẵng,9,7,7,8,7,7,7,7,8,7,70\n");
    Path notes =
        write("notes.csv", "Tỉnh," + components + ",Ghi chú\nĐà Nẵng,9,7,7,8,7,7,7,7,8,7,\n");
    TableOptions options = TableOptions.of(Frameworks.PCI_PROVINCES).withYear(2016);

    assertThatThrownBy(() -> ResultTableCsv.read(composite, options))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("column \"Chỉ số năng lực cạnh tranh\"")
        .hasMessageContaining("looks like a total, but the reader does not recognise it");
    assertThatThrownBy(() -> ResultTableCsv.read(notes, options))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining(
            "column \"Ghi chú\", value \"Ghi chú\": the reader does not know this column, and no"
                + " other column is the total");
    ResultTable computed =
        ResultTableCsv.read(notes, options.withHeaders(Map.of("Ghi chú", "IGNORE"))).table();
    assertThat(computed.get("Đà Nẵng").givenTotal()).isEmpty();
    assertThat(computed.get("Đà Nẵng").total()).isEqualByComparingTo("73.5");
  }

  @Test
  void rowsOfTheMedianOrAverageBelowTheUnits_areBlockFigures_andATotalRowIsAnError()
      throws IOException {
    Path median =
        write(
            "median.csv",
            "Đơn vị,Tổng điểm,Xếp hạng\n"
                + "Công an tỉnh,\"78,43\",1\n"
                + "Bảo hiểm xã hội tỉnh,\"76,9\",2\n"
                + "Điểm trung vị,\"68,49\",\n"
                + "Trung bình,\"67,1\",\n");
    Path sum = write("sum.csv", "Đơn vị,Tổng điểm\nCông an tỉnh,\"78,43\"\nTổng cộng,\"155,33\"\n");
    TableOptions options = TableOptions.of(SBN).withYear(2021).withBlockSize(24);

    ResultTable table = ResultTableCsv.read(median, options).table();
    assertThat(table.size()).isEqualTo(2);
    assertThat(table.publishedMedianScore()).contains(Score.parse("68.49"));
    assertThat(table.publishedMeanScore()).contains(Score.parse("67.1"));
    assertThatThrownBy(() -> ResultTableCsv.read(sum, options))
        .isInstanceOf(DdciIoException.class)
        .hasMessage(
            sum
                + ", row 3, column \"Đơn vị\", value \"Tổng cộng\": a summary row, not a unit:"
                + " remove it from the table");
  }

  @Test
  void aUnitWithNothingPublished_isWithheldAndReported_andCountedInTheBlock() throws IOException {
    Path csv =
        write(
            "withheld.csv",
            "Tỉnh,Gia nhập thị trường,Tiếp cận đất đai\nĐà Nẵng,9.28,6.99\nTP.HCM,N/A,N/A\n");
    TableOptions options =
        TableOptions.of(Frameworks.PCI_PROVINCES)
            .withYear(2016)
            .withHeaders(Map.of("Gia nhập thị trường", "ENTRY", "Tiếp cận đất đai", "LAND"));
    Path totals =
        write("totals.csv", "Tỉnh,Gia nhập thị trường,PCI\nĐà Nẵng,9.28,70\nTP.HCM,N/A,N/A\n");

    assertThatThrownBy(() -> ResultTableCsv.read(csv, options))
        .as("Đà Nẵng has scores but no total, and PCI's total needs every sub-index")
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("row 2: unit 'Đà Nẵng', year 2016: the scores of [");
    ResultTables read =
        ResultTableCsv.read(totals, TableOptions.of(Frameworks.PCI_PROVINCES).withYear(2016));
    assertThat(read.withheldUnits())
        .containsExactly(
            new ResultTables.WithheldUnit(
                3, "TP.HCM", "PCI", Year.of(2016), "no total and no score published"));
    assertThat(read.table()).hasToString("ResultTable[PCI 2016, 1 of 2 units]");
    assertThat(read.notes())
        .containsExactly(
            "block PCI, 2016: the file does not give the block's size, so it is taken to list every"
                + " unit (n = 2); if it lists part of the block, give n with withBlockSize");
    assertThat(
            ResultTableCsv.read(
                    totals,
                    TableOptions.of(Frameworks.PCI_PROVINCES).withYear(2016).withBlockSize(63))
                .notes())
        .isEmpty();
  }

  @Test
  void theOnlyTotalOfAnotherYear_isNamedAsSuch() throws IOException {
    Path csv = write("other-year.csv", "Đơn vị,Tổng điểm DDCI 2022\nSở Ngoại vụ,\"74,63\"\n");

    assertThatThrownBy(() -> ResultTableCsv.read(csv, TableOptions.of(SBN).withYear(2021)))
        .isInstanceOf(DdciIoException.class)
        .hasMessage(
            csv
                + ", row 1: no total or component column of 2021 is left: [\"Tổng điểm DDCI 2022\""
                + " (the total of 2022, not of 2021)]");
  }

  @Test
  void
      figuresRefusedAtTheirCell_rankBelowOne_medianAboveTheScale_aBlockSizeTooLarge_aYearOfNoResults()
          throws IOException {
    TableOptions options = TableOptions.of(SBN).withYear(2021);
    Path rank = write("rank0.csv", "Đơn vị,Tổng điểm,Xếp hạng\nSở A,70,0\n");
    Path median = write("median101.csv", "Đơn vị,Tổng điểm,Điểm trung vị\nSở A,70,101\n");
    Path size = write("size.csv", "Đơn vị,Tổng điểm,Số đơn vị\nSở A,70,20000\n");
    Path year = write("year0.csv", "Năm,Đơn vị,Tổng điểm\n0,Sở A,70\n");

    assertThatThrownBy(() -> ResultTableCsv.read(rank, options))
        .hasMessage(rank + ", row 2, column \"Xếp hạng\", value \"0\": rank 0 is below 1");
    assertThatThrownBy(() -> ResultTableCsv.read(median, options))
        .hasMessage(
            median
                + ", row 2, column \"Điểm trung vị\", value \"101\": the block's median: score"
                + " 101 is outside 0–100");
    assertThatThrownBy(() -> ResultTableCsv.read(size, options))
        .hasMessage(
            size
                + ", row 2, column \"Số đơn vị\", value \"20000\": block size 20000 is"
                + " outside 1–10000");
    assertThatThrownBy(() -> ResultTableCsv.read(year, TableOptions.of(SBN)))
        .hasMessage(
            year + ", row 2, column \"Năm\", value \"0\": not a year of results (1990–2100)");
  }

  @Test
  void anExcelNameCellThatCannotBeRead_isAnErrorAtItsCell_neverAName() throws IOException {
    Path xlsx =
        xlsx(
            "errors.xlsx",
            "DDCI",
            new Object[][] {
              {"Khối", "Đơn vị", "Tổng điểm", "Xếp loại"},
              {"SBN", "Sở A", 70.0, "Tốt"},
              {null, "Sở B", 60.0, "Khá"},
              {"SBN", "=Z1", 50.0} // a name without a cached value
            },
            new CellRangeAddress(1, 2, 0, 0));

    assertThatThrownBy(() -> ResultTableExcel.read(xlsx, TableOptions.of(SBN).withYear(2023)))
        .isInstanceOf(DdciIoException.class)
        .hasMessage(
            xlsx
                + ", sheet \"DDCI\", row 4, column \"B Đơn vị\", value \"=Z1\": a formula without a"
                + " cached value: open the workbook in a spreadsheet and save it");
  }

  @Test
  void aMergedBlockCell_anUnheadedColumnOfNames_andWholeNumbersAsTheSheetShowsThem()
      throws IOException {
    // column B, the names, has no header; "Khối" is merged over both rows, as sheets print it
    Path xlsx =
        xlsx(
            "merged.xlsx",
            "DDCI",
            new Object[][] {
              {"Khối", null, "Tổng điểm"}, {"SBN", "Sở A", 70.0}, {null, "Sở B", 60.5}
            },
            new CellRangeAddress(1, 2, 0, 0));

    ResultTable table =
        ResultTableExcel.read(xlsx, TableOptions.of(SBN, UBND).withYear(2023)).table();

    assertThat(table.units()).extracting(Unit::name).containsExactly("Sở A", "Sở B");
    assertThat(table.get("Sở A").total().toPlainString()).isEqualTo("70");
    assertThat(table.get("Sở B").total().toPlainString()).isEqualTo("60.5");
  }

  // ---------------------------------------------------------------- writing and reading back

  @Test
  void aPartialTableWithItsMedian_writtenAsCsvAndXlsx_readsBackEqual() {
    ResultTable departments =
        ResultTableCsv.read(
                SharedData.require("ddci-press/lang_son_2021.csv"), TableOptions.of(SBN, UBND))
            .table(SBN, Year.of(2021))
            .withPublishedMedianScore(Score.parse("68,49"));
    ResultTable districts =
        ResultTableCsv.read(
                SharedData.require("ddci-press/lang_son_2021.csv"), TableOptions.of(SBN, UBND))
            .table(UBND, Year.of(2021));
    Path csv = dir.resolve("press.csv");
    Path xlsx = dir.resolve("press.xlsx");

    ResultTableCsv.write(List.of(departments, districts), csv);
    ResultTableExcel.write(List.of(departments, districts), xlsx);

    for (ResultTables read :
        List.of(
            ResultTableCsv.read(csv, TableOptions.of(SBN, UBND)),
            ResultTableExcel.read(xlsx, TableOptions.of(SBN, UBND)))) {
      assertThat(read.tables()).containsExactly(departments, districts);
      assertThat(read.ignoredColumns()).isEmpty();
      assertThat(read.discrepancies()).isEmpty();
    }
  }

  @Test
  void readingAWorkbook_printsNothing_inAFreshJvmWithoutALoggingProvider() throws Exception {
    Path workbook = SharedData.require("pci/PCI_2016.xlsx");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ReadOneWorkbook.class.getName(),
                workbook.toString())
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor()).as(err).isZero();
    assertThat(out).isEqualTo("ResultTable[PCI 2016, 63 units]\n");
    assertThat(err).isEmpty();
  }

  /** The program the test above runs in a fresh JVM. */
  static final class ReadOneWorkbook {
    private ReadOneWorkbook() {}

    public static void main(String[] args) {
      System.out.print(
          ResultTableExcel.read(
                      Path.of(args[0]),
                      "Summary_VN",
                      TableOptions.of(Frameworks.PCI_PROVINCES)
                          .withHeaders(ResultTableExcel.PCI_HEADERS))
                  .table()
              + "\n");
    }
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * Writes a one-sheet workbook: text cells, numbers (Double), formulas without a cached value
   * (text starting with "="), empty cells (null), and merged regions.
   */
  private Path xlsx(String name, String sheetName, Object[][] rows, CellRangeAddress... merged)
      throws IOException {
    Path file = dir.resolve(name);
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet(sheetName);
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object value = rows[r][c];
          if (value instanceof Double) {
            row.createCell(c).setCellValue((Double) value);
          } else if (value instanceof String && ((String) value).startsWith("=")) {
            row.createCell(c).setCellFormula(((String) value).substring(1));
          } else if (value != null) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      for (CellRangeAddress region : merged) {
        sheet.addMergedRegion(region);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    return file;
  }
}
