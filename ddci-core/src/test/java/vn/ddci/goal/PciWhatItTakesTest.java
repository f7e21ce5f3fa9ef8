package vn.ddci.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ddci.PciData;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.framework.RankingRule;
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
  private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

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

  /**
   * The same requirements checked without {@link RankTarget#isMetBy} or {@link Ranking}: the rank
   * at a score is counted by hand under PCI's ORDINAL rule (one more than the units with a higher
   * unrounded score, or an equal one and a name first in Vietnamese alphabetical order), and the
   * worst rank that meets each target is written out: rank k → k, the median rank → (n + 1) / 2,
   * above the median → ⌊n / 2⌋ (below (n + 1) / 2), out of the bottom k → n − k.
   */
  @Test
  void everyProvince_theGainAgreesWithRanksCountedByHand() throws IOException {
    ResultTable pci2015 = PciData.tables().get(2015);
    WhatItTakes takes = WhatItTakes.from(pci2015);
    assertThat(takes.rule()).isEqualTo(RankingRule.PCI);
    int n = pci2015.blockSize();
    assertThat(n).isEqualTo(63);
    Map<RankTarget, Integer> worst = new LinkedHashMap<>();
    worst.put(RankTarget.rank(1), 1);
    worst.put(RankTarget.rank(10), 10);
    worst.put(RankTarget.median(), 32);
    worst.put(RankTarget.aboveMedian(), 31);
    worst.put(RankTarget.outOfBottom(5), 58);
    int checked = 0;
    int gained = 0;
    for (Measure m : Frameworks.PCI.measures()) {
      Map<Unit, BigDecimal> scores = pci2015.scores(m);
      BigDecimal top = Frameworks.PCI.max(m);
      for (Unit u : pci2015.units()) {
        BigDecimal own = scores.get(u);
        for (Map.Entry<RankTarget, Integer> e : worst.entrySet()) {
          Requirement r = takes.requirement(u, m, e.getKey());
          int k = e.getValue();
          String what = u + " " + m.code() + " " + e.getKey();
          assertThat(r.score()).as(what).isEqualByComparingTo(own);
          if (r.gain().isEmpty()) {
            assertThat(rankByHand(scores, u, top)).as(what + " at the top").isGreaterThan(k);
            continue;
          }
          BigDecimal g = r.gain().get();
          assertThat(rankByHand(scores, u, own.add(g))).as(what).isLessThanOrEqualTo(k);
          if (g.signum() > 0) {
            assertThat(rankByHand(scores, u, own.add(g).subtract(STEP)))
                .as(what + ", one step less")
                .isGreaterThan(k);
            gained++;
          } else {
            assertThat(rankByHand(scores, u, own)).as(what).isLessThanOrEqualTo(k);
          }
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(63 * 11 * 5 - 63 * 2);
    assertThat(gained).isGreaterThan(63 * 11);
  }

  /** The ORDINAL rank of u were its score {@code value}, counted unit by unit. */
  private static int rankByHand(Map<Unit, BigDecimal> scores, Unit u, BigDecimal value) {
    int rank = 1;
    for (Map.Entry<Unit, BigDecimal> e : scores.entrySet()) {
      if (e.getKey().equals(u)) {
        continue;
      }
      int c = e.getValue().compareTo(value);
      if (c > 0 || (c == 0 && byName(e.getKey(), u) < 0)) {
        rank++;
      }
    }
    return rank;
  }

  private static int byName(Unit a, Unit b) {
    int c = VIETNAMESE.compare(a.name(), b.name());
    return c != 0 ? c : a.name().compareTo(b.name());
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
