package vn.ddci.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ddci.PciData;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.ranking.Ranking;
import vn.ddci.ranking.Standing;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Unit;

/**
 * What it takes on PCI 2015, for 2016: every province, rank 10, above the median and five places
 * up; checked by ranking again under PCI's rule (ORDINAL on the unrounded score).
 */
class PciWhatItTakesTest {
  private static final BigDecimal STEP = new BigDecimal("0.01");

  @Test
  void everyProvince_raisedByTheGainReaches_andOneStepLessDoesNot() throws IOException {
    ResultTable pci2015 = PciData.tables().get(2015);
    WhatItTakes takes = WhatItTakes.from(pci2015);
    int checked = 0;
    for (Measure m : Frameworks.PCI.measures()) {
      Map<Unit, BigDecimal> scores = pci2015.scores(m);
      for (Unit u : pci2015.units()) {
        int now = Ranking.of(scores, takes.rule()).standing(u).rank();
        List<RankTarget> targets =
            List.of(
                RankTarget.rank(10),
                RankTarget.aboveMedian(),
                RankTarget.median(),
                RankTarget.rank(Math.max(1, now - 5)));
        for (RankTarget target : targets) {
          Requirement r = takes.requirement(u, m, target);
          String what = u + " " + m.code() + " " + target;
          assertThat(r.standing().rank()).as(what).isEqualTo(now);
          if (!r.isReachable()) {
            BigDecimal top = Frameworks.PCI.max(m);
            assertThat(target.isMetBy(raised(scores, u, top, takes))).as(what).isFalse();
            continue;
          }
          BigDecimal g = r.gain().orElseThrow();
          assertThat(g.stripTrailingZeros().scale()).as(what).isLessThanOrEqualTo(2);
          Standing reached = raised(scores, u, r.score().add(g), takes);
          assertThat(target.isMetBy(reached)).as(what).isTrue();
          assertThat(r.reached()).contains(reached);
          if (g.signum() > 0) {
            assertThat(target.isMetBy(raised(scores, u, r.score().add(g).subtract(STEP), takes)))
                .as(what + ", one step less")
                .isFalse();
          } else {
            assertThat(target.isMetBy(r.standing())).as(what).isTrue();
          }
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(63 * 11 * 3 - 63);
  }

  @Test
  void theTotal_forRank10_isTheGapToTheTenth_roundedUpToTheNextStep() throws IOException {
    ResultTable pci2015 = PciData.tables().get(2015);
    WhatItTakes takes = WhatItTakes.from(pci2015);
    Ranking<Unit> ranking = Ranking.of(pci2015.scores(Measure.total()), takes.rule());
    Unit tenth = ranking.order().get(9);
    for (Unit u : ranking.order().subList(10, 63)) {
      Requirement r = takes.requirement(u, Measure.total(), RankTarget.rank(10));
      BigDecimal gap = ranking.value(tenth).subtract(ranking.value(u));
      // ORDINAL: level is not enough unless the name wins; the gain is within one step above
      assertThat(r.gain().orElseThrow())
          .as("%s", u)
          .isGreaterThanOrEqualTo(gap)
          .isLessThanOrEqualTo(gap.add(STEP));
      assertThat(r.reached().orElseThrow().rank()).isEqualTo(10);
    }
  }

  private static Standing raised(
      Map<Unit, BigDecimal> scores, Unit u, BigDecimal value, WhatItTakes takes) {
    Map<Unit, BigDecimal> copy = new HashMap<>(scores);
    copy.put(u, value);
    return Ranking.of(copy, takes.rule()).standing(u);
  }
}
