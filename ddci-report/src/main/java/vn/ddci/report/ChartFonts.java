package vn.ddci.report;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The font the charts are drawn in: one with Vietnamese glyphs (dấu tiếng Việt), chosen once per
 * JVM.
 *
 * <p>The families of {@link #PREFERRED} are tried in order, then every installed family; the first
 * that can display {@link #SAMPLE} is taken. DejaVu Sans (Debian's {@code fonts-dejavu-core}) has
 * every Vietnamese glyph; so have Noto Sans, Liberation Sans and Arial. When no installed font can
 * display the sample, drawing a chart fails with an {@link IllegalStateException} naming the
 * characters that are missing and the package to install.
 */
public final class ChartFonts {
  /** Text every chart's font must display: a unit's name and a component's, with their marks. */
  public static final String SAMPLE = "Sở Ngoại vụ – Tính minh bạch";

  /** The families tried first, in order. */
  public static final List<String> PREFERRED =
      List.of("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial");

  private ChartFonts() {}

  private static final class Holder {
    static final Optional<String> FAMILY = choose();
  }

  private static Optional<String> choose() {
    List<String> installed =
        Arrays.asList(
            GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
    for (String family : PREFERRED) {
      if (installed.contains(family) && displays(family, SAMPLE)) {
        return Optional.of(family);
      }
    }
    return installed.stream().filter(f -> displays(f, SAMPLE)).findFirst();
  }

  private static boolean displays(String family, String text) {
    return new Font(family, Font.PLAIN, 12).canDisplayUpTo(text) == -1;
  }

  /**
   * Returns the family the charts are drawn in.
   *
   * @return e.g. "DejaVu Sans"
   * @throws IllegalStateException if no installed font displays {@link #SAMPLE}, naming the missing
   *     characters
   */
  public static String family() {
    return Holder.FAMILY.orElseThrow(
        () ->
            new IllegalStateException(
                "no installed font can display Vietnamese text: the default font lacks "
                    + missing(Font.SANS_SERIF, SAMPLE)
                    + " of \""
                    + SAMPLE
                    + "\"; install one with Vietnamese glyphs (Debian: apt-get install"
                    + " fonts-dejavu-core)"));
  }

  /**
   * Checks that the chart font displays a text (a unit's or a division's name, say).
   *
   * @param text the text to draw
   * @return the text
   * @throws IllegalStateException if the font lacks a character of the text, naming it
   */
  public static String check(String text) {
    Objects.requireNonNull(text, "text");
    String family = family();
    if (!displays(family, text)) {
      throw new IllegalStateException(
          "the chart font " + family + " lacks " + missing(family, text) + " of \"" + text + "\"");
    }
    return text;
  }

  /** The characters of a text that a family cannot display, as "'ở' (U+1EDF), …". */
  private static String missing(String family, String text) {
    Font font = new Font(family, Font.PLAIN, 12);
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .distinct()
        .filter(c -> !font.canDisplay(c))
        .forEach(
            c ->
                out.append(out.length() == 0 ? "" : ", ")
                    .append('\'')
                    .appendCodePoint(c)
                    .append("' (U+")
                    .append(String.format(java.util.Locale.ROOT, "%04X", c))
                    .append(')'));
    return out.length() == 0 ? "no character" : out.toString();
  }

  static Font font(int style, float size) {
    return new Font(family(), style, 12).deriveFont(size);
  }
}
