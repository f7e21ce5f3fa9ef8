package vn.ddci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ddci.SharedData;

/** {@code ddci uncertainty} end to end: weight noise on COINr's ASEM, a survey's bootstrap. */
class UncertaintyTest {
  private static String[] asem(String... more) {
    return Cli.asem("uncertainty", more);
  }

  @Test
  void asem_weightNoise_rankIntervalsPerUnit_sameSeedSameOutput() {
    Cli.Run a =
        Cli.run(
            asem(
                "--weights-noise", "0.25", "--replications", "100", "--seed", "7", "--lang", "en"));
    Cli.Run b =
        Cli.run(
            asem(
                "--weights-noise=0.25",
                "--replications=100",
                "--seed=7",
                "--lang=en",
                "--threads=1"));
    Cli.Run other =
        Cli.run(asem("--weights-noise=0.25", "--replications=100", "--seed=8", "--lang=en"));

    assertThat(a.code()).as(a.err()).isZero();
    assertThat(a.err()).isEmpty(); // no console in a test: no progress bar
    assertThat(a.out()).isEqualTo(b.out());
    assertThat(other.out()).isNotEqualTo(a.out());
    assertThat(a.lines().get(0))
        .startsWith("Uncertainty of Index: 100 replications, seed 7,")
        .contains("at levels [2, 3]")
        .endsWith("intervals at 90%");
    assertThat(a.lines().get(1))
        .contains("Rank", "Unit", "Score interval", "Rank interval", "Median rank")
        .contains("P(above median)");
    assertThat(a.lines()).hasSize(2 + 51);
    // Switzerland leads whatever the weights, as in COINr's run (its ranks: 1 to 1)
    assertThat(a.lines().get(2))
        .matches("01/51\\s+CHE Switzerland\\s+68\\.38\\s+.*\\s1 – 1\\s+1\\.0\\s+100%");
  }

  @Test
  void progressBar_onStderrWithProgress_endsAtNofN(@TempDir Path tmp) throws IOException {
    Path csv = tmp.resolve("khoang.csv");

    Cli.Run r =
        Cli.run(
            asem(
                "--weights-noise=0.1",
                "--replications=50",
                "--progress",
                "--csv",
                csv.toString(),
                "--level",
                "0.8"));

    assertThat(r.code()).as(r.err()).isZero();
    String last = r.err().substring(r.err().lastIndexOf('\r') + 1);
    assertThat(last).isEqualTo("[" + "#".repeat(ProgressBar.WIDTH) + "] 50/50 100 %\n");
    assertThat(r.err()).startsWith("\r[");
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines).hasSize(1 + 51);
    assertThat(lines.get(0)).startsWith("uCode,uName,nominal_rank,nominal_score,score_lower");
    assertThat(lines.get(1)).startsWith("CHE,Switzerland,1.0,68.383724238341").endsWith(",0.8");
    assertThat(r.out()).contains("Written to " + csv, "80 %");
  }

  @Test
  void progressBar_drawsInPlace() {
    StringWriter w = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(w));

    bar.replicated(1, 4);
    bar.replicated(1, 4); // the same state is not drawn twice
    bar.replicated(4, 4);

    assertThat(ProgressBar.line(15, 30)).isEqualTo("[###############...............] 15/30  50 %");
    assertThat(w.toString())
        .isEqualTo(
            "\r" + ProgressBar.line(1, 4) + "\r" + ProgressBar.line(4, 4) + System.lineSeparator());
  }

  @Test
  void survey_bootstrap_stratified_sameSeedSameOutput(@TempDir Path tmp) {
    SurveyFiles files = SurveyFiles.write(tmp);
    String[] args = {
      "uncertainty",
      "--survey",
      files.export().toString(),
      "--form",
      files.form().toString(),
      "--replications",
      "40",
      "--seed",
      "3",
      "--stratum",
      "quy_mo"
    };

    Cli.Run a = Cli.run(args);
    Cli.Run b = Cli.run(args);

    assertThat(a.code()).as(a.err()).isZero();
    assertThat(a.out()).isEqualTo(b.out());
    assertThat(a.lines().get(0))
        .startsWith("Uncertainty of DDCI: 40 replications, seed 3, respondents bootstrapped")
        .contains("quy_mo", "(the illustrative questionnaire's indicators)")
        .endsWith("90 %");
    assertThat(a.lines()).hasSize(2 + 25);
    assertThat(a.lines().get(2)).startsWith("01/25  U");
  }

  @Test
  void badOptionValues_exit2() {
    for (String[] bad :
        List.of(
            asem("--weights-noise=0.25", "--level=1.5"),
            asem("--weights-noise=0.25", "--level=0"),
            asem("--weights-noise=0.25", "--replications=0"),
            asem("--weights-noise=0.25", "--threads=0"),
            asem("--weights-noise=2"),
            asem("--weights-noise=0.25", "--replications=many"),
            asem(), // indicator data without weight noise
            asem("--weights-noise=0.25", "--stratum=quy_mo"))) {
      Cli.Run r = Cli.run(bad);
      assertThat(r.code()).as(String.join(" ", bad) + ": " + r.err()).isEqualTo(Ddci.USAGE);
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void missingFile_exit3(@TempDir Path tmp) {
    Path missing = tmp.resolve("iMeta.csv");

    Cli.Run r =
        Cli.run(
            "uncertainty",
            SharedData.require("coinr-asem/iData.csv").toString(),
            "--meta",
            missing.toString(),
            "--weights-noise=0.25");

    assertThat(r.code()).isEqualTo(Ddci.FILE_NOT_FOUND);
    assertThat(r.err().lines()).containsExactly("ddci: file not found: " + missing);
  }

  @Test
  void help_namesTheOptionsAndTheVietnameseTerms() {
    Cli.Run r = Cli.run("uncertainty", "--help");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("--weights-noise", "--replications", "--seed", "--level", "--threads")
        .contains("--[no-]progress", "--csv", "--stratum", "độ bất định", "mức tin cậy");
  }
}
