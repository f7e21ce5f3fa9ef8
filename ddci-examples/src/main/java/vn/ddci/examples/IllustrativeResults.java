package vn.ddci.examples;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Frameworks;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * ILLUSTRATIVE data, invented: a whole DDCI 2023 table of the department block (25 units), which
 * the seed plan does not give. Sở Ngoại vụ keeps every figure the seed states (total 80.45 at rank
 * 15/25, the leader's 87.77, the median 81.34, and its eight component ranks, with 10 and a rank
 * shared by three on equal competition and leadership); the other 24 units, "Đơn vị 01" to "Đơn vị
 * 24", and every score the seed does not state are made up so that a proposed goal table can be
 * computed from a whole table.
 */
public final class IllustrativeResults {
  private static final String[] TOTALS = {
    "87.77", "87.10", "86.62", "86.05", "85.71", "85.20", "84.93", "84.56", "84.10", "83.62",
    "83.05", "82.40", "81.34", "80.90", "80.45", "79.88", "79.12", "78.40", "77.95", "77.10",
    "76.35", "75.60", "74.82", "73.90", "72.15"
  };

  private IllustrativeResults() {}

  /**
   * Returns the illustrative 2023 table of the department block.
   *
   * @return 25 units, each with a total and eight component scores
   */
  public static ResultTable table2023() {
    Framework f = Frameworks.LANG_SON_DEPARTMENTS;
    // per component: Sở Ngoại vụ's published rank, the best score, the step between ranks, and
    // how many share the top score of 10
    Map<String, Column> columns = new LinkedHashMap<>();
    columns.put("TRANSPARENCY", new Column(17, "9.20", "0.06", 0));
    columns.put("TIME_COST", new Column(2, "9.60", "0.20", 0));
    columns.put("INFORMAL_CHARGES", new Column(23, "9.00", "0.05", 0));
    columns.put("EQUAL_COMPETITION", new Column(1, "9.70", "0.12", 3));
    columns.put("BUSINESS_SUPPORT", new Column(25, "8.90", "0.06", 0));
    columns.put("LEGAL_INSTITUTIONS", new Column(5, "9.50", "0.15", 0));
    columns.put("LEADERSHIP", new Column(1, "9.80", "0.07", 3));
    columns.put("DYNAMISM", new Column(20, "9.10", "0.05", 0));
    List<Scorecard.Builder> cards = new ArrayList<>();
    cards.add(Scorecard.builder().unit(SeedPlan.SO_NGOAI_VU).year(2023).givenTotal(TOTALS[14]));
    List<Integer> others = positionsWithout(14);
    for (int i = 0; i < 24; i++) {
      Unit unit =
          Unit.of(String.format("Đơn vị %02d", i + 1), Frameworks.LANG_SON_DEPARTMENT_BLOCK);
      cards.add(Scorecard.builder().unit(unit).year(2023).givenTotal(TOTALS[others.get(i)]));
    }
    int shift = 0;
    for (Map.Entry<String, Column> e : columns.entrySet()) {
      Component c = f.component(e.getKey());
      Column col = e.getValue();
      cards.get(0).score(c, col.value(col.rank - 1));
      List<Integer> free = positionsWithout(col.rank - 1);
      shift += 7;
      for (int i = 0; i < 24; i++) {
        cards.get(i + 1).score(c, col.value(free.get((i + shift) % 24)));
      }
    }
    List<Scorecard> built = new ArrayList<>();
    cards.forEach(b -> built.add(b.build()));
    return ResultTable.builder()
        .block(Frameworks.LANG_SON_DEPARTMENT_BLOCK)
        .year(Year.of(2023))
        .addAllScorecards(built)
        .build();
  }

  private static List<Integer> positionsWithout(int taken) {
    List<Integer> positions = new ArrayList<>();
    for (int p = 0; p < 25; p++) {
      if (p != taken) {
        positions.add(p);
      }
    }
    return positions;
  }

  /** A component's scores from the best (position 0) down. */
  private static final class Column {
    final int rank;
    final BigDecimal best;
    final BigDecimal step;
    final int tens;

    Column(int rank, String best, String step, int tens) {
      this.rank = rank;
      this.best = new BigDecimal(best);
      this.step = new BigDecimal(step);
      this.tens = tens;
    }

    BigDecimal value(int position) {
      if (position < tens) {
        return new BigDecimal("10.00");
      }
      return best.subtract(step.multiply(BigDecimal.valueOf(position - tens)));
    }
  }
}
