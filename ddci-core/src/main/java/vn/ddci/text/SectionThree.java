package vn.ddci.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ddci.framework.Component;
import vn.ddci.plan.ComponentCoverage;
import vn.ddci.plan.Division;
import vn.ddci.plan.Load;
import vn.ddci.plan.Plan;
import vn.ddci.plan.Responsibility;
import vn.ddci.plan.Role;
import vn.ddci.plan.Task;

/**
 * Section III of a plan for {@link PlanText}: the tasks of each component with their leads,
 * supports and monitors, the roles of a task, and the responsibility matrix.
 */
final class SectionThree extends PlanWords {
  SectionThree(Language language, Optional<String> label) {
    super(language, label);
  }

  List<String> sectionIII(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    ComponentCoverage c = ComponentCoverage.of(plan);
    Map<Component, List<Task>> tasks = c.tasksPerComponent();
    int n = tasks.size();
    List<String> lines = new ArrayList<>();
    lines.add(
        labelled(
            w(
                "III. GIẢI PHÁP THỰC HIỆN CẢI THIỆN NĂNG LỰC CẠNH TRANH, NÂNG CAO CHỈ SỐ DDCI NĂM "
                    + plan.year(),
                "III. Measures to improve the DDCI in " + plan.year())));
    String summary =
        w(
            style.count(c.covered().size(), n) + " chỉ số thành phần có nhiệm vụ",
            c.covered().size() + " of " + n + " component indices have tasks");
    List<Component> priorities = List.of();
    if (plan.assessment().isPresent()) {
      int weaknesses = plan.assessment().get().weaknesses().size();
      priorities = c.priorities();
      int ledWeaknesses = weaknesses - c.weaknessesWithoutLead().size();
      int ledPriorities = priorities.size() - c.prioritiesWithoutLead().size();
      summary +=
          w(
              "; "
                  + style.count(ledWeaknesses, weaknesses)
                  + " chỉ số dưới trung vị và "
                  + style.count(ledPriorities, priorities.size())
                  + " chỉ số cần ưu tiên (dưới trung vị hoặc giảm điểm) có nhiệm vụ với đơn vị chủ"
                  + " trì",
              "; "
                  + style.count(ledWeaknesses, weaknesses)
                  + " below the median and "
                  + style.count(ledPriorities, priorities.size())
                  + " priorities (below the median, or declined) have a task with a lead");
    }
    lines.add(summary);
    int index = 1;
    for (Map.Entry<Component, List<Task>> e : tasks.entrySet()) {
      Component component = e.getKey();
      List<Task> list = e.getValue();
      lines.add(
          index++
              + w(". Chỉ số ", ". ")
              + name(component)
              + (priorities.contains(component) ? w(" (ưu tiên)", " (priority)") : "")
              + ": "
              + (list.isEmpty()
                  ? w("chưa có nhiệm vụ", "no task")
                  : w(
                      style.number(list.size()) + " nhiệm vụ",
                      list.size() + (list.size() == 1 ? " task" : " tasks"))));
      for (Task t : list) {
        lines.add("- " + t.number() + ". " + t.title());
        lines.add("  " + roles(t));
      }
    }
    for (Task t : Responsibility.of(plan).tasksWithoutLead()) {
      lines.add(
          w("Nhiệm vụ chưa có đơn vị chủ trì: ", "Task without a lead: ")
              + t.number()
              + " ("
              + t.components().stream().map(this::name).collect(Collectors.joining(", "))
              + ")");
    }
    if (plan.assessment().isPresent()) {
      for (Component missing : c.prioritiesWithoutLead()) {
        lines.add(
            w("Chỉ số ưu tiên chưa có đơn vị chủ trì: ", "Priority without a lead: ")
                + name(missing));
      }
    }
    return Collections.unmodifiableList(lines);
  }

  String roles(Task task) {
    Objects.requireNonNull(task, "task");
    List<String> parts = new ArrayList<>();
    List<Division> leads = task.divisions(Role.LEAD);
    parts.add(
        w("Đơn vị chủ trì thực hiện: ", "Lead: ")
            + (leads.isEmpty() ? w("chưa có", "none") : divisions(leads)));
    List<Division> supports = task.divisions(Role.SUPPORT);
    if (!supports.isEmpty()) {
      parts.add(w("phối hợp: ", "support: ") + divisions(supports));
    }
    List<Division> monitors = task.divisions(Role.MONITOR);
    if (!monitors.isEmpty()) {
      parts.add(
          w("theo dõi, tổng hợp báo cáo: ", "monitoring and reporting: ") + divisions(monitors));
    }
    return String.join("; ", parts);
  }

  List<String> responsibilityMatrix(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    Responsibility r = Responsibility.of(plan);
    List<String> lines = new ArrayList<>();
    lines.add(
        w(
            "Ma trận phân công (C: chủ trì, P: phối hợp, T: theo dõi, tổng hợp; (C): qua nhóm các"
                + " phòng chuyên môn):",
            "Responsibility matrix (L: lead, S: support, M: monitoring; (L): through the group of"
                + " all specialised divisions):"));
    StringBuilder header = new StringBuilder(String.format("%-42s", ""));
    plan.tasks().forEach(t -> header.append(String.format(" %-4s", t.number())));
    header.append(w("  C/P/T", "  L/S/M"));
    lines.add(header.toString());
    List<Division> divisions = List.copyOf(r.matrix().rowKeySet());
    List<List<String>> table = responsibilityTable(plan);
    for (int i = 0; i < divisions.size(); i++) {
      List<String> cells = table.get(i + 1);
      StringBuilder row = new StringBuilder(String.format("%-42s", cells.get(0)));
      for (String cell : cells.subList(1, cells.size())) {
        row.append(String.format(" %-4s", cell.isEmpty() ? "." : cell));
      }
      Load load = r.load(divisions.get(i));
      row.append(String.format("  %d/%d/%d", load.led(), load.supported(), load.monitored()));
      lines.add(row.toString());
    }
    return Collections.unmodifiableList(lines);
  }

  List<List<String>> responsibilityTable(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    Responsibility r = Responsibility.of(plan);
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add(w("Đơn vị", "Division"));
    plan.tasks().forEach(t -> header.add(t.number()));
    rows.add(Collections.unmodifiableList(header));
    for (Division d : r.matrix().rowKeySet()) {
      List<String> row = new ArrayList<>();
      row.add(d.name());
      for (Task t : plan.tasks()) {
        Role own = r.matrix().get(d, t.number());
        row.add(
            own != null
                ? letter(own)
                : t.roleOf(d).map(inherited -> "(" + letter(inherited) + ")").orElse(""));
      }
      rows.add(Collections.unmodifiableList(row));
    }
    return Collections.unmodifiableList(rows);
  }

  private String letter(Role role) {
    switch (role) {
      case LEAD:
        return w("C", "L");
      case SUPPORT:
        return w("P", "S");
      default:
        return w("T", "M");
    }
  }
}
