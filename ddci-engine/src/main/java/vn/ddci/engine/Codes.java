package vn.ddci.engine;

import vn.ddci.internal.Checks;
import vn.ddci.internal.Texts;

/** The rule for codes of nodes, units, groups and columns (internal). */
final class Codes {
  private Codes() {}

  /**
   * Checks a code: visible characters, not blank, no surrounding spaces.
   *
   * @param code the code
   * @param what what the code names, for the message
   * @return the code
   */
  static String check(String code, String what) {
    Checks.checkArgument(code != null, () -> what + ": no code");
    boolean visible = !code.isBlank() && code.strip().equals(code);
    for (int i = 0; visible && i < code.length(); i += Character.charCount(code.codePointAt(i))) {
      visible = !Texts.isInvisible(code.codePointAt(i));
    }
    Checks.checkArgument(
        visible,
        () ->
            what
                + " "
                + Texts.quote(code)
                + ": a code needs visible characters and no surrounding spaces");
    return code;
  }
}
