package vn.ddci.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import vn.ddci.PciData;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.framework.RankingRule;
import vn.ddci.name.NameMatcher;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Unit;

/** Year-over-year work on the real PCI 2013–2016 results. */
class PciYearOverYearTest {
  private static final NameMatcher BAC_KAN =
      NameMatcher.builder().alias("Bắc Kạn", "Bắc Cạn").build();

  @Test
  void all63Provinces_matchAcrossTheFourYears_withOneAlias() throws IOException {
    Map<Integer, ResultTable> t = PciData.tables();
    for (int year = 2014; year <= 2016; year++) {
      YearOverYear yoy = YearOverYear.of(t.get(year), t.get(year - 1), RankingRule.PCI, BAC_KAN);
      assertThat(yoy.matches()).as("%s vs %s", year, year - 1).hasSize(63);
      assertThat(yoy.newUnits()).isEmpty();
      assertThat(yoy.goneUnits()).isEmpty();
    }
    YearOverYear span = YearOverYear.of(t.get(2016), t.get(2013), RankingRule.PCI, BAC_KAN);
    assertThat(span.matches()).hasSize(63);
  }

  @Test
  void spellingDrift_isMatchedTolerantly() throws IOException {
    Map<Integer, ResultTable> t = PciData.tables();
    YearOverYear yoy = YearOverYear.of(t.get(2016), t.get(2015), RankingRule.PCI, BAC_KAN);

    assertThat(matchOf(yoy, "TT.Huế")).isEqualTo("TT-Huế");
    assertThat(matchOf(yoy, "Đăk Lăk")).isEqualTo("Đắk Lắk");
    assertThat(matchOf(yoy, "Đăk Nông")).isEqualTo("Đắk Nông");
    assertThat(matchOf(yoy, "Bắc Cạn")).isEqualTo("Bắc Kạn");
  }

  @Test
  void withoutTheAlias_BacKanIsReportedNewAndGone_notDropped() throws IOException {
    Map<Integer, ResultTable> t = PciData.tables();
    YearOverYear yoy =
        YearOverYear.of(t.get(2016), t.get(2015), RankingRule.PCI, NameMatcher.tolerant());

    assertThat(yoy.matches()).hasSize(62);
    assertThat(yoy.newUnits()).extracting(Unit::name).containsExactly("Bắc Cạn");
    assertThat(yoy.goneUnits()).extracting(Unit::name).containsExactly("Bắc Kạn");
    assertThat(yoy.improvementRanking(Measure.total()).size()).isEqualTo(62);
  }

  @Test
  void changes2015to2016_areExact() throws IOException {
    Map<Integer, ResultTable> t = PciData.tables();
    YearOverYear yoy = YearOverYear.of(t.get(2016), t.get(2015), RankingRule.PCI, BAC_KAN);
    Map<Unit, BigDecimal> changes = yoy.changes(Measure.total());

    // Đà Nẵng: 70.00139617919922 − 68.33521270751953, digit for digit
    assertThat(changes.get(t.get(2016).get("Đà Nẵng").unit()))
        .isEqualByComparingTo("1.66618347167969");
    // Bắc Cạn (2016) against Bắc Kạn (2015): 54.59544372558594 − 53.1966552734375
    assertThat(changes.get(t.get(2016).get("Bắc Cạn").unit()))
        .isEqualByComparingTo("1.39878845214844");
    assertThat(changes).hasSize(63);
    for (CSVRecord row : PciData.rows()) {
      if (!row.get("year").equals("2016")) {
        continue;
      }
      Unit unit = t.get(2016).get(row.get("province")).unit();
      BigDecimal last = t.get(2015).find(row.get("province"), BAC_KAN).orElseThrow().total();
      assertThat(changes.get(unit))
          .as(unit.name())
          .isEqualTo(new BigDecimal(row.get("pci")).subtract(last));
    }
  }

  @Test
  void rankChangesAndImprovementRanks_2015to2016() throws IOException {
    Map<Integer, ResultTable> t = PciData.tables();
    YearOverYear yoy = YearOverYear.of(t.get(2016), t.get(2015), RankingRule.PCI, BAC_KAN);
    Unit daNang = t.get(2016).get("Đà Nẵng").unit();
    Unit hue = t.get(2016).get("TT.Huế").unit();

    assertThat(yoy.rankChanges(Measure.total()).get(daNang)).isZero(); // 1 → 1
    assertThat(yoy.rankChanges(Measure.total()).get(hue)).isEqualTo(29 - 23);
    assertThat(yoy.rankChanges(Measure.total()).values().stream().mapToInt(Integer::intValue).sum())
        .as("rank changes of a closed block sum to zero")
        .isZero();

    var improvement = yoy.improvementRanking(Measure.total());
    assertThat(improvement.size()).isEqualTo(63);
    Unit best = improvement.order().get(0);
    BigDecimal bestChange = yoy.changes(Measure.total()).get(best);
    assertThat(yoy.changes(Measure.total()).values())
        .allSatisfy(c -> assertThat(c).isLessThanOrEqualTo(bestChange));
  }

  @Test
  void assess_aProvinceFromTwoWholeTables() throws IOException {
    Map<Integer, ResultTable> t = PciData.tables();
    UnitAssessment hue =
        YearOverYear.of(t.get(2016), t.get(2015), RankingRule.PCI, BAC_KAN).assess("TT- Huế");

    assertThat(hue.unit().name()).isEqualTo("TT.Huế");
    assertThat(hue.total().standing().format()).isEqualTo("23/63");
    assertThat(hue.total().lastStanding().orElseThrow().format()).isEqualTo("29/63");
    assertThat(hue.total().improvement().rankChange()).hasValue(6);
    assertThat(hue.total().gapToLeader().orElseThrow())
        .isEqualByComparingTo(
            new BigDecimal("70.00139617919922").subtract(new BigDecimal("59.68080520629883")));
    assertThat(hue.components()).hasSize(10);
    assertThat(hue.unit().block()).isEqualTo(Frameworks.PCI_PROVINCES);
  }

  private static String matchOf(YearOverYear yoy, String name2016) {
    return yoy.matches().entrySet().stream()
        .filter(e -> e.getKey().name().equals(name2016))
        .findFirst()
        .orElseThrow()
        .getValue()
        .name();
  }
}
