package vn.ddci.result;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ddci.framework.Block;
import vn.ddci.framework.Measure;
import vn.ddci.internal.DdciStyle;
import vn.ddci.name.NameMatcher;

/**
 * The published results of one block for one year (bảng kết quả): a scorecard per unit.
 *
 * <p>A table is never empty, holds each unit once (units whose names {@link
 * vn.ddci.name.Names#key match} count as the same unit) and holds only scorecards of its block and
 * year; anything else is rejected with a message naming the unit.
 *
 * <pre>{@code
 * ResultTable t = ResultTable.of(Frameworks.PCI_PROVINCES, Year.of(2016), scorecards);
 * t.get("TT.Huế").total();
 * }</pre>
 */
@Value.Immutable
@DdciStyle
public abstract class ResultTable {

  ResultTable() {}

  /**
   * Creates a table.
   *
   * @param block the block ranked
   * @param year the year of the results
   * @param scorecards one scorecard per unit of the block, in any order
   * @return the table, keeping the scorecards' order
   * @throws IllegalArgumentException if the table is empty, a scorecard belongs to another block
   *     or year, or a unit appears twice
   */
  public static ResultTable of(Block block, Year year, Collection<Scorecard> scorecards) {
    return ImmutableResultTable.builder()
        .block(block)
        .year(year)
        .addAllScorecards(scorecards)
        .build();
  }

  /**
   * Returns the block.
   *
   * @return the block ranked
   */
  @Value.Parameter
  public abstract Block block();

  /**
   * Returns the year of the results.
   *
   * @return the year
   */
  @Value.Parameter
  public abstract Year year();

  /**
   * Returns the scorecards in the order given.
   *
   * @return at least one scorecard
   */
  @Value.Parameter
  public abstract List<Scorecard> scorecards();

  @Value.Check
  void check() {
    String where = "block " + block().code() + ", year " + year();
    checkArgument(!scorecards().isEmpty(), "%s: the table has no unit", where);
    Map<String, Unit> seen = new HashMap<>();
    for (Scorecard card : scorecards()) {
      Unit unit = card.unit();
      checkArgument(
          unit.block().equals(block()),
          "%s: unit '%s' belongs to block %s",
          where,
          unit.name(),
          unit.block().code());
      checkArgument(
          card.year().equals(year()),
          "%s: unit '%s' is scored for year %s",
          where,
          unit.name(),
          card.year());
      card.publishedRank()
          .ifPresent(
              r ->
                  checkArgument(
                      r <= size(),
                      "%s: unit '%s' has the published rank %s, outside 1–%s",
                      where,
                      unit.name(),
                      r,
                      size()));
      Unit other = seen.putIfAbsent(NameMatcher.tolerant().key(unit.name()), unit);
      checkArgument(
          other == null,
          "%s: unit '%s' appears twice (also as '%s')",
          where,
          unit.name(),
          other == null ? "" : other.name());
    }
  }

  /**
   * Returns the number of units (n).
   *
   * @return the table's size, 1 or more
   */
  public int size() {
    return scorecards().size();
  }

  /**
   * Returns the units in the table's order.
   *
   * @return the units
   */
  @Value.Lazy
  public List<Unit> units() {
    return scorecards().stream().map(Scorecard::unit).collect(ImmutableList.toImmutableList());
  }

  /**
   * Finds a unit's scorecard by name, tolerant of diacritics, case, spacing and punctuation.
   *
   * @param name the unit's name as written
   * @return its scorecard, if the table has it
   */
  public Optional<Scorecard> find(String name) {
    return find(name, NameMatcher.tolerant());
  }

  /**
   * Finds a unit's scorecard by name with a matcher (for aliases such as Bắc Kạn / Bắc Cạn).
   *
   * @param name the unit's name as written
   * @param matcher how names match
   * @return its scorecard, if the table has it
   * @throws IllegalArgumentException if the matcher makes the name match two units
   */
  public Optional<Scorecard> find(String name, NameMatcher matcher) {
    String key = matcher.key(name);
    List<Scorecard> found =
        scorecards().stream()
            .filter(c -> matcher.key(c.unit().name()).equals(key))
            .collect(ImmutableList.toImmutableList());
    checkArgument(
        found.size() <= 1,
        "block %s, year %s: '%s' matches several units under %s: %s",
        block().code(),
        year(),
        name,
        matcher,
        found.stream().map(Scorecard::unit).collect(ImmutableList.toImmutableList()));
    return found.stream().findFirst();
  }

  /**
   * Returns a unit's scorecard by name (see {@link #find(String)}).
   *
   * @param name the unit's name as written
   * @return its scorecard
   * @throws IllegalArgumentException naming the unit, block and year if the table lacks it
   */
  public Scorecard get(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    String.format(
                        "block %s, year %s: no unit '%s'", block().code(), year(), name)));
  }

  /**
   * Returns every unit's score of a measure, in the table's order.
   *
   * @param measure the total or a component
   * @return the exact scores by unit
   */
  public Map<Unit, BigDecimal> scores(Measure measure) {
    ImmutableMap.Builder<Unit, BigDecimal> scores = ImmutableMap.builder();
    scorecards().forEach(c -> scores.put(c.unit(), c.score(measure)));
    return scores.build();
  }

  @Override
  public String toString() {
    return "ResultTable[" + block().code() + " " + year() + ", " + size() + " units]";
  }
}
