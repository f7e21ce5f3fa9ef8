package vn.ddci.report;

import com.google.common.collect.ImmutableList;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.SortOrder;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import vn.ddci.InsufficientDataException;
import vn.ddci.assessment.Confidence;
import vn.ddci.assessment.MeasureAssessment;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Measure;
import vn.ddci.plan.Division;
import vn.ddci.progress.ReportingCoverage;
import vn.ddci.ranking.BlockRanking;
import vn.ddci.ranking.Medians;
import vn.ddci.ranking.Standing;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;
import vn.ddci.text.Language;

/**
 * The charts of a unit's results (biểu đồ), drawn from the model, with Vietnamese titles and labels
 * in the DDCI's terms and numbers with a decimal comma; every factory has an overload taking a
 * {@link Language}, which draws the same chart with English words and a decimal point (5.82) when
 * it is {@link Language#ENGLISH} (names of units, blocks and divisions stay as written).
 *
 * <ul>
 *   <li>{@link #components(UnitAssessment)}: the component indices against the block's median score
 *       (chỉ số thành phần so với trung vị khối), a dot plot;
 *   <li>{@link #ranks(UnitAssessment)}: the ranks of the total and every component this year and
 *       last year (thứ hạng năm nay và năm trước), against the median rank;
 *   <li>{@link #distribution(ResultTable, String, Measure)}: the block's scores, the unit marked,
 *       with the median score (phân bố điểm của khối);
 *   <li>{@link #rankIntervals(UnitAssessment)}: the rank intervals of an uncertainty analysis
 *       (khoảng tin cậy của thứ hạng), where they exist;
 *   <li>{@link #coverage(List)}: reporting coverage by division and quarter (tỷ lệ báo cáo).
 * </ul>
 *
 * <p>A figure that was not published is not drawn, and the chart says so in a note under its title
 * ({@link Chart#notes()}): "Không công bố điểm: Chi phí thời gian, …". A chart that would have
 * nothing to show is refused with an {@link InsufficientDataException} naming the unit, the year
 * and what is missing. Every factory checks that the chart font displays the names it draws ({@link
 * ChartFonts}).
 */
public final class Charts {
  static final Color UNIT = new Color(0x1f, 0x5f, 0xa8);
  static final Color LAST_YEAR = new Color(0x9a, 0xa5, 0xb1);
  static final Color MEDIAN = new Color(0xd9, 0x6c, 0x06);
  static final Color OTHERS = new Color(0xc3, 0xcb, 0xd4);
  static final Color NOTE = new Color(0x8a, 0x1c, 0x1c);

  private static final int WIDTH = 960;

  private Charts() {}

  // ---------------------------------------------------------------- components against the median

  /**
   * Draws the unit's component indices against the block's median score: one row per component of
   * the framework, a dot for the unit's score (with its value) and a mark for the median.
   *
   * <p>A component whose score, or whose median, was not published has no dot, or no mark, and a
   * note names it; a unit assessed from its published figures alone usually has few scores and no
   * component medians, and {@link #ranks(UnitAssessment)} shows it better.
   *
   * @param assessment the unit's assessment
   * @return the chart
   * @throws InsufficientDataException if no component score is known: there is nothing to draw
   */
  public static Chart components(UnitAssessment assessment) {
    return components(assessment, Language.VIETNAMESE);
  }

