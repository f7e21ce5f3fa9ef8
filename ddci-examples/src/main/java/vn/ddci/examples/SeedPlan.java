package vn.ddci.examples;

import vn.ddci.framework.Framework;
import vn.ddci.framework.Frameworks;
import vn.ddci.result.PublishedFigures;
import vn.ddci.result.PublishedStanding;
import vn.ddci.result.Unit;

/**
 * The seed plan's figures: what Sở Ngoại vụ tỉnh Lạng Sơn received about its DDCI 2023 (against
 * 2022), exactly as its 2024 plan states them in section II, built with the public API.
 *
 * <p>A unit usually receives only its own figures, not the whole block's table: ranks of 25 for the
 * total and every component, and some scores, last-year ranks, score changes and improvement ranks.
 * Nothing here is invented; what the plan does not state is left out, but for the block's median
 * total (81.34), which Lạng Sơn publishes with the results (DOMAIN.md), not the plan.
 */
public final class SeedPlan {
  /** Sở Ngoại vụ, in Lạng Sơn's department block (Khối sở, ban, ngành, 25 units). */
  public static final Unit SO_NGOAI_VU =
      Unit.of("Sở Ngoại vụ", Frameworks.LANG_SON_DEPARTMENT_BLOCK);

  private SeedPlan() {}

  /**
   * Returns Sở Ngoại vụ's published standing in the DDCI 2023.
   *
   * @return the figures of section II of the seed plan
   */
  public static PublishedStanding standing2023() {
    Framework f = Frameworks.LANG_SON_DEPARTMENTS;
    return PublishedStanding.builder()
        .unit(SO_NGOAI_VU)
        .year(2023)
        .blockSize(25)
        .medianScore("81.34") // the block's median total, published by Lạng Sơn
        .total(
            PublishedFigures.builder()
                .rank(15) // "Xếp thứ 15/25"
                .score("80.45")
                .leaderScore("87.77") // "so với đơn vị đứng đầu là 87.77 điểm"
                .change("5.82") // "tăng 5.82 điểm"
                .improvementRank(10) // "xếp thứ 10/25 … về cải thiện"
                .build())
        .putComponents(
            f.component("Tính minh bạch và tiếp cận thông tin"),
            PublishedFigures.builder().rank(17).lastRank(2).change("-1.92").build())
        .putComponents(
            f.component("Chi phí thời gian"),
            PublishedFigures.builder().rank(2).change("-1.29").improvementRank(18).build())
        .putComponents(
            f.component("Chi phí không chính thức"),
            PublishedFigures.builder().rank(23).lastRank(23).change("-1.18").build())
        .putComponents(
            f.component("Cạnh tranh bình đẳng"),
            PublishedFigures.builder()
                .rank(1)
                .tiedCount(3) // "cùng điểm với 02 đơn vị dẫn đầu"
                .score("10")
                .lastRank(24) // "tăng 23 bậc"
                .change("5,20")
                .build())
        .putComponents(
            f.component("Dịch vụ hỗ trợ doanh nghiệp"),
            PublishedFigures.builder().rank(25).change("1.15").improvementRank(13).build())
        .putComponents(
            f.component("Thiết chế pháp lý"),
            PublishedFigures.builder().rank(5).lastRank(12).change("1.48").build())
        .putComponents(
            f.component("Vai trò người đứng đầu"),
            PublishedFigures.builder().rank(1).tiedCount(3).score("10").lastRank(3).build())
        .putComponents(
            f.component("Tính năng động và hiệu lực của hệ thống"),
            PublishedFigures.builder().rank(20).lastRank(20).change("0.86").build())
        .build();
  }
}
