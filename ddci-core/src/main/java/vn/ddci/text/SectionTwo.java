package vn.ddci.text;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ddci.assessment.Confidence;
import vn.ddci.assessment.Improvement;
import vn.ddci.assessment.MeasureAssessment;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Component;
import vn.ddci.ranking.MedianClass;
import vn.ddci.ranking.Standing;

/**
 * Section II of a plan for {@link PlanText}: the total and the components against the median, the
 * priorities, each measure's description, its confidence interval and the significant rank changes,
 * with the phrases they are made of (rank changes, gaps, ties, points).
 */
final class SectionTwo extends PlanWords {
  SectionTwo(Language language, Optional<String> label) {
    super(language, label);
  }

  List<String> sectionII(UnitAssessment a) {
    Objects.requireNonNull(a, "a");
    List<String> lines = new ArrayList<>();
    lines.add(
        labelled(
            w(
                "II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN DDCI NĂM " + a.year(),
                "II. Assessment of the DDCI " + a.year() + " results")));
    lines.add(
        w(
            "1. Kết quả mức độ cải thiện chỉ số và vị trí xếp hạng",
            "1. Total score: improvement and rank"));
    lines.add(w("Tổng điểm: ", "Total: ") + describe(a.total(), a));
    List<Component> all = a.unit().block().framework().components();
    int n = all.size();
    lines.add(
        w(
            "2. Kết quả " + style.number(n) + " chỉ số thành phần DDCI",
            "2. The " + n + " DDCI component indices"));
    List<Component> at =
        a.components().entrySet().stream()
            .filter(e -> e.getValue().medianClass() == MedianClass.AT)
            .map(Map.Entry::getKey)
            .collect(Collectors.toList());
    List<List<Component>> groups =
        List.of(a.strengths(), at, a.weaknesses(), a.missingComponents());
    List<String> headings =
        List.of(
            w(
                " chỉ số thành phần có xếp hạng trên trung vị:",
                " component indices ranked above the median:"),
            w(
                " chỉ số thành phần có xếp hạng bằng trung vị (" + medianRank(a) + "):",
                " component indices ranked at the median (" + medianRank(a) + "):"),
            w(
                " chỉ số thành phần có xếp hạng dưới trung vị cần tập trung cải thiện:",
                " component indices ranked below the median, to focus on:"),
            w(
                " chỉ số thành phần không có xếp hạng công bố, không đánh giá được:",
                " component indices without a published rank, not assessed:"));
    char letter = 'a';
    for (int g = 0; g < groups.size(); g++) {
      List<Component> group = groups.get(g);
      boolean always = g == 0 || g == 2;
      if (group.isEmpty() && !always) {
        continue;
      }
      lines.add(letter + ") " + style.count(group.size(), n) + headings.get(g));
      letter++;
      for (Component c : group) {
        lines.add("- " + name(c) + (g == 3 ? "" : ": " + describe(a.component(c), a)));
      }
    }
    List<Component> priorities = a.priorities();
    lines.add(
        w(
            "3. Chỉ số cần ưu tiên cải thiện năm "
                + a.year().plusYears(1)
                + " (dưới trung vị hoặc giảm điểm): "
                + style.count(priorities.size(), n),
            "3. Priorities for "
                + a.year().plusYears(1)
                + " (below the median, or declined): "
                + style.count(priorities.size(), n)));
    priorities.forEach(c -> lines.add("- " + name(c)));
    return Collections.unmodifiableList(lines);
  }

  String describe(MeasureAssessment m, UnitAssessment a) {
    Objects.requireNonNull(m, "m");
    Objects.requireNonNull(a, "a");
    int decimals = m.publishedDecimals();
    List<String> parts = new ArrayList<>();
    m.score().ifPresent(s -> parts.add(points(s.value(), decimals, false)));
    parts.add(w("xếp hạng ", "rank ") + m.standing().format() + tie(m.standing()));
    Improvement i = m.improvement();
    i.rankChange().ifPresent(r -> parts.add(rankChange(r, a.lastYear())));
    m.confidence().ifPresent(c -> parts.add(interval(c)));
    i.change()
        .ifPresent(
            c -> parts.add(w("mức độ cải thiện ", "score change ") + points(c, decimals, true)));
    i.improvementRank()
        .ifPresent(
            r ->
                parts.add(
                    w(
                        "xếp thứ " + r.format() + " về cải thiện",
                        "improvement rank " + r.format())));
    m.lastScore()
        .filter(x -> m.measure().isTotal())
        .ifPresent(
            s ->
                parts.add(
                    w(
                        "năm " + a.lastYear() + " đạt " + points(s.value(), decimals, false),
                        points(s.value(), decimals, false) + " in " + a.lastYear())));
    m.gapToLeader()
        .filter(g -> g.signum() > 0)
        .ifPresent(
            g ->
                parts.add(
                    w(
                        "cách đơn vị đứng đầu " + points(g, decimals, false),
                        points(g, decimals, false) + " behind the leader")));
    m.gapToMedian().ifPresent(g -> parts.add(gapToMedian(g, decimals)));
    if (i.change().isEmpty()
        && i.rankChange().isEmpty()
        && i.improvementRank().isEmpty()
        && m.lastStanding().isEmpty()) {
      parts.add(
          w(
              "chưa có số liệu năm " + a.lastYear() + " để so sánh",
              "no " + a.lastYear() + " figures to compare with"));
    }
    return String.join(", ", parts);
  }

