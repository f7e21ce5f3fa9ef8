package vn.ddci.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.threeten.extra.YearQuarter;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Block;
import vn.ddci.framework.Component;
import vn.ddci.framework.Frameworks;
import vn.ddci.plan.Division;
import vn.ddci.plan.Plan;
import vn.ddci.progress.QuarterlyReport;
import vn.ddci.progress.Status;
import vn.ddci.progress.TaskProgress;
import vn.ddci.result.PublishedFigures;
import vn.ddci.result.PublishedStanding;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * Bad files and adversarial text over every reader and writer of ddci-io, as tables of cases: only
 * regular files are read or replaced; whatever a writer writes, its reader reads back equal, and
 * what it cannot represent it refuses at write; every refusal is a {@link DdciIoException} naming
 * the file and what is wrong.
 */
class HardeningTest {
  private static final Block SBN = Frameworks.LANG_SON_DEPARTMENT_BLOCK;
  private static final Division LS = Division.specialised("Phòng Lãnh sự - Hợp tác quốc tế");
  private static final YearQuarter Q1 = YearQuarter.of(2024, 1);

  @TempDir static Path shared;
  @TempDir Path dir;

  private static Path pipe;
  private static Path folder;

  @BeforeEach
  void places() throws IOException, InterruptedException {
    folder = Files.createDirectories(shared.resolve("a-folder.csv"));
    pipe = shared.resolve("a-pipe.csv");
    if (!Files.exists(pipe)) {
      Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
      assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed to make a named pipe");
    }
  }

  // ---------------------------------------------------------------- files that are not regular
  // files

  interface Reading {
    void read(Path file) throws Exception;
  }

