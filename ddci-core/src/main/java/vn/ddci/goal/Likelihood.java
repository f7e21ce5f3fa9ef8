package vn.ddci.goal;

import static vn.ddci.internal.Checks.checkArgument;

import java.util.Locale;
import org.immutables.value.Value;
import vn.ddci.Bounds;
import vn.ddci.framework.Measure;
import vn.ddci.internal.DdciStyle;

/**
 * How likely a unit is to reach a {@link RankTarget} with its planned gains (khả năng đạt mục
 * tiêu), as a resampling of last year's survey estimates it: of the replications that scored the
 * unit, the share in which the unit, raised by its planned gains, meets the target; with the
 * verdict on the scores themselves (no resampling) and the Monte Carlo standard error.
 *
 * <p>The engine computes it (vn.ddci.uncertainty.TargetProbability, from the survey's answers);
 * published results without the answers give none.
 *
 * <pre>{@code
 * Likelihood l = Likelihood.builder().measure(Measure.total()).target(RankTarget.rank(10))
 *     .blockSize(25).met(360).replications(500).nominallyMet(true)
 *     .method("bootstrap of respondents within unit, seed 7").build();
 * l.probability();     // 0.72
 * l.standardError();   // 0.0201
 * }</pre>
 */
@Value.Immutable
@DdciStyle
public abstract class Likelihood {
  Likelihood() {}

  /**
   * Starts a likelihood.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Likelihood}; not thread-safe. */
  public static final class Builder extends ImmutableLikelihood.Builder {
    Builder() {}
  }

  /**
   * Returns the measure the target is for.
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
   * Returns the number of units ranked on the scores themselves (n of "10/25").
   *
   * @return 1 to {@link Bounds#MAX_BLOCK_SIZE}, no less than a target rank
   */
  public abstract int blockSize();

  /**
   * Returns the replications in which the target was met.
   *
   * @return 0 to {@link #replications()}
   */
  public abstract int met();

  /**
   * Returns the replications counted: those that scored the unit on the measure (lần lấy mẫu lại).
   *
   * @return 1 or more
   */
  public abstract int replications();

  /**
   * Tells whether the target is met on the scores themselves, without resampling, raised by the
   * same gains.
   *
   * @return the nominal verdict
   */
  public abstract boolean nominallyMet();

  /**
   * Returns how the figure was obtained.
   *
   * @return e.g. "bootstrap of respondents within unit, 500 replications, seed 7"
   */
  public abstract String method();

  /**
   * Returns the probability of meeting the target: {@link #met()} / {@link #replications()}.
   *
   * @return 0 to 1
   */
  public double probability() {
    return (double) met() / replications();
  }

  /**
   * Returns the Monte Carlo standard error of the probability, √(p (1 − p) / R): how much another
   * seed would move it (0 when p is 0 or 1).
   *
   * @return 0 to 0.5 / √R
   */
  public double standardError() {
    double p = probability();
    return Math.sqrt(p * (1 - p) / replications());
  }

  @Value.Check
  void check() {
    checkArgument(
        blockSize() >= 1 && blockSize() <= Bounds.MAX_BLOCK_SIZE,
        "a block has 1 to %s units, got %s",
        Bounds.MAX_BLOCK_SIZE,
        blockSize());
    target().worstRank(blockSize());
    checkArgument(
        replications() >= 1, "a likelihood needs 1 replication or more, got %s", replications());
    checkArgument(
        met() >= 0 && met() <= replications(),
        "%s replications met the target, outside 0–%s",
        met(),
        replications());
    checkArgument(!method().isBlank(), "a likelihood needs its method");
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "Likelihood[%s %s: %.1f%% ± %.1f%% of %d replications, nominally %s]",
        measure().code(),
        target().english(blockSize()),
        100 * probability(),
        100 * standardError(),
        replications(),
        nominallyMet() ? "met" : "not met");
  }
}
