package vn.ddci.report;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A report as one self-contained HTML file (báo cáo HTML): a title, then each chart as inline SVG
 * with its notes and a text alternative; no script, no style sheet or image to fetch.
 *
 * <p>The page is well-formed XML (XHTML syntax, served as HTML), in Vietnamese ({@code lang="vi"}).
 * The reader's machine needs a font with Vietnamese glyphs, as for the SVG files.
 *
 * <pre>{@code
 * HtmlReport.of("DDCI 2023 – Sở Ngoại vụ", List.of(Charts.components(a), Charts.ranks(a)))
 *     .write(Path.of("bao-cao.html"));
 * }</pre>
 */
public final class HtmlReport {
  private final String title;
  private final ImmutableList<Chart> charts;

  private HtmlReport(String title, List<Chart> charts) {
    this.title = Objects.requireNonNull(title, "title");
    this.charts = ImmutableList.copyOf(charts);
    if (title.isBlank()) {
      throw new IllegalArgumentException("a report needs a title");
    }
  }

  /**
   * Creates a report.
   *
   * @param title the page's title and heading
   * @param charts the charts, in the order shown
   * @return the report
   * @throws IllegalArgumentException if the title is blank
   */
  public static HtmlReport of(String title, List<Chart> charts) {
    return new HtmlReport(title, Objects.requireNonNull(charts, "charts"));
  }

  /**
   * Returns the report's title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the charts shown.
   *
   * @return the charts, in order
   */
  public List<Chart> charts() {
    return charts;
  }

  /**
   * Writes the page as text.
   *
   * @return the HTML document
   */
  public String toHtml() {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">\n")
        .append("<head>\n<meta charset=\"utf-8\"/>\n<title>")
        .append(escape(title))
        .append("</title>\n<style>body{font-family:\"DejaVu Sans\",\"Noto Sans\",Arial,sans-serif;")
        .append("margin:2em;color:#222}figure{margin:2em 0}svg{max-width:100%;height:auto}")
        .append("figcaption{margin-top:.5em}.note{color:#8a1c1c;font-style:italic}</style>\n")
        .append("</head>\n<body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n");
    for (int i = 0; i < charts.size(); i++) {
      Chart c = charts.get(i);
      String id = "bieu-do-" + (i + 1);
      out.append("<figure id=\"")
          .append(id)
          .append("\" role=\"img\" aria-label=\"")
          .append(escape(c.description()))
          .append("\">\n")
          .append(c.toSvgElement(id + "-"))
          .append("\n<figcaption>")
          .append(escape(c.description()));
      for (String note : c.notes()) {
        out.append("<br/><span class=\"note\">").append(escape(note)).append("</span>");
      }
      out.append("</figcaption>\n</figure>\n");
    }
    return out.append("</body>\n</html>\n").toString();
  }

  /**
   * Writes the page to a file, in UTF-8.
   *
   * @param file the file, replaced if it exists
   * @return the file
   * @throws UncheckedIOException if the file cannot be written, naming it
   */
  public Path write(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return Files.write(file, toHtml().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the report to " + file + ": " + e.getMessage(), e);
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  @Override
  public String toString() {
    return "HtmlReport[" + title + ", " + charts.size() + " charts]";
  }
}