  /**
   * Draws the unit's component indices against the block's median score, as {@link
   * #components(UnitAssessment)} does, in a language: its titles, labels, notes and numbers (5,82
   * in Vietnamese, 5.82 in English).
   *
   * @param assessment the unit's assessment
   * @param language the language of the chart's words (ngôn ngữ)
   * @return the chart
   * @throws InsufficientDataException if no component score is known: there is nothing to draw
   */
  public static Chart components(UnitAssessment assessment, Language language) {
    Objects.requireNonNull(assessment, "assessment");
    ChartWords w = ChartWords.of(language);
    Framework f = assessment.unit().block().framework();
    String unit = ChartFonts.check(assessment.unit().name());
    String median = w.w("Trung vị khối", "Block median");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Map<List<String>, String> labels = new HashMap<>();
    List<String> noScore = new ArrayList<>();
    List<String> noMedian = new ArrayList<>();
    int drawn = 0;
    for (Component c : f.components()) {
      String name = ChartFonts.check(w.name(c));
      Optional<MeasureAssessment> m = Optional.ofNullable(assessment.components().get(c));
      Optional<Score> score = m.flatMap(MeasureAssessment::score);
      Optional<Score> med = m.flatMap(MeasureAssessment::medianScore);
      data.addValue(score.map(s -> s.value()).orElse(null), unit, name);
      data.addValue(med.map(s -> s.value()).orElse(null), median, name);
      int decimals = f.publishedDecimals();
      score.ifPresent(s -> labels.put(List.of(unit, name), w.number(s.value(), decimals)));
      med.ifPresent(s -> labels.put(List.of(median, name), w.number(s.value(), decimals)));
      if (score.isEmpty()) {
        noScore.add(name);
      } else {
        drawn++;
      }
      if (med.isEmpty()) {
        noMedian.add(name);
      }
    }
    String where = where(assessment);
    if (drawn == 0) {
      throw new InsufficientDataException(
          where
              + ": no component score is known, so the components cannot be drawn against the"
              + " block median (Charts.ranks draws the ranks)");
    }
    List<String> notes = new ArrayList<>();
    if (!noScore.isEmpty()) {
      notes.add(w.w("Không công bố điểm: ", "Score not published: ") + String.join(", ", noScore));
    }
    if (noMedian.size() == f.components().size()) {
      notes.add(
          w.w(
              "Không công bố điểm trung vị khối của các chỉ số thành phần",
              "The block's median scores of the components were not published"));
    } else if (!noMedian.isEmpty()) {
      notes.add(
          w.w("Không công bố điểm trung vị khối: ", "Block median not published: ")
              + String.join(", ", noMedian));
    }
    String title =
        w.w("Chỉ số thành phần so với trung vị khối", "Component indices against the block median");
    String subtitle = unit + w.w(" – năm ", " – ") + assessment.year();
    String description =
        title
            + ": "
            + subtitle
            + "; "
            + w.count(drawn, f.components().size())
            + w.w(" chỉ số thành phần có điểm công bố", " components with a published score");
    BigDecimal max = f.componentMax();
    int height = 190 + 46 * f.components().size();
    return Chart.of(
        title,
        description,
        notes,
        WIDTH,
        height,
        () -> {
          LineAndShapeRenderer r = dots(labels);
          r.setSeriesPaint(0, UNIT);
          r.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
          r.setSeriesPaint(1, MEDIAN);
          r.setSeriesShape(1, new Rectangle2D.Double(-2, -9, 4, 18));
          r.setSeriesItemLabelsVisible(1, false);
          NumberAxis axis = valueAxis(w.w("Điểm (0–", "Score (0–") + w.number(max) + ")", w);
          axis.setRange(0, max.doubleValue() * 1.04);
          CategoryPlot plot = plot(data, r, axis);
          plot.setRowRenderingOrder(SortOrder.DESCENDING);
          return chart(title, subtitle, notes, plot, true);
        });
  }

  // ---------------------------------------------------------------- ranks this year and last year

  /**
   * Draws the ranks of the total and of every component this year and last year, against the
   * block's median rank ((n + 1) / 2). Rank 1 lies to the right. A tied rank is labelled so ("01/25
   * (đồng vị trí)").
   *
   * <p>Without any rank of last year the chart shows this year only and says so; a component whose
   * rank was not published has no dot and a note names it.
   *
   * @param assessment the unit's assessment
   * @return the chart
   */
  public static Chart ranks(UnitAssessment assessment) {
    return ranks(assessment, Language.VIETNAMESE);
  }

