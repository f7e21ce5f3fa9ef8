package vn.ddci.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ddci.InsufficientDataException;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Block;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.RankingRule;
import vn.ddci.result.PublishedFigures;
import vn.ddci.result.PublishedStanding;
import vn.ddci.result.Unit;

/**
 * Component coverage (tasks per component, uncovered components, priorities without a lead) and
 * responsibilities (the division × task matrix, tasks without a lead, loads), on a small plan of a
 * four-component framework.
 */
class CoverageAndResponsibilityTest {
  private static final Component A =
      Component.of("ALPHA", "Thành phần A", "Component A", BigDecimal.ONE);
  private static final Component B =
      Component.of("BETA", "Thành phần B", "Component B", BigDecimal.ONE);
  private static final Component C =
      Component.of("GAMMA", "Thành phần C", "Component C", BigDecimal.ONE);
  private static final Component D =
      Component.of("DELTA", "Thành phần D", "Component D", BigDecimal.ONE);
  private static final Framework F =
      Framework.builder().name("Khung thử").addComponents(A, B, C, D).build();
  private static final Unit UNIT =
      Unit.of("Sở Thử nghiệm", Block.of("THU", "Khối thử", F, RankingRule.LANG_SON));

  private static final Division VP = Division.of("Văn phòng Sở");
  private static final Division THANH_TRA = Division.of("Thanh tra Sở");
  private static final Division LS = Division.specialised("Phòng Lãnh sự - Hợp tác quốc tế");
  private static final Division TT =
      Division.specialised("Trung tâm Thông tin và Dịch vụ đối ngoại");
  private static final Division ALL = Division.allSpecialised();

  /** 1.1 A: VP leads, LS supports. */
  private static final Task T11 =
      Task.builder().number("1.1").title("Một").addComponents(A).lead(VP).support(LS).build();

  /** 1.2 A and B: LS and TT lead, VP monitors. */
  private static final Task T12 =
      Task.builder()
          .number("1.2")
          .title("Hai")
          .addComponents(A, B)
          .lead(LS, TT)
          .monitor(VP)
          .build();

  /** 2.1 B: the group leads, Thanh tra supports. */
  private static final Task T21 =
      Task.builder()
          .number("2.1")
          .title("Ba")
          .addComponents(B)
          .lead(ALL)
          .support(THANH_TRA)
          .build();

  /** 3.1 C: only monitored by VP. */
  private static final Task T31 =
      Task.builder().number("3.1").title("Bốn").addComponents(C).monitor(VP).build();

  /**
   * Ranks out of 5 (median rank 3): A 1st, B 5th (below the median), C 2nd but declined, D 1st and
   * improved; so the priorities are B and C.
   */
  private static UnitAssessment assessment() {
    return UnitAssessment.of(
        PublishedStanding.builder()
            .unit(UNIT)
            .year(2023)
            .blockSize(5)
            .total(PublishedFigures.ofRank(3))
            .putComponents(A, PublishedFigures.ofRank(1))
            .putComponents(B, PublishedFigures.ofRank(5))
            .putComponents(C, PublishedFigures.builder().rank(2).change("-0.30").build())
            .putComponents(D, PublishedFigures.builder().rank(1).change("0.50").build())
            .build());
  }

  private static Plan.Builder planBuilder(Task... tasks) {
    return Plan.builder()
        .issuingUnit(UNIT)
        .year(2024)
        .title("Kế hoạch thử")
        .legalBasis("Kế hoạch số 1/KH-UBND")
        .addTasks(tasks)
        .focalPoint(VP)
        .reportingRule(ReportingRule.quarterly(List.of(LS, TT), VP, 10))
        .signer(Signer.of("Giám đốc", "Nguyễn Văn A"));
  }

  private static Plan plan() {
    return planBuilder(T11, T12, T21, T31).assessment(assessment()).build();
  }

  // ---------------------------------------------------------------- component coverage

