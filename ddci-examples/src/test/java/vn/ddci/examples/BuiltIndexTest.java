package vn.ddci.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.engine.AuditEntry;
import vn.ddci.engine.Build;
import vn.ddci.framework.Component;
import vn.ddci.framework.Frameworks;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;
import vn.ddci.text.PlanText;

class BuiltIndexTest {
  private final List<Build> builds =
      BuiltIndex.pipeline()
          .runPooled(BuiltIndex.tree(), List.of(BuiltIndex.data(2022), BuiltIndex.data(2023)));

  @Test
  void builtTable_hasTheBlocks25Units_componentsOnTheirScale_andTotalsTenTimesTheirMean() {
    ResultTable table =
        builds.get(1).scores().toResultTable(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Year.of(2023));
    assertThat(table.scorecards()).hasSize(25);
    for (Scorecard card : table.scorecards()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Component c : Frameworks.LANG_SON_DEPARTMENTS.components()) {
        BigDecimal s = card.scores().get(c).value();
        assertThat(s).isBetween(BigDecimal.ONE, BigDecimal.TEN);
        sum = sum.add(s);
      }
      assertThat(card.givenTotal().orElseThrow().value().doubleValue())
          .isCloseTo(sum.doubleValue() / 8 * 10, org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  void auditTrail_showsTheTwoImputedValuesAndTheWinsorisedOutlier() {
    List<AuditEntry> audit = builds.get(1).audit();
    assertThat(audit)
        .filteredOn(e -> e.action() == AuditEntry.Action.IMPUTED)
        .extracting(e -> e.column().orElseThrow() + "/" + e.unit().orElseThrow())
        .containsExactly("TIME_COST_3/U04", "INFORMAL_CHARGES_1/U19");
    assertThat(audit)
        .filteredOn(e -> e.action() == AuditEntry.Action.WINSORISED)
        .extracting(e -> e.unit().orElseThrow())
        .contains("U16");
  }

  @Test
  void pooledBounds_giveEachIndicatorsBestValueOverBothYearsTheTopOfTheScale() {
    for (var n : BuiltIndex.tree().indicators()) {
      double best = Double.NEGATIVE_INFINITY;
      for (Build b : builds) {
        for (double v : b.scores().column(n.code())) {
          best = Math.max(best, v);
        }
      }
      assertThat(best).as(n.code()).isEqualTo(10.0);
    }
  }

  @Test
  void sectionII_ofTheAssessedUnit_isComputedFromTheBuiltTables() {
    ResultTable t1 =
        builds.get(1).scores().toResultTable(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Year.of(2023));
    ResultTable t0 =
        builds.get(0).scores().toResultTable(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Year.of(2022));
    UnitAssessment a = UnitAssessment.of(t1, t0, BuiltIndex.ASSESSED_UNIT);
    assertThat(a.strengths().size() + a.weaknesses().size()).isEqualTo(8);
    assertThat(PlanText.vietnamese().sectionII(a).get(2))
        .startsWith("Tổng điểm: ")
        .contains("xếp hạng 06/25");
  }
}