  /**
   * Draws the ranks of the total and of every component this year and last year, as {@link
   * #ranks(UnitAssessment)} does, in a language.
   *
   * @param assessment the unit's assessment
   * @param language the language of the chart's words (ngôn ngữ)
   * @return the chart
   */
  public static Chart ranks(UnitAssessment assessment, Language language) {
    Objects.requireNonNull(assessment, "assessment");
    ChartWords w = ChartWords.of(language);
    Framework f = assessment.unit().block().framework();
    String unit = ChartFonts.check(assessment.unit().name());
    String thisYear = w.w("Năm ", "") + assessment.year();
    String lastYear = w.w("Năm ", "") + assessment.lastYear();
    Map<String, Optional<MeasureAssessment>> rows = new LinkedHashMap<>();
    rows.put(w.w("Tổng điểm", "Total"), Optional.of(assessment.total()));
    for (Component c : f.components()) {
      rows.put(ChartFonts.check(w.name(c)), Optional.ofNullable(assessment.components().get(c)));
    }
    boolean anyLast =
        rows.values().stream()
            .anyMatch(m -> m.flatMap(MeasureAssessment::lastStanding).isPresent());
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Map<List<String>, String> labels = new HashMap<>();
    List<String> notAssessed = new ArrayList<>();
    List<String> noLast = new ArrayList<>();
    int n = assessment.total().standing().outOf();
    int axisMax = n;
    for (Map.Entry<String, Optional<MeasureAssessment>> e : rows.entrySet()) {
      String name = e.getKey();
      Optional<Standing> now = e.getValue().map(MeasureAssessment::standing);
      Optional<Standing> last = e.getValue().flatMap(MeasureAssessment::lastStanding);
      data.addValue(now.map(Standing::rank).orElse(null), thisYear, name);
      now.ifPresent(s -> labels.put(List.of(thisYear, name), rankLabel(s, w)));
      if (now.isEmpty()) {
        notAssessed.add(name);
      }
      if (anyLast) {
        data.addValue(last.map(Standing::rank).orElse(null), lastYear, name);
        last.ifPresent(s -> labels.put(List.of(lastYear, name), s.format()));
        if (last.isEmpty() && now.isPresent()) {
          noLast.add(name);
        }
      }
      axisMax = Math.max(axisMax, last.map(Standing::outOf).orElse(0));
    }
    List<String> notes = new ArrayList<>();
    if (!notAssessed.isEmpty()) {
      notes.add(
          w.w("Không công bố thứ hạng: ", "Rank not published: ") + String.join(", ", notAssessed));
    }
    String noRank =
        w.w("Không có thứ hạng ", "No rank of ") + lastYear.toLowerCase(java.util.Locale.ROOT);
    if (!anyLast) {
      notes.add(noRank);
    } else if (!noLast.isEmpty()) {
      notes.add(noRank + ": " + String.join(", ", noLast));
    }
    String title = w.w("Thứ hạng năm nay và năm trước", "Ranks this year and last year");
    String subtitle =
        unit
            + w.w(" – năm ", " – ")
            + assessment.year()
            + w.w(", khối " + n + " đơn vị", ", a block of " + n + " units");
    BigDecimal medianRank = Medians.rank(n);
    String description =
        title
            + ": "
            + subtitle
            + w.w("; tổng điểm xếp hạng ", "; total ranked ")
            + assessment.total().standing().format()
            + (anyLast
                ? assessment
                    .total()
                    .lastStanding()
                    .map(
                        s ->
                            w.w(", năm ", ", ")
                                + assessment.lastYear()
                                + w.w(" xếp hạng ", " ranked ")
                                + s.format())
                    .orElse("")
                : "");
    int top = axisMax;
    int height = 190 + 46 * rows.size();
    return Chart.of(
        title,
        description,
        notes,
        WIDTH,
        height,
        () -> {
          LineAndShapeRenderer r = dots(labels);
          r.setSeriesPaint(0, UNIT);
          r.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
          r.setSeriesPaint(1, LAST_YEAR);
          r.setSeriesShape(1, new Ellipse2D.Double(-5, -5, 10, 10));
          r.setSeriesItemLabelsVisible(1, false);
          NumberAxis axis = valueAxis(w.w("Thứ hạng (1 là cao nhất)", "Rank (1 is best)"), w);
          axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
          axis.setRange(0.5, top + 0.5);
          axis.setInverted(true);
          CategoryPlot plot = plot(data, r, axis);
          plot.addRangeMarker(
              marker(
                  medianRank.doubleValue(),
                  w.w("Trung vị: hạng ", "Median: rank ") + w.number(medianRank)));
          return chart(title, subtitle, notes, plot, true);
        });
  }

