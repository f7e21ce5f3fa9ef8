package vn.ddci.internal;

/** Texts shown in messages (internal; not part of the API). */
public final class Texts {
  /** Characters shown of a quoted text. */
  private static final int MAX_QUOTED = 80;

  private Texts() {}

  /**
   * Quotes a text for a message: between quotes, invisible and control characters and whitespace
   * other than a space written as a backslash, "u" and four hex digits, and cut after 80
   * characters, so that any value can be named safely.
   *
   * @param text a text as given, or null
   * @return the quoted text; "null" for null
   */
  public static String quote(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder s = new StringBuilder("'");
    int shown = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      if (shown++ == MAX_QUOTED) {
        s.append('…');
        break;
      }
      int cp = text.codePointAt(i);
      if (isInvisible(cp)
          || (cp != ' ' && (Character.isWhitespace(cp) || Character.isSpaceChar(cp)))) {
        s.append(String.format("\\u%04X", cp));
      } else {
        s.appendCodePoint(cp);
      }
    }
    return s.append('\'').toString();
  }

  /**
   * Tells whether a character is invisible or a control character: a control, format, surrogate,
   * private-use or unassigned code point.
   *
   * @param cp a code point
   * @return true when it cannot be seen
   */
  public static boolean isInvisible(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
        return true;
      default:
        return false;
    }
  }
}
