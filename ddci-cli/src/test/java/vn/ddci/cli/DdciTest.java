package vn.ddci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ddci.SharedData;
import vn.ddci.cli.Cli.Run;

/** The command end to end, as {@code main} runs it, on the published data and on broken input. */
class DdciTest {
  private static Run run(String... args) {
    return Cli.run(args);
  }

  private static final String PRESS = "ddci-press/lang_son_2021.csv";
  private static final String PCI = "pci/pci_2013_2016_subindices.csv";

  @Test
  void rank_pressList_printsPublishedRanksOfN() {
    Run r = run("rank", SharedData.require(PRESS).toString(), "--block", "SBN");

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    // a title, the column headers, the six departments the press printed
    assertThat(r.lines()).hasSize(8);
    assertThat(r.lines().get(0)).isEqualTo("Khối sở, ban, ngành (SBN), 2021: Tổng điểm");
    assertThat(r.lines().get(2)).matches("\\s*01/24  Công an tỉnh\\s+78,43");
    assertThat(r.lines().get(3)).contains("02/24", "Bảo hiểm xã hội tỉnh", "76,9");
  }

  @Test
  void rank_wholeTableWithLastYear_englishNumbersAndRankChange() {
    String pci = SharedData.require(PCI).toString();

    Run r = run("rank", pci, "--year", "2016", "--last", pci, "--lang", "en");

    assertThat(r.code()).isZero();
    assertThat(r.lines()).hasSize(2 + 63);
    assertThat(r.lines().get(1)).startsWith("Rank").contains("Unit", "Score", "Rank change");
    assertThat(r.lines().get(2)).matches("01/63  Đà Nẵng\\s+70\\.00\\s+0");
    assertThat(r.lines().get(3)).matches("02/63  Quảng Ninh\\s+65\\.60\\s+\\+1");
    assertThat(r.out()).doesNotContain("70,00");
  }

  @Test
  void rank_aComponent() {
    Run r = run("rank", SharedData.require(PCI).toString(), "--year", "2016", "--measure", "LABOR");

    assertThat(r.code()).isZero();
    assertThat(r.lines().get(0)).endsWith(": Đào tạo lao động");
    assertThat(r.lines()).hasSize(2 + 63);
  }

  @Test
  void assess_sectionII_inBothLanguages() {
    String pci = SharedData.require(PCI).toString();

    Run vi = run("assess", pci, pci, "--year", "2016", "--unit", "Đà Nẵng");
    Run en = run("assess", pci, pci, "--year", "2016", "--unit", "Đà Nẵng", "--lang", "en");

    assertThat(vi.code()).isZero();
    assertThat(vi.lines().get(0)).isEqualTo("II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN DDCI NĂM 2016");
    assertThat(vi.out()).contains("70,00 điểm, xếp hạng 01/63", "+1,67");
    assertThat(vi.lines().get(vi.lines().size() - 1))
        .startsWith("(Bảng PCI 2016 và 2015, xếp hạng theo quy tắc RankingRule[ORDINAL");
    assertThat(en.code()).isZero();
    assertThat(en.lines().get(0)).isEqualTo("II. Assessment of the DDCI 2016 results");
    assertThat(en.out()).contains("70.00", "+1.67").doesNotContain("70,00");
  }

  @Test
  void assess_unknownUnit_isBadData_namingTheNearest() {
    String pci = SharedData.require(PCI).toString();

    Run r = run("assess", pci, pci, "--year", "2016", "--unit", "Da Nang x");

    assertThat(r.code()).isEqualTo(Ddci.BAD_DATA);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("ddci: ");
  }

  @Test
  void badArguments_areUsageErrors() {
    assertThat(run("rank").code()).isEqualTo(Ddci.USAGE);
    assertThat(run("rank", "x.csv", "--bogus").code()).isEqualTo(Ddci.USAGE);
    assertThat(run("frobnicate").code()).isEqualTo(Ddci.USAGE);
    assertThat(run().code()).isEqualTo(Ddci.USAGE);
    assertThat(run("assess", "a.csv", "b.csv").code()).isEqualTo(Ddci.USAGE); // no --unit
    Run lang = run("rank", SharedData.require(PCI).toString(), "--lang", "fr");
    assertThat(lang.code()).isEqualTo(Ddci.USAGE);
    assertThat(lang.err()).contains("'--lang'", "fr");
  }

