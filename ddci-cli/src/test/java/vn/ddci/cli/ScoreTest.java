package vn.ddci.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ddci.SharedData;
import vn.ddci.engine.Aggregate;
import vn.ddci.engine.Normalise;
import vn.ddci.engine.Pipeline;
import vn.ddci.engine.Treat;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.ranking.BlockRanking;
import vn.ddci.ranking.Standing;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Unit;
import vn.ddci.survey.ExportColumns;
import vn.ddci.survey.IllustrativeDdci;
import vn.ddci.survey.Responses;
import vn.ddci.survey.SurveyExport;
import vn.ddci.survey.SurveyIndex;
import vn.ddci.survey.XlsForm;
import vn.ddci.text.PlanText;

/** {@code ddci score} end to end: COINr's ASEM example, a synthetic survey, bad input. */
class ScoreTest {
  private static final String ASEM = "coinr-asem/";

  /** COINr's reference build: imputation and screening given, the other steps by default. */
  private static String[] asem(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("--screen", "0.9"));
    args.addAll(List.of(more));
    return Cli.asem("score", args.toArray(new String[0]));
  }

  @Test
  void asem_everyStageEqualsCoinrs_to1e9(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("asem");

    Cli.Run r =
        Cli.run(
            asem(
                "--winsorise-cap=5",
                "--normalise=min-max",
                "--bounds=0,100",
                "--aggregate=arithmetic",
                "--out",
                out.toString(),
                "--lang",
                "en"));

    assertThat(r.code()).as(r.err()).isZero();
    Path coinr = SharedData.require(ASEM + "iData.csv").getParent();
    for (String stage :
        List.of(
            "Raw", "Denominated", "Imputed", "Screened", "Treated", "Normalised", "Aggregated")) {
      Map<String, CSVRecord> theirs = byUnit(coinr.resolve("default_" + stage + ".csv"));
      Map<String, CSVRecord> ours = byUnit(out.resolve(stage + ".csv"));
      assertThat(ours.keySet()).as(stage).isEqualTo(theirs.keySet());
      int cells = 0;
      for (CSVRecord t : theirs.values()) {
        CSVRecord o = ours.get(t.get("uCode"));
        for (String column : t.getParser().getHeaderNames()) {
          if (column.equals("uCode")) {
            continue;
          }
          assertClose(stage + " " + t.get("uCode") + " " + column, o.get(column), t.get(column));
          cells++;
        }
      }
      assertThat(cells).as(stage).isGreaterThanOrEqualTo(51 * 49);
    }
    // the results: COINr's ranks, and its scores at their 2 decimals
    Map<String, CSVRecord> results = byUnit(coinr.resolve("default_results.csv"));
    Map<String, CSVRecord> ours = byUnit(out.resolve("results.csv"));
    for (CSVRecord t : results.values()) {
      CSVRecord o = ours.get(t.get("uCode"));
      assertThat(o.get("Rank")).isEqualTo(t.get("Rank"));
      for (String a : List.of("Index", "Conn", "Sust", "Physical", "Social")) {
        assertThat(Double.parseDouble(o.get(a)))
            .isCloseTo(Double.parseDouble(t.get(a)), within(0.005 + 1e-9));
      }
    }
    assertThat(r.lines().get(0)).endsWith("51 units, 49 indicators, 11 aggregates");
    assertThat(r.out()).contains("IMPUTED 65", "Top 10 on Index:");
    assertThat(r.lines())
        .anySatisfy(l -> assertThat(l).matches("\\s*01/51\\s+68\\.38\\s+CHE Switzerland"));
    assertThat(r.out()).contains("Written to " + out, "audit.csv", "results.csv");
    assertThat(Files.readAllLines(out.resolve("audit.csv")).get(0))
        .isEqualTo("step,action,column,unit,before,after,note");
    assertThat(Files.readString(out.resolve("audit.csv"))).contains("Impute,IMPUTED,");
  }

  private static void assertClose(String where, String ours, String theirs) {
    if (theirs.isEmpty()) {
      assertThat(ours).as(where).isEmpty();
      return;
    }
    double t = Double.parseDouble(theirs);
    double o = Double.parseDouble(ours);
    assertThat(Math.abs(o - t)).as(where).isLessThanOrEqualTo(1e-9 * Math.max(1, Math.abs(t)));
  }

  private static Map<String, CSVRecord> byUnit(Path file) throws IOException {
    Map<String, CSVRecord> rows = new HashMap<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p =
            CSVParser.builder()
                .setReader(reader)
                .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())
                .get()) {
      for (CSVRecord rec : p) {
        rows.put(rec.get("uCode"), rec);
      }
    }
    return rows;
  }

  @Test
  void asem_xlsx_holdsEveryTableAsASheet(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("x");

    Cli.Run r = Cli.run(asem("--out", out.toString(), "--xlsx", "--top", "3"));

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Top 3 on Index:", "68,38"); // Vietnamese numbers by default
    try (Workbook book = WorkbookFactory.create(out.resolve("tables.xlsx").toFile())) {
      assertThat(book.getNumberOfSheets()).isEqualTo(9);
      assertThat(book.getSheet("Aggregated").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("uCode");
      assertThat(book.getSheet("results").getRow(1).getCell(3).getNumericCellValue())
          .isCloseTo(68.3837, within(1e-4));
    }
  }

  @Test
  void options_mapToTheEngineSteps_zScoreAndGeometric(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("z");

    Cli.Run z =
        Cli.run(
            asem(
                "--normalise", "z-score", "--bounds", "10,2", "--no-winsorise", "--out", "" + out));
    Cli.Run geo = Cli.run(asem("--bounds", "1,100", "--aggregate", "geometric", "--top", "0"));
    Cli.Run zeros = Cli.run(asem("--aggregate", "geometric"));

    assertThat(z.code()).as(z.err()).isZero();
    assertThat(z.out()).contains("Normalise[z-score").doesNotContain("Treat[");
    assertThat(Files.exists(out.resolve("Treated.csv"))).isFalse();
    double[] lpi =
        byUnit(out.resolve("Normalised.csv")).values().stream()
            .mapToDouble(rec -> Double.parseDouble(rec.get("LPI")))
            .toArray();
    double mean = java.util.Arrays.stream(lpi).average().orElseThrow();
    assertThat(mean).isCloseTo(10, within(1e-9));
    assertThat(geo.code()).as(geo.err()).isZero();
    assertThat(geo.out()).contains("Aggregate[GEOMETRIC", "Ranked on Index:");
    assertThat(geo.lines().stream().filter(l -> l.matches("\\s*\\d\\d/51 .*"))).hasSize(51);
    // min-max to 0–100 gives zeros, which a geometric mean refuses: bad data, one line
    assertThat(zeros.code()).isEqualTo(Ddci.BAD_DATA);
    assertThat(zeros.err().lines()).hasSize(1);
  }

  @Test
  void survey_exportAndForm_scoredAsTheIllustrativeIndex(@TempDir Path tmp) {
    SurveyFiles files = SurveyFiles.write(tmp);
    Path out = tmp.resolve("ket-qua");

    Cli.Run r =
        Cli.run(
            "score",
            "--survey",
            files.export().toString(),
            "--form",
            files.form().toString(),
            "--year",
            "2023",
            "--out",
            out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.lines().get(0))
        .contains("25 units", "(the illustrative questionnaire's indicators)");
    assertThat(r.out()).contains("Top 10 on the total (tổng điểm):", "table.csv");
    // the same as the library computes from the answers read back
    Responses read =
        SurveyExport.read(
                files.export(),
                XlsForm.read(files.form()),
                ExportColumns.of("_uuid", "don_vi").withWeight("_weight"))
            .responses();
    ResultTable expected =
        SurveyIndex.of(
                Frameworks.LANG_SON_DEPARTMENT_BLOCK,
                IllustrativeDdci.indicators(),
                Pipeline.of(
                    Treat.winsorise(),
                    Normalise.minMax(1, 10),
                    Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE)))
            .score(read, Year.of(2023))
            .table();
    Map<Unit, Standing> standings = BlockRanking.of(expected).standings(Measure.total());
    Unit top = standings.keySet().iterator().next();
    String total =
        PlanText.vietnamese()
            .numberStyle()
            .figure(expected.find(top.name()).orElseThrow().givenTotal().orElseThrow().value(), 2);
    assertThat(r.lines()).anySatisfy(l -> assertThat(l).contains("01/25", total, top.name()));
    // the block's table is what ddci rank reads
    Cli.Run rank = Cli.run("rank", out.resolve("table.csv").toString(), "--block", "SBN");
    assertThat(rank.code()).as(rank.err()).isZero();
    assertThat(rank.lines()).hasSize(2 + 25);
    assertThat(rank.lines().get(2)).matches("\\s*01/25 .*").contains(top.name(), total);
  }

  @Test
  void survey_withoutItsWeightColumn_isBadData_unlessUnweighted(@TempDir Path tmp) {
    SurveyFiles files = SurveyFiles.write(tmp, false);
    String[] args = {"score", "--survey", "" + files.export(), "--form", "" + files.form()};

    Cli.Run weighted = Cli.run(args);
    Cli.Run unweighted =
        Cli.run(
            List.of(args, new String[] {"--unweighted"}).stream()
                .flatMap(java.util.Arrays::stream)
                .toArray(String[]::new));
    Cli.Run otherRespondent =
        Cli.run(
            "score",
            "--survey",
            "" + files.export(),
            "--form",
            "" + files.form(),
            "--unweighted",
            "--respondent",
            "ma_dn");

    assertThat(weighted.code()).isEqualTo(Ddci.BAD_DATA);
    assertThat(weighted.err().lines()).hasSize(1);
    assertThat(weighted.err()).contains("khao-sat-2023.csv", "_weight");
    assertThat(unweighted.code()).as(unweighted.err()).isZero();
    assertThat(unweighted.lines().get(0)).contains("25 units");
    assertThat(otherRespondent.code()).isEqualTo(Ddci.BAD_DATA);
    assertThat(otherRespondent.err()).contains("ma_dn");
  }

  @Test
  void outFolderHoldingFiles_isAUsageError_andNothingIsWritten(@TempDir Path tmp)
      throws IOException {
    Path out = Files.createDirectories(tmp.resolve("full"));
    Files.writeString(out.resolve("keep.txt"), "giữ");

    Cli.Run r = Cli.run(asem("--out", out.toString()));

    assertThat(r.code()).isEqualTo(Ddci.USAGE);
    assertThat(r.err()).contains("already exists");
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s).containsExactly(out.resolve("keep.txt"));
    }
  }

  @Test
  void failedRun_writesNothing(@TempDir Path tmp) {
    Path out = tmp.resolve("none");

    Cli.Run r = Cli.run(asem("--aggregate", "geometric", "--out", out.toString()));

    assertThat(r.code()).isEqualTo(Ddci.BAD_DATA);
    assertThat(out).doesNotExist();
    assertThat(tmp.toFile().list()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--normalise=minmax",
        "--bounds=1",
        "--bounds=100,0",
        "--impute=group-mean",
        "--impute=last-year",
        "--screen=1.5",
        "--screen-by=half",
        "--aggregate=median",
        "--missing-children=some",
        "--when-constant=zero",
        "--winsorise-cap=0",
        "--top=-1",
        "--xlsx",
        "--bounds=a,b",
        "--block=XYZ"
      })
  void badOptionValues_exit2_namingTheOption(String option) {
    Path dir = SharedData.require(ASEM + "iData.csv").getParent();

    Cli.Run r =
        Cli.run(
            "score",
            dir.resolve("iData.csv").toString(),
            "--meta",
            dir.resolve("iMeta.csv").toString(),
            option);

    assertThat(r.code()).as(r.err()).isEqualTo(Ddci.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(option.split("=")[0]);
  }

  @Test
  void missingOrIncompleteSources_areUsageErrors(@TempDir Path tmp) {
    SurveyFiles files = SurveyFiles.write(tmp);
    String data = SharedData.require(ASEM + "iData.csv").toString();

    assertThat(Cli.run("score").code()).isEqualTo(Ddci.USAGE);
    // without --meta, the library's layout, whose columns are named after components
    Cli.Run noMeta = Cli.run("score", data);
    assertThat(noMeta.code()).isEqualTo(Ddci.BAD_DATA);
    assertThat(noMeta.err()).contains("iData.csv", "GDP_group", "names no component");
    assertThat(Cli.run("score", "--survey", files.export().toString()).code())
        .isEqualTo(Ddci.USAGE);
    Cli.Run both =
        Cli.run("score", data, "--survey", "" + files.export(), "--form", "" + files.form());
    assertThat(both.code()).isEqualTo(Ddci.USAGE);
    Cli.Run pci =
        Cli.run(
            "score",
            "--survey",
            "" + files.export(),
            "--form",
            "" + files.form(),
            "--block",
            "PCI");
    assertThat(pci.code()).isEqualTo(Ddci.USAGE);
    assertThat(pci.err()).contains("SBN");
  }

  @Test
  void missingFiles_exit3_namingThePath(@TempDir Path tmp) {
    SurveyFiles files = SurveyFiles.write(tmp);
    Path missing = tmp.resolve("khong-co.csv");
    String meta = SharedData.require(ASEM + "iMeta.csv").toString();

    Cli.Run data = Cli.run("score", missing.toString(), "--meta", meta);
    Cli.Run form =
        Cli.run("score", "--survey", "" + files.export(), "--form", "" + tmp.resolve("khong.xlsx"));

    assertThat(data.code()).isEqualTo(Ddci.FILE_NOT_FOUND);
    assertThat(data.err().lines()).containsExactly("ddci: file not found: " + missing);
    assertThat(form.code()).isEqualTo(Ddci.FILE_NOT_FOUND);
    assertThat(form.err()).contains("khong.xlsx");
  }

  @Test
  void malformedData_exit1_oneLineNamingFileRowColumn(@TempDir Path tmp) throws IOException {
    Path meta = tmp.resolve("iMeta.csv");
    Files.writeString(
        meta,
        "iCode,Type,Parent,Weight,Direction\nA,Indicator,Index,1,1\nB,Indicator,Index,1,1\n"
            + "Index,Aggregate,,1,1\n");
    Path data = tmp.resolve("iData.csv");
    Files.writeString(data, "uCode,A,B\nU1,1,2\nU2,3,bốn\nU3,5,6\n");

    Cli.Run r = Cli.run("score", data.toString(), "--meta", meta.toString());

    assertThat(r.code()).isEqualTo(Ddci.BAD_DATA);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("iData.csv", "row 3", "B", "bốn").doesNotContain("\tat ");
  }

  @Test
  void help_inEnglish_withTheVietnameseTerms() {
    Cli.Run top = Cli.run("--help");
    Cli.Run score = Cli.run("score", "--help");

    assertThat(top.out()).contains("score (tính chỉ số)", "uncertainty (độ bất định)");
    assertThat(score.code()).isZero();
    assertThat(score.out())
        .contains("chuẩn hoá", "tổng hợp", "thay thế giá trị thiếu", "sàng lọc")
        .contains("--meta", "--survey", "--form", "--normalise", "--bounds", "--winsorise-cap")
        .contains("--impute", "--screen", "--aggregate", "--out", "--xlsx");
  }
}
