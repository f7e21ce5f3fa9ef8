package vn.ddci.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.ddci.PciData;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;

/** PCI's published tiers are bands of the total: cut-offs taken from a year reproduce its tiers. */
class PciTiersTest {

  @Test
  void cutOffsAtEachTiersLowestTotal_reproduceEveryPublishedTier_everyYear() throws IOException {
    for (ResultTable table : PciData.tables().values()) {
      Map<String, BigDecimal> lowest = new TreeMap<>();
      for (Scorecard card : table.scorecards()) {
        lowest.merge(card.publishedTier().orElseThrow(), card.total(), BigDecimal::min);
      }
      List<Tier> cutOffs = new ArrayList<>();
      lowest.forEach((label, bound) -> cutOffs.add(Tier.of(label, bound)));
      Tiers tiers = Tiers.of(cutOffs);

      assertThat(tiers.tiers()).extracting(Tier::label).contains("Rất tốt", "Tốt", "Khá");
      assertThat(tiers.tiers().get(0).label()).isEqualTo("Rất tốt");
      for (Scorecard card : table.scorecards()) {
        assertThat(tiers.tierOf(card.total()).orElseThrow().label())
            .as("%s %s", card.unit(), table.year())
            .isEqualTo(card.publishedTier().orElseThrow());
      }
    }
  }
}
