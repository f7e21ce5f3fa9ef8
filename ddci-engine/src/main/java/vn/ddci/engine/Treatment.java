package vn.ddci.engine;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;

/**
 * What outlier treatment did to one indicator (xử lý giá trị ngoại lai): the check before, the
 * points winsorised and the check after, and the log transform where winsorisation was not enough.
 * The same record as COINr's treatment log ({@code check_SkewKurt0}, {@code winsorise.nwin}, {@code
 * check_SkewKurt1}, {@code check_SkewKurt2}).
 */
@Value.Immutable
@DdciStyle
public abstract class Treatment {
  Treatment() {}

  static ImmutableTreatment.Builder builder() {
    return ImmutableTreatment.builder();
  }

  /**
   * Returns the indicator.
   *
   * @return its code
   */
  public abstract String indicator();

  /**
   * Returns the check of the column as it came.
   *
   * @return the first check
   */
  public abstract SkewKurtosis before();

  /**
   * Returns COINr's {@code nwin}: the points changed at the last high-side step plus those changed
   * at the last low-side step; empty when the first check passed.
   *
   * @return the points winsorised
   */
  public abstract OptionalInt winsorised();

  /**
   * Returns the check after winsorisation; empty when the first check passed.
   *
   * @return the second check
   */
  public abstract Optional<SkewKurtosis> afterWinsorising();

  /**
   * Returns the check of the log-transformed column, when winsorisation was not enough.
   *
   * @return the third check
   */
  public abstract Optional<SkewKurtosis> afterLog();

  /**
   * Tells whether the column was changed.
   *
   * @return true if winsorised or log-transformed
   */
  public boolean treated() {
    return afterLog().isPresent() || (winsorised().isPresent() && winsorised().getAsInt() > 0);
  }

  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder("Treatment[").append(indicator()).append(": ").append(before());
    winsorised().ifPresent(n -> s.append(", ").append(n).append(" winsorised"));
    afterWinsorising().ifPresent(c -> s.append(" → ").append(c));
    afterLog().ifPresent(c -> s.append(", log → ").append(c));
    return s.append(']').toString();
  }
}
