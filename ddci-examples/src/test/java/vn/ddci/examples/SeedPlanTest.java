package vn.ddci.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ddci.examples.SeedDivisions.LANH_SU;
import static vn.ddci.examples.SeedDivisions.PHONG_CHUYEN_MON;
import static vn.ddci.examples.SeedDivisions.THANH_TRA;
import static vn.ddci.examples.SeedDivisions.TRUNG_TAM;
import static vn.ddci.examples.SeedDivisions.VAN_PHONG;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Frameworks;
import vn.ddci.plan.ComponentCoverage;
import vn.ddci.plan.Division;
import vn.ddci.plan.Load;
import vn.ddci.plan.Plan;
import vn.ddci.plan.Responsibility;
import vn.ddci.plan.Role;
import vn.ddci.plan.Task;

/** The seed plan's sections III and IV, as written. */
class SeedPlanTest {
  private static final Framework F = Frameworks.LANG_SON_DEPARTMENTS;
  private final Plan plan = SeedPlanDocument.plan();

  @Test
  void tasksPerComponent_areAsWrittenInSectionIII() {
    Map<String, List<String>> numbers =
        ComponentCoverage.of(plan).tasksPerComponent().entrySet().stream()
            .collect(
                Collectors.toMap(
                    e -> e.getKey().code(),
                    e -> e.getValue().stream().map(Task::number).collect(Collectors.toList())));

    assertThat(numbers)
        .containsEntry("TRANSPARENCY", List.of("1.1", "1.2"))
        .containsEntry("TIME_COST", List.of("2.1"))
        .containsEntry("INFORMAL_CHARGES", List.of("3.1"))
        .containsEntry("EQUAL_COMPETITION", List.of("4.1"))
        .containsEntry("BUSINESS_SUPPORT", List.of("5.1"))
        .containsEntry("LEGAL_INSTITUTIONS", List.of("6.1", "6.2"))
        .containsEntry("LEADERSHIP", List.of("7.1"))
        .containsEntry("DYNAMISM", List.of("8.1"))
        .hasSize(8);
    assertThat(ComponentCoverage.of(plan).uncovered()).isEmpty();
  }

  @Test
  void lanhSu_leadsTasksInComponents1_4_5_6_and8() {
    assertThat(componentNumbersWhere(LANH_SU, Role.LEAD)).containsExactly(1, 4, 5, 6, 8);
  }

  @Test
  void vanPhong_leadsComponents2and3_andMonitors7() {
    // and 6.1, where the seed lists "Văn phòng" among the leads
    assertThat(componentNumbersWhere(VAN_PHONG, Role.LEAD)).containsExactly(2, 3, 6);
    assertThat(componentNumbersWhere(VAN_PHONG, Role.MONITOR)).containsExactly(7);
    assertThat(plan.task("7.1").orElseThrow().roles()).containsExactly(Map.entry(VAN_PHONG, Role.MONITOR));
  }

  @Test
  void thanhTra_leadsTheSecondTaskOfComponent6() {
    Task second = plan.tasks(F.component("LEGAL_INSTITUTIONS")).get(1);

    assertThat(second.number()).isEqualTo("6.2");
    assertThat(second.divisions(Role.LEAD)).containsExactly(THANH_TRA);
    assertThat(second.divisions(Role.SUPPORT)).containsExactly(VAN_PHONG, TRUNG_TAM, PHONG_CHUYEN_MON);
  }

  @Test
  void everyBelowMedianComponent_hasATaskWithALead() {
    ComponentCoverage coverage = ComponentCoverage.of(plan);
    List<Component> below = plan.assessment().orElseThrow().weaknesses();

    assertThat(below)
        .extracting(Component::code)
        .containsExactly("TRANSPARENCY", "INFORMAL_CHARGES", "BUSINESS_SUPPORT", "DYNAMISM");
    assertThat(below)
        .allSatisfy(c -> assertThat(plan.tasks(c)).anyMatch(Task::hasLead));
    assertThat(coverage.prioritiesWithoutLead()).isEmpty();
    // priorities: the four below the median, and Chi phí thời gian, declined by 1.29
    assertThat(coverage.priorities()).hasSize(5);
  }

  @Test
  void leadsAndSupports_areAsWritten() {
    assertThat(plan.task("1.1").orElseThrow().divisions(Role.LEAD))
        .containsExactly(TRUNG_TAM, PHONG_CHUYEN_MON);
    assertThat(plan.task("1.2").orElseThrow().divisions(Role.LEAD)).containsExactly(LANH_SU, TRUNG_TAM);
    assertThat(plan.task("2.1").orElseThrow().divisions(Role.SUPPORT))
        .containsExactly(LANH_SU, PHONG_CHUYEN_MON);
    // 3.1: "Đơn vị chủ trì": Văn phòng Sở with Thanh tra Sở, and "các phòng chuyên môn, đơn vị"
    assertThat(plan.task("3.1").orElseThrow().divisions(Role.LEAD))
        .containsExactly(VAN_PHONG, PHONG_CHUYEN_MON);
    assertThat(plan.task("3.1").orElseThrow().divisions(Role.SUPPORT)).containsExactly(THANH_TRA);
    for (String number : List.of("4.1", "5.1", "8.1")) {
      Task t = plan.task(number).orElseThrow();
      assertThat(t.divisions(Role.LEAD)).as(number).containsExactly(LANH_SU);
      assertThat(t.divisions(Role.SUPPORT)).as(number).containsExactly(TRUNG_TAM, PHONG_CHUYEN_MON);
    }
    assertThat(plan.task("6.1").orElseThrow().divisions(Role.LEAD))
        .containsExactly(LANH_SU, VAN_PHONG, THANH_TRA, PHONG_CHUYEN_MON);
  }

  @Test
  void responsibility_taskWithoutALead_isTheMonitoredOneOfComponent7() {
    Responsibility r = Responsibility.of(plan);

    assertThat(r.tasksWithoutLead()).extracting(Task::number).containsExactly("7.1");
    assertThat(r.load(LANH_SU)).isEqualTo(Load.of(5, 1, 0));
    assertThat(r.load(VAN_PHONG)).isEqualTo(Load.of(3, 1, 1));
    assertThat(r.matrix().get(THANH_TRA, "6.2")).isEqualTo(Role.LEAD);
  }

  @Test
  void sectionIV_focalPointRuleSignerAndRecipients() {
    assertThat(plan.focalPoint()).isEqualTo(VAN_PHONG);
    assertThat(plan.reportingRule().reporters()).containsExactly(LANH_SU, TRUNG_TAM);
    assertThat(plan.reportingRule().recipient()).isEqualTo(VAN_PHONG);
    assertThat(plan.quarters()).hasSize(4);
    assertThat(plan.legalBasis()).isEqualTo("Kế hoạch số 36/KH-UBND ngày 06/02/2024 của UBND tỉnh");
    assertThat(plan.signer().toString()).isEqualTo("Giám đốc Trịnh Tuyết Mai");
    assertThat(plan.recipients()).hasSize(7).startsWith("UBND tỉnh (b/c)");
    assertThat(plan.responsibilities().keySet())
        .containsExactly(VAN_PHONG, LANH_SU, TRUNG_TAM, PHONG_CHUYEN_MON);
  }

  private Set<Integer> componentNumbersWhere(Division division, Role role) {
    return plan.tasks().stream()
        .filter(t -> t.roles().get(division) == role)
        .flatMap(t -> t.components().stream())
        .map(c -> F.components().indexOf(c) + 1)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
