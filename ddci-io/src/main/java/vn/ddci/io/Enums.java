package vn.ddci.io;

import java.util.Arrays;
import vn.ddci.DdciValidationException;

/** Reads the name of an enum constant, refusing any other text by name. */
final class Enums {
  private Enums() {}

  static <E extends Enum<E>> E of(Class<E> type, String name) {
    return com.google.common.base.Enums.getIfPresent(type, name)
        .toJavaUtil()
        .orElseThrow(
            () ->
                new DdciValidationException(
                    "\"" + name + "\" is not one of " + Arrays.toString(type.getEnumConstants())));
  }
}
