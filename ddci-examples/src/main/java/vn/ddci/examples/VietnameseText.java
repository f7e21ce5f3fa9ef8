package vn.ddci.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.ddci.assessment.Confidence;
import vn.ddci.assessment.Improvement;
import vn.ddci.assessment.MeasureAssessment;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Component;
import vn.ddci.ranking.Medians;
import vn.ddci.ranking.Standing;
import vn.ddci.result.Decimals;

/**
 * Writes an assessment in Vietnamese in the style of a plan's section II: decimal commas, the minus
 * sign, zero-padded ranks ("02/25").
 */
public final class VietnameseText {
  private VietnameseText() {}

  /**
   * Formats points with two decimals, a decimal comma and a true minus sign: "−1,92".
   *
   * @param value a score or a change
   * @return the number as plans print it
   */
  public static String points(BigDecimal value) {
    String s = value.setScale(2, RoundingMode.HALF_UP).abs().toPlainString().replace('.', ',');
    return value.signum() < 0 ? "\u2212" + s : s;
  }

  /**
   * Formats a published figure as it was published, with at most two decimals and never more digits
   * than it had: "76,9" stays "76,9", 70.00139617919922 becomes "70,00".
   *
   * @param value a published score
   * @return the figure as the press prints it
   */
  public static String figure(BigDecimal value) {
    String s = Decimals.show(value.abs(), 2).replace('.', ',');
    return value.signum() < 0 ? "\u2212" + s : s;
  }

  /**
   * Formats a change with its sign: "+5,82", "−1,92".
   *
   * @param change a change
   * @return the signed change
   */
  public static String signed(BigDecimal change) {
    return change.signum() > 0 ? "+" + points(change) : points(change);
  }

  /**
   * Formats the median rank of n units, (n + 1) / 2: "13" for 25, "12,5" for 24.
   *
   * @param n the number of units in the block
   * @return the median rank as plans write it
   */
  public static String medianRank(int n) {
    return Medians.rank(n).stripTrailingZeros().toPlainString().replace('.', ',');
  }

  /**
   * Formats a count of a total, zero-padded: "04/08".
   *
   * @param count the count
   * @param of the total
   * @return count/of
   */
  public static String count(int count, int of) {
    return String.format("%02d/%02d", count, of);
  }

  /**
   * Writes section II of a plan from an assessment.
   *
   * @param a the unit's assessment
   * @return the lines of the section
   */
  public static List<String> sectionII(UnitAssessment a) {
    List<String> lines = new ArrayList<>();
    lines.add("II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN DDCI NĂM " + a.year());
    lines.add("1. Kết quả mức độ cải thiện chỉ số và vị trí xếp hạng");
    lines.add("Tổng điểm: " + describe(a.total(), a));
    int n = a.unit().block().framework().components().size();
    lines.add("2. Kết quả " + String.format("%02d", n) + " chỉ số thành phần DDCI");
    lines.add(
        "a) " + count(a.strengths().size(), n) + " chỉ số thành phần có xếp hạng trên trung vị:");
    a.strengths().forEach(c -> lines.add("- " + c.nameVi() + ": " + describe(a.component(c), a)));
    lines.add(
        "b) "
            + count(a.weaknesses().size(), n)
            + " chỉ số thành phần có xếp hạng dưới trung vị cần tập trung cải thiện:");
    a.weaknesses().forEach(c -> lines.add("- " + c.nameVi() + ": " + describe(a.component(c), a)));
    List<Component> priorities = a.priorities();
    lines.add(
        "3. Chỉ số cần ưu tiên cải thiện năm "
            + a.year().plusYears(1)
            + " (dưới trung vị hoặc giảm điểm): "
            + count(priorities.size(), n));
    priorities.forEach(c -> lines.add("- " + c.nameVi()));
    return lines;
  }

