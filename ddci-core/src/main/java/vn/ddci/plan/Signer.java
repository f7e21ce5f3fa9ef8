package vn.ddci.plan;

import java.util.Objects;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;
import vn.ddci.name.Names;

/** Who signs a plan: a title (chức vụ) and a name, e.g. "Giám đốc", "Trịnh Tuyết Mai". */
@Value.Immutable
@DdciStyle
public abstract class Signer {

  Signer() {}

  /**
   * Returns a signer.
   *
   * @param title e.g. "Giám đốc"
   * @param name e.g. "Trịnh Tuyết Mai"
   * @return the signer
   */
  public static Signer of(String title, String name) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(name, "name");
    return ImmutableSigner.of(Names.clean(title), Names.clean(name));
  }

  /**
   * Returns the title.
   *
   * @return e.g. "Giám đốc"
   */
  @Value.Parameter
  public abstract String title();

  /**
   * Returns the name.
   *
   * @return the signer's name
   */
  @Value.Parameter
  public abstract String name();

  @Override
  public String toString() {
    return title() + " " + name();
  }
}
