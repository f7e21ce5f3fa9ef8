/**
 * Quarterly reports on a plan (báo cáo quý): each task's status and progress, reporting coverage
 * (expected, received, missing, late), a task's status as of a date, and target progress.
 *
 * <pre>{@code
 * ReportLog log = ReportLog.of(plan, List.of(q1LanhSu, q1TrungTam, q2LanhSu));
 * log.coverage(YearQuarter.of(2024, 2)).missing();
 * log.targetProgress("2.1", "Thời gian giải quyết hồ sơ", LocalDate.of(2024, 7, 15));
 * }</pre>
 */
@DdciStyle
package vn.ddci.progress;

import vn.ddci.internal.DdciStyle;
