package vn.ddci.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;

class LikelihoodTest {
  private static Likelihood.Builder base() {
    Likelihood.Builder b = Likelihood.builder();
    b.measure(Measure.total())
        .target(RankTarget.rank(10))
        .blockSize(25)
        .met(360)
        .replications(500)
        .nominallyMet(true)
        .method("bootstrap of respondents within unit, 500 replications, seed 7");
    return b;
  }

  @Test
  void theProbability_isTheShareMet_withItsMonteCarloStandardError() {
    Likelihood l = base().build();
    assertThat(l.probability()).isEqualTo(0.72);
    assertThat(l.standardError()).isCloseTo(Math.sqrt(0.72 * 0.28 / 500), within(1e-15));
    assertThat(l.toString())
        .isEqualTo("Likelihood[TOTAL 10/25: 72.0% ± 2.0% of 500 replications, nominally met]");
  }

  @Test
  void aSureOrImpossibleTarget_hasNoMonteCarloError() {
    assertThat(base().met(0).build().standardError()).isZero();
    assertThat(base().met(500).build().standardError()).isZero();
    assertThat(base().met(500).build().probability()).isEqualTo(1.0);
  }

  @Test
  void aComponent_isNamedByItsCode() {
    Likelihood l =
        base()
            .measure(Measure.of(Frameworks.LANG_SON_DEPARTMENTS.component("TRANSPARENCY")))
            .target(RankTarget.aboveMedian())
            .met(1)
            .replications(4)
            .nominallyMet(false)
            .build();
    assertThat(l.toString())
        .isEqualTo(
            "Likelihood[TRANSPARENCY above the median (12/25): 25.0% ± 21.7% of 4 replications,"
                + " nominally not met]");
  }

  @Test
  void figuresThatDoNotFit_areRefused() {
    assertThatThrownBy(() -> base().met(501).build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("501 replications met the target, outside 0–500");
    assertThatThrownBy(() -> base().met(-1).build()).isInstanceOf(DdciValidationException.class);
    assertThatThrownBy(() -> base().met(0).replications(0).build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("1 replication or more");
    assertThatThrownBy(() -> base().blockSize(8).build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("target rank 10 is beyond the block's 8 units");
    assertThatThrownBy(() -> base().method(" ").build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("method");
  }
}
