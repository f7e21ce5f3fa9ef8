package vn.ddci.text;

import static vn.ddci.internal.Checks.checkArgument;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ddci.framework.Measure;
import vn.ddci.goal.Goal;
import vn.ddci.goal.GoalOutcome;
import vn.ddci.goal.GoalOutcome.Verdict;
import vn.ddci.plan.Plan;
import vn.ddci.ranking.Standing;

/**
 * Goals for {@link PlanText}: whether each goal of a plan was met, with the figure reached and the
 * margin ("đạt 80,45 điểm, vượt mục tiêu 0,45 điểm"; "xếp hạng 15/25, chưa đạt mục tiêu 12/25"),
 * why a goal cannot be judged, and the summary line a plan's section II opens with: in the seed's
 * wording ("… đã đạt mục tiêu phấn đấu so với kế hoạch đặt ra năm …"), with the goals' year.
 */
final class GoalWords extends PlanWords {
  GoalWords(Language language, Optional<String> label) {
    super(language, label);
  }

  List<String> goalsMet(List<GoalOutcome> outcomes) {
    Objects.requireNonNull(outcomes, "outcomes");
    if (outcomes.isEmpty()) {
      return List.of();
    }
    GoalOutcome first = Objects.requireNonNull(outcomes.get(0), "an outcome");
    for (GoalOutcome o : outcomes) {
      Objects.requireNonNull(o, "an outcome");
      checkArgument(
          o.unit().equals(first.unit()),
          "outcomes of two units: '%s' and '%s'",
          first.unit().name(),
          o.unit().name());
    }
    List<Year> years = outcomes.stream().map(o -> o.goal().year()).distinct().sorted().toList();
    String yearText = years.stream().map(Year::toString).reduce((a, b) -> a + ", " + b).orElse("");
    List<String> lines = new ArrayList<>();
    lines.add(labelled(w("Kết quả thực hiện mục tiêu phấn đấu năm ", "Goals for ") + yearText));
    lines.add(summary(outcomes, first.unit().name(), yearText));
    for (GoalOutcome o : outcomes) {
      lines.add("- " + measure(o.goal().measure()) + ": " + goal(o));
    }
    return Collections.unmodifiableList(lines);
  }

  List<String> goals(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    if (plan.goals().isEmpty()) {
      return List.of();
    }
    int decimals = plan.framework().publishedDecimals();
    List<String> lines = new ArrayList<>();
    lines.add(labelled(w("Mục tiêu phấn đấu năm ", "Goals for ") + plan.year()) + ":");
    for (Goal g : plan.goals()) {
      lines.add(
          "- "
              + measure(g.measure())
              + ": "
              + target(g, Math.max(decimals, g.points().map(GoalWords::scale).orElse(0)))
              + (g.year().equals(plan.year()) ? "" : w(" (năm ", " (") + g.year() + ")"));
    }
    return Collections.unmodifiableList(lines);
  }

  private static int scale(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }

  private String summary(List<GoalOutcome> outcomes, String unit, String year) {
    int n = outcomes.size();
    long met = outcomes.stream().filter(o -> o.verdict() == Verdict.MET).count();
    long notMet = outcomes.stream().filter(o -> o.verdict() == Verdict.NOT_MET).count();
    long open = n - met - notMet;
    if (met == n) {
      return w(
          unit + " đã đạt mục tiêu phấn đấu so với kế hoạch đặt ra năm " + year + ".",
          unit + " met the goals its plan set for " + year + ".");
    }
    if (notMet == n) {
      return w(
          unit + " chưa đạt mục tiêu phấn đấu so với kế hoạch đặt ra năm " + year + ".",
          unit + " did not meet the goals its plan set for " + year + ".");
    }
    String vi =
        unit
            + " đạt "
            + style.count((int) met, n)
            + " mục tiêu phấn đấu so với kế hoạch đặt ra năm "
            + year
            + (notMet > 0 ? ", chưa đạt " + style.number((int) notMet) + " mục tiêu" : "")
            + (open > 0 ? ", chưa đánh giá được " + style.number((int) open) + " mục tiêu" : "")
            + ".";
    String en =
        unit
            + " met "
            + style.count((int) met, n)
            + " goals its plan set for "
            + year
            + (notMet > 0 ? "; " + notMet + " not met" : "")
            + (open > 0 ? "; " + open + " cannot be judged" : "")
            + ".";
    return w(vi, en);
  }

