package vn.ddci.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import vn.ddci.engine.CoinrCsv;
import vn.ddci.engine.Direction;
import vn.ddci.engine.IndexInput;
import vn.ddci.engine.IndicatorTree;
import vn.ddci.engine.Node;
import vn.ddci.framework.Block;
import vn.ddci.framework.Component;
import vn.ddci.io.DdciIoException;
import vn.ddci.survey.SurveyIndex;

/**
 * The library's layout of a DDCI block's indicator data: iData's columns (uCode, uName, one column
 * per indicator) without an iMeta, each indicator named after its component, {@code TIME_COST_1},
 * {@code TIME_COST_2}…; the tree is the block's framework (the total, then its components at their
 * weights), every indicator of weight 1, higher is better unless named negative.
 */
final class DdciLayout {
  private static final Set<String> UNIT_COLUMNS = Set.of("uCode", "uName", "Time");

  private DdciLayout() {}

  /**
   * Reads the data.
   *
   * @param grouping a group column (for group imputation), if any
   * @param negative the indicators where lower is better
   * @throws DdciIoException naming file and column when a column is no component's
   */
  static IndexInput read(Path data, Block block, Optional<String> grouping, Set<String> negative) {
    List<String> header = header(data);
    List<Component> components = new ArrayList<>(block.framework().components());
    components.sort(Comparator.comparingInt((Component c) -> -c.code().length()));
    List<Node> nodes = new ArrayList<>();
    nodes.add(Node.root(SurveyIndex.ROOT));
    for (Component c : block.framework().components()) {
      nodes.add(
          Node.builder()
              .code(c.code())
              .kind(Node.Kind.AGGREGATE)
              .parent(SurveyIndex.ROOT)
              .weight(c.weight().doubleValue())
              .build());
    }
    List<String> unmatched = new ArrayList<>(negative);
    for (String column : header) {
      if (UNIT_COLUMNS.contains(column) || grouping.filter(column::equals).isPresent()) {
        continue;
      }
      Component parent =
          components.stream()
              .filter(c -> column.startsWith(c.code() + "_"))
              .findFirst()
              .orElseThrow(
                  () ->
                      DdciIoException.atCell(
                          data.toString(),
                          null,
                          1,
                          column,
                          column,
                          "names no component of "
                              + block.framework().name()
                              + ": an indicator's column is <component code>_<n>",
                          null));
      unmatched.remove(column);
      nodes.add(
          Node.builder()
              .code(column)
              .kind(Node.Kind.INDICATOR)
              .parent(parent.code())
              .direction(negative.contains(column) ? Direction.NEGATIVE : Direction.POSITIVE)
              .build());
    }
    for (Component c : block.framework().components()) {
      if (header.stream().noneMatch(h -> h.startsWith(c.code() + "_"))) {
        throw DdciIoException.of(
            data.toString(),
            "no indicator of component " + c.code() + " (a column named " + c.code() + "_1…)",
            null);
      }
    }
    if (!unmatched.isEmpty()) {
      throw DdciIoException.of(
          data.toString(),
          "no column " + String.join(", ", unmatched) + " (given as --negative)",
          null);
    }
    return CoinrCsv.read(data, IndicatorTree.of(nodes), grouping.map(Set::of).orElse(Set.of()));
  }

  private static List<String> header(Path data) {
    try (BufferedReader r = Files.newBufferedReader(data, StandardCharsets.UTF_8);
        CSVParser p =
            CSVParser.builder()
                .setReader(r)
                .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())
                .get()) {
      List<String> names = new ArrayList<>();
      for (String h : p.getHeaderNames()) {
        names.add(h.replace("\uFEFF", "").strip());
      }
      return names;
    } catch (IOException | UncheckedIOException e) {
      // the file exists (checked before): its header is malformed
      throw DdciIoException.of(data.toString(), "has no readable header: " + e.getMessage(), null);
    }
  }
}
