package vn.ddci.framework;

import java.util.Objects;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;

/**
 * How a block is ranked (cách xếp hạng): a {@link TiePolicy} applied to scores seen at a {@link
 * Precision}. Every {@link Block} carries its rule; computations on a block's results use it unless
 * the caller passes another, and no rule is ever applied without being chosen.
 *
 * <pre>{@code
 * RankingRule.LANG_SON;                                   // COMPETITION on published rounding
 * RankingRule.of(TiePolicy.ORDINAL, Precision.FULL);      // PCI
 * }</pre>
 */
@Value.Immutable
@DdciStyle
public abstract class RankingRule {
  /**
   * Lạng Sơn's rule: equal published scores (two decimals) share a rank ("đồng vị trí bậc 1"), the
   * next rank is skipped.
   */
  public static final RankingRule LANG_SON = of(TiePolicy.COMPETITION, Precision.PUBLISHED);

  /** PCI's rule: every unit its own rank, ordered by the unrounded score. */
  public static final RankingRule PCI = of(TiePolicy.ORDINAL, Precision.FULL);

  RankingRule() {}

  /**
   * Returns a rule.
   *
   * @param policy how ties are ranked
   * @param precision which digits are compared
   * @return the rule
   */
  public static RankingRule of(TiePolicy policy, Precision precision) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(precision, "precision");
    return ImmutableRankingRule.of(policy, precision);
  }

  /**
   * Returns the tie policy.
   *
   * @return the policy
   */
  @Value.Parameter
  public abstract TiePolicy policy();

  /**
   * Returns the precision.
   *
   * @return the precision
   */
  @Value.Parameter
  public abstract Precision precision();

  @Override
  public String toString() {
    return "RankingRule[" + policy() + ", " + precision() + "]";
  }
}
