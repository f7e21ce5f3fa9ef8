package vn.ddci.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;

class ConfidenceTest {
  private static Confidence.Builder valid() {
    return Confidence.builder()
        .level(0.9)
        .method("bootstrap, 1000 replications")
        .rankFrom(3)
        .rankTo(9)
        .rankChangeFrom(3)
        .rankChangeTo(11)
        .scoreChangeFrom(new BigDecimal("0.84"))
        .scoreChangeTo(new BigDecimal("2.10"))
        .probabilityScoreRose(0.99)
        .probabilityRankRose(0.98);
  }

  @Test
  void aChangeIsSignificant_whenItsIntervalLeavesOutZero() {
    assertThat(valid().build().rankChangeIsSignificant()).isTrue();
    assertThat(valid().build().scoreChangeIsSignificant()).isTrue();
    assertThat(valid().rankChangeFrom(-2).build().rankChangeIsSignificant()).isFalse();
    assertThat(valid().rankChangeFrom(-5).rankChangeTo(-1).build().rankChangeIsSignificant())
        .isTrue();
    assertThat(valid().scoreChangeFrom(new BigDecimal("-0.10")).build().scoreChangeIsSignificant())
        .isFalse();
    assertThat(valid().build())
        .hasToString(
            "Confidence[90.0 %: rank 3–9, rank change +3 to +11, score change 0.84 to 2.10,"
                + " P(score rose) 0.99, P(rank rose) 0.98; bootstrap, 1000 replications]");
  }

  @Test
  void badFigures_areRefusedNamingThem() {
    assertThatThrownBy(() -> valid().level(1).build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("confidence level 1.0 is outside (0, 1)");
    assertThatThrownBy(() -> valid().rankFrom(10).build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("rank interval [10, 9]");
    assertThatThrownBy(() -> valid().rankChangeFrom(12).build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("rank change interval [12, 11]");
    assertThatThrownBy(() -> valid().scoreChangeFrom(new BigDecimal("3")).build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("score change interval [3, 2.10]");
    assertThatThrownBy(() -> valid().probabilityRankRose(1.5).build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("probability 1.5");
    assertThatThrownBy(() -> valid().method(" ").build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("method");
  }

  @Test
  void anAssessmentCarriesConfidences_byMeasure_checkedAgainstItsBlock() {
    UnitAssessment a = UnitAssessment.of(SeedFigures.standing2023());
    vn.ddci.framework.Component time =
        vn.ddci.framework.Frameworks.LANG_SON_DEPARTMENTS.component("TIME_COST");

    UnitAssessment with =
        a.withConfidence(
            java.util.Map.of(
                vn.ddci.framework.Measure.total(),
                valid().build(),
                vn.ddci.framework.Measure.of(time),
                valid().rankChangeFrom(-4).build()));

    assertThat(a.total().confidence()).isEmpty();
    assertThat(with.total().confidence()).contains(valid().build());
    assertThat(with.component(time).confidence().orElseThrow().rankChangeIsSignificant()).isFalse();
    assertThat(with.total().toString()).contains("rank change +3..+11 at 90 %");
    assertThat(with.total().standing()).isEqualTo(a.total().standing());
    assertThatThrownBy(
            () ->
                a.withConfidence(
                    java.util.Map.of(
                        vn.ddci.framework.Measure.total(), valid().rankTo(26).build())))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("rank interval reaches 26, beyond the block's 25 units");
  }
}
