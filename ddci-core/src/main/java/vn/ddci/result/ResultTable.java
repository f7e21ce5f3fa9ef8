package vn.ddci.result;

import static vn.ddci.internal.Checks.checkArgument;
import static vn.ddci.internal.Checks.format;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ddci.DdciValidationException;
import vn.ddci.framework.Block;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Measure;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Values;
import vn.ddci.name.NameMatcher;

/**
 * The published results of one block for one year (bảng kết quả), whole or partial as they really
 * arrive: a scorecard per listed unit, the size of the block, and the block's median or average
 * total when published.
 *
 * <p>The block size n ({@link #blockSize()}) is known independently of how many units the table
 * lists: a press release that prints the first and last three of 24 departments is a table of 6
 * units of a block of 24, and its published ranks run up to 24. A table that lists every unit is
 * {@linkplain #isComplete() complete}; it is {@linkplain #isWhole(Measure) whole} for a measure
 * when, besides, every unit has a score of it (a table of totals only is whole for the total and
 * for no component). Computations that need the whole block (ranks computed from scores, medians,
 * improvement ranks) refuse a table that is not whole, by name; those that need less (a published
 * rank and n for the median class) work from what was published.
 *
 * <p>A table is never empty, holds each unit once (units whose names {@link vn.ddci.name.Names#key
 * match} count as the same unit), holds only scorecards of its block and year, and no published
 * rank beyond n; anything else is rejected with a message naming the unit.
 *
 * <pre>{@code
 * ResultTable pci = ResultTable.of(Frameworks.PCI_PROVINCES, Year.of(2016), scorecards);
 * ResultTable press = ResultTable.builder()
 *     .block(Frameworks.LANG_SON_DEPARTMENT_BLOCK).year(Year.of(2021)).blockSize(24)
 *     .addAllScorecards(listed).publishedMedianScore(Score.parse("68,49"))
 *     .build();
 * }</pre>
 *
 * <p>Bounds ({@link vn.ddci.Bounds}): the year 1990–2100, a block of 1–10,000 units.
 */
@Value.Immutable
@DdciStyle
public abstract class ResultTable {
  /** The largest block: {@link vn.ddci.Bounds#MAX_BLOCK_SIZE} units. */
  public static final int MAX_BLOCK_SIZE = vn.ddci.Bounds.MAX_BLOCK_SIZE;

  ResultTable() {}

  /**
   * Creates a complete table: the scorecards list every unit of the block.
   *
   * @param block the block ranked
   * @param year the year of the results
   * @param scorecards one scorecard per unit of the block, in any order
   * @return the table, keeping the scorecards' order
   * @throws DdciValidationException if the table is empty, a scorecard belongs to another block or
   *     year, or a unit appears twice
   */
  public static ResultTable of(Block block, Year year, Collection<Scorecard> scorecards) {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(scorecards, "scorecards");
    return builder().block(block).year(year).addAllScorecards(scorecards).build();
  }

  /**
   * Creates a table that may list only some units of a block of n.
   *
   * @param block the block ranked
   * @param year the year of the results
   * @param blockSize n, the number of units in the block that year
   * @param scorecards the units listed, in any order
   * @return the table, keeping the scorecards' order
   * @throws DdciValidationException if the table is empty, lists more than n units, a scorecard
   *     belongs to another block or year, a unit appears twice, or a published rank exceeds n
   */
  public static ResultTable of(
      Block block, Year year, int blockSize, Collection<Scorecard> scorecards) {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(scorecards, "scorecards");
    return builder()
        .block(block)
        .year(year)
        .blockSize(blockSize)
        .addAllScorecards(scorecards)
        .build();
  }

  /**
   * Starts a table, for the block figures (published median or average) and partial tables.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResultTable}; not thread-safe. */
  public static final class Builder extends ImmutableResultTable.Builder {
    Builder() {}
  }

  /**
   * Returns the block.
   *
   * @return the block ranked
   */
  public abstract Block block();

  /**
   * Returns the year of the results.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * Returns the scorecards of the units listed, in the order given.
   *
   * @return at least one scorecard
   */
  public abstract List<Scorecard> scorecards();

  /**
   * Returns n, the number of units in the block that year, listed or not.
   *
   * @return the number of scorecards unless set; 1 to {@link #MAX_BLOCK_SIZE}
   */
  @Value.Default
  public int blockSize() {
    return scorecards().size();
  }

  /**
   * Returns the block's median total score (điểm trung vị) as published, if it was.
   *
   * @return the published median
   */
  public abstract Optional<Score> publishedMedianScore();

  /**
   * Returns the block's average total score (điểm trung bình) as published, if it was.
   *
   * @return the published average
   */
  public abstract Optional<Score> publishedMeanScore();

