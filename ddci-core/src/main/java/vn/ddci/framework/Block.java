package vn.ddci.framework;

import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;
import vn.ddci.name.Names;

/**
 * A block of units ranked together (khối), such as the department block of Lạng Sơn (Khối sở,
 * ban, ngành, "SBN", 25 units) or its district block (Khối UBND huyện, thành phố, 11 units).
 *
 * <p>All units of a block are scored on one {@link Framework}; ranks, medians and improvement ranks
 * are computed inside a block.
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
   * @return the block
   */
  public static Block of(String code, String name, Framework framework) {
    return ImmutableBlock.of(Names.clean(code), Names.clean(name), framework);
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

  @Override
  public String toString() {
    return "Block[" + code() + "]";
  }
}