  private static String rankLabel(Standing s, ChartWords w) {
    return s.format() + (s.isTied() ? w.w(" (đồng vị trí)", " (tied)") : "");
  }

  // ---------------------------------------------------------------- the block's distribution

  /**
   * Draws the block's total scores, the unit marked: {@link #distribution(ResultTable, String,
   * Measure)} of the total.
   *
   * @param table the block's results for a year, whole or partial
   * @param unitName the unit's name as written (matched tolerantly)
   * @return the chart
   * @throws vn.ddci.DdciValidationException if the unit is not in the table
   */
  public static Chart distribution(ResultTable table, String unitName) {
    return distribution(table, unitName, Measure.total());
  }

  /**
   * Draws the block's scores of a measure, best first, the unit's bar marked, with the block's
   * median score (điểm trung vị) where the table gives it: computed from a whole table, or for the
   * total the published median.
   *
   * <p>A partial table shows the units it lists, and a note says how many of the block's units that
   * is; units whose score of the measure was not published are left out and counted in a note.
   *
   * @param table the block's results for a year, whole or partial
   * @param unitName the unit's name as written (matched tolerantly)
   * @param measure the total or a component of the table's framework
   * @return the chart
   * @throws vn.ddci.DdciValidationException if the unit is not in the table
   * @throws InsufficientDataException if the unit's score of the measure was not published
   */
  public static Chart distribution(ResultTable table, String unitName, Measure measure) {
    return distribution(table, unitName, measure, Language.VIETNAMESE);
  }

  /**
   * Draws the block's total scores, the unit marked, as {@link #distribution(ResultTable, String)}
   * does, in a language.
   *
   * @param table the block's results for a year, whole or partial
   * @param unitName the unit's name as written (matched tolerantly)
   * @param language the language of the chart's words (ngôn ngữ)
   * @return the chart
   * @throws vn.ddci.DdciValidationException if the unit is not in the table
   */
  public static Chart distribution(ResultTable table, String unitName, Language language) {
    return distribution(table, unitName, Measure.total(), language);
  }

