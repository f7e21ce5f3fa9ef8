package vn.ddci.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ddci.PciData;
import vn.ddci.framework.Measure;
import vn.ddci.framework.Precision;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;

/** PCI's ranking rule on the real PCI 2013–2016 results. */
class PciRankingTest {

  @Test
  void ordinalRanksOnTheUnroundedTotal_equalThePublishedRanks_everyYear() throws IOException {
    for (ResultTable table : PciData.tables().values()) {
      Ranking<?> ranking = BlockRanking.of(table, RankingRule.PCI).ranking(Measure.total());
      for (Scorecard card : table.scorecards()) {
        Standing standing =
            BlockRanking.of(table, RankingRule.PCI).standing(card.unit(), Measure.total());
        assertThat(standing.rank())
            .as("%s %s", card.unit(), table.year())
            .isEqualTo(card.publishedRank().orElseThrow());
        assertThat(standing.outOf()).isEqualTo(63);
        assertThat(standing.isTied()).isFalse();
      }
      assertThat(ranking.size()).isEqualTo(63);
    }
  }

  @Test
  void leaders_areThePublishedFirsts() throws IOException {
    Map<Integer, ResultTable> tables = PciData.tables();
    for (int year = 2013; year <= 2016; year++) {
      Ranking<?> total =
          BlockRanking.of(tables.get(year), RankingRule.PCI).ranking(Measure.total());
      assertThat(total.leaders()).extracting(Object::toString).containsExactly("Đà Nẵng");
    }
  }

  @Test
  void medianRankOf63_is32_andTheMedianProvinceIsAt() throws IOException {
    ResultTable pci2016 = PciData.tables().get(2016);
    Ranking<?> total = BlockRanking.of(pci2016, RankingRule.PCI).ranking(Measure.total());

    assertThat(Medians.rank(63)).isEqualByComparingTo("32");
    assertThat(total.standings().values())
        .filteredOn(s -> s.medianClass() == MedianClass.AT)
        .singleElement()
        .extracting(Standing::rank)
        .isEqualTo(32);
    assertThat(total.standings().values())
        .filteredOn(s -> s.medianClass() == MedianClass.ABOVE)
        .hasSize(31);
  }

  @Test
  void medianScore_isTheScoreOfTheProvinceRanked32nd() throws IOException {
    ResultTable pci2016 = PciData.tables().get(2016);
    BlockRanking ranking = BlockRanking.of(pci2016, RankingRule.PCI);
    Object middle = ranking.ranking(Measure.total()).order().get(31);

    assertThat(ranking.medianScore(Measure.total()))
        .isEqualByComparingTo(pci2016.get(middle.toString()).total());
  }

  @Test
  void competitionRanksOnThePublishedRounding_shareRanksWhereTwoDecimalsTie() throws IOException {
    // Some component scores tie at two decimals though they differ unrounded.
    for (ResultTable table : PciData.tables().values()) {
      for (Measure m : table.block().framework().measures()) {
        Ranking<?> shared = BlockRanking.of(table, RankingRule.LANG_SON).ranking(m);
        Ranking<?> ordinal =
            BlockRanking.of(table, RankingRule.of(TiePolicy.ORDINAL, Precision.PUBLISHED))
                .ranking(m);
        assertThat(shared.order()).isEqualTo(ordinal.order());
        shared
            .standings()
            .forEach(
                (unit, s) -> {
                  @SuppressWarnings("unchecked")
                  Standing o = ((Ranking<Object>) ordinal).standing(unit);
                  assertThat(s.rank()).isLessThanOrEqualTo(o.rank());
                  assertThat(o.rank()).isLessThan(s.rank() + s.tiedCount());
                });
      }
    }
  }
}
