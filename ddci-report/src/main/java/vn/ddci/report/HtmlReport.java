package vn.ddci.report;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ddci.DdciValidationException;
import vn.ddci.InsufficientDataException;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Measure;
import vn.ddci.io.AtomicFiles;
import vn.ddci.io.DdciIoException;
import vn.ddci.plan.Plan;
import vn.ddci.progress.ReportingCoverage;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;
import vn.ddci.text.Language;
import vn.ddci.text.PlanText;

/**
 * A report as one self-contained HTML file (báo cáo HTML): headings, text, tables and each chart as
 * inline SVG with its notes and a text alternative; no script, no style sheet or image to fetch.
 *
 * <p>{@link #of(UnitAssessment, ResultTable, Language)} makes a unit's whole report: the plan's
 * section II in words ({@link PlanText}), a table of the total and every component (score, rank,
 * changes, position against the median, at their published precision), and the charts of {@link
 * Charts}; {@link #withCoverage(List)} adds reporting coverage and {@link #withPlan(Plan)} the
 * plan's sections III and IV with its responsibility table. {@link #of(String, List)} makes a page
 * of charts alone.
 *
 * <p>The page is well-formed XML (XHTML syntax, served as HTML); its {@code lang} attribute is the
 * report's language ({@code vi} or {@code en}). Every text from the model is escaped. The reader's
 * machine needs a font with Vietnamese glyphs, as for the SVG files.
 *
 * <pre>{@code
 * UnitAssessment a = UnitAssessment.of(table2023, table2022, "Sở Ngoại vụ");
 * HtmlReport.of(a, table2023, Language.VIETNAMESE)
 *     .withPlan(plan)
 *     .write(Path.of("bao-cao.html"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlReport {
  private final String title;
  private final Language language;
  private final ImmutableList<Part> body;
  private final Optional<Plan> plan;
  private final ImmutableList<Part> planParts;
  private final ImmutableList<Part> coverageParts;

  private HtmlReport(
      String title,
      Language language,
      List<Part> body,
      Optional<Plan> plan,
      List<Part> planParts,
      List<Part> coverageParts) {
    this.title = Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a report needs a title");
    }
    this.language = Objects.requireNonNull(language, "language");
    this.body = ImmutableList.copyOf(body);
    this.plan = plan;
    this.planParts = ImmutableList.copyOf(planParts);
    this.coverageParts = ImmutableList.copyOf(coverageParts);
  }

  /**
   * Creates a report of charts alone, in Vietnamese: a title, then the charts.
   *
   * @param title the page's title and heading
   * @param charts the charts, in the order shown
   * @return the report
   * @throws IllegalArgumentException if the title is blank
   */
  public static HtmlReport of(String title, List<Chart> charts) {
    Objects.requireNonNull(charts, "charts");
    List<Part> body = new ArrayList<>();
    for (Chart c : charts) {
      body.add(new Figure(Objects.requireNonNull(c, "a chart")));
    }
    return new HtmlReport(title, Language.VIETNAMESE, body, Optional.empty(), List.of(), List.of());
  }

  /**
   * Creates a unit's report (báo cáo kết quả DDCI của đơn vị): the plan's section II in words, the
   * table of the total and every component — score, rank ("02/25"), change in score and in rank,
   * position against the median, each at its published precision, "—" where nothing was published —
   * and the charts: the components against the block median, the ranks this year and last, the
   * block's distribution of total scores with the unit marked (from {@code thisYear}), and the rank
   * intervals when the assessment carries an uncertainty analysis' {@link
   * vn.ddci.assessment.Confidence}. A chart that has nothing to show is left out and a line says
   * why.
   *
   * @param assessment the unit's assessment
   * @param thisYear the block's results of the assessment's year, whole or partial, listing the
   *     unit
   * @param language the language of the words, the numbers (5,82 or 5.82) and the charts
   * @return the report
   * @throws DdciValidationException if the table is of another year or block than the assessment,
   *     does not list the unit, or gives it another total score
   */
  public static HtmlReport of(UnitAssessment assessment, ResultTable thisYear, Language language) {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(thisYear, "thisYear");
    Objects.requireNonNull(language, "language");
    Scorecard card = checkTable(assessment, thisYear);
    PlanText text = PlanText.of(language);
    ChartWords w = ChartWords.of(language);
    String unit = assessment.unit().name();
    String title =
        w.w(
            "Kết quả Chỉ số DDCI năm " + assessment.year() + " – " + unit,
            "DDCI " + assessment.year() + " results – " + unit);
    int n = assessment.total().standing().outOf();
    List<Part> body = new ArrayList<>();
    body.add(
        new Paragraph(
            w.w(
                "Khối: "
                    + thisYear.block().name()
                    + " ("
                    + n
                    + " đơn vị); so sánh với năm "
                    + assessment.lastYear()
                    + ".",
                "Block: "
                    + thisYear.block().name()
                    + " ("
                    + n
                    + " units); compared with "
                    + assessment.lastYear()
                    + "."),
            false));

    List<String> two = text.sectionII(assessment);
    body.add(new Heading(2, two.get(0)));
    for (String line : two.subList(1, two.size())) {
      body.add(new Paragraph(line, false));
    }

    body.add(new Heading(2, w.w("Bảng kết quả", "Results table")));
    body.add(resultsTable(assessment, text));

    body.add(new Heading(2, w.w("Biểu đồ", "Charts")));
    try {
      body.add(new Figure(Charts.components(assessment, language)));
    } catch (InsufficientDataException e) {
      body.add(
          new Paragraph(
              w.w(
                  "Không có biểu đồ chỉ số thành phần so với trung vị khối: không chỉ số thành phần"
                      + " nào có điểm công bố.",
                  "No chart of the components against the block median: no component score was"
                      + " published."),
              true));
    }
    body.add(new Figure(Charts.ranks(assessment, language)));
    try {
      body.add(new Figure(Charts.distribution(thisYear, card.unit().name(), language)));
    } catch (InsufficientDataException e) {
      body.add(
          new Paragraph(
              w.w(
                  "Không có biểu đồ phân bố điểm của khối: bảng không công bố tổng điểm của đơn"
                      + " vị.",
                  "No chart of the block's scores: the table gives no total score of the unit."),
              true));
    }
    boolean anyConfidence =
        assessment.total().confidence().isPresent()
            || assessment.components().values().stream().anyMatch(m -> m.confidence().isPresent());
    if (anyConfidence) {
      body.add(new Figure(Charts.rankIntervals(assessment, language)));
    }
    return new HtmlReport(title, language, body, Optional.empty(), List.of(), List.of());
  }

  private static Scorecard checkTable(UnitAssessment a, ResultTable table) {
    String where = "unit '" + a.unit().name() + "', " + a.year();
    if (!table.year().equals(a.year())) {
      throw new DdciValidationException(
          where
              + ": the table of results is of "
              + table.year()
              + "; the report needs the table of "
              + a.year());
    }
    if (!table.block().code().equals(a.unit().block().code())) {
      throw new DdciValidationException(
          where
              + ": the table of results is of the block '"
              + table.block().name()
              + "', not of the unit's block '"
              + a.unit().block().name()
              + "'");
    }
    Scorecard card =
        table
            .find(a.unit().name())
            .orElseThrow(
                () ->
                    new DdciValidationException(
                        where
                            + ": the table of results of '"
                            + table.block().name()
                            + "' does not list the unit"));
    Optional<BigDecimal> inTable =
        Optional.ofNullable(table.scores(Measure.total()).get(card.unit()));
    Optional<BigDecimal> assessed = a.total().score().map(Score::value);
    if (inTable.isPresent()
        && assessed.isPresent()
        && inTable.get().compareTo(assessed.get()) != 0) {
      throw new DdciValidationException(
          where
              + ": the table gives the total score "
              + inTable.get().toPlainString()
              + ", the assessment "
              + assessed.get().toPlainString()
              + "; they must be of the same results");
    }
    return card;
  }

  private static Table resultsTable(UnitAssessment a, PlanText text) {
    List<List<String>> rows = text.table(a);
    return new Table(rows.get(0), rows.subList(1, rows.size()));
  }

  /**
   * Returns this report with a section on reporting coverage (tình hình báo cáo): each quarter's
   * coverage in words, then the chart by division and quarter. A coverage section given before is
   * replaced.
   *
   * @param quarters the coverage of one or more quarters of a plan, in order
   * @return the report with the section
   * @throws IllegalArgumentException if no quarter is given, or a quarter is given twice
   */
  public HtmlReport withCoverage(List<ReportingCoverage> quarters) {
    Objects.requireNonNull(quarters, "quarters");
    Chart chart = Charts.coverage(quarters, language);
    PlanText text = PlanText.of(language);
    ChartWords w = ChartWords.of(language);
    List<Part> parts = new ArrayList<>();
    parts.add(
        new Heading(
            2, w.w("Tình hình báo cáo theo đơn vị và quý", "Reporting by division and quarter")));
    for (ReportingCoverage q : quarters) {
      List<String> lines = text.reportingCoverage(q);
      parts.add(new Heading(3, lines.get(0)));
      for (String line : lines.subList(1, lines.size())) {
        parts.add(new Paragraph(line, false));
      }
    }
    parts.add(new Figure(chart));
    return new HtmlReport(title, language, body, plan, planParts, parts);
  }

  /**
   * Returns this report with the plan's sections III (Giải pháp thực hiện) and IV (Tổ chức thực
   * hiện) in words, and its responsibility table (bảng phân công): a row per division, a column per
   * task, C/P/T (L/S/M in English) for lead, support and monitoring, in brackets when held through
   * the group of all specialised divisions. A plan given before is replaced.
   *
   * @param plan the plan
   * @return the report with the plan's sections
   */
  public HtmlReport withPlan(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    PlanText text = PlanText.of(language);
    ChartWords w = ChartWords.of(language);
    List<Part> parts = new ArrayList<>();
    List<String> goals = text.goals(plan);
    if (!goals.isEmpty()) {
      parts.add(new Heading(2, goals.get(0)));
      goals.subList(1, goals.size()).forEach(g -> parts.add(new Paragraph(g, false)));
    }
    List<String> three = text.sectionIII(plan);
    parts.add(new Heading(2, three.get(0)));
    for (String line : three.subList(1, three.size())) {
      parts.add(new Paragraph(line, false));
    }
    parts.add(new Heading(3, w.w("Bảng phân công", "Responsibility table")));
    parts.add(new Paragraph(text.responsibilityMatrix(plan).get(0), false));
    List<List<String>> table = text.responsibilityTable(plan);
    parts.add(new Table(table.get(0), table.subList(1, table.size())));
    List<String> four = text.sectionIV(plan);
    parts.add(new Heading(2, four.get(0)));
    for (String line : four.subList(1, four.size())) {
      parts.add(new Paragraph(line, false));
    }
    return new HtmlReport(title, language, body, Optional.of(plan), parts, coverageParts);
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
   * Returns the report's language, which its {@code lang} attribute follows.
   *
   * @return the language; Vietnamese for a report of charts alone
   */
  public Language language() {
    return language;
  }

  /**
   * Returns the plan given to {@link #withPlan(Plan)}.
   *
   * @return the plan, if any
   */
  public Optional<Plan> plan() {
    return plan;
  }

  /**
   * Returns the charts shown.
   *
   * @return the charts, in the order of the page
   */
  public List<Chart> charts() {
    ImmutableList.Builder<Chart> out = ImmutableList.builder();
    for (Part p : parts()) {
      if (p instanceof Figure) {
        out.add(((Figure) p).chart);
      }
    }
    return out.build();
  }

  private List<Part> parts() {
    return ImmutableList.<Part>builder()
        .addAll(body)
        .addAll(planParts)
        .addAll(coverageParts)
        .build();
  }

  /**
   * Writes the page as text.
   *
   * @return the HTML document
   */
  public String toHtml() {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(language == Language.ENGLISH ? "en" : "vi")
        .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
        .append(escape(title))
        .append("</title>\n<style>body{font-family:\"DejaVu Sans\",\"Noto Sans\",Arial,sans-serif;")
        .append("margin:2em;color:#222;max-width:1000px}figure{margin:2em 0}")
        .append("svg{max-width:100%;height:auto}figcaption{margin-top:.5em}")
        .append(".note{color:#8a1c1c;font-style:italic}")
        .append("table{border-collapse:collapse;margin:1em 0}")
        .append("th,td{border:1px solid #bbb;padding:.25em .6em}")
        .append("td{text-align:center}tbody th{text-align:left;font-weight:normal}")
        .append("thead th{background:#eef2f6}</style>\n")
        .append("</head>\n<body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n");
    int figure = 0;
    for (Part p : parts()) {
      if (p instanceof Figure) {
        figure++;
      }
      p.render(out, figure);
    }
    return out.append("</body>\n</html>\n").toString();
  }

  /**
   * Writes the page to a file in UTF-8, whole or not at all: into a temporary file beside it, then
   * moved over it at once. The page is drawn before the file is touched.
   *
   * @param file the file, replaced if it exists
   * @return the file
   * @throws DdciIoException if the file cannot be written (its folder is missing or read-only, or
   *     it is a folder), naming it
   */
  public Path write(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] page = toHtml().getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(file, out -> out.write(page));
    return file;
  }

  /** Escapes text for an element or an attribute; characters XML cannot hold become U+FFFD. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "HtmlReport[" + title + ", " + charts().size() + " charts]";
  }

  // ---------------------------------------------------------------- the page's parts

  /** A part of the page. */
  private interface Part {
    /**
     * Appends the part's HTML.
     *
     * @param out the page
     * @param figure the number of the figures so far, this one included
     */
    void render(StringBuilder out, int figure);
  }

  private static final class Heading implements Part {
    private final int level;
    private final String text;

    Heading(int level, String text) {
      this.level = level;
      this.text = text;
    }

    @Override
    public void render(StringBuilder out, int figure) {
      out.append("<h").append(level).append('>').append(escape(text));
      out.append("</h").append(level).append(">\n");
    }
  }

  private static final class Paragraph implements Part {
    private final String text;
    private final boolean note;

    Paragraph(String text, boolean note) {
      this.text = text;
      this.note = note;
    }

    @Override
    public void render(StringBuilder out, int figure) {
      out.append(note ? "<p class=\"note\">" : "<p>").append(escape(text)).append("</p>\n");
    }
  }

  private static final class Table implements Part {
    private final ImmutableList<String> header;
    private final ImmutableList<ImmutableList<String>> rows;

    Table(List<String> header, List<List<String>> rows) {
      this.header = ImmutableList.copyOf(header);
      ImmutableList.Builder<ImmutableList<String>> b = ImmutableList.builder();
      rows.forEach(r -> b.add(ImmutableList.copyOf(r)));
      this.rows = b.build();
    }

    @Override
    public void render(StringBuilder out, int figure) {
      out.append("<table>\n<thead><tr>");
      for (String h : header) {
        out.append("<th scope=\"col\">").append(escape(h)).append("</th>");
      }
      out.append("</tr></thead>\n<tbody>\n");
      for (List<String> row : rows) {
        out.append("<tr>");
        for (int i = 0; i < row.size(); i++) {
          out.append(i == 0 ? "<th scope=\"row\">" : "<td>")
              .append(escape(row.get(i)))
              .append(i == 0 ? "</th>" : "</td>");
        }
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
  }

  private static final class Figure implements Part {
    private final Chart chart;

    Figure(Chart chart) {
      this.chart = chart;
    }

    @Override
    public void render(StringBuilder out, int figure) {
      String id = "bieu-do-" + figure;
      out.append("<figure id=\"")
          .append(id)
          .append("\" role=\"img\" aria-label=\"")
          .append(escape(chart.description()))
          .append("\">\n")
          .append(chart.toSvgElement(id + "-"))
          .append("\n<figcaption>")
          .append(escape(chart.description()));
      for (String note : chart.notes()) {
        out.append("<br/><span class=\"note\">").append(escape(note)).append("</span>");
      }
      out.append("</figcaption>\n</figure>\n");
    }
  }
}