  @Test
  void tasksPerComponent_listsEveryComponentInTheFrameworksOrder_aTaskUnderEachItAddresses() {
    Map<Component, List<Task>> perComponent = ComponentCoverage.of(plan()).tasksPerComponent();

    assertThat(perComponent.keySet()).containsExactly(A, B, C, D);
    assertThat(perComponent.get(A)).containsExactly(T11, T12);
    assertThat(perComponent.get(B)).containsExactly(T12, T21);
    assertThat(perComponent.get(C)).containsExactly(T31);
    assertThat(perComponent.get(D)).isEmpty();
  }

  @Test
  void componentsWithoutATask_areUncovered() {
    ComponentCoverage coverage = ComponentCoverage.of(plan());

    assertThat(coverage.covered()).containsExactly(A, B, C);
    assertThat(coverage.uncovered()).containsExactly(D);
  }

  @Test
  void priorities_areTheAssessmentsComponentsBelowTheMedianOrDeclined() {
    assertThat(assessment().priorities()).containsExactly(B, C);
    assertThat(ComponentCoverage.of(plan()).priorities()).containsExactly(B, C);
  }

  @Test
  void priorityWithOnlyAMonitoredTask_hasNoLead_whileALeadThroughTheGroupCounts() {
    ComponentCoverage coverage = ComponentCoverage.of(plan());

    assertThat(coverage.prioritiesWithoutLead()).containsExactly(C);
  }

  @Test
  void priorityWithoutAnyTask_hasNoLead() {
    Plan p = planBuilder(T11).assessment(assessment()).build();

    assertThat(ComponentCoverage.of(p).prioritiesWithoutLead()).containsExactly(B, C);
  }

  @Test
  void everyPriorityWithALedTask_leavesNoPriorityWithoutLead() {
    Task ledC = Task.builder().number("3.2").title("Năm").addComponents(C).lead(THANH_TRA).build();
    Plan p = planBuilder(T11, T12, T21, T31, ledC).assessment(assessment()).build();

    assertThat(ComponentCoverage.of(p).prioritiesWithoutLead()).isEmpty();
    assertThat(ComponentCoverage.of(p))
        .hasToString("ComponentCoverage[3/4 components, 2/2 priorities with a lead]");
  }

  @Test
  void withoutAnAssessment_prioritiesAreInsufficientData_namingThePlan() {
    ComponentCoverage coverage = ComponentCoverage.of(planBuilder(T11, T12, T21, T31).build());

    assertThatExceptionOfType(InsufficientDataException.class)
        .isThrownBy(coverage::priorities)
        .withMessage(
            "the plan of 'Sở Thử nghiệm' for 2024 states no assessment (section II): no"
                + " priorities");
    assertThatExceptionOfType(InsufficientDataException.class)
        .isThrownBy(coverage::prioritiesWithoutLead)
        .withMessageContaining("'Sở Thử nghiệm' for 2024");
    assertThat(coverage.uncovered()).containsExactly(D);
    assertThat(coverage).hasToString("ComponentCoverage[3/4 components]");
  }

  @Test
  void coverageToString_countsComponentsAndPrioritiesWithALead() {
    assertThat(ComponentCoverage.of(plan()))
        .hasToString("ComponentCoverage[3/4 components, 1/2 priorities with a lead]");
  }

  // ---------------------------------------------------------------- responsibility

  @Test
  void matrix_hasARowPerDivisionInOrderOfAppearance_andACellPerRole() {
    ImmutableTable<Division, String, Role> m = Responsibility.of(plan()).matrix();

    assertThat(m.rowKeySet()).containsExactly(VP, LS, TT, ALL, THANH_TRA);
    assertThat(m.row(VP))
        .containsExactly(
            entry("1.1", Role.LEAD), entry("1.2", Role.MONITOR), entry("3.1", Role.MONITOR));
    assertThat(m.row(LS)).containsExactly(entry("1.1", Role.SUPPORT), entry("1.2", Role.LEAD));
    assertThat(m.row(TT)).containsExactly(entry("1.2", Role.LEAD));
    assertThat(m.row(ALL)).containsExactly(entry("2.1", Role.LEAD));
    assertThat(m.row(THANH_TRA)).containsExactly(entry("2.1", Role.SUPPORT));
    assertThat(m.size()).isEqualTo(8);
  }