  @Test
  void usageErrors_areOneLine_namingTheHelp() {
    for (String[] args :
        List.of(
            new String[] {"rank"},
            new String[] {"rank", "x.csv", "--bogus"},
            new String[] {"frobnicate"},
            new String[] {},
            new String[] {"assess", "a.csv", "b.csv"})) {
      Run r = run(args);

      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(Ddci.USAGE);
      assertThat(r.out()).isEmpty();
      assertThat(r.errLines()).as(String.join(" ", args)).hasSize(1);
      assertThat(r.err()).startsWith("ddci: ").contains("--help)");
    }
    assertThat(run("assess", "a.csv", "b.csv").err())
        .contains("--unit", "(see ddci assess --help)");
  }

  @Test
  void unknownBlockOrMeasure_areUsageErrors_namingTheKnownOnes() {
    String pci = SharedData.require(PCI).toString();

    Run block = run("rank", pci, "--block", "XYZ");
    Run measure = run("rank", pci, "--year", "2016", "--measure", "NOPE");

    assertThat(block.code()).isEqualTo(Ddci.USAGE);
    assertThat(block.err()).contains("SBN, UBND, PCI, PCI2010");
    assertThat(measure.code()).isEqualTo(Ddci.USAGE);
    assertThat(measure.err()).contains("TOTAL, ENTRY, LAND");
  }

  @Test
  void severalTables_withoutChoice_isAUsageError() {
    Run r = run("rank", SharedData.require(PRESS).toString());

    assertThat(r.code()).isEqualTo(Ddci.USAGE);
    assertThat(r.err()).contains("SBN 2021, UBND 2021", "--block");
  }

  @Test
  void missingFile_exit3_oneLineNamingThePath(@TempDir Path dir) {
    Path missing = dir.resolve("khong-co.csv");

    Run r = run("rank", missing.toString());

    assertThat(r.code()).isEqualTo(Ddci.FILE_NOT_FOUND);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).containsExactly("ddci: file not found: " + missing);
  }

  @Test
  void malformedFile_exit1_oneLineNamingRowColumnValue(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("hong.csv");
    Files.writeString(
        csv,
        "unit,year,total,rank\nSở A,2023,\"80,45\",1\nSở B,2023,tám mươi,2\n",
        StandardCharsets.UTF_8);

    Run r = run("rank", csv.toString(), "--block", "SBN");

    assertThat(r.code()).isEqualTo(Ddci.BAD_DATA);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).startsWith("ddci: ").contains("hong.csv", "row 3", "tám mươi");
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void debug_addsTheStackTrace(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("hong.csv");
    Files.writeString(csv, "unit,year,total\nSở A,2023,abc\n", StandardCharsets.UTF_8);

    Run r = run("rank", csv.toString(), "--block", "SBN", "--debug");

    assertThat(r.code()).isEqualTo(Ddci.BAD_DATA);
    assertThat(r.err().lines().count()).isGreaterThan(1);
    assertThat(r.err()).contains("\tat ");
  }

  @Test
  void debug_beforeTheSubcommand_alsoAddsTheStackTrace(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("hong.csv");
    Files.writeString(csv, "unit,year,total\nSở A,2023,abc\n", StandardCharsets.UTF_8);

    Run r = run("--debug", "rank", csv.toString(), "--block", "SBN");
    Run usage = run("--debug", "rank", "--bogus");

    assertThat(r.code()).isEqualTo(Ddci.BAD_DATA);
    assertThat(r.err()).contains("\tat ");
    assertThat(usage.code()).isEqualTo(Ddci.USAGE);
    assertThat(usage.err()).contains("\tat ");
  }

  /** A subcommand with a defect, to see how the command reports one. */
  @picocli.CommandLine.Command(name = "boom")
  static final class Boom extends Action {
    @Override
    int run(java.io.PrintWriter out) {
      throw new IllegalStateException("a defect");
    }
  }

  @Test
  void aDefect_isAnInternalError_exit4_toldApartFromBadData() {
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cli = Ddci.commandLine().addSubcommand("boom", new Boom());
    cli.setErr(new java.io.PrintWriter(err));

    int code = cli.execute("boom");

    assertThat(code).isEqualTo(Ddci.INTERNAL).isNotEqualTo(Ddci.BAD_DATA);
    assertThat(err.toString().lines())
        .containsExactly(
            "ddci: internal error (please report it): java.lang.IllegalStateException: a defect",
            "ddci: run with --debug for the stack trace");
  }

  @Test
  void help_inEnglish_withTheVietnameseTermsAndExitCodes() {
    Run r = run("--help");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("rank (xếp hạng)", "assess (đánh giá)", "Exit codes:")
        .contains("3   file not found, not readable or not writable", "4   internal error");
    assertThat(run("rank", "--help").out()).contains("--last", "--measure", "--lang");
  }

  @Test
  void version() {
    Run r = run("--version");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("ddci ").doesNotContain("unknown");
  }
}