  /**
   * Draws the block's scores of a measure, the unit marked, as {@link #distribution(ResultTable,
   * String, Measure)} does, in a language.
   *
   * @param table the block's results for a year, whole or partial
   * @param unitName the unit's name as written (matched tolerantly)
   * @param measure the total or a component of the table's framework
   * @param language the language of the chart's words (ngôn ngữ)
   * @return the chart
   * @throws vn.ddci.DdciValidationException if the unit is not in the table
   * @throws InsufficientDataException if the unit's score of the measure was not published
   */
  public static Chart distribution(
      ResultTable table, String unitName, Measure measure, Language language) {
    ChartWords w = ChartWords.of(language);
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(measure, "measure");
    Scorecard card = table.get(unitName);
    String unit = ChartFonts.check(card.unit().name());
    Map<vn.ddci.result.Unit, BigDecimal> scores = table.scores(measure);
    if (!scores.containsKey(card.unit())) {
      throw new InsufficientDataException(
          "unit '"
              + unit
              + "', "
              + table.year()
              + ": the score of "
              + measure.code()
              + " was not published, so the block's distribution cannot mark it");
    }
    int decimals = table.block().framework().publishedDecimals();
    List<Map.Entry<vn.ddci.result.Unit, BigDecimal>> sorted = new ArrayList<>(scores.entrySet());
    sorted.sort(Map.Entry.comparingByValue(Comparator.reverseOrder()));
    String others = w.w("Các đơn vị khác", "Other units");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Map<List<String>, String> labels = new HashMap<>();
    for (Map.Entry<vn.ddci.result.Unit, BigDecimal> e : sorted) {
      String name = ChartFonts.check(e.getKey().name());
      boolean isUnit = e.getKey().equals(card.unit());
      data.addValue(isUnit ? e.getValue() : null, unit, name);
      data.addValue(isUnit ? null : e.getValue(), others, name);
      labels.put(List.of(isUnit ? unit : others, name), w.number(e.getValue(), decimals));
    }
    Optional<BigDecimal> median = BlockRanking.of(table).findMedianScore(measure);
    List<String> notes = new ArrayList<>();
    if (!table.isComplete()) {
      notes.add(
          w.w("Bảng công bố ", "The table lists ")
              + w.paddedCount(table.size(), table.blockSize())
              + w.w(" đơn vị của khối", " of the block's units"));
    }
    int unpublished = table.size() - scores.size();
    if (unpublished > 0) {
      notes.add(
          unpublished
              + w.w(" đơn vị không công bố điểm ", " units without a published score of ")
              + measureName(measure, w));
    }
    if (median.isEmpty()) {
      notes.add(
          w.w("Không công bố điểm trung vị khối", "The block's median score was not published"));
    }
    String title =
        w.w(
            "Phân bố điểm " + measureName(measure, w) + " của khối",
            "The block's scores: " + measureName(measure, w));
    String subtitle =
        ChartFonts.check(table.block().name())
            + w.w(" – năm ", " – ")
            + table.year()
            + w.w("; đơn vị: ", "; unit: ")
            + unit;
    String description =
        title
            + ": "
            + subtitle
            + ", "
            + w.number(scores.get(card.unit()), decimals)
            + w.w(" điểm", " points")
            + median
                .map(
                    m ->
                        w.w(", trung vị khối ", ", block median ")
                            + w.number(m, decimals)
                            + w.w(" điểm", " points"))
                .orElse("");
    BigDecimal max = table.block().framework().max(measure);
    int height = 200 + 22 * sorted.size();
    return Chart.of(
        title,
        description,
        notes,
        WIDTH,
        height,
        () -> {
          StackedBarRenderer r = new StackedBarRenderer();
          r.setBarPainter(new StandardBarPainter());
          r.setShadowVisible(false);
          r.setSeriesPaint(0, UNIT);
          r.setSeriesPaint(1, OTHERS);
          r.setDefaultItemLabelGenerator(new Labels(labels));
          r.setDefaultItemLabelsVisible(true);
          r.setDefaultPositiveItemLabelPosition(rightOfBar());
          r.setMaximumBarWidth(0.8);
          NumberAxis axis = valueAxis(w.w("Điểm (0–", "Score (0–") + w.number(max) + ")", w);
          axis.setRange(0, max.doubleValue());
          CategoryPlot plot = plot(data, r, axis);
          plot.getDomainAxis().setTickLabelFont(unit, ChartFonts.font(Font.BOLD, 12));
          plot.getDomainAxis().setTickLabelPaint(unit, UNIT);
          median.ifPresent(
              m ->
                  plot.addRangeMarker(
                      marker(
                          m.doubleValue(),
                          w.w("Trung vị khối: ", "Block median: ") + w.number(m, decimals))));
          return chart(title, subtitle, notes, plot, true);
        });
  }

  private static String measureName(Measure measure, ChartWords w) {
    return measure.isTotal()
        ? w.w("tổng", "total")
        : ChartFonts.check(w.name(measure.component().orElseThrow()));
  }

  // ---------------------------------------------------------------- rank intervals

  /**
   * Draws the rank intervals (khoảng tin cậy của thứ hạng) of the measures that have one: a bar
   * from the best to the worst rank of the interval, and a dot at the published rank.
   *
   * @param assessment the unit's assessment, with the {@link MeasureAssessment#confidence()} of an
   *     uncertainty analysis
   * @return the chart
   * @throws InsufficientDataException if no measure has a confidence: published results alone give
   *     no rank interval
   */
  public static Chart rankIntervals(UnitAssessment assessment) {
    return rankIntervals(assessment, Language.VIETNAMESE);
  }

