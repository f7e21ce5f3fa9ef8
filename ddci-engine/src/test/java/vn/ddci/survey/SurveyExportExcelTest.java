package vn.ddci.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ddci.survey.Workbooks.row;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ddci.io.DdciIoException;

/** Survey exports as Excel workbooks read as the same content as CSV. */
class SurveyExportExcelTest {
  @TempDir Path dir;

  private static final List<String> UNITS = SyntheticSurvey.LANG_SON_DEPARTMENTS.subList(0, 5);
  private static final Questionnaire FORM = IllustrativeDdci.questionnaire(UNITS);
  private static final String UNIT = IllustrativeDdci.UNIT_QUESTION;

  /**
   * An export with codes as numbers and as text, labels, a decimal, a blank row and broken rows:
   * null is an empty cell.
   */
  private static final Object[][] ROWS = {
    row(
        "_uuid",
        "thong_tin/don_vi",
        "minh_bach/tm1",
        "tg1",
        "tg3",
        "tm2",
        "tm3",
        "tm5",
        "tm7",
        "tg5",
        "tg7",
        "cp5",
        "cp8",
        "cb4",
        "cb5"),
    row("DN1", "U01", 1, 12.5, 5, 4, 4, 3, 4, 4, 5, 4, 3, 4, 4), // row 2: codes as numbers
    row(null, "U01", 1, 12, 5, 4, 4, 3, 4, 4, 5, 4, 3, 4, 4), // row 3: no respondent
    row("DN2", null, "1", "12", "5", "4", "4", "3", "4", "4", "5", "4", "3", "4", "4"), // no unit
    row(null, "  ", null, "", null, null, null, null, null, null, null, null, null, null, null),
    row("DN3", "U99", 1, 12, 5, 4, 4, 3, 4, 4, 5, 4, 3, 4, 4), // row 6: a unit not in the list
    row("DN1", "U01", 0, 3, 5, 4, 4, 3, 4, 4, 5, 4, 3, 4, 4), // row 7: DN1 rates U01 again
    row("DN4", "Sở Tài chính", "Có", "abc", 150, 7, "Rất đồng ý", 3, 4, 4, 5, 4, 3, 4, 4),
    row(1005, "U02", "0", -2, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4), // row 9: straight-lining
    row("DN6", "U02", 1, 7.25, 40, "2", 5, 3, 4, 4, 5, 4, 3, 4, 4) // codes as text
  };

  @Test
  void anXlsxExport_readsAsTheSameContentInCsv_answersAndProblemsWithTheirRows()
      throws IOException {
    Path xlsx = Workbooks.of().sheet("Dữ liệu", ROWS).writeTo(dir.resolve("export.xlsx"));
    Path csv = dir.resolve("export.csv");
    List<String> lines = new ArrayList<>();
    for (Object[] r : ROWS) {
      boolean blank = true;
      for (Object v : r) {
        blank &= v == null || v.toString().isBlank();
      }
      // the blank row is an empty line in the CSV, as a spreadsheet saves it
      lines.add(
          blank
              ? ""
              : java.util.Arrays.stream(r)
                  .map(v -> v == null ? "" : v.toString())
                  .collect(Collectors.joining(",")));
    }
    Files.writeString(csv, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

    SurveyExport.Read fromXlsx = SurveyExport.read(xlsx, FORM, "_uuid", UNIT);
    SurveyExport.Read fromCsv = SurveyExport.read(csv, FORM, "_uuid", UNIT);

    assertThat(fromXlsx.problems()).isEqualTo(fromCsv.problems());
    assertThat(written(fromXlsx.responses(), "x.csv"))
        .isEqualTo(written(fromCsv.responses(), "c.csv"));
    assertThat(fromXlsx.responses().size()).isEqualTo(4);
    assertThat(fromXlsx.responses().respondents()).containsExactly("DN1", "DN4", "1005", "DN6");
    assertThat(fromXlsx.problems())
        .extracting(ExportProblem::toString)
        .containsExactly(
            "row 3, column \"_uuid\", value \"\": no respondent id; row left out",
            "row 4, column \"thong_tin/don_vi\", value \"\": no unit rated; row left out",
            "row 6, column \"thong_tin/don_vi\", value \"U99\": not a unit of don_vi; row left out",
            "row 7, column \"_uuid\", value \"DN1\": respondent DN1 rates U01 again (first at row"
                + " 2); row left out",
            "row 8, column \"tg1\", value \"abc\": not a number; read as not answered",
            "row 8, column \"tg3\", value \"150\": outside 0–100; read as not answered",
            "row 8, column \"tm2\", value \"7\": not an option of muc_do; read as not answered",
            "row 9, column \"tg1\", value \"-2\": negative or not finite; read as not answered",
            "row 9: all 10 Likert items answered 4; kept, flagged");
    Responses r = fromXlsx.responses();
    assertThat(r.chosen("tm1", 0)).contains("1"); // the number 1.0 reads as the code "1"
    assertThat(r.number("tg1", 0)).hasValue(12.5);
    assertThat(r.unit(1)).isEqualTo("U03"); // labels read as codes
    assertThat(r.chosen("tm1", 1)).contains("1");
    assertThat(r.chosen("tm3", 1)).contains("5");
    assertThat(r.chosen("tm2", 3)).contains("2");
    assertThat(r.number("tg1", 3)).hasValue(7.25);
  }

  @ParameterizedTest
  @ValueSource(strings = {"export.xlsx", "export.xls"})
  void theGeneratorsAnswers_writtenAsCsv_savedAsExcel_readBackTheSame_withoutProblems(String name)
      throws IOException {
    Responses answers = SyntheticSurvey.generate(5, 2023, UNITS, 30, false);
    Path csv = dir.resolve("export.csv");
    SurveyExport.write(answers, FORM, csv, "_uuid", UNIT);
    List<Object[]> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser p = CSVParser.builder().setReader(in).setFormat(CSVFormat.DEFAULT).get()) {
      for (CSVRecord rec : p) {
        Object[] cells = new Object[rec.size()];
        for (int c = 0; c < rec.size(); c++) {
          String v = rec.get(c);
          // numbers as a spreadsheet stores them, the rest as text
          cells[c] =
              rec.getRecordNumber() > 1 && c >= 2 && v.matches("-?\\d+(\\.\\d+)?")
                  ? (Object) Double.valueOf(v)
                  : v;
        }
        rows.add(cells);
      }
    }
    Path excel =
        Workbooks.of()
            .sheet("export", rows.toArray(new Object[0][]))
            .sheet("other", row("not", "read"))
            .writeTo(dir.resolve(name));

    SurveyExport.Read read = SurveyExport.read(excel, FORM, "_uuid", "thong_tin/don_vi");

    assertThat(read.problems()).isEmpty();
    assertThat(read.responses().size()).isEqualTo(answers.size());
    assertThat(read.responses().unitName("U01")).contains("Sở Ngoại vụ");
    assertThat(written(read.responses(), "back.csv")).isEqualTo(Files.readString(csv));
  }