  String interval(Confidence c) {
    Objects.requireNonNull(c, "c");
    int lo = c.rankChangeFrom();
    int hi = c.rankChangeTo();
    String range;
    if (lo == hi) {
      range =
          lo > 0
              ? w("tăng đúng " + lo + " bậc", "up exactly " + places(lo))
              : lo < 0
                  ? w("giảm đúng " + -lo + " bậc", "down exactly " + places(-lo))
                  : w("giữ", "no change");
    } else if (lo >= 0) {
      range = w("từ " + lo + " đến " + hi + " bậc", "up " + lo + " to " + hi + " places");
    } else if (hi <= 0) {
      range =
          w("giảm từ " + -hi + " đến " + -lo + " bậc", "down " + -hi + " to " + -lo + " places");
    } else {
      range =
          w(
              "từ giảm " + -lo + " đến tăng " + hi + " bậc",
              "from down " + -lo + " to up " + hi + " places");
    }
    String level = style.percentOf(c.level());
    boolean significant = c.rankChangeIsSignificant() || (lo == 0 && hi == 0);
    return w("khoảng tin cậy " + level + ": ", level + " confidence interval: ")
        + range
        + (significant
            ? ""
            : w(", thay đổi không có ý nghĩa thống kê", ", not statistically significant"));
  }

  String confidenceNote(UnitAssessment a) {
    Objects.requireNonNull(a, "a");
    return a.total()
        .confidence()
        .map(
            c ->
                w(
                    "Khoảng tin cậy "
                        + style.percentOf(c.level())
                        + " của thay đổi thứ hạng được ước lượng từ dữ liệu khảo sát gốc"
                        + " (bootstrap người trả lời); xác suất tổng điểm thực sự tăng: "
                        + style.percentOf(c.probabilityScoreRose())
                        + ".",
                    "The "
                        + style.percentOf(c.level())
                        + " confidence intervals of the rank changes are estimated from the survey"
                        + " data ("
                        + c.method()
                        + "); probability that the total score truly rose: "
                        + style.percentOf(c.probabilityScoreRose())
                        + "."))
        .orElse(
            w(
                "Không tính được khoảng tin cậy: kết quả công bố không kèm dữ liệu khảo sát gốc.",
                "No confidence intervals: the published results come without the survey's"
                    + " answers."));
  }

  String significantChanges(UnitAssessment a) {
    Objects.requireNonNull(a, "a");
    List<String> parts = new ArrayList<>();
    Map<String, MeasureAssessment> measures = new LinkedHashMap<>();
    measures.put(w("Tổng điểm", "Total"), a.total());
    a.components().forEach((c, m) -> measures.put(name(c), m));
    measures.forEach(
        (name, m) -> {
          if (m.confidence().map(Confidence::rankChangeIsSignificant).orElse(false)) {
            parts.add(name + " (" + moved(m.improvement().rankChange().orElse(0)) + ")");
          }
        });
    return w("Thay đổi thứ hạng có ý nghĩa thống kê: ", "Statistically significant rank changes: ")
        + (parts.isEmpty() ? w("không có", "none") : String.join("; ", parts));
  }

  String rankChange(int change, Year lastYear) {
    Objects.requireNonNull(lastYear, "lastYear");
    if (change == 0) {
      return w("giữ nguyên vị trí so với năm " + lastYear, "same rank as in " + lastYear);
    }
    return moved(change) + w(" so với năm ", " since ") + lastYear;
  }

  String medianClass(MedianClass c) {
    Objects.requireNonNull(c, "c");
    switch (c) {
      case ABOVE:
        return w(c.vietnamese(), "above the median");
      case AT:
        return w(c.vietnamese(), "at the median");
      default:
        return w(c.vietnamese(), "below the median");
    }
  }

  private String medianRank(UnitAssessment a) {
    int n = a.total().standing().outOf();
    String rank = style.medianRank(n);
    return w("hạng " + rank + "/" + n, "rank " + rank + " of " + n);
  }

  private String moved(int places) {
    if (places > 0) {
      return w("tăng " + places + " bậc", "up " + places(places));
    }
    if (places < 0) {
      return w("giảm " + -places + " bậc", "down " + places(-places));
    }
    return w("giữ", "no change");
  }

  private String gapToMedian(BigDecimal gap, int decimals) {
    if (gap.signum() == 0) {
      return w("bằng điểm trung vị", "equal to the median score");
    }
    String points = points(gap.abs(), decimals, false);
    return gap.signum() > 0
        ? w("thấp hơn điểm trung vị " + points, points + " below the median score")
        : w("cao hơn điểm trung vị " + points, points + " above the median score");
  }

  private String tie(Standing s) {
    if (!s.isTied()) {
      return "";
    }
    int others = s.tiedCount() - 1;
    return w(
        " (đồng vị trí bậc " + s.rank() + " với " + style.number(others) + " đơn vị khác)",
        " (tied at rank "
            + s.rank()
            + " with "
            + others
            + (others == 1 ? " other unit)" : " other units)"));
  }

  private String points(BigDecimal value, int decimals, boolean signed) {
    String figure = signed ? style.signed(value, decimals) : style.figure(value, decimals);
    return figure + w(" điểm", BigDecimal.ONE.compareTo(value.abs()) == 0 ? " point" : " points");
  }

  private static String places(int n) {
    return n + (n == 1 ? " place" : " places");
  }
}