  @Test
  void theGroupsRoles_areNotCopiedIntoItsMembersRows() {
    ImmutableTable<Division, String, Role> m = Responsibility.of(plan()).matrix();

    assertThat(m.get(ALL, "2.1")).isEqualTo(Role.LEAD);
    assertThat(m.contains(LS, "2.1")).isFalse();
    assertThat(m.contains(TT, "2.1")).isFalse();
  }

  @Test
  void tasksWithoutLead_areThoseNoDivisionLeads_inThePlansOrder() {
    Task none = Task.builder().number("4.1").title("Sáu").addComponents(D).build();
    Plan p = planBuilder(T11, T31, T12, none).build();

    assertThat(Responsibility.of(p).tasksWithoutLead()).containsExactly(T31, none);
    assertThat(Responsibility.of(plan()).tasksWithoutLead()).containsExactly(T31);
  }

  @Test
  void loads_countADivisionsOwnRolesOnly_notTheGroups() {
    Responsibility r = Responsibility.of(plan());

    assertThat(r.load(VP)).isEqualTo(Load.of(1, 0, 2));
    assertThat(r.load(LS)).isEqualTo(Load.of(1, 1, 0));
    assertThat(r.load(TT)).isEqualTo(Load.of(1, 0, 0));
    assertThat(r.load(ALL)).isEqualTo(Load.of(1, 0, 0));
    assertThat(r.load(THANH_TRA)).isEqualTo(Load.of(0, 1, 0));
    assertThat(r.load(Division.of("Phòng không có nhiệm vụ"))).isEqualTo(Load.of(0, 0, 0));
    assertThat(r.loads().keySet()).containsExactly(VP, LS, TT, ALL, THANH_TRA);
    assertThat(r.loads()).containsEntry(LS, Load.of(1, 1, 0));
  }

  @Test
  void divisionsOnlyInSectionIvOrTheRule_haveNoRowInTheMatrix() {
    Division other = Division.of("Phòng Kế hoạch");
    Plan p = planBuilder(T11).putResponsibilities(other, "Phối hợp").build();
    Responsibility r = Responsibility.of(p);

    assertThat(p.divisions()).contains(other, TT);
    assertThat(r.matrix().rowKeySet()).containsExactly(VP, LS);
    assertThat(r.loads()).doesNotContainKeys(other, TT);
  }

  @Test
  void toStrings_areReadable() {
    assertThat(Responsibility.of(plan()))
        .hasToString("Responsibility[5 divisions × 4 tasks, 1 without a lead]");
    assertThat(Load.of(1, 0, 2)).hasToString("Load[lead 1, support 0, monitor 2]");
  }

  @Test
  void loadsAndMatrix_accountForEveryRoleOfEveryTask() {
    List<Division> divisions = List.of(VP, LS, TT, ALL, THANH_TRA);
    Role[] roles = {null, Role.LEAD, Role.SUPPORT, Role.MONITOR};
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 3)).ofSizeBetween(5, 40))
        .checkAssert(
            codes -> {
              Plan.Builder p = planBuilder();
              int roleCount = 0;
              int leaderless = 0;
              int n = codes.size() / divisions.size();
              for (int t = 0; t < n; t++) {
                Task.Builder task =
                    Task.builder().number("1." + (t + 1)).title("Nhiệm vụ").addComponents(A);
                boolean led = false;
                for (int d = 0; d < divisions.size(); d++) {
                  Role role = roles[codes.get(t * divisions.size() + d)];
                  if (role != null) {
                    task.putRoles(divisions.get(d), role);
                    roleCount++;
                    led |= role == Role.LEAD;
                  }
                }
                leaderless += led ? 0 : 1;
                p.addTasks(task.build());
              }
              Responsibility r = Responsibility.of(p.build());

              assertThat(r.matrix().size()).isEqualTo(roleCount);
              assertThat(r.tasksWithoutLead()).hasSize(leaderless);
              int sum = 0;
              for (Load l : r.loads().values()) {
                sum += l.led() + l.supported() + l.monitored();
              }
              assertThat(sum).isEqualTo(roleCount);
              for (Division d : divisions) {
                Load l = r.load(d);
                assertThat(l.led() + l.supported() + l.monitored())
                    .as("%s", d)
                    .isEqualTo(r.matrix().row(d).size());
              }
            });
  }
}
