package vn.ddci.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ddci.framework.Measure;
import vn.ddci.internal.DdciStyle;
import vn.ddci.ranking.Standing;
import vn.ddci.result.Decimals;
import vn.ddci.result.Unit;

/**
 * What one measure of one unit takes to reach a {@link RankTarget} (điểm cần tăng), others held at
 * last year's scores: computed by {@link WhatItTakes}.
 *
 * <p>The {@link #gain()} is the smallest gain at the published decimals (a multiple of 0.01) that
 * reaches the target when the unit's score is raised by it and the block is ranked again under the
 * rule; raised by one published step less, it does not. When the score is published at those
 * decimals (Lạng Sơn), {@link #neededScore()} is the smallest published score that reaches the
 * target. A target that only a score beyond the scale's top (10 for a component, 100 for the total)
 * could reach is unreachable: the gain is empty, never a number.
 *
 * <pre>{@code
 * Requirement r = takes.requirement(unit, Measure.total(), RankTarget.rank(10));
 * r.gain();       // Optional[3.27]
 * r.toString();   // "Tổng điểm: +3,27 điểm → 10/25"
 * }</pre>
 */
@Value.Immutable
@DdciStyle
public abstract class Requirement {
  Requirement() {}

  static ImmutableRequirement.Builder builder() {
    return ImmutableRequirement.builder();
  }

  /**
   * Returns the unit.
   *
   * @return the unit
   */
  public abstract Unit unit();

  /**
   * Returns the measure.
   *
   * @return the total or a component
   */
  public abstract Measure measure();

  /**
   * Returns the target.
   *
   * @return the place to reach
   */
  public abstract RankTarget target();

  /**
   * Returns the unit's score last year, exact as published.
   *
   * @return the score
   */
  public abstract BigDecimal score();

  /**
   * Returns the unit's standing last year on the measure, under the rule used.
   *
   * @return the standing of n
   */
  public abstract Standing standing();

  /**
   * Returns the decimals scores are published with.
   *
   * @return 0 to 10; 2 for the built-in frameworks
   */
  public abstract int decimals();

  /**
   * Returns the top of the measure's scale.
   *
   * @return 10 for a component, 100 for the total (built-in frameworks)
   */
  public abstract BigDecimal scaleMax();

  /**
   * Returns the smallest gain at the published decimals that reaches the target.
   *
   * @return 0 when the target is already met; empty when it is out of reach within the scale
   */
  public abstract Optional<BigDecimal> gain();

  /**
   * Returns the standing the unit would have with the gain, others unchanged.
   *
   * @return the standing reached; empty when the target is out of reach
   */
  public abstract Optional<Standing> reached();

  /**
   * Returns the number of units in the block.
   *
   * @return n
   */
  public int blockSize() {
    return standing().outOf();
  }

  /**
   * Tells whether the target can be reached within the scale.
   *
   * @return true when {@link #gain()} is present
   */
  public boolean isReachable() {
    return gain().isPresent();
  }

  /**
   * Tells whether the target is already met last year (gain 0).
   *
   * @return true when nothing needs to be gained
   */
  public boolean isMet() {
    return gain().map(g -> g.signum() == 0).orElse(false);
  }

  /**
   * Tells whether the target is reached by drawing level: with the gain, the unit shares its rank
   * with others (under a rule that shares ranks on equal scores, as Lạng Sơn's does, equal
   * suffices; under PCI's ORDINAL rule ranks are never shared, so this is always false there).
   *
   * @return true when the standing reached is tied
   */
  public boolean sharesRank() {
    return reached().map(Standing::isTied).orElse(false);
  }

  /**
   * Returns the score needed: last year's score plus the gain.
   *
   * @return the needed score, exact; empty when the target is out of reach
   */
  public Optional<BigDecimal> neededScore() {
    return gain().map(g -> score().add(g));
  }

  @Value.Check
  void check() {
    vn.ddci.internal.Checks.checkArgument(
        gain().isPresent() == reached().isPresent(),
        "%s, %s: a gain needs the standing it reaches",
        unit().name(),
        measure().code());
  }

  @Override
  public String toString() {
    String target = target().vietnamese(blockSize());
    String head = measure().nameVi() + ": ";
    if (gain().isEmpty()) {
      return head + "không thể đạt " + target + " trong thang 0–" + Decimals.show(scaleMax());
    }
    if (isMet()) {
      return head + "đã đạt " + target + " (" + standing().format() + ")";
    }
    String g =
        Decimals.show(gain().orElseThrow().setScale(decimals(), RoundingMode.HALF_UP))
            .replace('.', ',');
    return head + "+" + g + " điểm → " + target;
  }
}