  /**
   * Describes one measure as a plan does: score, rank, rank change, improvement and gaps.
   *
   * @param m the measure's assessment
   * @param a the unit's assessment, for the years
   * @return one sentence, without a final full stop
   */
  public static String describe(MeasureAssessment m, UnitAssessment a) {
    List<String> parts = new ArrayList<>();
    m.score().ifPresent(s -> parts.add(points(s.value()) + " điểm"));
    parts.add("xếp hạng " + m.standing().format() + tie(m.standing()));
    Improvement i = m.improvement();
    i.rankChange().ifPresent(r -> parts.add(rankChange(r, a)));
    m.confidence().ifPresent(c -> parts.add(interval(c)));
    i.change().ifPresent(c -> parts.add("mức độ cải thiện " + signed(c) + " điểm"));
    i.improvementRank().ifPresent(r -> parts.add("xếp thứ " + r.format() + " về cải thiện"));
    m.lastScore()
        .filter(x -> m.measure().isTotal())
        .ifPresent(s -> parts.add("năm " + a.lastYear() + " đạt " + points(s.value()) + " điểm"));
    m.gapToLeader()
        .filter(g -> g.signum() > 0)
        .ifPresent(g -> parts.add("cách đơn vị đứng đầu " + points(g) + " điểm"));
    m.gapToMedian()
        .ifPresent(
            g ->
                parts.add(
                    (g.signum() > 0 ? "thấp hơn" : "cao hơn")
                        + " điểm trung vị "
                        + points(g.abs())
                        + " điểm"));
    return String.join(", ", parts);
  }

  /**
   * States a rank change's interval and whether the change is real, e.g. "khoảng tin cậy 90 %: từ 3
   * đến 11 bậc" or "khoảng tin cậy 90 %: từ giảm 2 đến tăng 4 bậc, thay đổi không có ý nghĩa thống
   * kê".
   *
   * @param c the confidence of a measure
   * @return the phrase
   */
  public static String interval(Confidence c) {
    int lo = c.rankChangeFrom();
    int hi = c.rankChangeTo();
    String range;
    if (lo == hi) {
      range = lo > 0 ? "tăng đúng " + lo + " bậc" : lo < 0 ? "giảm đúng " + -lo + " bậc" : "giữ";
    } else if (lo >= 0) {
      range = "từ " + lo + " đến " + hi + " bậc";
    } else if (hi <= 0) {
      range = "giảm từ " + (-hi) + " đến " + (-lo) + " bậc";
    } else {
      range = "từ giảm " + (-lo) + " đến tăng " + hi + " bậc";
    }
    return "khoảng tin cậy "
        + Math.round(c.level() * 100)
        + " %: "
        + range
        + (c.rankChangeIsSignificant() || (lo == 0 && hi == 0)
            ? ""
            : ", thay đổi không có ý nghĩa thống kê");
  }

  /**
   * Says where the section's intervals come from, or that none can be computed: published results
   * without the survey's answers give none.
   *
   * @param a the unit's assessment
   * @return one sentence
   */
  public static String confidenceNote(UnitAssessment a) {
    return a.total()
        .confidence()
        .map(
            c ->
                "Khoảng tin cậy "
                    + Math.round(c.level() * 100)
                    + " % của thay đổi thứ hạng được ước lượng bằng bootstrap người trả lời khảo"
                    + " sát của hai năm; xác suất tổng điểm thực sự tăng: "
                    + Math.round(c.probabilityScoreRose() * 100)
                    + " %.")
        .orElse("Không tính được khoảng tin cậy: kết quả công bố không kèm dữ liệu khảo sát gốc.");
  }

  private static String tie(Standing s) {
    return s.isTied()
        ? " (đồng vị trí với " + String.format("%02d", s.tiedCount() - 1) + " đơn vị)"
        : "";
  }

  private static String rankChange(int change, UnitAssessment a) {
    String since = " so với năm " + a.lastYear();
    if (change > 0) {
      return "tăng " + change + " bậc" + since;
    }
    if (change < 0) {
      return "giảm " + (-change) + " bậc" + since;
    }
    return "giữ nguyên vị trí" + since;
  }
}
