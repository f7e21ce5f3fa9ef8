package vn.ddci.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Measure;
import vn.ddci.ranking.BlockRanking;
import vn.ddci.ranking.Standing;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;
import vn.ddci.text.Language;
import vn.ddci.text.NumberStyle;

/** {@code ddci rank}: a block's ranked table, with the change in rank against last year. */
@Command(
    name = "rank",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a block's ranked table (bảng xếp hạng): rank of n (\"02/25\"), unit (đơn vị), score"
          + " (điểm) at its published precision and, with --last, the change in rank (thay đổi"
          + " thứ hạng: + is up).",
      "A rank published in the file is printed as published; otherwise it is computed under the"
          + " block's ranking rule."
    })
final class Rank extends Action {
  @Parameters(
      index = "0",
      paramLabel = "<results file>",
      description = "A result table: .csv, .xlsx or .xls.")
  Path file;

  @Option(
      names = "--measure",
      paramLabel = "TOTAL|<component code>",
      defaultValue = "TOTAL",
      description = "The total (tổng điểm, default) or a component (chỉ số thành phần) by code.")
  String measure;

  @Option(
      names = "--last",
      paramLabel = "<results file of last year>",
      description = "Last year's table, for the change in rank (may be the same file).")
  Path last;

  @Override
  int run(PrintWriter out) {
    Language language = language();
    ResultTable table = choose(read(file), block(), Optional.ofNullable(year).map(Year::of));
    Framework framework = table.block().framework();
    Measure m = measure(framework);
    BlockRanking ranking = BlockRanking.of(table);
    Map<Unit, Standing> standings = ranking.standings(m);
    if (standings.isEmpty()) {
      ranking.standing(table.units().get(0), m); // throws, saying what is missing
    }
    Optional<ResultTable> lastTable =
        Optional.ofNullable(last)
            .map(
                p ->
                    choose(
                        read(p),
                        Optional.of(table.block()),
                        Optional.of(table.year().minusYears(1))));
    Optional<BlockRanking> lastRanking = lastTable.map(BlockRanking::of);

    NumberStyle style = NumberStyle.of(language);
    boolean vi = language == Language.VIETNAMESE;
    int decimals = framework.publishedDecimals();
    out.println(
        table.block().name()
            + " ("
            + table.block().code()
            + "), "
            + table.year()
            + ": "
            + (vi ? m.nameVi() : m.component().map(Component::nameEn).orElse("Total")));
    List<String[]> rows = new ArrayList<>();
    String[] header =
        vi
            ? new String[] {"Xếp hạng", "Đơn vị", "Điểm", "Thay đổi thứ hạng"}
            : new String[] {"Rank", "Unit", "Score", "Rank change"};
    rows.add(header);
    List<Unit> units = new ArrayList<>(standings.keySet());
    table.units().stream().filter(u -> !standings.containsKey(u)).forEach(units::add);
    for (Unit unit : units) {
      Scorecard card = table.find(unit.name()).orElseThrow();
      String rank = standings.containsKey(unit) ? standings.get(unit).format() : "–";
      Optional<BigDecimal> score = card.score(m);
      String change = "";
      if (lastRanking.isPresent()) {
        Optional<Standing> before =
            lastTable
                .get()
                .find(unit.name())
                .flatMap(c -> lastRanking.get().findStanding(c.unit(), m));
        change =
            before.isPresent() && standings.containsKey(unit)
                ? style.signed(before.get().rank() - standings.get(unit).rank())
                : "–";
      }
      rows.add(
          new String[] {
            rank, unit.name(), score.map(s -> style.figure(s, decimals)).orElse("–"), change
          });
    }
    int columns = lastRanking.isPresent() ? 4 : 3;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], row[i].codePointCount(0, row[i].length()));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        boolean number = i != 1;
        String cell = row[i];
        String pad = " ".repeat(width[i] - cell.codePointCount(0, cell.length()));
        line.append(i == 0 ? "" : "  ").append(number && row != header ? pad + cell : cell + pad);
      }
      out.println(line.toString().stripTrailing());
    }
    return Ddci.OK;
  }

  private Measure measure(Framework framework) {
    if (measure.strip().equalsIgnoreCase("TOTAL")) {
      return Measure.total();
    }
    return framework
        .findComponent(measure.strip())
        .map(Measure::of)
        .orElseThrow(
            () ->
                usage(
                    "Invalid value for option '--measure': '"
                        + measure
                        + "' (known for "
                        + framework.name()
                        + ": TOTAL, "
                        + framework.components().stream()
                            .map(Component::code)
                            .collect(Collectors.joining(", "))
                        + ")"));
  }
}
