package vn.ddci.result;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ddci.framework.Block;
import vn.ddci.internal.DdciStyle;
import vn.ddci.name.Names;

/**
 * An evaluated unit (đơn vị được đánh giá): a department, a district, or a province in PCI.
 *
 * <p>Names are stored in Unicode NFC. Two units are equal when their names, short names and blocks
 * are; to match spellings across years use {@link vn.ddci.name.NameMatcher}.
 *
 * <pre>{@code
 * Unit u = Unit.of("Sở Ngoại vụ", Frameworks.LANG_SON_DEPARTMENT_BLOCK);
 * }</pre>
 */
@Value.Immutable
@DdciStyle
public abstract class Unit {

  Unit() {}

  /**
   * Creates a unit without a short name.
   *
   * @param name the unit's name, e.g. "Sở Ngoại vụ"
   * @param block the block it is ranked in
   * @return the unit
   */
  public static Unit of(String name, Block block) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(block, "block");
    return ImmutableUnit.builder().name(Names.clean(name)).block(block).build();
  }

  /**
   * Creates a unit with a short name.
   *
   * @param name the unit's name, e.g. "Sở Kế hoạch và Đầu tư"
   * @param shortName its short name, e.g. "Sở KH&amp;ĐT"
   * @param block the block it is ranked in
   * @return the unit
   */
  public static Unit of(String name, String shortName, Block block) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shortName, "shortName");
    Objects.requireNonNull(block, "block");
    return ImmutableUnit.builder()
        .name(Names.clean(name))
        .shortName(Names.clean(shortName))
        .block(block)
        .build();
  }

  /**
   * Returns the unit's name.
   *
   * @return the name in NFC
   */
  public abstract String name();

  /**
   * Returns the unit's short name, if it has one.
   *
   * @return the short name in NFC
   */
  public abstract Optional<String> shortName();

  /**
   * Returns the block the unit is ranked in.
   *
   * @return the block
   */
  public abstract Block block();

  /**
   * Returns a copy with another short name.
   *
   * @param shortName the short name
   * @return the copy
   */
  public Unit withShortName(String shortName) {
    Objects.requireNonNull(shortName, "shortName");
    return ImmutableUnit.builder().from(this).shortName(Names.clean(shortName)).build();
  }

  /** Returns the unit's name. */
  @Override
  public String toString() {
    return name();
  }
}
