package vn.ddci.examples;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.goal.Goal;

/**
 * Goals for 2023 INVENTED to show how goals are judged (mục tiêu minh họa): the seed plan says that
 * Sở Ngoại vụ met the goals of its previous plan, but not what they were. Judged against the seed's
 * published 2023 figures, they give every verdict: met with a margin, not met, met exactly.
 */
public final class IllustrativeGoals {
  /** The label printed with these goals. */
  public static final String LABEL = "MỤC TIÊU MINH HỌA – illustrative goals";

  private IllustrativeGoals() {}

  /**
   * Returns the invented goals for 2023.
   *
   * @return a target total score of 80,00 points, rank 10/25, Thiết chế pháp lý above the median,
   *     Tính năng động out of the bottom 5, and a total gain of 2,00 points
   */
  public static List<Goal> goals2023() {
    Framework f = Frameworks.LANG_SON_DEPARTMENTS;
    Year y = Year.of(2023);
    return List.of(
        Goal.score(Measure.total(), y, new BigDecimal("80.00")),
        Goal.rank(Measure.total(), y, 10, 25),
        Goal.aboveMedian(Measure.of(f.component("LEGAL_INSTITUTIONS")), y),
        Goal.outOfBottom(Measure.of(f.component("DYNAMISM")), y, 5),
        Goal.scoreGain(Measure.total(), y, new BigDecimal("2.00")));
  }
}
