package vn.ddci.goal;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import vn.ddci.InsufficientDataException;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Measure;
import vn.ddci.internal.DdciStyle;
import vn.ddci.result.Decimals;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * A split of a needed gain of the total across the components (phân bổ điểm cần tăng cho các chỉ số
 * thành phần).
 *
 * <p><b>Contribution.</b> A component's gain g adds to the total its weight share times g on the
 * total's scale: {@code totalMax × w / (componentMax × Σw) × g} ({@link Framework#totalOf}); 1.25 ×
 * g for Lạng Sơn's eight equal weights, w / 10 × g for PCI. When the weights are an assumption
 * (Lạng Sơn's, {@link Framework#weightsPublished()} false), so are the contributions: {@link
 * #weightsAssumed()} says so, and text built on the split must.
 *
 * <p><b>The rule.</b> Gains the caller {@linkplain Planner#fix fixes} are kept. The rest of the
 * needed gain is spread over the other components in proportion to their weight times their
 * {@linkplain Headroom headroom} (to the block's best by default, or to the scale's top): the split
 * favours the components with the largest weight and the most room; a component whose share would
 * pass its headroom takes its whole headroom and the others share the rest. With equal weights
 * (Lạng Sơn's) every free component closes the same fraction of its headroom. The gains are rounded
 * down to the published decimals; then, while the contributions still fall short, one published
 * step (0.01) is added to each component in turn, by weight (largest first), then headroom (largest
 * first), then the framework's order. Whether the need is covered is decided exactly (Σ totalMax ×
 * w × g ≥ need × componentMax × Σw, without division). So the split is deterministic, every gain is
 * a multiple of 0.01, no component goes beyond its headroom (itself rounded down to 0.01), and the
 * contributions sum to at least the needed gain. When the headroom of the free components cannot
 * cover the rest, the split is {@linkplain #isReachable() unreachable}: every free component takes
 * its whole headroom and {@link #shortfall()} says how many points of the total are still missing.
 * Contributions are exact when the weight share has a finite decimal expansion (Lạng Sơn's and
 * PCI's do), else to 34 significant digits.
 *
 * <pre>{@code
 * GainSplit split = GainSplit.planner(table2023, unit)
 *     .fix(f.component("TIME_COST"), BigDecimal.ZERO)    // leave this one out
 *     .split(new BigDecimal("3.27"));
 * split.gains();    // {TRANSPARENCY=0.62, …}
 * }</pre>
 */
@Value.Immutable
@DdciStyle
public abstract class GainSplit {
  private static final MathContext MC = MathContext.DECIMAL128;

  GainSplit() {}

  /**
   * Starts a split for a unit from last year's table.
   *
   * @param lastYear last year's results: the unit's component scores, and with {@link
   *     Headroom#BLOCK_BEST} every unit's
   * @param unit a unit of the table
   * @return a planner with the headroom to the block's best and no fixed gain
   * @throws vn.ddci.DdciValidationException if the unit is not in the table
   */
  public static Planner planner(ResultTable lastYear, Unit unit) {
    Objects.requireNonNull(lastYear, "lastYear");
    Objects.requireNonNull(unit, "unit");
    checkArgument(
        lastYear.units().contains(unit),
        "block %s, year %s: unit '%s' is not in the table",
        lastYear.block().code(),
        lastYear.year(),
        unit.name());
    return new Planner(lastYear, unit);
  }

  /** Sets up a {@link GainSplit}: the headroom and the fixed gains; not thread-safe. */
  public static final class Planner {
    private final ResultTable table;
    private final Unit unit;
    private Headroom headroom = Headroom.BLOCK_BEST;
    private final Map<Component, BigDecimal> fixed = new LinkedHashMap<>();

    private Planner(ResultTable table, Unit unit) {
      this.table = table;
      this.unit = unit;
    }

    /**
     * Chooses the headroom.
     *
     * @param headroom to the block's best (the default) or to the scale's top
     * @return this planner
     */
    public Planner headroom(Headroom headroom) {
      this.headroom = Objects.requireNonNull(headroom, "headroom");
      return this;
    }

    /**
     * Fixes a component's gain; 0 leaves the component out of the split.
     *
     * @param component a component of the framework
     * @param gain 0 or more, at the published decimals, within the component's headroom
     * @return this planner
     * @throws vn.ddci.DdciValidationException if the component is not in the framework or the gain
     *     is negative or has more decimals than published
     */
    public Planner fix(Component component, BigDecimal gain) {
      Objects.requireNonNull(component, "component");
      Objects.requireNonNull(gain, "gain");
      Framework f = table.block().framework();
      checkArgument(
          f.contains(component), "framework '%s' has no component %s", f.name(), component);
      checkArgument(
          gain.signum() >= 0 && gain.stripTrailingZeros().scale() <= f.publishedDecimals(),
          "%s: a fixed gain must be 0 or more with at most %s decimals, got %s",
          component.code(),
          f.publishedDecimals(),
          Decimals.show(gain));
      fixed.put(component, gain);
      return this;
    }

    /**
     * Splits a needed gain of the total (see the rule in {@link GainSplit}).
     *
     * @param neededGain the points of the total to gain, 0 or more
     * @return the split; {@linkplain GainSplit#isReachable() unreachable} when the headroom is
     *     short
     * @throws InsufficientDataException if the unit lacks a component's score, or, for the block's
     *     best, the table is not whole for a component
     * @throws vn.ddci.DdciValidationException if the needed gain is negative or a fixed gain
     *     exceeds its component's headroom
     */
    public GainSplit split(BigDecimal neededGain) {
      Objects.requireNonNull(neededGain, "neededGain");
      checkArgument(
          neededGain.signum() >= 0,
          "the needed gain of the total must be 0 or more, got %s",
          Decimals.show(neededGain));
      Framework f = table.block().framework();
      String where = "block " + table.block().code() + ", year " + table.year();
      Scorecard card = table.get(unit.name());
      BigDecimal step = BigDecimal.ONE.movePointLeft(f.publishedDecimals());
      Map<Component, BigDecimal> room = new LinkedHashMap<>();
      BigDecimal denominator = f.componentMax().multiply(f.weightSum());
      for (Component c : f.components()) {
        BigDecimal own =
            card.score(c)
                .orElseThrow(
                    () ->
                        new InsufficientDataException(
                            String.format(
                                "%s: splitting a gain needs the score of %s of '%s', which was"
                                    + " not published",
                                where, c.code(), unit.name())));
        BigDecimal top = headroom == Headroom.SCALE_TOP ? f.componentMax() : best(where, c);
        BigDecimal h = top.subtract(own).max(BigDecimal.ZERO);
        room.put(c, h.divide(step, 0, RoundingMode.FLOOR).multiply(step));
        BigDecimal g = fixed.get(c);
        checkArgument(
            g == null || g.compareTo(h) <= 0,
            "%s, '%s': the fixed gain %s of %s is beyond its headroom %s (%s)",
            where,
            unit.name(),
            Decimals.show(g == null ? BigDecimal.ZERO : g),
            c.code(),
            Decimals.show(h),
            headroom);
      }
      // exact arithmetic: a gain g of c adds totalMax·w·g / (componentMax·Σw) to the total, so the
      // need is covered when Σ totalMax·w·g ≥ needed·componentMax·Σw, compared without division
      Map<Component, BigDecimal> scaled = new LinkedHashMap<>();
      f.components().forEach(c -> scaled.put(c, f.totalMax().multiply(c.weight())));
      Map<Component, BigDecimal> gains = new LinkedHashMap<>();
      BigDecimal rest = neededGain.multiply(denominator);
      for (Component c : f.components()) {
        BigDecimal g = fixed.getOrDefault(c, BigDecimal.ZERO);
        gains.put(c, g);
        rest = rest.subtract(scaled.get(c).multiply(g));
      }
      List<Component> free =
          f.components().stream()
              .filter(c -> !fixed.containsKey(c) && room.get(c).signum() > 0)
              .collect(Collectors.toList());
      BigDecimal capacity =
          free.stream()
              .map(c -> scaled.get(c).multiply(room.get(c)))
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      Optional<BigDecimal> shortfall = Optional.empty();
      if (rest.signum() > 0 && capacity.compareTo(rest) < 0) {
        free.forEach(c -> gains.put(c, room.get(c)));
        shortfall = Optional.of(divide(rest.subtract(capacity), denominator));
      } else if (rest.signum() > 0) {
        rest = share(free, room, scaled, gains, rest, step);
        List<Component> order = new ArrayList<>(free);
        order.sort(
            Comparator.comparing(Component::weight)
                .thenComparing(room::get)
                .reversed()
                .thenComparingInt(c -> f.components().indexOf(c)));
        boolean moved = true;
        while (rest.signum() > 0 && moved) {
          moved = false;
          for (Component c : order) {
            if (rest.signum() <= 0) {
              break;
            }
            if (gains.get(c).compareTo(room.get(c)) < 0) {
              gains.put(c, gains.get(c).add(step));
              moved = true;
              rest = rest.subtract(scaled.get(c).multiply(step));
            }
          }
        }
      }
      ImmutableMap.Builder<Component, BigDecimal> contributions = ImmutableMap.builder();
      gains.forEach((c, g) -> contributions.put(c, divide(scaled.get(c).multiply(g), denominator)));
      return ImmutableGainSplit.builder()
          .unit(unit)
          .neededGain(neededGain)
          .headroomBasis(headroom)
          .weightsAssumed(!f.weightsPublished())
          .decimals(f.publishedDecimals())
          .gains(gains)
          .contributions(contributions.build())
          .headroom(room)
          .fixed(ImmutableList.copyOf(fixed.keySet()))
          .shortfall(shortfall)
          .build();
    }

    /**
     * Shares the rest over the free components in proportion to weight × headroom (exactly when the
     * quotient terminates), each capped at its headroom (those that reach it take it, the others
     * share what remains), rounded down to the published step; returns what is still to cover, on
     * the scaled measure.
     */
    private static BigDecimal share(
        List<Component> free,
        Map<Component, BigDecimal> room,
        Map<Component, BigDecimal> scaled,
        Map<Component, BigDecimal> gains,
        BigDecimal rest,
        BigDecimal step) {
      Map<Component, BigDecimal> pull = new LinkedHashMap<>();
      free.forEach(c -> pull.put(c, c.weight().multiply(room.get(c))));
      List<Component> open = new ArrayList<>(free);
      BigDecimal left = rest;
      BigDecimal demand = BigDecimal.ONE;
      boolean capped = true;
      while (capped && !open.isEmpty()) {
        demand =
            open.stream()
                .map(c -> scaled.get(c).multiply(pull.get(c)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        capped = false;
        for (Component c : List.copyOf(open)) {
          // c's share left × pull / demand reaches its headroom
          if (left.multiply(pull.get(c)).compareTo(room.get(c).multiply(demand)) >= 0) {
            gains.put(c, room.get(c));
            left = left.subtract(scaled.get(c).multiply(room.get(c)));
            open.remove(c);
            capped = true;
          }
        }
      }
      BigDecimal result = rest;
      for (Component c : free) {
        if (open.contains(c)) {
          BigDecimal g = divide(left.multiply(pull.get(c)), demand);
          gains.put(c, g.divide(step, 0, RoundingMode.FLOOR).multiply(step));
        }
        result = result.subtract(scaled.get(c).multiply(gains.get(c)));
      }
      return result;
    }

    private BigDecimal best(String where, Component c) {
      Measure m = Measure.of(c);
      if (!table.isWhole(m)) {
        throw new InsufficientDataException(
            String.format(
                "%s: the headroom to the block's best %s needs every unit's score of it; the table"
                    + " lists %s of %s units, not all with it (or choose Headroom.SCALE_TOP)",
                where, c.code(), table.size(), table.blockSize()));
      }
      return table.scores(m).values().stream().max(Comparator.naturalOrder()).orElseThrow();
    }

    private static BigDecimal divide(BigDecimal a, BigDecimal b) {
      try {
        return a.divide(b);
      } catch (ArithmeticException nonTerminating) {
        return a.divide(b, MC);
      }
    }
  }

  /**
   * Returns the unit.
   *
   * @return the unit
   */
  public abstract Unit unit();

  /**
   * Returns the gain of the total to split.
   *
   * @return points of the total
   */
  public abstract BigDecimal neededGain();

  /**
   * Returns what the headroom was measured to.
   *
   * @return the block's best or the scale's top
   */
  public abstract Headroom headroomBasis();

  /**
   * Tells whether the weights, and so the contributions, are an assumption (Lạng Sơn's).
   *
   * @return true when the framework's weights are not published
   */
  public abstract boolean weightsAssumed();

  /**
   * Returns the published decimals.
   *
   * @return 2 for the built-in frameworks
   */
  public abstract int decimals();

  /**
   * Returns each component's gain, in the framework's order.
   *
   * @return a gain for every component; 0 for those left out
   */
  public abstract Map<Component, BigDecimal> gains();

  /**
   * Returns what each component's gain adds to the total.
   *
   * @return points of the total, for every component
   */
  public abstract Map<Component, BigDecimal> contributions();

  /**
   * Returns each component's headroom, rounded down to the published decimals.
   *
   * @return the most each component may gain
   */
  public abstract Map<Component, BigDecimal> headroom();

  /**
   * Returns the components whose gain the caller fixed.
   *
   * @return the fixed components, in the order fixed
   */
  public abstract List<Component> fixed();

  /**
   * Returns the points of the total the split still misses, when the headroom is short.
   *
   * @return the shortfall; empty when the split reaches the needed gain
   */
  public abstract Optional<BigDecimal> shortfall();

  /**
   * Tells whether the contributions reach the needed gain.
   *
   * @return true unless there is a shortfall
   */
  public boolean isReachable() {
    return shortfall().isEmpty();
  }

  /**
   * Returns the sum of the contributions.
   *
   * @return points of the total; at least {@link #neededGain()} when reachable
   */
  public BigDecimal totalContribution() {
    return contributions().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Returns a component's share of the total gain: its contribution over the sum of contributions.
   *
   * @param component a component of the framework
   * @return 0 to 1 (34 significant digits); 0 when nothing is gained
   * @throws vn.ddci.DdciValidationException if the component is not in the split
   */
  public BigDecimal share(Component component) {
    Objects.requireNonNull(component, "component");
    BigDecimal c = contributions().get(component);
    checkArgument(c != null, "no component %s in this split", component);
    BigDecimal sum = totalContribution();
    return sum.signum() == 0 ? BigDecimal.ZERO : c.divide(sum, MathContext.DECIMAL128);
  }

  @Override
  public String toString() {
    String parts =
        gains().entrySet().stream()
            .filter(e -> e.getValue().signum() > 0)
            .map(e -> e.getKey().code() + " +" + show(e.getValue()))
            .collect(Collectors.joining(", "));
    return "GainSplit["
        + unit().name()
        + ": +"
        + show(neededGain())
        + " total → "
        + (parts.isEmpty() ? "nothing" : parts)
        + shortfall().map(s -> ", short by " + show(s)).orElse("")
        + (weightsAssumed() ? ", weights assumed" : "")
        + "]";
  }

  /** Every figure at the published decimals, so that "+6.00" stands beside "+0.60". */
  private String show(BigDecimal value) {
    return value.setScale(decimals(), RoundingMode.HALF_UP).toPlainString();
  }
}
