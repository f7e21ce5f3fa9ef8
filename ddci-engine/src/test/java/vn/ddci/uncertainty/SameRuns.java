package vn.ddci.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import vn.ddci.uncertainty.MethodUncertainty.Result;

/** Two runs of a method uncertainty analysis that must have given the same numbers. */
final class SameRuns {
  private SameRuns() {}

  /** Every unit's replicated scores and ranks, and every measure's sensitivity, are equal. */
  static void assertSame(Result one, Result other) {
    for (String measure : one.uncertainty().measures()) {
      for (String unit : one.uncertainty().units()) {
        assertThat(other.uncertainty().distribution(measure, unit).scores())
            .isEqualTo(one.uncertainty().distribution(measure, unit).scores());
        assertThat(other.uncertainty().distribution(measure, unit).ranks())
            .isEqualTo(one.uncertainty().distribution(measure, unit).ranks());
      }
      assertThat(other.sensitivity(measure)).isEqualTo(one.sensitivity(measure));
    }
  }
}