  @Test
  void formulasReadByTheirCachedValue_andEmptyRowsAreSkipped() throws IOException {
    Path file = dir.resolve("formulas.xlsx");
    vn.ddci.io.PoiLogging.quietWhenUnconfigured();
    try (Workbook wb = new XSSFWorkbook();
        var out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("Sheet1");
      Row h = s.createRow(0);
      h.createCell(0).setCellValue(" _uuid ");
      h.createCell(1).setCellValue("don_vi");
      h.createCell(2).setCellValue("tm1");
      Row a = s.createRow(3); // rows 2 and 3 do not exist
      a.createCell(0).setCellValue("DN1");
      a.createCell(1).setCellFormula("\"U0\"&\"2\"");
      a.createCell(2).setCellFormula("2-1");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      Row b = s.createRow(4);
      b.createCell(0).setCellValue("DN2");
      b.createCell(1).setCellValue("U02");
      b.createCell(2).setCellValue(true);
      wb.write(out);
    }

    SurveyExport.Read read = SurveyExport.read(file, FORM, "_uuid", UNIT);

    assertThat(read.responses().size()).isEqualTo(2);
    assertThat(read.responses().unit(0)).isEqualTo("U02");
    assertThat(read.responses().chosen("tm1", 0)).contains("1");
    assertThat(read.problems())
        .extracting(ExportProblem::toString)
        .containsExactly(
            "row 5, column \"tm1\", value \"TRUE\": not an option of co_khong; read as not"
                + " answered");
  }

  @Test
  void aCellHoldingAnError_isRefusedNamingFileSheetRowAndColumn() throws IOException {
    Path file =
        Workbooks.of()
            .sheet("Dữ liệu", row("_uuid", "don_vi", "tm1"), row("DN1", "U01", Workbooks.NA))
            .writeTo(dir.resolve("na.xlsx"));

    assertThatThrownBy(() -> SurveyExport.read(file, FORM, "_uuid", UNIT))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContainingAll("na.xlsx", "sheet \"Dữ liệu\"", "row 2", "C tm1", "#N/A");
  }

  @Test
  void aMissingColumn_inAWorkbook_isRefusedNamingTheSheet() throws IOException {
    Path file =
        Workbooks.of()
            .sheet("Dữ liệu", row("id", "don_vi"), row("DN1", "U01"))
            .writeTo(dir.resolve("no-id.xlsx"));

    assertThatThrownBy(() -> SurveyExport.read(file, FORM, "_uuid", UNIT))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContainingAll("no-id.xlsx", "sheet \"Dữ liệu\"", "row 1", "no column _uuid");
  }

  @Test
  void anotherExtension_andADamagedWorkbook_areRefusedNamingTheFile() throws IOException {
    Path txt = dir.resolve("export.txt");
    Files.writeString(txt, "_uuid,don_vi,tm1\nDN1,U01,1\n", StandardCharsets.UTF_8);
    Path damaged = dir.resolve("damaged.xlsx");
    Files.write(damaged, "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
    Path missing = dir.resolve("missing.xlsx");

    assertThatThrownBy(() -> SurveyExport.read(txt, FORM, "_uuid", UNIT))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContainingAll("export.txt", "neither a CSV");
    assertThatThrownBy(() -> SurveyExport.read(damaged, FORM, "_uuid", UNIT))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContainingAll("damaged.xlsx", "not a readable Excel workbook");
    assertThatThrownBy(() -> SurveyExport.read(missing, FORM, "_uuid", UNIT))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContainingAll("missing.xlsx", "does not exist");
  }

  @Test
  void writing_isCsvOnly_aWorkbookNameIsRefused() {
    Responses answers = SyntheticSurvey.generate(5, 2023, UNITS, 5, false);
    Path xlsx = dir.resolve("out.xlsx");

    assertThatThrownBy(() -> SurveyExport.write(answers, FORM, xlsx, "_uuid", UNIT))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContainingAll("out.xlsx", "written as CSV");
    assertThat(xlsx).doesNotExist();
  }

  /** The answers as {@link SurveyExport#write} writes them, to compare two reads. */
  private String written(Responses r, String name) throws IOException {
    Path file = dir.resolve(name);
    SurveyExport.write(r, FORM, file, "_uuid", UNIT);
    return Files.readString(file);
  }
}
