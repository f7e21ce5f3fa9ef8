package vn.ddci.assessment;

import java.math.BigDecimal;
import java.util.Objects;

/** Whether a score went up, down or stayed over the previous year. */
public enum Trend {
  /** The score rose (tăng, cải thiện). */
  IMPROVED("tăng"),
  /** The score fell (giảm). */
  DECLINED("giảm"),
  /** The score did not change (không đổi). */
  UNCHANGED("không đổi");

  private final String vietnamese;

  Trend(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  /**
   * Returns the trend of a score change.
   *
   * @param change this year's score minus last year's
   * @return IMPROVED when positive, DECLINED when negative, UNCHANGED when zero
   */
  public static Trend of(BigDecimal change) {
    Objects.requireNonNull(change, "change");
    int sign = change.signum();
    return sign > 0 ? IMPROVED : sign < 0 ? DECLINED : UNCHANGED;
  }

  /**
   * Returns the Vietnamese word, e.g. "giảm".
   *
   * @return the word plans use
   */
  public String vietnamese() {
    return vietnamese;
  }
}
