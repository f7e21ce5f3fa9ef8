package vn.ddci.engine;

import vn.ddci.DdciValidationException;

/**
 * Which way an indicator points (chiều của chỉ tiêu): whether a higher value is better or worse.
 *
 * <p>Direction is applied explicitly, and only where a step says so: normalisation multiplies a
 * value by {@link #sign()} before scaling, so that a normalised score is always "higher is better".
 */
public enum Direction {
  /** Higher is better (+1): e.g. the share of firms satisfied with a procedure. */
  POSITIVE(1),
  /** Lower is better (−1): e.g. days to complete a procedure, informal charges paid. */
  NEGATIVE(-1);

  private final int sign;

  Direction(int sign) {
    this.sign = sign;
  }

  /**
   * Returns the direction written as a sign, as COINr's metadata writes it.
   *
   * @param sign +1 or −1
   * @return the direction
   * @throws DdciValidationException if the sign is neither +1 nor −1
   */
  public static Direction of(int sign) {
    if (sign == 1) {
      return POSITIVE;
    }
    if (sign == -1) {
      return NEGATIVE;
    }
    throw new DdciValidationException("direction " + sign + " is neither +1 nor -1");
  }

  /**
   * Returns the sign.
   *
   * @return +1 or −1
   */
  public int sign() {
    return sign;
  }
}
