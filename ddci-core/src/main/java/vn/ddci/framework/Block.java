package vn.ddci.framework;

import java.util.Objects;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;
import vn.ddci.name.Names;

/**
 * A block of units ranked together (khối), such as the department block of Lạng Sơn (Khối sở, ban,
 * ngành, "SBN", 25 units) or its district block (Khối UBND huyện, thành phố, 11 units).
 *
 * <p>All units of a block are scored on one {@link Framework} and ranked under one {@link
 * RankingRule}: the rule travels with the block, so that every computation on the block's results
 * ranks as the block's publisher does, unless the caller passes another rule. Lạng Sơn shares ranks
 * on equal published scores ({@link RankingRule#LANG_SON}); PCI gives every province its own rank
 * on the unrounded total ({@link RankingRule#PCI}). A block has no default rule.
 *
 * <pre>{@code
 * Block b = Block.of("SBN", "Khối sở, ban, ngành", framework, RankingRule.LANG_SON);
 * }</pre>
 */
@Value.Immutable
@DdciStyle
public abstract class Block {

  Block() {}

  /**
   * Creates a block.
   *
   * @param code a short code, e.g. {@code "SBN"}
   * @param name the Vietnamese name, e.g. "Khối sở, ban, ngành"; stored in NFC
   * @param framework the framework its units are scored on
   * @param rankingRule how its units are ranked (cách xếp hạng)
   * @return the block
   * @throws vn.ddci.DdciValidationException if the code or name has no letter or digit
   */
  public static Block of(String code, String name, Framework framework, RankingRule rankingRule) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(rankingRule, "rankingRule");
    return ImmutableBlock.of(Names.clean(code), Names.clean(name), framework, rankingRule);
  }

  /**
   * Returns the block's short code.
   *
   * @return e.g. {@code "SBN"}
   */
  @Value.Parameter
  public abstract String code();

  /**
   * Returns the block's Vietnamese name.
   *
   * @return e.g. "Khối sở, ban, ngành"
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the framework the block's units are scored on.
   *
   * @return the framework
   */
  @Value.Parameter
  public abstract Framework framework();

  /**
   * Returns how the block's units are ranked, as its publisher ranks them.
   *
   * @return the tie policy and the precision compared
   */
  @Value.Parameter
  public abstract RankingRule rankingRule();

  @Override
  public String toString() {
    return "Block[" + code() + "]";
  }
}
