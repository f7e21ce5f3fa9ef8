package vn.ddci.examples;

import com.google.common.collect.ImmutableTable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.threeten.extra.YearQuarter;
import vn.ddci.framework.Component;
import vn.ddci.plan.ComponentCoverage;
import vn.ddci.plan.Division;
import vn.ddci.plan.Load;
import vn.ddci.plan.Plan;
import vn.ddci.plan.Responsibility;
import vn.ddci.plan.Role;
import vn.ddci.plan.Target;
import vn.ddci.plan.Task;
import vn.ddci.progress.ReportItem;
import vn.ddci.progress.ReportLog;
import vn.ddci.progress.ReportingCoverage;
import vn.ddci.progress.TargetProgress;

/** Writes a plan's coverage, responsibilities and reporting in Vietnamese. */
public final class PlanText {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private PlanText() {}

  /**
   * Writes the component coverage of section III.
   *
   * @param plan the plan
   * @return the lines
   */
  public static List<String> componentCoverage(Plan plan) {
    ComponentCoverage c = ComponentCoverage.of(plan);
    int n = c.tasksPerComponent().size();
    int priorities = c.priorities().size();
    int weaknesses = plan.assessment().orElseThrow().weaknesses().size();
    List<String> lines = new ArrayList<>();
    lines.add(
        "III. Giải pháp: "
            + VietnameseText.count(c.covered().size(), n)
            + " chỉ số thành phần có nhiệm vụ; "
            + VietnameseText.count(weaknesses - c.weaknessesWithoutLead().size(), weaknesses)
            + " chỉ số dưới trung vị và "
            + VietnameseText.count(priorities - c.prioritiesWithoutLead().size(), priorities)
            + " chỉ số cần ưu tiên (dưới trung vị hoặc giảm điểm) có nhiệm vụ với đơn vị chủ"
            + " trì");
    c.tasksPerComponent()
        .forEach(
            (component, tasks) ->
                lines.add(
                    "- "
                        + component.nameVi()
                        + ": "
                        + (tasks.isEmpty()
                            ? "chưa có nhiệm vụ"
                            : tasks.stream().map(Task::number).collect(Collectors.joining(", ")))
                        + (c.priorities().contains(component) ? " (ưu tiên)" : "")));
    for (Component missing : c.prioritiesWithoutLead()) {
      lines.add("  Chỉ số ưu tiên chưa có đơn vị chủ trì: " + missing.nameVi());
    }
    return lines;
  }

  /**
   * Writes the responsibility matrix: C chủ trì, P phối hợp, T theo dõi.
   *
   * @param plan the plan
   * @return the lines
   */
  public static List<String> responsibilities(Plan plan) {
    Responsibility r = Responsibility.of(plan);
    ImmutableTable<Division, String, Role> m = r.matrix();
    List<String> lines = new ArrayList<>();
    lines.add(
        "Ma trận phân công (C: chủ trì, P: phối hợp, T: theo dõi, tổng hợp; (C): qua nhóm các"
            + " phòng chuyên môn):");
    StringBuilder header = new StringBuilder(String.format("%-42s", ""));
    plan.tasks().forEach(t -> header.append(String.format(" %-4s", t.number())));
    header.append("  C/P/T");
    lines.add(header.toString());
    for (Division d : m.rowKeySet()) {
      StringBuilder row = new StringBuilder(String.format("%-42s", d.name()));
      for (Task t : plan.tasks()) {
        Role own = m.get(d, t.number());
        String cell =
            own != null
                ? letter(own)
                : t.roleOf(d).map(inherited -> "(" + letter(inherited) + ")").orElse(".");
        row.append(String.format(" %-4s", cell));
      }
      Load load = r.load(d);
      row.append(String.format("  %d/%d/%d", load.led(), load.supported(), load.monitored()));
      lines.add(row.toString());
    }
    for (Task t : r.tasksWithoutLead()) {
      lines.add(
          "Nhiệm vụ chưa có đơn vị chủ trì: "
              + t.number()
              + " ("
              + t.components().stream().map(Component::nameVi).collect(Collectors.joining(", "))
              + "; theo dõi: "
              + t.divisions(Role.MONITOR).stream()
                  .map(Division::name)
                  .collect(Collectors.joining(", "))
              + ")");
    }
    return lines;
  }

  /**
   * Writes the reporting coverage of every quarter due or reported on by a date, and the targets'
   * progress as of that date.
   *
   * @param log the reports
   * @param asOf the date of the targets' progress
   * @return the lines
   */
  public static List<String> reporting(ReportLog log, LocalDate asOf) {
    List<String> lines = new ArrayList<>();
    Plan plan = log.plan();
    lines.add(
        "IV. Báo cáo quý gửi "
            + plan.reportingRule().recipient().name()
            + " (DỮ LIỆU MINH HỌA – illustrative data):");
    for (YearQuarter quarter : plan.quarters()) {
      ReportingCoverage c = log.coverage(quarter);
      if (c.dueDate().isAfter(asOf) && !log.effective().containsColumn(quarter)) {
        continue; // not due yet, and nothing received
      }
      long received = c.expected().stream().filter(c.received()::contains).count();
      lines.add(
          "Quý "
              + quarter.getQuarterValue()
              + "/"
              + quarter.getYear()
              + " (hạn "
              + DATE.format(c.dueDate())
              + "): nhận "
              + VietnameseText.count((int) received, c.expected().size())
              + " ("
              + c.percent().toPlainString().replace('.', ',')
              + " %)");
      c.percentByDivision()
          .forEach(
              (d, p) ->
                  lines.add("  " + d.name() + ": " + p.toPlainString().replace('.', ',') + " %"));
      lines.add("  Thiếu: " + items(c.missing()));
      lines.add("  Nộp muộn: " + items(c.late()));
    }
    for (Task t : plan.tasks()) {
      for (Target target : t.targets()) {
        log.targetProgress(t.number(), target.indicator(), asOf)
            .ifPresent(p -> lines.add(target(t, p)));
      }
    }
    return lines;
  }

  private static String target(Task t, TargetProgress p) {
    return "Chỉ tiêu (minh họa) của nhiệm vụ "
        + t.number()
        + ", "
        + p.target().indicator()
        + ": "
        + p.actual().toPlainString()
        + " "
        + p.target().unitOfMeasure()
        + " ("
        + p.target().baseline().toPlainString()
        + " → "
        + p.target().target().toPlainString()
        + ") ngày "
        + DATE.format(p.measuredOn())
        + ", theo lộ trình "
        + VietnameseText.points(p.expectedValue())
        + " "
        + p.target().unitOfMeasure()
        + " – "
        + (p.onTrack() ? "đúng tiến độ" : "chậm tiến độ");
  }

  private static String items(Set<ReportItem> items) {
    if (items.isEmpty()) {
      return "không";
    }
    return items.stream()
        .collect(
            Collectors.groupingBy(
                ReportItem::division,
                LinkedHashMap::new,
                Collectors.mapping(ReportItem::task, Collectors.joining(", "))))
        .entrySet()
        .stream()
        .map(e -> e.getKey().name() + " (" + e.getValue() + ")")
        .collect(Collectors.joining("; "));
  }

  private static String letter(Role role) {
    switch (role) {
      case LEAD:
        return "C";
      case SUPPORT:
        return "P";
      default:
        return "T";
    }
  }
}
