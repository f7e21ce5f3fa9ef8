package vn.ddci.framework;

import java.math.BigDecimal;

/**
 * The built-in frameworks and blocks: Lạng Sơn's DDCI (departments and districts) and VCCI's PCI.
 *
 * <p><b>Assumption:</b> Lạng Sơn does not publish the weights of its eight component indices, so
 * both Lạng Sơn frameworks give every component the weight 1 (equal shares of 12.5 %); the total is
 * then the mean component score times 10. Build a custom {@link Framework} when the weights are
 * known. Since they are assumed ({@link Framework#weightsPublished()} is false), a published Lạng
 * Sơn total is kept as given and never checked against the assumed weights. PCI's weights are
 * published (5, 5, 20, 5, 10, 5, 5, 20, 20 and 5 %) and reproduce every published PCI total.
 */
public final class Frameworks {

  /**
   * Lạng Sơn's DDCI for the department block (khối sở, ban, ngành): seven shared components and
   * DYNAMISM, in the order of the plans' section III; equal weights (an assumption, see above).
   */
  public static final Framework LANG_SON_DEPARTMENTS =
      langSon(
          "DDCI Lạng Sơn – khối sở, ban, ngành",
          component(
              "DYNAMISM",
              "Tính năng động và hiệu lực của hệ thống",
              "Dynamism and effectiveness of the system",
              1));

  /**
   * Lạng Sơn's DDCI for the district block (khối UBND huyện, thành phố): seven shared components
   * and LAND_ACCESS; equal weights (an assumption, see above).
   */
  public static final Framework LANG_SON_DISTRICTS =
      langSon(
          "DDCI Lạng Sơn – khối UBND huyện, thành phố",
          component(
              "LAND_ACCESS",
              "Tiếp cận đất đai và tính ổn định trong sử dụng đất",
              "Land access and security of tenure",
              1));

  /** VCCI's Provincial Competitiveness Index: ten sub-indices with their published weights. */
  public static final Framework PCI =
      Framework.builder()
          .name("PCI")
          .addComponents(
              component("ENTRY", "Gia nhập thị trường", "Entry costs", 5),
              component("LAND", "Tiếp cận đất đai", "Land access", 5),
              component("TRANSPARENCY", "Tính minh bạch", "Transparency", 20),
              component("TIME", "Chi phí thời gian", "Time costs", 5),
              component("INFORMAL", "Chi phí không chính thức", "Informal charges", 10),
              component("POLICY_BIAS", "Cạnh tranh bình đẳng", "Policy bias", 5),
              component("PROACTIVITY", "Tính năng động", "Proactivity", 5),
              component("BUSINESS_SUPPORT", "Dịch vụ hỗ trợ doanh nghiệp", "Business support", 20),
              component("LABOR", "Đào tạo lao động", "Labor training", 20),
              component("LEGAL", "Thiết chế pháp lý", "Legal institutions", 5))
          .build();

  /**
   * PCI as it stood in 2010: nine sub-indices (no "Cạnh tranh bình đẳng" yet) with the weights 10,
   * 5, 20, 15, 10, 10, 5, 20 and 5 %. These weights reproduce all 63 published 2010 totals to
   * within 1e-13 (solved from the 2010 workbook by least squares; the fit is exact).
   */
  public static final Framework PCI_2010 =
      Framework.builder()
          .name("PCI 2010")
          .addComponents(
              component("ENTRY", "Gia nhập thị trường", "Entry costs", 10),
              component("LAND", "Tiếp cận đất đai", "Land access", 5),
              component("TRANSPARENCY", "Tính minh bạch", "Transparency", 20),
              component("TIME", "Chi phí thời gian", "Time costs", 15),
              component("INFORMAL", "Chi phí không chính thức", "Informal charges", 10),
              component("PROACTIVITY", "Tính năng động", "Proactivity", 10),
              component("BUSINESS_SUPPORT", "Dịch vụ hỗ trợ doanh nghiệp", "Business support", 5),
              component("LABOR", "Đào tạo lao động", "Labor training", 20),
              component("LEGAL", "Thiết chế pháp lý", "Legal institutions", 5))
          .build();

  /**
   * Lạng Sơn's department block, Khối sở, ban, ngành (SBN): 25 units in 2023 (24 in 2021), ranked
   * by {@link RankingRule#LANG_SON}: equal published scores share a rank.
   */
  public static final Block LANG_SON_DEPARTMENT_BLOCK =
      Block.of("SBN", "Khối sở, ban, ngành", LANG_SON_DEPARTMENTS, RankingRule.LANG_SON);

  /**
   * Lạng Sơn's district block, Khối UBND huyện, thành phố: 11 units, ranked by {@link
   * RankingRule#LANG_SON}.
   */
  public static final Block LANG_SON_DISTRICT_BLOCK =
      Block.of("UBND", "Khối UBND huyện, thành phố", LANG_SON_DISTRICTS, RankingRule.LANG_SON);

  /**
   * The 63 provinces and centrally-run cities ranked by PCI, by {@link RankingRule#PCI}: every
   * province its own rank on the unrounded total.
   */
  public static final Block PCI_PROVINCES =
      Block.of("PCI", "63 tỉnh, thành phố", PCI, RankingRule.PCI);

  /** The 63 provinces and centrally-run cities ranked by PCI 2010, by {@link RankingRule#PCI}. */
  public static final Block PCI_2010_PROVINCES =
      Block.of("PCI2010", "63 tỉnh, thành phố (PCI 2010)", PCI_2010, RankingRule.PCI);

  private Frameworks() {}

  private static Framework langSon(String name, Component eighth) {
    return Framework.builder()
        .name(name)
        .weightsPublished(false)
        .addComponents(
            component(
                "TRANSPARENCY",
                "Tính minh bạch và tiếp cận thông tin",
                "Transparency and access to information",
                1),
            component("TIME_COST", "Chi phí thời gian", "Time costs", 1),
            component("INFORMAL_CHARGES", "Chi phí không chính thức", "Informal charges", 1),
            component("EQUAL_COMPETITION", "Cạnh tranh bình đẳng", "Equal competition", 1),
            component(
                "BUSINESS_SUPPORT", "Dịch vụ hỗ trợ doanh nghiệp", "Business support services", 1),
            component("LEGAL_INSTITUTIONS", "Thiết chế pháp lý", "Legal institutions", 1),
            component("LEADERSHIP", "Vai trò người đứng đầu", "Role of the head of the unit", 1),
            eighth)
        .build();
  }

  private static Component component(String code, String vi, String en, int weight) {
    return Component.of(code, vi, en, BigDecimal.valueOf(weight));
  }
}
