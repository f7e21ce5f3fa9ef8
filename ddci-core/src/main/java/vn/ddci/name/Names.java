package vn.ddci.name;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ddci.Bounds;
import vn.ddci.DdciValidationException;
import vn.ddci.internal.Texts;

/**
 * Names as people write them: Unicode normalisation and the tolerant key that matches spellings.
 *
 * <p>Every name that enters the library (unit, component, division) is stored in Unicode NFC, so
 * that {@code "Huế"} typed on a Mac (decomposed) equals {@code "Huế"} typed on Windows (composed).
 * {@link #key(String)} goes further: it forgets diacritics, case, spacing and punctuation, so that
 * {@code "TT- Huế"}, {@code "TT.Huế"} and {@code "tt hue"} share the key {@code "tthue"}, and
 * {@code "Đắk Lắk"} and {@code "Đăk Lăk"} share {@code "daklak"}. Spellings that differ in a letter
 * ({@code "Bắc Kạn"} / {@code "Bắc Cạn"}) are true aliases: see {@link NameMatcher}.
 */
public final class Names {
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]");

  private Names() {}

  /**
   * Returns the name in Unicode NFC with its whitespace trimmed and collapsed to single spaces
   * (line breaks inside spreadsheet cells and no-break spaces included).
   *
   * <p>A name must hold at least one letter or digit ("-", "!!!" and two no-break spaces are not
   * names), no invisible or control character (U+200B zero-width space, U+0000, a lone surrogate):
   * those are refused rather than removed, so that what is stored is what was written; and at most
   * {@link Bounds#MAX_NAME_LENGTH} characters.
   *
   * @param name a name as written
   * @return the clean name
   * @throws vn.ddci.DdciValidationException naming the name if it has no letter or digit, or holds
   *     an invisible or control character
   * @throws NullPointerException if the name is null
   */
  public static String clean(String name) {
    Objects.requireNonNull(name, "name");
    if (name.length() > Bounds.MAX_NAME_LENGTH) {
      throw new DdciValidationException(
          "a name has at most "
              + Bounds.MAX_NAME_LENGTH
              + " characters, got "
              + name.length()
              + ": "
              + quote(name));
    }
    String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
    String collapsed = WHITESPACE.matcher(nfc).replaceAll(" ").strip();
    Matcher invisible = INVISIBLE.matcher(collapsed);
    if (invisible.find()) {
      throw new DdciValidationException(
          String.format(
              "the name %s holds the invisible or control character U+%04X",
              quote(name), collapsed.codePointAt(invisible.start())));
    }
    if (collapsed.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new DdciValidationException("a name needs a letter or digit, got " + quote(name));
    }
    return collapsed;
  }

  /**
   * Returns a free text (a section of a plan, a narrative, a reason) in Unicode NFC, as written
   * otherwise: line breaks and tabs are kept.
   *
   * <p>A text holds at most {@link Bounds#MAX_TEXT_LENGTH} characters and no control character but
   * the tab and line breaks, no lone surrogate and no unassigned character (those could not be
   * written to a file and read back as they are), no bidirectional override or isolate and no byte
   * order mark (they make a text read otherwise than it is stored).
   *
   * @param text a text as written; may be empty
   * @param what what the text is, for the message, e.g. "task 2.1: narrative"
   * @return the text in NFC
   * @throws vn.ddci.DdciValidationException naming the text and the character
   * @throws NullPointerException if the text is null
   */
  public static String cleanText(String text, String what) {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(text, "text");
    if (text.length() > Bounds.MAX_TEXT_LENGTH) {
      throw new DdciValidationException(
          what
              + ": a text has at most "
              + Bounds.MAX_TEXT_LENGTH
              + " characters, got "
              + text.length());
    }
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int type = Character.getType(cp);
      boolean control = type == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r';
      // bidirectional overrides and isolates, and a byte order mark, change what a reader sees
      boolean hidden =
          (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
      if (control || hidden || type == Character.SURROGATE || type == Character.UNASSIGNED) {
        throw new DdciValidationException(
            String.format(
                "%s: the text %s holds the control, unassigned or lone surrogate character U+%04X",
                what, quote(text), cp));
      }
      i += Character.charCount(cp);
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Quotes a text for a message: between quotes, invisible and control characters and whitespace
   * other than a space written as a backslash, "u" and four hex digits, and cut after 80
   * characters, so that any value can be named safely.
   *
   * @param text a text as given
   * @return the quoted text; "null" for null
   */
  public static String quote(String text) {
    return Texts.quote(text);
  }

  /**
   * Returns the matching key of a name: without diacritics (đ becomes d), lower case, letters and
   * digits only.
   *
   * @param name a name as written
   * @return the key; two names match when their keys are equal
   * @throws vn.ddci.DdciValidationException if the name has no letter or digit
   */
  public static String key(String name) {
    Objects.requireNonNull(name, "name");
    String decomposed = Normalizer.normalize(clean(name), Normalizer.Form.NFD);
    String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
    bare = bare.replace('đ', 'd').replace('Đ', 'D');
    String key = NOT_LETTER_OR_DIGIT.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll("");
    if (key.isEmpty()) {
      throw new DdciValidationException("the name " + quote(name) + " has no letter or digit");
    }
    return key;
  }
}
