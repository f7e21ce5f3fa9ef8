package vn.ddci.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.threeten.extra.YearQuarter;
import vn.ddci.plan.Division;
import vn.ddci.plan.Plan;
import vn.ddci.plan.ReportingRule;
import vn.ddci.plan.Target;
import vn.ddci.plan.Task;
import vn.ddci.progress.ReportItem;
import vn.ddci.progress.ReportLog;
import vn.ddci.progress.ReportingCoverage;
import vn.ddci.progress.TargetProgress;

/**
 * Section IV of a plan for {@link PlanText}: the focal point and the quarterly reporting rule; then
 * the reporting itself: a quarter's coverage, a target's progress, and both as of a date.
 */
final class SectionFour extends PlanWords {
  SectionFour(Language language, Optional<String> label) {
    super(language, label);
  }

  List<String> sectionIV(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    ReportingRule rule = plan.reportingRule();
    int quarters = plan.quarters().size();
    List<String> lines = new ArrayList<>();
    lines.add(labelled(w("IV. TỔ CHỨC THỰC HIỆN", "IV. Implementation")));
    lines.add(
        w("Đầu mối theo dõi, đôn đốc, tổng hợp: ", "Focal point (follows up and compiles): ")
            + plan.focalPoint().name());
    lines.add(
        w(
            divisions(rule.reporters())
                + " báo cáo kết quả định kỳ từng quý ("
                + style.number(quarters)
                + " quý) gửi "
                + rule.recipient().name()
                + ", hạn "
                + rule.dueDays()
                + " ngày sau khi kết thúc quý",
            divisions(rule.reporters())
                + " report every quarter ("
                + quarters
                + (quarters == 1 ? " quarter" : " quarters")
                + ") to "
                + rule.recipient().name()
                + ", due "
                + rule.dueDays()
                + (rule.dueDays() == 1 ? " day" : " days")
                + " after the quarter ends"));
    int index = 1;
    for (Map.Entry<Division, String> e : plan.responsibilities().entrySet()) {
      lines.add(index++ + ". " + e.getKey().name() + ": " + e.getValue().strip());
    }
    return Collections.unmodifiableList(lines);
  }

  List<String> reportingCoverage(ReportingCoverage c) {
    Objects.requireNonNull(c, "c");
    long received = c.expected().stream().filter(c.received()::contains).count();
    List<String> lines = new ArrayList<>();
    lines.add(
        w(
                "Quý " + quarter(c.quarter()) + " (hạn " + style.date(c.dueDate()) + "): nhận ",
                "Q" + quarter(c.quarter()) + " (due " + style.date(c.dueDate()) + "): received ")
            + style.count((int) received, c.expected().size())
            + " ("
            + style.percent(c.percent())
            + ")");
    c.percentByDivision().forEach((d, p) -> lines.add("  " + d.name() + ": " + style.percent(p)));
    lines.add(w("  Thiếu: ", "  Missing: ") + items(c.missing()));
    lines.add(w("  Nộp muộn: ", "  Late: ") + items(c.late()));
    return Collections.unmodifiableList(lines);
  }

  String targetProgress(String taskNumber, TargetProgress p) {
    Objects.requireNonNull(taskNumber, "taskNumber");
    Objects.requireNonNull(p, "p");
    Target t = p.target();
    String unit = t.unitOfMeasure();
    return w("Chỉ tiêu của nhiệm vụ ", "Target of task ")
        + taskNumber
        + label.map(l -> " (" + l + ")").orElse("")
        + ", "
        + t.indicator()
        + ": "
        + style.decimal(p.actual())
        + " "
        + unit
        + " ("
        + style.decimal(t.baseline())
        + " → "
        + style.decimal(t.target())
        + w(") ngày ", ") on ")
        + style.date(p.measuredOn())
        + w(", theo lộ trình ", ", the linear path expects ")
        + style.figure(p.expectedValue(), 2)
        + " "
        + unit
        + " – "
        + (p.onTrack() ? w("đúng tiến độ", "on track") : w("chậm tiến độ", "behind"));
  }

  List<String> reporting(ReportLog log, LocalDate asOf) {
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(asOf, "asOf");
    Plan plan = log.plan();
    List<String> lines = new ArrayList<>();
    lines.add(
        labelled(
                w("Báo cáo quý gửi ", "Quarterly reports to ")
                    + plan.reportingRule().recipient().name())
            + ":");
    for (YearQuarter quarter : plan.quarters()) {
      ReportingCoverage c = log.coverage(quarter);
      if (c.dueDate().isAfter(asOf) && !log.effective().containsColumn(quarter)) {
        continue; // not due yet, and nothing received
      }
      lines.addAll(reportingCoverage(c));
    }
    for (Task t : plan.tasks()) {
      for (Target target : t.targets()) {
        log.targetProgress(t.number(), target.indicator(), asOf)
            .ifPresent(p -> lines.add(targetProgress(t.number(), p)));
      }
    }
    return Collections.unmodifiableList(lines);
  }

  private String items(Set<ReportItem> items) {
    if (items.isEmpty()) {
      return w("không", "none");
    }
    Function<ReportItem, Division> byDivision = ReportItem::division;
    return items.stream()
        .collect(
            Collectors.groupingBy(
                byDivision,
                LinkedHashMap::new,
                Collectors.mapping(ReportItem::task, Collectors.joining(", "))))
        .entrySet()
        .stream()
        .map(e -> e.getKey().name() + " (" + e.getValue() + ")")
        .collect(Collectors.joining("; "));
  }

  private static String quarter(YearQuarter q) {
    return q.getQuarterValue() + "/" + q.getYear();
  }
}
