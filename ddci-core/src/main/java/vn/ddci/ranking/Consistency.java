package vn.ddci.ranking;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Measure;
import vn.ddci.framework.Precision;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;
import vn.ddci.internal.Numbers;
import vn.ddci.ranking.Discrepancy.Cause;
import vn.ddci.ranking.Discrepancy.Figure;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * The published figures of a table checked against each other (đối chiếu số liệu công bố), with
 * every disagreement reported as a {@link Discrepancy} and none of them changed.
 *
 * <ul>
 *   <li><b>Ranks against scores.</b> When the table is whole for the total, every published rank is
 *       compared with the rank computed under the rule; a rank that falls inside a group of units
 *       equal at the published precision is put down to a tie ordered by unpublished decimals,
 *       anything else to a misprint. When the table is partial, the listed units' ranks must follow
 *       their totals (a higher total, a better rank; equal totals, a shared rank under a
 *       shared-rank rule and different ranks under ORDINAL), and no unit may have more listed units
 *       above it than its rank allows.
 *   <li><b>Totals against weights.</b> Where the framework's weights are published and a unit's
 *       every component is, its given total must be the weighted total within the framework's
 *       tolerance. Where the weights are an assumption (Lạng Sơn), nothing is checked: the
 *       published total is the truth.
 *   <li><b>Block figures.</b> A published median (or average) is compared with the one computed
 *       from a whole table, within half a unit of the published precision; a published median that
 *       equals the average, or the reverse, is named as such (papers call one the other). From a
 *       partial table, the median must lie below every listed unit ranked in the upper half and
 *       above every one ranked in the lower half.
 * </ul>
 *
 * <pre>{@code
 * Consistency c = Consistency.of(pci2016);      // the block's rule
 * c.isConsistent();                             // true: 63 ranks, 63 totals agree
 * c.discrepancies().forEach(d -> System.out.println(d.message()));
 * }</pre>
 */
public final class Consistency {
  private final ResultTable table;
  private final RankingRule rule;
  private final ImmutableList<Discrepancy> discrepancies;

  private Consistency(ResultTable table, RankingRule rule) {
    this.table = table;
    this.rule = rule;
    List<Discrepancy> found = new ArrayList<>();
    if (table.isWhole(Measure.total())) {
      checkRanksOfWhole(found);
    } else {
      checkRanksOfPartial(found);
    }
    checkTotals(found);
    checkBlockFigures(found);
    this.discrepancies = ImmutableList.copyOf(found);
  }

  /**
   * Checks a table under its block's rule.
   *
   * @param table the table, whole or partial
   * @return the checks' findings
   */
  public static Consistency of(ResultTable table) {
    Objects.requireNonNull(table, "table");
    return new Consistency(table, table.block().rankingRule());
  }

