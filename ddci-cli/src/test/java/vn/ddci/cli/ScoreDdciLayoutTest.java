package vn.ddci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ddci.engine.Aggregate;
import vn.ddci.engine.Dataset;
import vn.ddci.engine.Direction;
import vn.ddci.engine.IndicatorTree;
import vn.ddci.engine.Node;
import vn.ddci.engine.Normalise;
import vn.ddci.engine.Pipeline;
import vn.ddci.engine.Treat;
import vn.ddci.framework.Component;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.ranking.BlockRanking;
import vn.ddci.ranking.Standing;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Unit;
import vn.ddci.text.PlanText;

/** {@code ddci score} on the library's layout of a DDCI block: indicators named by component. */
class ScoreDdciLayoutTest {
  private static final int UNITS = 12;

  private static final List<Component> COMPONENTS = Frameworks.LANG_SON_DEPARTMENTS.components();

  private static double value(int u, int c, int k) {
    return ((u * 37 + c * 11 + k * 5) % 17) + 1.5 + u * 0.1;
  }

  /** Two indicators per component; TIME_COST_2 lower is better; one value missing. */
  private static Path write(Path dir) throws IOException {
    StringBuilder csv = new StringBuilder("uCode,uName");
    for (Component c : COMPONENTS) {
      csv.append(',').append(c.code()).append("_1,").append(c.code()).append("_2");
    }
    csv.append('\n');
    for (int u = 0; u < UNITS; u++) {
      csv.append(String.format(Locale.ROOT, "U%02d,Sở %02d", u + 1, u + 1));
      for (int c = 0; c < COMPONENTS.size(); c++) {
        for (int k = 1; k <= 2; k++) {
          csv.append(',');
          if (!(u == 3 && c == 2 && k == 1)) {
            csv.append(value(u, c, k));
          }
        }
      }
      csv.append('\n');
    }
    Path file = dir.resolve("chi-tieu.csv");
    Files.writeString(file, csv);
    return file;
  }

  /** The same index built with the engine directly, as BuiltIndex builds it. */
  private static ResultTable expected() {
    List<Node> nodes = new ArrayList<>();
    nodes.add(Node.root("DDCI"));
    Dataset.Builder data = Dataset.builder();
    for (int u = 0; u < UNITS; u++) {
      data.unit(String.format(Locale.ROOT, "U%02d", u + 1), String.format("Sở %02d", u + 1));
    }
    for (int c = 0; c < COMPONENTS.size(); c++) {
      String code = COMPONENTS.get(c).code();
      nodes.add(Node.aggregate(code, "DDCI"));
      for (int k = 1; k <= 2; k++) {
        boolean negative = code.equals("TIME_COST") && k == 2;
        nodes.add(
            Node.builder()
                .code(code + "_" + k)
                .kind(Node.Kind.INDICATOR)
                .parent(code)
                .direction(negative ? Direction.NEGATIVE : Direction.POSITIVE)
                .build());
        double[] column = new double[UNITS];
        for (int u = 0; u < UNITS; u++) {
          column[u] = value(u, c, k);
        }
        data.column(code + "_" + k, column);
      }
    }
    data.missing(COMPONENTS.get(2).code() + "_1", "U04");
    return Pipeline.of(
            Treat.winsorise(),
            Normalise.minMax(1, 10),
            Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE))
        .run(IndicatorTree.of(nodes), data.build())
        .scores()
        .toResultTable(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Year.of(2024));
  }

  @Test
  void blockLayout_scoredAsTheEngineScoresIt_andTheTableReadsBack(@TempDir Path tmp)
      throws IOException {
    Path data = write(tmp);
    Path out = tmp.resolve("ket-qua");

    Cli.Run r =
        Cli.run(
            "score",
            data.toString(),
            "--negative",
            "TIME_COST_2",
            "--year",
            "2024",
            "--top",
            "0",
            "--out",
            out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.lines().get(0)).endsWith("12 units, 16 indicators, 9 aggregates");
    ResultTable expected = expected();
    Map<Unit, Standing> standings = BlockRanking.of(expected).standings(Measure.total());
    for (Map.Entry<Unit, Standing> e : standings.entrySet()) {
      BigDecimal total =
          expected.find(e.getKey().name()).orElseThrow().givenTotal().orElseThrow().value();
      String figure = PlanText.vietnamese().numberStyle().figure(total, 2);
      assertThat(r.lines())
          .anySatisfy(
              l -> assertThat(l).contains(e.getValue().format(), figure, e.getKey().name()));
    }
    Cli.Run rank = Cli.run("rank", out.resolve("table.csv").toString(), "--block", "SBN");
    assertThat(rank.code()).as(rank.err()).isZero();
    assertThat(rank.lines()).hasSize(2 + UNITS);
  }

  @Test
  void aColumnOfNoComponent_isBadData_namingFileAndColumn(@TempDir Path tmp) throws IOException {
    Path data = tmp.resolve("sai.csv");
    Files.writeString(data, "uCode,TRANSPARENCY_1,KHAC_1\nU1,1,2\n");

    Cli.Run r = Cli.run("score", data.toString());

    assertThat(r.code()).isEqualTo(Ddci.BAD_DATA);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("sai.csv", "KHAC_1", "component");
  }

  @Test
  void negativeNamingNoColumn_isBadData(@TempDir Path tmp) throws IOException {
    Path data = write(tmp);

    Cli.Run r = Cli.run("score", data.toString(), "--negative", "TIME_COST_9");

    assertThat(r.code()).isEqualTo(Ddci.BAD_DATA);
    assertThat(r.err()).contains("TIME_COST_9");
  }

  @Test
  void weightNoise_onABlockLayout(@TempDir Path tmp) throws IOException {
    Path data = write(tmp);

    Cli.Run r =
        Cli.run("uncertainty", data.toString(), "--weights-noise", "0.5", "--replications", "30");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.lines()).hasSize(2 + UNITS);
    assertThat(r.lines().get(0)).contains("at levels [2]");
  }
}