  @Value.Check
  void check() {
    Values.year(year(), () -> "block " + block().code() + ": year");
    String where = "block " + block().code() + ", year " + year();
    checkArgument(!scorecards().isEmpty(), "%s: the table has no unit", where);
    checkArgument(
        blockSize() >= 1 && blockSize() <= MAX_BLOCK_SIZE,
        "%s: block size %s is outside 1–%s",
        where,
        blockSize(),
        MAX_BLOCK_SIZE);
    checkArgument(
        size() <= blockSize(),
        "%s: the table lists %s units, more than the block's %s",
        where,
        size(),
        blockSize());
    Framework f = block().framework();
    checkBlockFigure(where, "median", publishedMedianScore(), f);
    checkBlockFigure(where, "average", publishedMeanScore(), f);
    Map<String, Unit> seen = new HashMap<>();
    Map<Integer, Integer> sharing = new HashMap<>();
    for (Scorecard card : scorecards()) {
      card.publishedRank().ifPresent(r -> sharing.merge(r, 1, Integer::sum));
    }
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
      if (card.publishedRank().isPresent()) {
        int rank = card.publishedRank().getAsInt();
        checkArgument(
            rank <= blockSize(),
            "%s: unit '%s' has the published rank %s, outside 1–%s",
            where,
            unit.name(),
            rank,
            blockSize());
        int shared = sharing.get(rank);
        checkArgument(
            rank + shared - 1 <= blockSize(),
            "%s: %s units share the published rank %s, which runs beyond the block's %s units",
            where,
            shared,
            rank,
            blockSize());
      }
      Unit other = seen.putIfAbsent(NameMatcher.tolerant().key(unit.name()), unit);
      if (other != null) {
        throw new DdciValidationException(
            String.format(
                "%s: unit '%s' appears twice (also as '%s')", where, unit.name(), other.name()));
      }
    }
  }

  private static void checkBlockFigure(
      String where, String what, Optional<Score> figure, Framework f) {
    figure.ifPresent(
        s ->
            checkArgument(
                s.value().compareTo(f.totalMax()) <= 0,
                () ->
                    format(
                        "%s: the published %s %s is outside 0–%s",
                        where, what, Decimals.show(s.value()), Decimals.show(f.totalMax()))));
  }

  /**
   * Returns the number of units the table lists.
   *
   * @return 1 to {@link #blockSize()}
   */
  public int size() {
    return scorecards().size();
  }

  /**
   * Tells whether the table lists every unit of the block.
   *
   * @return true when {@link #size()} equals {@link #blockSize()}
   */
  public boolean isComplete() {
    return size() == blockSize();
  }

  /**
   * Tells whether the table has every unit's score of a measure: the data that ranks, medians and
   * improvement ranks computed from scores need.
   *
   * @param measure the total or a component
   * @return true when the table is complete and no unit lacks the measure
   */
  public boolean isWhole(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    return isComplete() && scorecards().stream().allMatch(c -> c.score(measure).isPresent());
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
   * @return its scorecard, if the table lists it
   */
  public Optional<Scorecard> find(String name) {
    Objects.requireNonNull(name, "name");
    return find(name, NameMatcher.tolerant());
  }

  /**
   * Finds a unit's scorecard by name with a matcher (for aliases such as Bắc Kạn / Bắc Cạn).
   *
   * @param name the unit's name as written
   * @param matcher how names match
   * @return its scorecard, if the table lists it
   * @throws DdciValidationException if the matcher makes the name match two units
   */
  public Optional<Scorecard> find(String name, NameMatcher matcher) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(matcher, "matcher");
    String key = matcher.key(name);
    List<Scorecard> found =
        scorecards().stream()
            .filter(c -> matcher.key(c.unit().name()).equals(key))
            .collect(ImmutableList.toImmutableList());
    checkArgument(
        found.size() <= 1,
        () ->
            format(
                "block %s, year %s: '%s' matches several units under %s: %s",
                block().code(),
                year(),
                name,
                matcher,
                found.stream().map(Scorecard::unit).collect(ImmutableList.toImmutableList())));
    return found.stream().findFirst();
  }

  /**
   * Returns a unit's scorecard by name (see {@link #find(String)}).
   *
   * @param name the unit's name as written
   * @return its scorecard
   * @throws DdciValidationException naming the unit, block and year, and the nearest names, if the
   *     table does not list it
   */
  public Scorecard get(String name) {
    Objects.requireNonNull(name, "name");
    return find(name)
        .orElseThrow(
            () ->
                new DdciValidationException(
                    String.format(
                        "block %s, year %s: no unit '%s'%s",
                        block().code(),
                        year(),
                        name,
                        NameMatcher.tolerant()
                            .suggestion(
                                name,
                                units().stream()
                                    .map(Unit::name)
                                    .collect(ImmutableList.toImmutableList())))));
  }

  /**
   * Returns the score of a measure of every listed unit that has one, in the table's order.
   *
   * @param measure the total or a component
   * @return the exact scores by unit; units whose score of the measure was not published are absent
   */
  public Map<Unit, BigDecimal> scores(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    ImmutableMap.Builder<Unit, BigDecimal> scores = ImmutableMap.builder();
    scorecards().forEach(c -> c.score(measure).ifPresent(s -> scores.put(c.unit(), s)));
    return scores.build();
  }

  /**
   * Returns the published ranks of the total, by unit.
   *
   * @return the units listed with a published rank, in the table's order
   */
  public Map<Unit, Integer> publishedRanks() {
    ImmutableMap.Builder<Unit, Integer> ranks = ImmutableMap.builder();
    scorecards().forEach(c -> c.publishedRank().ifPresent(r -> ranks.put(c.unit(), r)));
    return ranks.build();
  }

  /**
   * Returns a copy with the block's published median total score.
   *
   * @param median the published median (điểm trung vị)
   * @return the copy
   */
  public ResultTable withPublishedMedianScore(Score median) {
    Objects.requireNonNull(median, "median");
    return builder().from(this).publishedMedianScore(median).build();
  }

  /**
   * Returns a copy with the block's published average total score.
   *
   * @param mean the published average (điểm trung bình)
   * @return the copy
   */
  public ResultTable withPublishedMeanScore(Score mean) {
    Objects.requireNonNull(mean, "mean");
    return builder().from(this).publishedMeanScore(mean).build();
  }

  @Override
  public String toString() {
    return "ResultTable["
        + block().code()
        + " "
        + year()
        + ", "
        + (isComplete() ? size() + " units" : size() + " of " + blockSize() + " units")
        + "]";
  }
}
