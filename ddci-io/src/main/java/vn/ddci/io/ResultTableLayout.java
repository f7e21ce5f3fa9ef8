package vn.ddci.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ddci.framework.Component;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;

/**
 * How result tables are laid out when written, for CSV and .xlsx alike: the columns that {@link
 * TableReader} recognises, so that what is written reads back equal.
 *
 * <p>Columns: "Khối" (block code, when the tables are of several blocks), "Năm", "Đơn vị", one per
 * component (its Vietnamese name; several frameworks share the columns of components with the same
 * code), then "Tổng điểm", "Xếp hạng" and "Xếp loại" when any unit has them, "Số đơn vị" when a
 * table lists only part of its block, and "Điểm trung vị" and "Điểm trung bình" when a table has
 * them, repeated on its rows. A missing score is an empty cell.
 */
final class ResultTableLayout {
  private ResultTableLayout() {}

  static Table of(List<ResultTable> tables, java.nio.file.Path file) {
    if (tables.isEmpty()) {
      throw DdciIoException.of(file.toString(), "no table to write", null);
    }
    boolean blocks = tables.stream().map(ResultTable::block).distinct().count() > 1;
    Map<String, Component> components = new LinkedHashMap<>();
    for (ResultTable t : tables) {
      for (Component c : t.block().framework().components()) {
        Component other = components.putIfAbsent(c.code(), c);
        if (other != null && !other.nameVi().equals(c.nameVi())) {
          throw DdciIoException.of(
              file.toString(),
              "component "
                  + c.code()
                  + " is named '"
                  + other.nameVi()
                  + "' in one framework and '"
                  + c.nameVi()
                  + "' in another: one column cannot hold both; write the tables apart",
              null);
        }
      }
    }
    for (ResultTable t : tables) {
      for (Scorecard card : t.scorecards()) {
        refuseWhatReadsOtherwise(card, file);
      }
    }
    boolean totals = any(tables, c -> c.givenTotal().isPresent());
    boolean ranks = any(tables, c -> c.publishedRank().isPresent());
    boolean tiers = any(tables, c -> c.publishedTier().isPresent());
    boolean sizes = tables.stream().anyMatch(t -> !t.isComplete());
    boolean medians = tables.stream().anyMatch(t -> t.publishedMedianScore().isPresent());
    boolean means = tables.stream().anyMatch(t -> t.publishedMeanScore().isPresent());

    List<String> headers = new ArrayList<>();
    if (blocks) {
      headers.add("Khối");
    }
    headers.add("Năm");
    headers.add("Đơn vị");
    components.values().forEach(c -> headers.add(c.nameVi()));
    addIf(totals, headers, "Tổng điểm");
    addIf(ranks, headers, "Xếp hạng");
    addIf(tiers, headers, "Xếp loại");
    addIf(sizes, headers, "Số đơn vị");
    addIf(medians, headers, "Điểm trung vị");
    addIf(means, headers, "Điểm trung bình");

    String name =
        tables.size() == 1 ? tables.get(0).block().code() + " " + tables.get(0).year() : "Kết quả";
    Table table = new Table(name, headers.toArray(String[]::new)).readBack();
    for (ResultTable t : tables) {
      for (Scorecard card : t.scorecards()) {
        List<Object> row = new ArrayList<>();
        if (blocks) {
          row.add(t.block().code());
        }
        row.add(t.year().getValue());
        row.add(card.unit().name());
        for (String code : components.keySet()) {
          row.add(t.block().framework().findComponent(code).flatMap(card::score).orElse(null));
        }
        if (totals) {
          row.add(card.givenTotal().map(Score::value).orElse(null));
        }
        if (ranks) {
          row.add(card.publishedRank().isPresent() ? card.publishedRank().getAsInt() : null);
        }
        if (tiers) {
          row.add(card.publishedTier().orElse(null));
        }
        if (sizes) {
          row.add(t.blockSize());
        }
        if (medians) {
          row.add(t.publishedMedianScore().map(Score::value).orElse(null));
        }
        if (means) {
          row.add(t.publishedMeanScore().map(Score::value).orElse(null));
        }
        table.add(row.toArray());
      }
    }
    return table;
  }

  /**
   * Refuses what would be read back as something else: a unit named as a row of the block's median
   * or a sum ("Điểm trung vị", "Tổng cộng"), or a tier written as a mark of "not published".
   */
  private static void refuseWhatReadsOtherwise(Scorecard card, java.nio.file.Path file) {
    if (Columns.blockFigureRow(card.unit().name()) != null) {
      throw DdciIoException.of(
          file.toString(),
          "the unit '"
              + card.unit().name()
              + "' would be read back as a row of the block's median,"
              + " average or sum, not as a unit: rename it",
          null);
    }
    card.publishedTier()
        .filter(TableReader::isNotPublished)
        .ifPresent(
            tier -> {
              throw DdciIoException.of(
                  file.toString(),
                  "unit '"
                      + card.unit().name()
                      + "': the tier '"
                      + tier
                      + "' would be read back as"
                      + " not published",
                  null);
            });
  }

  private static boolean any(
      List<ResultTable> tables, java.util.function.Predicate<Scorecard> test) {
    return tables.stream().flatMap(t -> t.scorecards().stream()).anyMatch(test);
  }

  private static void addIf(boolean condition, List<String> headers, String header) {
    if (condition) {
      headers.add(header);
    }
  }
}
