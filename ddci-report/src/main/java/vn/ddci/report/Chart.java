package vn.ddci.report;

import com.google.common.collect.ImmutableList;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart of a unit's results (biểu đồ), ready to be drawn as SVG or PNG: an immutable value made
 * by {@link Charts}.
 *
 * <p>Every drawing builds a fresh JFreeChart from the model's figures, so a chart may be drawn from
 * several threads at once. Text stays text in the SVG (a reader can search and copy it); the
 * machine that shows it needs a font with Vietnamese glyphs, as the one that draws the PNG does
 * (see {@link ChartFonts}). Drawing needs no display: run with {@code -Djava.awt.headless=true} on
 * a server (the JDK on Linux without {@code DISPLAY} is headless already).
 *
 * <pre>{@code
 * Chart c = Charts.ranks(assessment);
 * c.writeSvg(Path.of("thu-hang.svg"));
 * c.writePng(Path.of("thu-hang.png"));          // at c.width() × c.height()
 * byte[] large = c.toPng(1800, 1120);
 * }</pre>
 */
public final class Chart {
  /** The largest width or height drawn, in pixels. */
  public static final int MAX_SIZE = 10_000;

  private final String title;
  private final String description;
  private final ImmutableList<String> notes;
  private final int width;
  private final int height;
  private final Supplier<JFreeChart> draw;

  private Chart(
      String title,
      String description,
      List<String> notes,
      int width,
      int height,
      Supplier<JFreeChart> draw) {
    this.title = Objects.requireNonNull(title, "title");
    this.description = Objects.requireNonNull(description, "description");
    this.notes = ImmutableList.copyOf(notes);
    checkSize(width, height);
    this.width = width;
    this.height = height;
    this.draw = Objects.requireNonNull(draw, "draw");
  }

  static Chart of(
      String title,
      String description,
      List<String> notes,
      int width,
      int height,
      Supplier<JFreeChart> draw) {
    return new Chart(title, description, notes, width, height, draw);
  }

  private static void checkSize(int width, int height) {
    if (width < 1 || height < 1 || width > MAX_SIZE || height > MAX_SIZE) {
      throw new IllegalArgumentException(
          "a chart of "
              + width
              + " × "
              + height
              + " pixels: width and height must be 1 to "
              + MAX_SIZE);
    }
  }

  /**
   * Returns the chart's title, as drawn.
   *
   * @return e.g. "Thứ hạng năm nay và năm trước"
   */
  public String title() {
    return title;
  }

  /**
   * Returns a sentence that says what the chart shows, for a reader who cannot see it (the HTML
   * report's text alternative).
   *
   * @return the text alternative, in the chart's language
   */
  public String description() {
    return description;
  }

  /**
   * Returns what the chart says about figures it cannot show: scores not published, no ranks last
   * year, a partial table. Each note is also drawn under the title.
   *
   * @return the notes, in the chart's language; empty when every figure is shown
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * Returns the width the chart is drawn at by default.
   *
   * @return pixels
   */
  public int width() {
    return width;
  }

  /**
   * Returns the height the chart is drawn at by default.
   *
   * @return pixels
   */
  public int height() {
    return height;
  }

  /**
   * Draws the chart as an SVG document at its default size.
   *
   * @return the SVG document: an XML declaration (UTF-8) and the {@code svg} element, no DOCTYPE
   */
  public String toSvg() {
    return toSvg(width, height);
  }

  /**
   * Draws the chart as an SVG document.
   *
   * @param width in pixels
   * @param height in pixels
   * @return the SVG document
   * @throws IllegalArgumentException if a size is outside 1–{@link #MAX_SIZE}
   */
  public String toSvg(int width, int height) {
    // no DOCTYPE: SVG 1.1 and later recommend none, and a parser would fetch the W3C's DTD
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + svg(width, height, "ddci-").getSVGElement()
        + "\n";
  }

  /** The SVG element alone, its ids prefixed so that several can live in one HTML page. */
  String toSvgElement(String idPrefix) {
    return svg(width, height, idPrefix).getSVGElement(idPrefix + "svg");
  }

  private SVGGraphics2D svg(int width, int height, String idPrefix) {
    checkSize(width, height);
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix(idPrefix);
    g2.setFontFunction(Chart::fontFamilies);
    draw.get().draw(g2, new Rectangle(width, height));
    return g2;
  }

  /** The chart's family, then others with Vietnamese glyphs, for the machine that shows the SVG. */
  private static String fontFamilies(String family) {
    // double quotes: JFreeSVG writes the style attribute in single quotes
    StringBuilder out = new StringBuilder("\"" + family + "\"");
    for (String f : ChartFonts.PREFERRED) {
      if (!f.equals(family)) {
        out.append(", \"").append(f).append('"');
      }
    }
    return out.append(", sans-serif").toString();
  }

  /**
   * Draws the chart as a PNG image.
   *
   * @param width in pixels
   * @param height in pixels
   * @return the PNG file's bytes
   * @throws IllegalArgumentException if a size is outside 1–{@link #MAX_SIZE}
   */
  public byte[] toPng(int width, int height) {
    checkSize(width, height);
    BufferedImage image = draw.get().createBufferedImage(width, height);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("this JDK has no PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing the PNG of '" + title + "' in memory", e);
    }
    return out.toByteArray();
  }

  /**
   * Writes the chart as an SVG file at its default size.
   *
   * @param file the file, replaced if it exists
   * @return the file
   * @throws UncheckedIOException if the file cannot be written, naming it
   */
  public Path writeSvg(Path file) {
    Objects.requireNonNull(file, "file");
    return write(file, toSvg().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes the chart as a PNG file at its default size.
   *
   * @param file the file, replaced if it exists
   * @return the file
   * @throws UncheckedIOException if the file cannot be written, naming it
   */
  public Path writePng(Path file) {
    return writePng(file, width, height);
  }

  /**
   * Writes the chart as a PNG file.
   *
   * @param file the file, replaced if it exists
   * @param width in pixels
   * @param height in pixels
   * @return the file
   * @throws UncheckedIOException if the file cannot be written, naming it
   * @throws IllegalArgumentException if a size is outside 1–{@link #MAX_SIZE}
   */
  public Path writePng(Path file, int width, int height) {
    Objects.requireNonNull(file, "file");
    return write(file, toPng(width, height));
  }

  private static Path write(Path file, byte[] bytes) {
    try {
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the chart to " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "Chart[" + title + ", " + width + "×" + height + "]";
  }
}
