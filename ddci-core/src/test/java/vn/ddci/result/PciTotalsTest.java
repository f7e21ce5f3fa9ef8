package vn.ddci.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ddci.PciData;

/** The PCI framework's weights on the real PCI 2013–2016 results. */
class PciTotalsTest {
  private static final BigDecimal TOLERANCE = new BigDecimal("1e-4");

  @Test
  void computedTotals_equalThePublishedTotalsWithin1e4_forAll252Rows() throws IOException {
    Map<Integer, ResultTable> tables = PciData.tables();

    int rows = 0;
    for (ResultTable table : tables.values()) {
      for (Scorecard card : table.scorecards()) {
        BigDecimal published = card.givenTotal().orElseThrow().value();
        assertThat(card.computedTotal().orElseThrow().subtract(published).abs())
            .as("%s %s", card.unit(), card.year())
            .isLessThan(TOLERANCE);
        rows++;
      }
    }
    assertThat(rows).isEqualTo(252);
    assertThat(tables.keySet()).containsExactly(2013, 2014, 2015, 2016);
    assertThat(tables.values()).allSatisfy(t -> assertThat(t.size()).isEqualTo(63));
  }

  @Test
  void computedTotal_isTheExactWeightedSum() throws IOException {
    Scorecard daNang2013 = PciData.tables().get(2013).get("Đà Nẵng");

    // 5, 5, 20, 5, 10, 5, 5, 20, 20, 5 % of the ten sub-indices, divided by 10, by hand
    BigDecimal byHand =
        new BigDecimal("8.400821")
            .multiply(BigDecimal.valueOf(5))
            .add(new BigDecimal("7.979057").multiply(BigDecimal.valueOf(5)))
            .add(new BigDecimal("6.489425").multiply(BigDecimal.valueOf(20)))
            .add(new BigDecimal("7.85853").multiply(BigDecimal.valueOf(5)))
            .add(new BigDecimal("7.498737").multiply(BigDecimal.valueOf(10)))
            .add(new BigDecimal("5.820625").multiply(BigDecimal.valueOf(5)))
            .add(new BigDecimal("7.723506").multiply(BigDecimal.valueOf(5)))
            .add(new BigDecimal("5.363595").multiply(BigDecimal.valueOf(20)))
            .add(new BigDecimal("6.527975").multiply(BigDecimal.valueOf(20)))
            .add(new BigDecimal("6.602766").multiply(BigDecimal.valueOf(5)))
            .divide(BigDecimal.TEN);
    assertThat(daNang2013.computedTotal().orElseThrow()).isEqualByComparingTo(byHand);
    assertThat(daNang2013.computedTotal().orElseThrow()).isEqualByComparingTo("66.4533795");
    assertThat(daNang2013.total()).isEqualByComparingTo("66.45338");
  }

  @Test
  void unitNames_areStoredInNfc_evenWhenTheFileSpellsThemDecomposed() throws IOException {
    long decomposedInFile =
        PciData.rows().stream()
            .map(r -> r.get("province"))
            .filter(n -> !Normalizer.isNormalized(n, Normalizer.Form.NFC))
            .count();
    assertThat(decomposedInFile).as("the file's quirk this test relies on").isPositive();

    assertThat(PciData.tables().values())
        .flatMap(ResultTable::units)
        .allSatisfy(
            u -> assertThat(Normalizer.isNormalized(u.name(), Normalizer.Form.NFC)).isTrue());
    assertThat(PciData.tables().get(2013).get("Đà Nẵng").unit().name()).isEqualTo("Đà Nẵng");
  }
}
