package vn.ddci.plan;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;
import vn.ddci.name.Names;

/**
 * A division of the unit that writes the plan (phòng, ban, trung tâm), or the group of all its
 * specialised divisions ("các phòng chuyên môn").
 *
 * <p>Plans often give a role to "all specialised divisions" without listing them: {@link
 * #allSpecialised()} stands for that group. A division declared {@link #specialised()} belongs to
 * it, and so holds every role the group holds.
 *
 * <pre>{@code
 * Division vp = Division.of("Văn phòng Sở");
 * Division lsHtqt = Division.specialised("Phòng Lãnh sự - Hợp tác quốc tế");
 * Division.allSpecialised().covers(lsHtqt);   // true
 * }</pre>
 */
@Value.Immutable
@DdciStyle
public abstract class Division {
  private static final Division ALL_SPECIALISED =
      ImmutableDivision.builder().name("Các phòng chuyên môn").group(true).build();

  Division() {}

  /**
   * Returns a division that is not a specialised division (e.g. "Văn phòng Sở", "Thanh tra Sở").
   *
   * @param name its name, stored in NFC
   * @return the division
   */
  public static Division of(String name) {
    Objects.requireNonNull(name, "name");
    return ImmutableDivision.builder().name(Names.clean(name)).build();
  }

  /**
   * Returns a specialised division (phòng chuyên môn), a member of {@link #allSpecialised()}.
   *
   * @param name its name, stored in NFC
   * @return the division
   */
  public static Division specialised(String name) {
    Objects.requireNonNull(name, "name");
    return ImmutableDivision.builder().name(Names.clean(name)).specialised(true).build();
  }

  /**
   * Returns the group of all specialised divisions ("các phòng chuyên môn").
   *
   * @return the group
   */
  public static Division allSpecialised() {
    return ALL_SPECIALISED;
  }

  /**
   * Returns the division's name.
   *
   * @return the name in NFC
   */
  public abstract String name();

  /**
   * Returns the short name, if any. It is not part of the division's identity: a copy with a short
   * name equals the division.
   *
   * @return e.g. "Phòng LS-HTQT"
   */
  @Value.Auxiliary
  public abstract Optional<String> shortName();

  /**
   * Tells whether the division is a specialised division (phòng chuyên môn).
   *
   * @return false unless declared
   */
  @Value.Default
  public boolean specialised() {
    return false;
  }

  /**
   * Tells whether this is the group of all specialised divisions.
   *
   * @return true only for {@link #allSpecialised()}
   */
  @Value.Default
  public boolean group() {
    return false;
  }

  /**
   * Returns a copy with a short name.
   *
   * @param shortName e.g. "Phòng LS-HTQT"
   * @return the copy
   */
  public Division withShortName(String shortName) {
    Objects.requireNonNull(shortName, "shortName");
    return ImmutableDivision.builder().from(this).shortName(Names.clean(shortName)).build();
  }

  /**
   * Tells whether a role held by this division is held by the other: the same division, or the
   * group and one of its specialised divisions.
   *
   * @param other a division
   * @return true when this division stands for the other
   */
  public boolean covers(Division other) {
    Objects.requireNonNull(other, "other");
    return equals(other) || (group() && other.specialised());
  }

  /** Returns the division's short name or, without one, its name. */
  @Override
  public String toString() {
    return shortName().orElse(name());
  }
}
