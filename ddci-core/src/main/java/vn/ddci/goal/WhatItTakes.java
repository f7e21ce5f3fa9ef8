package vn.ddci.goal;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.ddci.InsufficientDataException;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Measure;
import vn.ddci.framework.RankingRule;
import vn.ddci.ranking.Ranking;
import vn.ddci.ranking.Standing;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * What it takes (cần bao nhiêu điểm) to reach a place in the block next year, from last year's
 * whole table: every other unit is held at last year's score, and the block's ranking rule decides
 * ties.
 *
 * <p>For a unit, a measure (the total or a component) and a {@link RankTarget}, the {@link
 * Requirement} is the smallest gain at the framework's published decimals (0.01) with which the
 * unit, ranked again among the others, meets the target. So the tie rule counts: under Lạng Sơn's
 * rule (COMPETITION on published scores) reaching the k-th unit's published score is enough, since
 * equal scores share the rank; under PCI's (ORDINAL on the unrounded score) equality is decided by
 * the unrounded score, then by the name, and a gain that leaves the unit level may not be enough;
 * under FRACTIONAL a rank k is judged on the fractional rank ({@link RankTarget}), so a unit level
 * with the k-th (both at k + 0.5) must pass it. Scores stay within the scale (0–10 for a component,
 * 0–100 for the total): a target only a score beyond the top would reach is reported unreachable.
 *
 * <pre>{@code
 * WhatItTakes takes = WhatItTakes.from(table2023);        // the block's rule
 * takes.requirement(unit, Measure.total(), RankTarget.rank(10));
 * takes.requirements(unit, RankTarget.aboveMedian());      // the total, then each component
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class WhatItTakes {
  private final ResultTable table;
  private final RankingRule rule;

  private WhatItTakes(ResultTable table, RankingRule rule) {
    this.table = table;
    this.rule = rule;
  }

  /**
   * Uses last year's table under its block's ranking rule.
   *
   * @param lastYear last year's results; whole for every measure asked about
   * @return the calculator
   */
  public static WhatItTakes from(ResultTable lastYear) {
    Objects.requireNonNull(lastYear, "lastYear");
    return new WhatItTakes(lastYear, lastYear.block().rankingRule());
  }

  /**
   * Uses last year's table under a rule the caller chooses.
   *
   * @param lastYear last year's results; whole for every measure asked about
   * @param rule the tie policy and precision
   * @return the calculator
   */
  public static WhatItTakes from(ResultTable lastYear, RankingRule rule) {
    Objects.requireNonNull(lastYear, "lastYear");
    Objects.requireNonNull(rule, "rule");
    return new WhatItTakes(lastYear, rule);
  }

  /**
   * Returns last year's table.
   *
   * @return the table
   */
  public ResultTable table() {
    return table;
  }

  /**
   * Returns the ranking rule.
   *
   * @return the rule
   */
  public RankingRule rule() {
    return rule;
  }

  /**
   * Returns what one measure of a unit takes to reach a target.
   *
   * @param unit a unit of the table
   * @param measure the total or a component of the table's framework
   * @param target the place to reach
   * @return the requirement
   * @throws InsufficientDataException naming the units without a score if the table is not whole
   *     for the measure
   * @throws vn.ddci.DdciValidationException if the unit is not in the table, the measure not in the
   *     framework, a target rank is beyond n, or no rank of n meets the target (out of the bottom k
   *     with k ≥ n; above the median of a single unit)
   */
  public Requirement requirement(Unit unit, Measure measure, RankTarget target) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(target, "target");
    Framework f = table.block().framework();
    String where = "block " + table.block().code() + ", year " + table.year();
    checkArgument(
        table.units().contains(unit), "%s: unit '%s' is not in the table", where, unit.name());
    measure
        .component()
        .ifPresent(
            c ->
                checkArgument(
                    f.contains(c), "%s: component %s is not in '%s'", where, c, f.name()));
    requireWhole(where, unit, measure);
    int n = table.blockSize();
    int worst = target.worstRank(n);
    checkArgument(
        worst > 0,
        "%s: no rank of %s units meets '%s': %s",
        where,
        n,
        target,
        target.isAboveMedian()
            ? "a block of one unit has no rank above its median"
            : "every unit is in the bottom " + (n - worst));
    Map<Unit, BigDecimal> scores = table.scores(measure);
    BigDecimal own = scores.get(unit);
    BigDecimal step = BigDecimal.ONE.movePointLeft(f.publishedDecimals());
    BigDecimal max = f.max(measure);
    Standing now = standing(scores, unit, own);
    ImmutableRequirement.Builder r =
        Requirement.builder()
            .unit(unit)
            .measure(measure)
            .target(target)
            .score(own)
            .standing(now)
            .decimals(f.publishedDecimals())
            .scaleMax(max);
    if (target.isMetBy(now)) {
      return r.gain(BigDecimal.ZERO.setScale(f.publishedDecimals())).reached(now).build();
    }
    long top = max.subtract(own).divide(step, 0, RoundingMode.FLOOR).longValueExact();
    if (top <= 0
        || !target.isMetBy(
            standing(scores, unit, own.add(step.multiply(BigDecimal.valueOf(top)))))) {
      return r.build();
    }
    long lo = 0; // not met
    long hi = top; // met
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      if (target.isMetBy(standing(scores, unit, own.add(step.multiply(BigDecimal.valueOf(mid)))))) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    BigDecimal gain = step.multiply(BigDecimal.valueOf(hi));
    return r.gain(gain).reached(standing(scores, unit, own.add(gain))).build();
  }

  /**
   * Returns what the total and each component of a unit take to reach a target, in the framework's
   * order.
   *
   * @param unit a unit of the table
   * @param target the place to reach on every measure
   * @return the requirements, the total first
   * @throws InsufficientDataException if the table is not whole for a measure
   * @throws vn.ddci.DdciValidationException if the unit is not in the table or a target rank is
   *     beyond n
   */
  public List<Requirement> requirements(Unit unit, RankTarget target) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(target, "target");
    return table.block().framework().measures().stream()
        .map(m -> requirement(unit, m, target))
        .collect(ImmutableList.toImmutableList());
  }

  private void requireWhole(String where, Unit unit, Measure measure) {
    if (table.isWhole(measure)) {
      return;
    }
    List<String> lacking =
        table.scorecards().stream()
            .filter(c -> c.score(measure).isEmpty())
            .map(Scorecard::unit)
            .map(Unit::name)
            .collect(Collectors.toList());
    throw new InsufficientDataException(
        String.format(
            "%s: what %s takes for '%s' needs every unit's score of %s (the others are held at"
                + " last year's scores); the table lists %s of %s units%s",
            where,
            measure.code(),
            unit.name(),
            measure.code(),
            table.size(),
            table.blockSize(),
            lacking.isEmpty() ? "" : ", and " + lacking + " have no score of it"));
  }

  private Standing standing(Map<Unit, BigDecimal> scores, Unit unit, BigDecimal value) {
    Map<Unit, BigDecimal> raised = new HashMap<>(scores);
    raised.put(unit, value);
    return Ranking.of(raised, rule).standing(unit);
  }

  @Override
  public String toString() {
    return "WhatItTakes[" + table + ", " + rule + "]";
  }
}
