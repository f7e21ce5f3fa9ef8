package vn.ddci.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.ddci.engine.IndicatorTree;
import vn.ddci.engine.Node;
import vn.ddci.engine.Scores;
import vn.ddci.engine.Stage;
import vn.ddci.engine.Step;
import vn.ddci.text.NumberStyle;

/** {@code ddci score}: indicator data or a survey through the engine's steps, to the index. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Computes an index (tính chỉ số) from indicator data in COINr's layout (iData.csv with"
          + " --meta iMeta.csv) or the library's layout of a DDCI block (iData.csv alone, columns"
          + " named after the block's components), or from a survey export with its XLSForm"
          + " (--survey, --form), by"
          + " the engine's steps: denominate (chia theo mẫu số), impute (thay thế giá trị thiếu),"
          + " screen (sàng lọc), treat outliers (xử lý giá trị ngoại lai), normalise (chuẩn hoá),"
          + " aggregate (tổng hợp).",
      "Prints the units, indicators, steps, the audit trail's counts and the top units; --out"
          + " writes every step's dataset, the audit trail (nhật ký xử lý) and the results as"
          + " CSV (with --xlsx, also one .xlsx workbook).",
      "A survey is scored with the illustrative DDCI questionnaire's indicators (block SBN)."
          + " For a DDCI block or a survey, the folder also holds table.csv, the block's result"
          + " table (bảng kết quả) that ddci rank reads."
    })
final class Score extends Action {
  @Mixin Inputs inputs;

  @Mixin Steps steps;

  @Option(
      names = "--out",
      paramLabel = "<folder>",
      description = "Write the tables into this new (or empty) folder, whole or not at all.")
  Path outDir;

  @Option(names = "--xlsx", description = "With --out: also every table in tables.xlsx.")
  boolean xlsx;

  @Option(
      names = "--top",
      paramLabel = "<n>",
      defaultValue = "10",
      description = "How many of the ranked units to print (0: all). Default: 10.")
  int top;

  @Override
  int run(PrintWriter out) {
    if (top < 0) {
      throw usage("Invalid value for option '--top': " + top + " (expected 0 or more)");
    }
    if (xlsx && outDir == null) {
      throw usage("--xlsx needs --out <folder>");
    }
    checkFolder();
    Scoring s = Scoring.of(this, inputs, steps);
    summary(s, out);
    if (outDir != null) {
      OutputFolder folder = folder(s);
      folder.write(outDir, xlsx);
      out.println("Written to " + outDir + ": " + String.join(", ", folder.files(xlsx)));
    }
    return Ddci.OK;
  }

  private void checkFolder() {
    if (outDir == null || !Files.exists(outDir)) {
      return;
    }
    try {
      if (!OutputFolder.isEmptyFolder(outDir)) {
        throw usage("--out " + outDir + " already exists and is not an empty folder");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void summary(Scoring s, PrintWriter out) {
    NumberStyle style = NumberStyle.of(language());
    IndicatorTree tree = s.build.tree();
    out.println(
        (inputs.isSurvey()
                ? "Survey " + inputs.survey + " (the illustrative questionnaire's indicators)"
                : "Indicator data " + inputs.data)
            + ": "
            + s.build.result().size()
            + " units, "
            + tree.indicators().size()
            + " indicators, "
            + tree.aggregates().size()
            + " aggregates");
    out.println(
        "Steps: "
            + s.build.pipeline().steps().stream()
                .map(Step::toString)
                .collect(Collectors.joining(" → ")));
    Map<String, Long> counts = new TreeMap<>();
    s.audit.forEach(e -> counts.merge(e.action().name(), 1L, Long::sum));
    out.println(
        "Audit trail: "
            + s.audit.size()
            + " entries"
            + (counts.isEmpty()
                ? ""
                : " ("
                    + counts.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", "))
                    + ")"));
    int n = top == 0 ? s.ranked.size() : Math.min(top, s.ranked.size());
    out.println(
        (n == s.ranked.size() ? "Ranked" : "Top " + n)
            + " on "
            + (s.table.isPresent() ? "the total (tổng điểm)" : tree.root().code())
            + ":");
    for (Scoring.Ranked r : s.ranked.subList(0, n)) {
      out.println(
          String.format(
              "%7s  %s  %s",
              r.standing().format(),
              style.figure(BigDecimal.valueOf(r.score()), 2),
              r.code().equals(r.name()) ? r.name() : r.code() + " " + r.name()));
    }
  }

  private OutputFolder folder(Scoring s) {
    OutputFolder folder = new OutputFolder();
    for (Stage stage : s.build.stages()) {
      folder.add(stage.name(), OutputFolder.rows(stage.dataset()));
    }
    folder.add("audit", OutputFolder.rows(s.audit));
    folder.add("results", results(s));
    s.table.ifPresent(folder::add);
    return folder;
  }

  /** uCode, uName, Rank, then every aggregate from the root down, unrounded. */
  private static List<List<Object>> results(Scoring s) {
    IndicatorTree tree = s.build.tree();
    List<String> aggregates =
        tree.aggregates().stream()
            .sorted(Comparator.comparingInt((Node a) -> -tree.level(a.code())))
            .map(Node::code)
            .toList();
    List<List<Object>> rows = new ArrayList<>();
    List<Object> header = new ArrayList<>(List.of("uCode", "uName", "Rank"));
    header.addAll(aggregates);
    rows.add(header);
    Scores scores = s.build.scores();
    for (Scoring.Ranked r : s.ranked) {
      List<Object> row = new ArrayList<>(List.of(r.code(), r.name(), r.standing().rank()));
      for (String a : aggregates) {
        row.add(
            scores.score(a, r.code()).isPresent() ? scores.score(a, r.code()).getAsDouble() : "");
      }
      rows.add(row);
    }
    return rows;
  }
}
