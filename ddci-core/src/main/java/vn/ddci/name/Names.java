package vn.ddci.name;

import static com.google.common.base.Preconditions.checkArgument;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

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
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Names() {}

  /**
   * Returns the name in Unicode NFC with its whitespace trimmed and collapsed to single spaces
   * (line breaks inside spreadsheet cells included).
   *
   * @param name a name as written; not blank
   * @return the clean name
   * @throws IllegalArgumentException if the name is blank
   * @throws NullPointerException if the name is null
   */
  public static String clean(String name) {
    Objects.requireNonNull(name, "name");
    String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
    String collapsed = WHITESPACE.matcher(nfc).replaceAll(" ").strip();
    checkArgument(!collapsed.isEmpty(), "a name must not be blank, got '%s'", name);
    return collapsed;
  }

  /**
   * Returns the matching key of a name: without diacritics (đ becomes d), lower case, letters and
   * digits only.
   *
   * @param name a name as written
   * @return the key; two names match when their keys are equal
   * @throws IllegalArgumentException if the name has no letter or digit
   */
  public static String key(String name) {
    String decomposed = Normalizer.normalize(clean(name), Normalizer.Form.NFD);
    String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
    bare = bare.replace('đ', 'd').replace('Đ', 'D');
    String key = NOT_LETTER_OR_DIGIT.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll("");
    checkArgument(!key.isEmpty(), "the name '%s' has no letter or digit", name);
    return key;
  }
}
