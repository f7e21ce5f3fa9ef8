package vn.ddci.io;

import java.util.regex.Pattern;

/**
 * Text as an .xlsx cell must hold it to be read back as written: Office Open XML reads {@code
 * _xHHHH_} in a cell as the character U+HHHH, so a literal {@code _x0041_} (in a name, say) is
 * written with its underscore escaped as {@code _x005F_}, which every reader turns back into "_".
 */
final class XlsxText {
  private static final Pattern ESCAPE_SEQUENCE = Pattern.compile("_(?=x[0-9A-Fa-f]{4}_)");

  private XlsxText() {}

  /** The text to give POI so that the cell reads back as {@code text}. */
  static String escape(String text) {
    return ESCAPE_SEQUENCE.matcher(text).replaceAll("_x005F_");
  }
}