  /**
   * Checks a table under a rule the caller chooses.
   *
   * @param table the table, whole or partial
   * @param rule the rule the published ranks are expected to follow
   * @return the checks' findings
   */
  public static Consistency of(ResultTable table, RankingRule rule) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(rule, "rule");
    return new Consistency(table, rule);
  }

  /**
   * Returns the disagreements found, ranks first, then totals, then block figures.
   *
   * @return the discrepancies; empty when the published figures agree
   */
  public List<Discrepancy> discrepancies() {
    return discrepancies;
  }

  /**
   * Tells whether the published figures agree with each other.
   *
   * @return true when no discrepancy was found
   */
  public boolean isConsistent() {
    return discrepancies.isEmpty();
  }

  private void checkRanksOfWhole(List<Discrepancy> found) {
    Map<Unit, BigDecimal> totals = table.scores(Measure.total());
    Ranking<Unit> computed = Ranking.of(totals, rule);
    Ranking<Unit> positions = Ranking.of(totals, RankingRule.of(TiePolicy.ORDINAL, Precision.FULL));
    for (Scorecard card : table.scorecards()) {
      if (card.publishedRank().isEmpty()) {
        continue;
      }
      int published = card.publishedRank().getAsInt();
      Standing standing = computed.standing(card.unit());
      if (published == standing.rank()) {
        continue;
      }
      Set<Unit> group = equalWhenPublished(card, totals);
      int first = group.stream().mapToInt(positions::position).min().orElseThrow();
      int last = group.stream().mapToInt(positions::position).max().orElseThrow();
      boolean inTie = group.size() > 1 && published >= first && published <= last;
      found.add(
          rankDiscrepancy(
              card,
              "the scores give " + standing.format() + " under " + rule,
              inTie ? Cause.TIE_ORDERED_BY_UNPUBLISHED_DECIMALS : Cause.MISPRINT));
    }
  }

  /** The units whose totals are equal to the card's at the published precision, the card's own. */
  private Set<Unit> equalWhenPublished(Scorecard card, Map<Unit, BigDecimal> totals) {
    BigDecimal own = published(card.total());
    Set<Unit> group = new LinkedHashSet<>();
    totals.forEach(
        (unit, total) -> {
          if (published(total).compareTo(own) == 0) {
            group.add(unit);
          }
        });
    return group;
  }

  private void checkRanksOfPartial(List<Discrepancy> found) {
    List<Scorecard> ranked =
        table.scorecards().stream()
            .filter(c -> c.publishedRank().isPresent())
            .collect(ImmutableList.toImmutableList());
    Precision precision = rule.precision();
    for (Scorecard a : ranked) {
      int rankA = a.publishedRank().getAsInt();
      BigDecimal valueA = precision.apply(a.total());
      Optional<Discrepancy> pairwise = Optional.empty();
      int above = 0;
      Set<BigDecimal> distinctAbove = new LinkedHashSet<>();
      for (Scorecard b : ranked) {
        if (a == b) {
          continue;
        }
        int rankB = b.publishedRank().getAsInt();
        int order = valueA.compareTo(precision.apply(b.total()));
        if (order < 0) {
          above++;
          distinctAbove.add(precision.apply(b.total()).stripTrailingZeros());
        }
        if (pairwise.isPresent()) {
          continue;
        }
        boolean tiedWhenPublished = published(a.total()).compareTo(published(b.total())) == 0;
        if (order > 0 && rankA >= rankB) {
          pairwise =
              Optional.of(
                  rankDiscrepancy(
                      a,
                      "its total "
                          + Numbers.show(a.total())
                          + " is above that of '"
                          + b.unit().name()
                          + "' ("
                          + Numbers.show(b.total())
                          + "), published at rank "
                          + rankB,
                      tiedWhenPublished
                          ? Cause.TIE_ORDERED_BY_UNPUBLISHED_DECIMALS
                          : Cause.MISPRINT));
        } else if (order == 0 && rule.policy() != TiePolicy.ORDINAL && rankA != rankB) {
          pairwise =
              Optional.of(
                  rankDiscrepancy(
                      a,
                      "its total equals that of '"
                          + b.unit().name()
                          + "', published at rank "
                          + rankB
                          + ", and "
                          + rule
                          + " shares ranks",
                      Cause.TIE_ORDERED_BY_UNPUBLISHED_DECIMALS));
        } else if (order == 0 && rule.policy() == TiePolicy.ORDINAL && rankA == rankB) {
          pairwise =
              Optional.of(
                  rankDiscrepancy(
                      a,
                      "'" + b.unit().name() + "' shares it, and " + rule + " never shares ranks",
                      Cause.MISPRINT));
        }
      }
      if (pairwise.isPresent()) {
        found.add(pairwise.get());
        continue;
      }
      int allowedAbove = rankA - 1;
      int counted = rule.policy() == TiePolicy.DENSE ? distinctAbove.size() : above;
      if (counted > allowedAbove) {
        found.add(
            rankDiscrepancy(
                a,
                counted
                    + " listed units have a higher total, which leaves no room for rank "
                    + rankA,
                Cause.MISPRINT));
      }
    }
  }

  private Discrepancy rankDiscrepancy(Scorecard card, String expected, Cause cause) {
    return Discrepancy.of(
        table.block().code(),
        table.year(),
        Optional.of(card.unit()),
        Measure.total(),
        Figure.RANK,
        "rank " + card.publishedRank().getAsInt() + " of " + table.blockSize(),
        expected,
        cause);
  }

  private void checkTotals(List<Discrepancy> found) {
    Framework f = table.block().framework();
    if (!f.weightsPublished()) {
      return;
    }
    for (Scorecard card : table.scorecards()) {
      if (card.givenTotal().isEmpty() || card.computedTotal().isEmpty()) {
        continue;
      }
      BigDecimal given = card.givenTotal().get().value();
      BigDecimal computed = card.computedTotal().get();
      BigDecimal difference = given.subtract(computed).abs();
      if (difference.compareTo(f.totalTolerance()) > 0) {
        found.add(
            Discrepancy.of(
                table.block().code(),
                table.year(),
                Optional.of(card.unit()),
                Measure.total(),
                Figure.TOTAL,
                "total " + Numbers.show(given),
                "the component scores and the published weights give "
                    + Numbers.show(computed.round(MathContext.DECIMAL64))
                    + ", "
                    + Numbers.show(difference.round(new MathContext(4)))
                    + " away, more than the tolerance "
                    + Numbers.show(f.totalTolerance()),
                Cause.MISPRINT));
      }
    }
  }

  private void checkBlockFigures(List<Discrepancy> found) {
    if (table.isWhole(Measure.total())) {
      List<BigDecimal> totals = List.copyOf(table.scores(Measure.total()).values());
      BigDecimal median = Medians.score(totals);
      BigDecimal mean =
          totals.stream()
              .reduce(BigDecimal.ZERO, BigDecimal::add)
              .divide(BigDecimal.valueOf(totals.size()), MathContext.DECIMAL128);
      table
          .publishedMedianScore()
          .ifPresent(m -> compareBlockFigure(found, Figure.MEDIAN_SCORE, m, median, mean));
      table
          .publishedMeanScore()
          .ifPresent(m -> compareBlockFigure(found, Figure.MEAN_SCORE, m, mean, median));
    } else if (rule.policy() != TiePolicy.DENSE) {
      table.publishedMedianScore().ifPresent(m -> boundMedian(found, m));
    }
  }

  private void compareBlockFigure(
      List<Discrepancy> found,
      Figure figure,
      Score published,
      BigDecimal computed,
      BigDecimal other) {
    BigDecimal tolerance = halfUnit();
    if (published.value().subtract(computed).abs().compareTo(tolerance) <= 0) {
      return;
    }
    boolean matchesOther = published.value().subtract(other).abs().compareTo(tolerance) <= 0;
    String name = figure == Figure.MEDIAN_SCORE ? "median" : "average";
    found.add(
        blockFigure(
            figure,
            name + " " + Numbers.show(published.value()),
            "the "
                + table.blockSize()
                + " totals give "
                + show(computed)
                + " (the "
                + (figure == Figure.MEDIAN_SCORE ? "average" : "median")
                + " is "
                + show(other)
                + ")",
            matchesOther ? Cause.OTHER_BLOCK_FIGURE : Cause.MISPRINT));
  }

  /** From a partial table: units ranked in the upper half are at or above the median. */
  private void boundMedian(List<Discrepancy> found, Score median) {
    int n = table.blockSize();
    int lastOfUpperHalf = (n + 1) / 2; // the median position, or the last above it when n is even
    int firstOfLowerHalf = n / 2 + 1; // the median position, or the first below it when n is even
    BigDecimal tolerance = halfUnit();
    for (Scorecard card : table.scorecards()) {
      if (card.publishedRank().isEmpty()) {
        continue;
      }
      int rank = card.publishedRank().getAsInt();
      BigDecimal total = card.total();
      boolean tooLow =
          rank <= lastOfUpperHalf && total.compareTo(median.value().subtract(tolerance)) < 0;
      boolean tooHigh =
          rank >= firstOfLowerHalf && total.compareTo(median.value().add(tolerance)) > 0;
      if (tooLow || tooHigh) {
        found.add(
            blockFigure(
                Figure.MEDIAN_SCORE,
                "median " + Numbers.show(median.value()),
                "'"
                    + card.unit().name()
                    + "', published at rank "
                    + rank
                    + " of "
                    + n
                    + ", has the total "
                    + Numbers.show(total)
                    + (tooLow ? ", below it" : ", above it"),
                Cause.MISPRINT));
        return;
      }
    }
  }

  /** A disagreement of a figure of the whole block (its median or average total). */
  private Discrepancy blockFigure(Figure figure, String published, String expected, Cause cause) {
    return Discrepancy.of(
        table.block().code(),
        table.year(),
        Optional.empty(),
        Measure.total(),
        figure,
        published,
        expected,
        cause);
  }

  private BigDecimal published(BigDecimal value) {
    return value.setScale(table.block().framework().publishedDecimals(), RoundingMode.HALF_UP);
  }

  private BigDecimal halfUnit() {
    return BigDecimal.valueOf(5, table.block().framework().publishedDecimals() + 1);
  }

  private String show(BigDecimal value) {
    return Numbers.show(
        value
            .setScale(table.block().framework().publishedDecimals() + 2, RoundingMode.HALF_UP)
            .stripTrailingZeros());
  }

  @Override
  public String toString() {
    return "Consistency["
        + table
        + ", "
        + rule
        + ": "
        + (discrepancies.isEmpty() ? "consistent" : discrepancies.size() + " discrepancies")
        + "]";
  }
}