  String goal(GoalOutcome o) {
    Objects.requireNonNull(o, "o");
    Goal g = o.goal();
    if (!o.isJudged()) {
      return w("chưa đánh giá được mục tiêu ", "goal ")
          + (g.kind() == Goal.Kind.RANK ? w("xếp hạng ", "rank ") : "")
          + target(g, decimals(o))
          + w(": ", " cannot be judged: ")
          + missing(o);
    }
    String reached = reached(o);
    boolean met = o.isMet();
    if (o.scoreMargin().isPresent()) {
      BigDecimal m = o.scoreMargin().get();
      String by = points(m.abs(), o);
      if (!met) {
        return reached
            + w(
                ", chưa đạt mục tiêu " + target(g, decimals(o)) + " (thiếu " + by + ")",
                ", short of the goal of " + target(g, decimals(o)) + " by " + by);
      }
      return m.signum() == 0
          ? reached
              + w(
                  ", đạt đúng mục tiêu " + target(g, decimals(o)),
                  ", exactly the goal of " + target(g, decimals(o)))
          : reached
              + w(
                  ", vượt mục tiêu " + by + " (mục tiêu " + target(g, decimals(o)) + ")",
                  ", " + by + " above the goal of " + target(g, decimals(o)));
    }
    int m = o.rankMargin().orElseThrow();
    String by = places(Math.abs(m));
    boolean side = g.kind() == Goal.Kind.ABOVE_MEDIAN || g.kind() == Goal.Kind.OUT_OF_BOTTOM;
    if (!met) {
      return reached
          + w(
              ", chưa đạt mục tiêu " + target(g, decimals(o)) + " (kém " + by + ")",
              side
                  ? ", goal not met (" + target(g, decimals(o)) + "): " + by + " short"
                  : ", short of the goal of " + target(g, decimals(o)) + " by " + by);
    }
    if (side) {
      return reached
          + w(
              ", đạt mục tiêu " + target(g, decimals(o)),
              ", goal met (" + target(g, decimals(o)) + ")");
    }
    return m == 0
        ? reached
            + w(
                ", đạt đúng mục tiêu " + target(g, decimals(o)),
                ", exactly the goal of " + target(g, decimals(o)))
        : reached
            + w(
                ", vượt mục tiêu " + target(g, decimals(o)) + " (" + by + ")",
                ", " + by + " better than the goal of " + target(g, decimals(o)));
  }

  /** The figure reached: the score, the rank, the change or the rank change. */
  private String reached(GoalOutcome o) {
    Goal g = o.goal();
    switch (g.kind()) {
      case SCORE:
        return w("đạt ", "") + points(o.score().orElseThrow(), o);
      case SCORE_GAIN:
        return w("mức độ cải thiện ", "score change ")
            + style.signed(o.change().orElseThrow(), decimals(o))
            + w(" điểm", " points");
      case RANK_GAIN:
        int r = o.rankChange().orElseThrow();
        Year last = g.year().minusYears(1);
        return r == 0
            ? w("giữ nguyên vị trí so với năm " + last, "same rank as in " + last)
            : r > 0
                ? w("tăng " + r + " bậc so với năm " + last, "up " + places(r) + " since " + last)
                : w(
                    "giảm " + -r + " bậc so với năm " + last,
                    "down " + places(-r) + " since " + last);
      case ABOVE_MEDIAN:
        Standing s = o.standing().orElseThrow();
        return rank(s) + ", " + median(s);
      default:
        return rank(o.standing().orElseThrow());
    }
  }

  /** The goal's target in words: "80,00 điểm", "12/25", "xếp hạng trên trung vị" … */
  private String target(Goal g, int decimals) {
    switch (g.kind()) {
      case SCORE:
        return points(g.points().orElseThrow(), decimals);
      case RANK:
        return Standing.of(g.rank().getAsInt(), g.outOf().getAsInt()).format();
      case ABOVE_MEDIAN:
        return w("xếp hạng trên trung vị", "above the median");
      case OUT_OF_BOTTOM:
        int k = g.bottom().getAsInt();
        return w("ra khỏi nhóm " + style.number(k) + " đơn vị cuối bảng", "out of the bottom " + k);
      case SCORE_GAIN:
        return w("tăng ", "+") + points(g.points().orElseThrow(), decimals);
      default:
        int p = g.places().getAsInt();
        return w("tăng " + p + " bậc", "up " + places(p));
    }
  }

  private String missing(GoalOutcome o) {
    Year last = o.goal().year().minusYears(1);
    switch (o.missing().orElseThrow()) {
      case SCORE:
        return w("chưa công bố điểm", "the score was not published");
      case RANK:
        return w(
            "không có xếp hạng (chưa công bố, bảng kết quả không đầy đủ để tính)",
            "the rank is unknown (not published, and the table is too partial to compute it)");
      case LAST_YEAR_SCORE:
        return w(
            "thiếu số liệu năm " + last + " để tính mức độ cải thiện",
            "the " + last + " figure needed for the gain is missing");
      default:
        return w(
            "thiếu xếp hạng năm " + last + " để tính thay đổi thứ hạng",
            "the " + last + " rank needed for the rank change is missing");
    }
  }

  private String rank(Standing s) {
    return w("xếp hạng ", "rank ") + s.format();
  }

  private String median(Standing s) {
    switch (s.medianClass()) {
      case ABOVE:
        return w("trên trung vị", "above the median");
      case AT:
        return w("bằng trung vị", "at the median");
      default:
        return w("dưới trung vị", "below the median");
    }
  }

  private String measure(Measure m) {
    return m.component().map(this::name).orElse(w("Tổng điểm", "Total"));
  }

  /**
   * The framework's published decimals, or the goal's own if it has more: a target of 94.995 is
   * refused where the framework is known, but should one get here, its figures are not rounded to a
   * target it does not set.
   */
  private int decimals(GoalOutcome o) {
    int published = o.unit().block().framework().publishedDecimals();
    int own = o.goal().points().map(p -> Math.max(0, p.stripTrailingZeros().scale())).orElse(0);
    return Math.max(published, own);
  }

  private String points(BigDecimal value, GoalOutcome o) {
    return points(value, decimals(o));
  }

  private String points(BigDecimal value, int decimals) {
    return style.figure(value, decimals)
        + w(" điểm", BigDecimal.ONE.compareTo(value.abs()) == 0 ? " point" : " points");
  }

  private String places(int n) {
    return w(n + " bậc", n + (n == 1 ? " place" : " places"));
  }
}