  static Stream<Arguments> readers() {
    Plan plan = PlanJsonTest.plan("Kế hoạch", 10);
    TableOptions options = TableOptions.of(SBN).withYear(2023);
    return Stream.of(
        Arguments.of("ResultTableCsv.read", (Reading) f -> ResultTableCsv.read(f, options)),
        Arguments.of("ResultTableExcel.read", (Reading) f -> ResultTableExcel.read(f, options)),
        Arguments.of("PlanJson.read", (Reading) PlanJson::read),
        Arguments.of("ReportJson.read", (Reading) ReportJson::read),
        Arguments.of("AssessmentJson.read", (Reading) AssessmentJson::read),
        Arguments.of("ReportTemplate.read", (Reading) f -> ReportTemplate.read(f, plan)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void readers_readRegularFilesOnly_neverADeviceAPipeOrAFolder(String reader, Reading reading) {
    for (Path place : List.of(Path.of("/dev/zero"), pipe, folder, dir.resolve("missing.csv"))) {
      Throwable thrown =
          assertTimeoutPreemptively(
              Duration.ofSeconds(5), () -> catchThrowable(() -> reading.read(place)));
      assertThat(thrown)
          .as("%s of %s", reader, place)
          .isInstanceOf(DdciIoException.class)
          .hasMessageStartingWith(place.toString())
          .hasMessageMatching("(?s).*(is not a regular file|does not exist).*");
    }
  }

  interface Writing {
    void write(Path file) throws Exception;
  }

  static Stream<Arguments> writers() {
    Plan plan = PlanJsonTest.plan("Kế hoạch", 10);
    ResultTable table = table("Sở Ngoại vụ");
    return Stream.of(
        Arguments.of("ResultTableCsv.write", (Writing) f -> ResultTableCsv.write(table, f)),
        Arguments.of("ResultTableExcel.write", (Writing) f -> ResultTableExcel.write(table, f)),
        Arguments.of("PlanJson.write", (Writing) f -> PlanJson.write(plan, f)),
        Arguments.of("ReportJson.write", (Writing) f -> ReportJson.write(report("Rà soát"), f)),
        Arguments.of("AssessmentJson.write", (Writing) f -> AssessmentJson.write(assessment(), f)),
        Arguments.of("Exports.xlsx", (Writing) f -> Exports.xlsx(assessment(), f)),
        Arguments.of("ReportTemplate.write", (Writing) f -> ReportTemplate.write(plan, LS, Q1, f)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void writers_replaceRegularFilesOnly_neverALinkAPipeOrAFolder(String writer, Writing writing)
      throws IOException {
    Path target = dir.resolve("kept.txt");
    Files.writeString(target, "kept");
    Path link = Files.createSymbolicLink(dir.resolve("a-link"), target);
    for (Path place : List.of(link, pipe, folder)) {
      Throwable thrown =
          assertTimeoutPreemptively(
              Duration.ofSeconds(5), () -> catchThrowable(() -> writing.write(place)));
      assertThat(thrown)
          .as("%s to %s", writer, place)
          .isInstanceOf(DdciIoException.class)
          .hasMessage(
              place
                  + ": is not a regular file (a link, a folder, a device or a pipe): it"
                  + " is not replaced");
    }
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("kept");
    assertThat(Files.isDirectory(folder)).isTrue();
  }

  @Test
  void anEndlessStream_isStoppedWhileRead_notAfter() {
    InputStream rows = endless("Đơn vị,Tổng điểm\n", "Sở A,1\n");
    InputStream commas = endless("", ",");
    TableOptions options = TableOptions.of(SBN).withYear(2023);

    assertThat(catchThrowable(() -> ResultTableCsv.read(rows, "rows", options)))
        .isInstanceOf(DdciIoException.class)
        .hasMessage("rows: has more than the 100000 rows read");
    assertThat(catchThrowable(() -> ResultTableCsv.read(commas, "commas", options)))
        .isInstanceOf(DdciIoException.class)
        .hasMessage("commas: line 1 has more than 10000 commas");
  }

  // ---------------------------------------------------------------- round trips of adversarial
  // text

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sở _x0041_ Nội vụ",
        "Sở _x005F_x0041_ Nội vụ",
        "Sở Ngoại vụ \uD83C\uDDFB\uD83C\uDDF3",
        "Sở \"Ngoại\" vụ, Lạng Sơn; 100%",
        "=1+1 Sở Ngoại vụ",
        "Phòng Lãnh sự – Hợp tác quốc tế (LS-HTQT)"
      })
  void adversarialNames_roundTripThroughEveryWriterAndReader(String name) throws IOException {
    roundTrip(name);
    roundTrip(Normalizer.normalize(name, Normalizer.Form.NFD));
  }

  @Test
  void namesAtTheLengthLimit_roundTrip_andLongerOnesAreRefusedBeforeAnyFile() throws IOException {
    roundTrip("Sở " + "Ngoại vụ".repeat(125).substring(0, 997));
    assertThat(catchThrowable(() -> Unit.of("x".repeat(1_001), SBN)))
        .isInstanceOf(vn.ddci.DdciValidationException.class)
        .hasMessageStartingWith("a name has at most 1000 characters, got 1001");
  }

  private void roundTrip(String name) throws IOException {
    ResultTable table = table(name);
    Path csv = dir.resolve("t.csv");
    Path xlsx = dir.resolve("t.xlsx");
    ResultTableCsv.write(table, csv);
    ResultTableExcel.write(table, xlsx);
    TableOptions options = TableOptions.of(SBN);
    assertThat(ResultTableCsv.read(csv, options).table()).as("CSV of %s", name).isEqualTo(table);
    assertThat(ResultTableExcel.read(xlsx, options).table())
        .as(".xlsx of %s", name)
        .isEqualTo(table);

    Plan plan =
        Plan.builder().from(PlanJsonTest.plan(name, 10)).issuingUnit(Unit.of(name, SBN)).build();
    Path planFile = dir.resolve("plan.json");
    PlanJson.write(plan, planFile);
    assertThat(PlanJson.read(planFile)).as("plan JSON of %s", name).isEqualTo(plan);

    QuarterlyReport report = report(name);
    Path reportFile = dir.resolve("report.json");
    ReportJson.write(report, reportFile);
    assertThat(ReportJson.read(reportFile)).as("report JSON of %s", name).isEqualTo(report);

    Path template = dir.resolve("template.xlsx");
    ReportTemplate.write(plan, LS, Q1, template);
    fill(
        template,
        wb -> {
          Sheet sheet = fillDateStatusAndPercent(wb);
          // as a spreadsheet saves what a person types: "_x0041_" escaped
          sheet.getRow(6).createCell(5).setCellValue(XlsxText.escape(name));
        });
    QuarterlyReport filled = ReportTemplate.read(template, plan);
    assertThat(filled.entry("2.1").orElseThrow().narrative())
        .as("template of %s", name)
        .isEqualTo(Normalizer.normalize(name, Normalizer.Form.NFC));
  }

  // ---------------------------------------------------------------- nothing changed silently

  static Stream<Arguments> templateCells() {
    return Stream.of(
        Arguments.of("31/02/2024", 3, 1, "not a date dd/mm/yyyy"),
        Arguments.of("1e2", 6, 4, "not a whole percent"),
        Arguments.of(40.00000000001, 6, 4, "not a whole percent"),
        Arguments.of("=40", 6, 4, "a formula without a cached value"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templateCells")
  void aReportTemplate_changesNoValue_itRefusesWhatItCannotReadExactly(
      Object value, int row, int column, String problem) throws IOException {
    Plan plan = PlanJsonTest.plan("Kế hoạch", 10);
    Path template = dir.resolve("t.xlsx");
    ReportTemplate.write(plan, LS, Q1, template);
    fill(
        template,
        wb -> {
          Sheet sheet = fillDateStatusAndPercent(wb);
          var cell = sheet.getRow(row).createCell(column);
          if (value instanceof Double) {
            cell.setCellValue((Double) value);
          } else if (((String) value).startsWith("=")) {
            cell.setCellFormula(((String) value).substring(1));
          } else {
            cell.setCellValue((String) value);
          }
        });

    assertThat(catchThrowable(() -> ReportTemplate.read(template, plan)))
        .isInstanceOf(DdciIoException.class)
        .hasMessageStartingWith(template.toString())
        .hasMessageContaining(problem);
  }

  @Test
  void aStatusTypedInNfd_isReadAsTheSameStatus() throws IOException {
    Plan plan = PlanJsonTest.plan("Kế hoạch", 10);
    Path template = dir.resolve("t.xlsx");
    ReportTemplate.write(plan, LS, Q1, template);
    fill(
        template,
        wb -> {
          Sheet sheet = wb.getSheet("Báo cáo");
          sheet.getRow(3).getCell(1).setCellValue(LocalDate.of(2024, 4, 8));
          sheet
              .getRow(6)
              .createCell(3)
              .setCellValue(Normalizer.normalize("đang triển khai", Normalizer.Form.NFD));
          sheet.getRow(6).createCell(4).setCellValue(40);
        });

    assertThat(ReportTemplate.read(template, plan).entry("2.1").orElseThrow().status())
        .isEqualTo(Status.IN_PROGRESS);
  }

  static Stream<Arguments> jsonCases() {
    String plan = PlanJson.toJson(PlanJsonTest.plan("Kế hoạch", 10));
    String report = ReportJson.toJson(report("Rà soát"));
    return Stream.of(
        Arguments.of(
            "a plan with a byte order mark",
            (ThrowingCallable) () -> PlanJson.fromJson("\uFEFF" + plan, "p.json"),
            null),
        Arguments.of(
            "a division listed twice",
            (ThrowingCallable)
                () ->
                    PlanJson.fromJson(
                        plan.replaceFirst(
                            "\"divisions\" : \\[ \\{",
                            "\"divisions\" : [ { \"name\" : \"Văn phòng Sở\" }, {"),
                        "p.json"),
            "p.json, at $.divisions[1].name, value \"Văn phòng Sở\": the division is listed twice"),
        Arguments.of(
            "a quarter in lower case",
            (ThrowingCallable)
                () -> ReportJson.fromJson(report.replace("2024-Q1", "2024-q1"), "r.json"),
            "a quarter is written as 2024-Q1, got \"2024-q1\""),
        Arguments.of(
            "a null JSON text",
            (ThrowingCallable) () -> PlanJson.fromJson(null, "p.json"),
            "json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonCases")
  void json_isReadStrictly_andWithAByteOrderMark(
      String what, ThrowingCallable call, String message) {
    Throwable thrown = catchThrowable(call);
    if (message == null) {
      assertThat(thrown).as(what).isNull();
    } else if (message.equals("json")) {
      assertThat(thrown).as(what).isInstanceOf(NullPointerException.class).hasMessage("json");
    } else {
      assertThat(thrown).as(what).isInstanceOf(DdciIoException.class).hasMessageContaining(message);
    }
  }

  // ---------------------------------------------------------------- refused at write

  @Test
  void whatAReaderWouldReadOtherwise_isRefusedAtWrite() {
    ResultTable median = table("Điểm trung vị");
    ResultTable tier =
        ResultTable.of(
            SBN,
            Year.of(2023),
            List.of(
                Scorecard.builder()
                    .unit(Unit.of("Sở Ngoại vụ", SBN))
                    .year(2023)
                    .givenTotal("80")
                    .publishedTier("N/A")
                    .build()));
    Scorecard digits =
        Scorecard.builder()
            .unit(Unit.of("Sở Ngoại vụ", SBN))
            .year(2023)
            .givenTotal(Score.of(new BigDecimal("80.12345678901234567")))
            .build();

    assertThat(catchThrowable(() -> ResultTableCsv.write(median, dir.resolve("m.csv"))))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("would be read back as a row of the block's median");
    assertThat(catchThrowable(() -> ResultTableExcel.write(tier, dir.resolve("t.xlsx"))))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("the tier 'N/A' would be read back as not published");
    assertThat(
            catchThrowable(
                () ->
                    ResultTableExcel.write(
                        ResultTable.of(SBN, Year.of(2023), List.of(digits)),
                        dir.resolve("d.xlsx"))))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining(
            "value \"80.12345678901234567\": has more digits than a spreadsheet cell keeps");
    assertThat(dir.resolve("m.csv")).doesNotExist();
  }

  @Test
  void tableOptions_refuseBlocksOfOneCode_headersReadAlike_andMappingsToNothing() {
    Block other = Block.of("SBN", "Khối khác", Frameworks.PCI, vn.ddci.framework.RankingRule.PCI);

    assertThat(catchThrowable(() -> TableOptions.of(SBN, other)))
        .isInstanceOf(vn.ddci.DdciValidationException.class)
        .hasMessageContaining("blocks of distinct codes");
    assertThat(
            catchThrowable(
                () ->
                    TableOptions.of(SBN)
                        .withHeaders(java.util.Map.of("Hỗ trợ DN", "TOTAL", "HO TRO DN", "RANK"))))
        .isInstanceOf(vn.ddci.DdciValidationException.class)
        .hasMessageContaining("are read alike");
    assertThat(
            catchThrowable(
                () -> TableOptions.of(SBN).withHeaders(java.util.Map.of("Cột A", "NOPE"))))
        .isInstanceOf(vn.ddci.DdciValidationException.class)
        .hasMessageContaining("is mapped to 'NOPE', which is neither a role");
    assertThat(catchThrowable(() -> TableOptions.of(SBN).withYear(1989)))
        .isInstanceOf(vn.ddci.DdciValidationException.class)
        .hasMessage("table options: year 1989 is outside 1990–2100");
  }

  // ---------------------------------------------------------------- null arguments

  static Stream<Arguments> nullArguments() {
    Path file = Path.of("x.json");
    return Stream.of(
        Arguments.of((ThrowingCallable) () -> PlanJson.read(null), "file"),
        Arguments.of((ThrowingCallable) () -> PlanJson.toJson(null), "plan"),
        Arguments.of((ThrowingCallable) () -> ReportJson.write(null, file), "report"),
        Arguments.of((ThrowingCallable) () -> AssessmentJson.fromJson("{}", null), "source"),
        Arguments.of((ThrowingCallable) () -> ReportTemplate.read(file, null), "plan"),
        Arguments.of(
            (ThrowingCallable) () -> ResultTableCsv.write((ResultTable) null, file), "table"),
        Arguments.of(
            (ThrowingCallable) () -> ResultTableExcel.read(null, TableOptions.of(SBN)), "file"),
        Arguments.of((ThrowingCallable) () -> ResultTableCsv.read(file, null), "options"),
        Arguments.of((ThrowingCallable) () -> TableOptions.of(SBN).withHeaders(null), "headers"),
        Arguments.of(
            (ThrowingCallable)
                () ->
                    Exports.json(
                        java.util.Arrays.asList((vn.ddci.progress.ReportingCoverage) null), file),
            "a coverage"));
  }

  @ParameterizedTest
  @MethodSource("nullArguments")
  void nullArguments_areNamedByTheirParameter(ThrowingCallable call, String name) {
    assertThat(catchThrowable(call)).isInstanceOf(NullPointerException.class).hasMessage(name);
  }

  // ---------------------------------------------------------------- helpers

  /** A stream of a head and then the same text, over and over, without an end. */
  private static InputStream endless(String head, String again) {
    byte[] first = head.getBytes(StandardCharsets.UTF_8);
    byte[] next = again.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        long p = position++;
        return p < first.length
            ? first[(int) p] & 0xFF
            : next[(int) ((p - first.length) % next.length)] & 0xFF;
      }
    };
  }

  private static ResultTable table(String name) {
    Scorecard.Builder card =
        Scorecard.builder().unit(Unit.of(name, SBN)).year(2023).givenTotal("80.45");
    for (Component c : SBN.framework().components()) {
      card.score(c, "8.05");
    }
    return ResultTable.of(
        SBN, Year.of(2023), List.of(card.publishedRank(1).publishedTier("Tốt").build()));
  }

  private static QuarterlyReport report(String narrative) {
    return QuarterlyReport.builder()
        .division(LS)
        .quarter(Q1)
        .submitted(LocalDate.of(2024, 4, 5))
        .addEntries(
            TaskProgress.builder()
                .task("2.1")
                .status(Status.IN_PROGRESS)
                .percent(40)
                .narrative(narrative)
                .build())
        .build();
  }

  private static UnitAssessment assessment() {
    PublishedStanding.Builder s =
        PublishedStanding.builder()
            .unit(Unit.of("Sở Ngoại vụ", SBN))
            .year(2023)
            .blockSize(25)
            .total(PublishedFigures.builder().rank(15).score("80.45").build());
    return UnitAssessment.of(s.build());
  }

  /** Fills the template's submission date, and task 2.1 in progress at 40 %. */
  private static Sheet fillDateStatusAndPercent(Workbook wb) {
    Sheet sheet = wb.getSheet("Báo cáo");
    sheet.getRow(3).getCell(1).setCellValue(LocalDate.of(2024, 4, 8));
    sheet.getRow(6).createCell(3).setCellValue("đang triển khai");
    sheet.getRow(6).createCell(4).setCellValue(40);
    return sheet;
  }

  private static void fill(Path file, Consumer<Workbook> edits) throws IOException {
    Workbook workbook;
    try (InputStream in = Files.newInputStream(file)) {
      workbook = WorkbookFactory.create(in);
    }
    try (workbook;
        OutputStream out = Files.newOutputStream(file)) {
      edits.accept(workbook);
      workbook.write(out);
    }
  }
}