  /**
   * Draws the rank intervals of the measures that have one, as {@link
   * #rankIntervals(UnitAssessment)} does, in a language.
   *
   * @param assessment the unit's assessment, with the {@link MeasureAssessment#confidence()} of an
   *     uncertainty analysis
   * @param language the language of the chart's words (ngôn ngữ)
   * @return the chart
   * @throws InsufficientDataException if no measure has a confidence
   */
  public static Chart rankIntervals(UnitAssessment assessment, Language language) {
    Objects.requireNonNull(assessment, "assessment");
    ChartWords w = ChartWords.of(language);
    String unit = ChartFonts.check(assessment.unit().name());
    Map<String, MeasureAssessment> rows = new LinkedHashMap<>();
    if (assessment.total().confidence().isPresent()) {
      rows.put(w.w("Tổng điểm", "Total"), assessment.total());
    }
    assessment
        .components()
        .forEach(
            (c, m) -> {
              if (m.confidence().isPresent()) {
                rows.put(ChartFonts.check(w.name(c)), m);
              }
            });
    if (rows.isEmpty()) {
      throw new InsufficientDataException(
          where(assessment)
              + ": no rank interval is known; published results give none, an uncertainty"
              + " analysis of the survey does");
    }
    List<String> names = ImmutableList.copyOf(rows.keySet());
    Number[][] starts = new Number[1][names.size()];
    Number[][] ends = new Number[1][names.size()];
    DefaultCategoryDataset dots = new DefaultCategoryDataset();
    Map<List<String>, String> labels = new HashMap<>();
    Set<Double> levels = new LinkedHashSet<>();
    String interval = w.w("Khoảng tin cậy", "Confidence interval");
    String rank = w.w("Thứ hạng", "Rank");
    for (int i = 0; i < names.size(); i++) {
      MeasureAssessment m = rows.get(names.get(i));
      Confidence c = m.confidence().orElseThrow();
      starts[0][i] = c.rankFrom() - 0.25;
      ends[0][i] = c.rankTo() + 0.25;
      dots.addValue(m.standing().rank(), rank, names.get(i));
      labels.put(
          List.of(rank, names.get(i)),
          m.standing().format() + " (" + c.rankFrom() + "–" + c.rankTo() + ")");
      levels.add(c.level());
    }
    DefaultIntervalCategoryDataset bars =
        new DefaultIntervalCategoryDataset(
            new Comparable<?>[] {interval}, names.toArray(new Comparable<?>[0]), starts, ends);
    String level =
        levels.size() == 1
            ? w.w("mức tin cậy ", "confidence level ")
                + w.percent(percent(levels.iterator().next()))
            : w.w(
                "mức tin cậy khác nhau giữa các chỉ số",
                "confidence levels differ between measures");
    List<String> notes = new ArrayList<>();
    int missing = 1 + assessment.unit().block().framework().components().size() - rows.size();
    if (missing > 0) {
      notes.add(
          missing + w.w(" chỉ số không có khoảng tin cậy", " measures without a rank interval"));
    }
    String title = w.w("Khoảng tin cậy của thứ hạng", "Rank intervals");
    String subtitle = unit + w.w(" – năm ", " – ") + assessment.year() + ", " + level;
    String description =
        title
            + ": "
            + subtitle
            + "; "
            + rows.size()
            + w.w(" chỉ số có khoảng tin cậy", " measures with a rank interval");
    int n = assessment.total().standing().outOf();
    int height = 190 + 46 * rows.size();
    return Chart.of(
        title,
        description,
        notes,
        WIDTH,
        height,
        () -> {
          IntervalBarRenderer r = new IntervalBarRenderer();
          r.setBarPainter(new StandardBarPainter());
          r.setShadowVisible(false);
          r.setSeriesPaint(0, new Color(0xa9, 0xc4, 0xe3));
          r.setMaximumBarWidth(0.35);
          NumberAxis axis = valueAxis(w.w("Thứ hạng (1 là cao nhất)", "Rank (1 is best)"), w);
          axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
          axis.setRange(0.5, n + 0.5);
          axis.setInverted(true);
          CategoryPlot plot = plot(bars, r, axis);
          LineAndShapeRenderer d = dots(labels);
          d.setSeriesPaint(0, UNIT);
          d.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
          plot.setDataset(1, dots);
          plot.setRenderer(1, d);
          BigDecimal medianRank = Medians.rank(n);
          plot.addRangeMarker(
              marker(
                  medianRank.doubleValue(),
                  w.w("Trung vị: hạng ", "Median: rank ") + w.number(medianRank)));
          return chart(title, subtitle, notes, plot, true);
        });
  }

