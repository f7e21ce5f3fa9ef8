package vn.ddci.plan;

import static vn.ddci.internal.Checks.checkArgument;
import static vn.ddci.internal.Checks.format;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.threeten.extra.YearQuarter;
import vn.ddci.Bounds;
import vn.ddci.internal.DdciStyle;
import vn.ddci.internal.Values;

/**
 * Who reports to whom and when (chế độ báo cáo): the reporting divisions send a report every
 * quarter to the recipient, due a number of days after the quarter ends.
 *
 * <pre>{@code
 * ReportingRule.quarterly(List.of(lanhSu, trungTam), vanPhong, 10);
 * }</pre>
 *
 * <p>Bounds: reports are due 0 to {@link vn.ddci.Bounds#MAX_DUE_DAYS} days after their quarter.
 */
@Value.Immutable
@DdciStyle
public abstract class ReportingRule {

  ReportingRule() {}

  /**
   * Returns a quarterly rule.
   *
   * @param reporters the divisions that report, at least one
   * @param recipient the division that receives and compiles the reports
   * @param dueDays the days after the end of the quarter by which a report is due; 0 or more
   * @return the rule
   */
  public static ReportingRule quarterly(List<Division> reporters, Division recipient, int dueDays) {
    Objects.requireNonNull(reporters, "reporters");
    Objects.requireNonNull(recipient, "recipient");
    return ImmutableReportingRule.of(reporters, recipient, dueDays);
  }

  /**
   * Returns the reporting divisions.
   *
   * @return at least one division
   */
  @Value.Parameter
  public abstract List<Division> reporters();

  /**
   * Returns the division that receives the reports.
   *
   * @return the recipient, e.g. Văn phòng Sở
   */
  @Value.Parameter
  public abstract Division recipient();

  /**
   * Returns the days after the end of a quarter by which its report is due.
   *
   * @return 0 or more
   */
  @Value.Parameter
  public abstract int dueDays();

  @Value.Check
  void check() {
    checkArgument(!reporters().isEmpty(), "a reporting rule needs at least one reporter");
    checkArgument(
        dueDays() >= 0 && dueDays() <= Bounds.MAX_DUE_DAYS,
        "reports are due 0 to %s days after the quarter, got %s",
        Bounds.MAX_DUE_DAYS,
        dueDays());
    checkArgument(
        reporters().stream().distinct().count() == reporters().size(),
        () -> format("a reporter is listed twice: %s", reporters()));
    checkArgument(
        !recipient().group(),
        "reports go to a named division, not to the group '%s'",
        recipient().name());
    checkArgument(
        reporters().stream().noneMatch(Division::group),
        () ->
            format(
                "reporters must be named divisions, not the group '%s'",
                Division.allSpecialised().name()));
  }

  /**
   * Returns the date a quarter's report is due.
   *
   * @param quarter a quarter
   * @return the last day of the quarter plus {@link #dueDays()}
   */
  public LocalDate dueDate(YearQuarter quarter) {
    Values.year(quarter.getYear(), () -> "the year of the quarter " + quarter);
    Objects.requireNonNull(quarter, "quarter");
    return quarter.atEndOfQuarter().plusDays(dueDays());
  }

  @Override
  public String toString() {
    return "ReportingRule["
        + reporters()
        + " → "
        + recipient()
        + ", quarterly, due +"
        + dueDays()
        + " days]";
  }
}
