package vn.ddci.assessment;

import vn.ddci.framework.Framework;
import vn.ddci.framework.Frameworks;
import vn.ddci.result.PublishedFigures;
import vn.ddci.result.PublishedStanding;
import vn.ddci.result.Unit;

/**
 * The figures that the seed plan (Sở Ngoại vụ Lạng Sơn, DDCI 2023 against 2022) states in its
 * section II, exactly as written there, and the block's median total (81.34), which Lạng Sơn
 * publishes with the results (DOMAIN.md). Public in the test-jar: other modules' tests use it.
 */
public final class SeedFigures {
  static final Framework F = Frameworks.LANG_SON_DEPARTMENTS;

  /** The seed's unit. */
  public static final Unit SO_NGOAI_VU =
      Unit.of("Sở Ngoại vụ", Frameworks.LANG_SON_DEPARTMENT_BLOCK);

  private SeedFigures() {}

  /**
   * Returns the seed's 2023 standing, every figure as the plan writes it.
   *
   * @return the standing
   */
  public static PublishedStanding standing2023() {
    return builder2023().build();
  }

  /**
   * Returns the seed's 2023 standing as a builder, without the components named, for a test to put
   * them as it needs.
   *
   * @param leftOut component codes to leave out
   * @return the builder
   */
  public static PublishedStanding.Builder builder2023(String... leftOut) {
    java.util.Set<String> out = java.util.Set.of(leftOut);
    PublishedStanding.Builder b =
        PublishedStanding.builder()
            .unit(SO_NGOAI_VU)
            .year(2023)
            .blockSize(25)
            .medianScore("81.34")
            .total(
                PublishedFigures.builder()
                    .rank(15)
                    .score("80.45")
                    .leaderScore("87.77")
                    .change("5.82")
                    .improvementRank(10)
                    .build());
    if (!out.contains("TIME_COST")) {
      b.putComponents(
          F.component("TIME_COST"),
          PublishedFigures.builder().rank(2).change("-1.29").improvementRank(18).build());
    }
    if (!out.contains("EQUAL_COMPETITION")) {
      b.putComponents(
          F.component("EQUAL_COMPETITION"),
          PublishedFigures.builder()
              .rank(1)
              .tiedCount(3)
              .score("10")
              .lastRank(24)
              .change("5,20")
              .build());
    }
    if (!out.contains("LEADERSHIP")) {
      b.putComponents(
          F.component("LEADERSHIP"),
          PublishedFigures.builder().rank(1).tiedCount(3).score("10").lastRank(3).build());
    }
    if (!out.contains("LEGAL_INSTITUTIONS")) {
      b.putComponents(
          F.component("LEGAL_INSTITUTIONS"),
          PublishedFigures.builder().rank(5).lastRank(12).change("1.48").build());
    }
    if (!out.contains("TRANSPARENCY")) {
      b.putComponents(
          F.component("TRANSPARENCY"),
          PublishedFigures.builder().rank(17).lastRank(2).change("-1.92").build());
    }
    if (!out.contains("INFORMAL_CHARGES")) {
      b.putComponents(
          F.component("INFORMAL_CHARGES"),
          PublishedFigures.builder().rank(23).lastRank(23).change("-1.18").build());
    }
    if (!out.contains("BUSINESS_SUPPORT")) {
      b.putComponents(
          F.component("BUSINESS_SUPPORT"),
          PublishedFigures.builder().rank(25).change("1.15").improvementRank(13).build());
    }
    if (!out.contains("DYNAMISM")) {
      b.putComponents(
          F.component("DYNAMISM"),
          PublishedFigures.builder().rank(20).lastRank(20).change("0.86").build());
    }
    return b;
  }
}