  // ---------------------------------------------------------------- reporting coverage

  /**
   * Draws reporting coverage (tỷ lệ báo cáo) by division and quarter: for each reporting division,
   * one bar per quarter with the percent of its expected reports received; the subtitle gives each
   * quarter's overall percent.
   *
   * @param quarters the coverage of one or more quarters of a plan, in the order to draw
   * @return the chart
   * @throws IllegalArgumentException if no quarter is given, or a quarter is given twice
   */
  public static Chart coverage(List<ReportingCoverage> quarters) {
    return coverage(quarters, Language.VIETNAMESE);
  }

  /**
   * Draws reporting coverage by division and quarter, as {@link #coverage(List)} does, in a
   * language ("Q1 2024", 60.0%).
   *
   * @param quarters the coverage of one or more quarters of a plan, in the order to draw
   * @param language the language of the chart's words (ngôn ngữ)
   * @return the chart
   * @throws IllegalArgumentException if no quarter is given, or a quarter is given twice
   */
  public static Chart coverage(List<ReportingCoverage> quarters, Language language) {
    Objects.requireNonNull(quarters, "quarters");
    ChartWords w = ChartWords.of(language);
    if (quarters.isEmpty()) {
      throw new IllegalArgumentException("a coverage chart needs at least one quarter");
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Map<List<String>, String> labels = new HashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    List<String> overall = new ArrayList<>();
    Set<String> divisions = new LinkedHashSet<>();
    for (ReportingCoverage q : quarters) {
      String quarter = w.quarter(q.quarter());
      if (!seen.add(quarter)) {
        throw new IllegalArgumentException("the quarter " + q.quarter() + " is given twice");
      }
      overall.add(quarter + ": " + w.percent(q.percent()));
      for (Map.Entry<Division, BigDecimal> e : q.percentByDivision().entrySet()) {
        String division = ChartFonts.check(e.getKey().name());
        divisions.add(division);
        data.addValue(e.getValue(), quarter, division);
        labels.put(List.of(quarter, division), w.percent(e.getValue()));
      }
    }
    String title =
        w.w("Tỷ lệ báo cáo theo đơn vị và quý", "Reporting coverage by division and quarter");
    String subtitle = w.w("Tỷ lệ chung – ", "Overall – ") + String.join("; ", overall);
    String description = title + ": " + subtitle;
    int height = 200 + divisions.size() * (18 * quarters.size() + 24);
    return Chart.of(
        title,
        description,
        List.of(),
        WIDTH,
        height,
        () -> {
          BarRenderer r = new BarRenderer();
          r.setBarPainter(new StandardBarPainter());
          r.setShadowVisible(false);
          r.setItemMargin(0.05);
          Color[] palette = {UNIT, MEDIAN, new Color(0x3a, 0x8f, 0x5c), LAST_YEAR};
          for (int i = 0; i < quarters.size(); i++) {
            r.setSeriesPaint(i, palette[i % palette.length]);
          }
          r.setDefaultItemLabelGenerator(new Labels(labels));
          r.setDefaultItemLabelsVisible(true);
          r.setDefaultPositiveItemLabelPosition(rightOfBar());
          NumberAxis axis = valueAxis(w.w("Báo cáo nhận được (%)", "Reports received (%)"), w);
          axis.setRange(0, 112);
          axis.setTickUnit(new NumberTickUnit(25, w.axisFormat()));
          CategoryPlot plot = plot(data, r, axis);
          return chart(title, subtitle, List.of(), plot, true);
        });
  }

  // ---------------------------------------------------------------- shared

  private static String where(UnitAssessment a) {
    return "unit '" + a.unit().name() + "', " + a.year();
  }

  private static LineAndShapeRenderer dots(Map<List<String>, String> labels) {
    LineAndShapeRenderer r = new LineAndShapeRenderer(false, true);
    r.setDefaultItemLabelGenerator(new Labels(labels));
    r.setDefaultItemLabelsVisible(true);
    return r;
  }

  /** A level such as 0.9 as the percent 90, without trailing zeros. */
  private static BigDecimal percent(double level) {
    BigDecimal p = BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros();
    return p.scale() < 0 ? p.setScale(0) : p;
  }

  private static ItemLabelPosition rightOfBar() {
    return new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
  }

  private static NumberAxis valueAxis(String label, ChartWords w) {
    NumberAxis axis = new NumberAxis(label);
    axis.setNumberFormatOverride(w.axisFormat());
    return axis;
  }

  private static CategoryPlot plot(
      CategoryDataset data,
      org.jfree.chart.renderer.category.CategoryItemRenderer renderer,
      NumberAxis axis) {
    CategoryAxis categories = new CategoryAxis();
    categories.setMaximumCategoryLabelLines(2);
    categories.setMaximumCategoryLabelWidthRatio(0.35f);
    CategoryPlot plot = new CategoryPlot(data, categories, axis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    return plot;
  }

  private static ValueMarker marker(double value, String label) {
    ValueMarker m = new ValueMarker(value, MEDIAN, new BasicStroke(1.5f));
    m.setLabel(label);
    m.setLabelPaint(MEDIAN);
    m.setLabelFont(ChartFonts.font(Font.PLAIN, 11));
    m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
    m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    return m;
  }

  private static JFreeChart chart(
      String title, String subtitle, List<String> notes, CategoryPlot plot, boolean legend) {
    Font regular = ChartFonts.font(Font.PLAIN, 12);
    Font small = ChartFonts.font(Font.PLAIN, 11);
    plot.getDomainAxis().setTickLabelFont(regular);
    plot.getDomainAxis().setLabelFont(ChartFonts.font(Font.BOLD, 12));
    for (int i = 0; i < plot.getRangeAxisCount(); i++) {
      if (plot.getRangeAxis(i) != null) {
        plot.getRangeAxis(i).setLabelFont(ChartFonts.font(Font.BOLD, 12));
        plot.getRangeAxis(i).setTickLabelFont(small);
      }
    }
    for (int i = 0; i < plot.getRendererCount(); i++) {
      if (plot.getRenderer(i) != null) {
        plot.getRenderer(i).setDefaultItemLabelFont(small);
      }
    }
    JFreeChart chart = new JFreeChart(title, ChartFonts.font(Font.BOLD, 18), plot, legend);
    if (legend) {
      chart.getLegend().setItemFont(regular);
    }
    chart.addSubtitle(new TextTitle(subtitle, ChartFonts.font(Font.PLAIN, 13)));
    for (String note : notes) {
      TextTitle t = new TextTitle(note, ChartFonts.font(Font.ITALIC, 12));
      t.setPaint(NOTE);
      chart.addSubtitle(t);
    }
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    plot.setDomainGridlinesVisible(true);
    plot.setDomainGridlinePaint(new Color(0xee, 0xee, 0xee));
    chart.setBackgroundPaint(Color.WHITE);
    // room for the item label of a dot at the right end of the axis ("01/25 (đồng vị trí)")
    chart.setPadding(new RectangleInsets(6, 6, 6, 96));
    return chart;
  }

  /** Item labels from the model's exact figures, keyed by (series, category). */
  private static final class Labels implements CategoryItemLabelGenerator {
    private final Map<List<String>, String> labels;

    Labels(Map<List<String>, String> labels) {
      this.labels = Map.copyOf(labels);
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
      return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
      return dataset.getColumnKey(column).toString();
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      return labels.get(
          List.of(dataset.getRowKey(row).toString(), dataset.getColumnKey(column).toString()));
    }
  }
}
