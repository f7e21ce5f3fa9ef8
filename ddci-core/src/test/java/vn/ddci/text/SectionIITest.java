package vn.ddci.text;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ddci.text.TextFixtures.F;
import static vn.ddci.text.TextFixtures.SO_NGOAI_VU;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Frameworks;
import vn.ddci.result.PublishedFigures;
import vn.ddci.result.PublishedStanding;
import vn.ddci.result.Unit;

/**
 * Section II in Vietnamese and English: every sentence pattern, on the seed's own figures first.
 */
class SectionIITest {
  private static final PlanText VI = PlanText.of(Language.VIETNAMESE);
  private static final PlanText EN = PlanText.of(Language.ENGLISH);

  @Test
  void seed_vietnamese_statesTheFactsThePlanStates() {
    List<String> lines = VI.sectionII(TextFixtures.seedAssessment());

    assertThat(lines)
        .containsExactly(
            "II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN DDCI NĂM 2023",
            "1. Kết quả mức độ cải thiện chỉ số và vị trí xếp hạng",
            // the seed: "80.45 … (so với đơn vị đứng đầu là 87.77 điểm); Xếp thứ 15/25 … tăng 5.82
            // điểm, xếp thứ 10/25 … về cải thiện"
            "Tổng điểm: 80,45 điểm, xếp hạng 15/25, mức độ cải thiện +5,82 điểm, xếp thứ 10/25 về"
                + " cải thiện, năm 2022 đạt 74,63 điểm, cách đơn vị đứng đầu 7,32 điểm, thấp hơn"
                + " điểm trung vị 0,89 điểm",
            "2. Kết quả 08 chỉ số thành phần DDCI",
            "a) 04/08 chỉ số thành phần có xếp hạng trên trung vị:",
            // the seed: "xếp hạng 02/25, tuy nhiên mức độ cải thiện xếp thứ 18/25 …, giảm -1.29"
            "- Chi phí thời gian: xếp hạng 02/25, mức độ cải thiện −1,29 điểm, xếp thứ 18/25 về cải"
                + " thiện",
            // the seed: "điểm tối đa 10 (cùng điểm với 02 đơn vị dẫn đầu) … tăng 23 bậc … 5,20
            // điểm"
            "- Cạnh tranh bình đẳng: 10 điểm, xếp hạng 01/25 (đồng vị trí bậc 1 với 02 đơn vị"
                + " khác), tăng 23 bậc so với năm 2022, mức độ cải thiện +5,20 điểm",
            // the seed: "bứt phá thứ hạng từ 12 lên vị trí 5/25 …, tăng 1.48 điểm"
            "- Thiết chế pháp lý: xếp hạng 05/25, tăng 7 bậc so với năm 2022, mức độ cải thiện"
                + " +1,48 điểm",
            // the seed: "điểm tuyệt đối 10 … tăng từ bậc 3 lên đồng vị trí bậc 1"
            "- Vai trò người đứng đầu: 10 điểm, xếp hạng 01/25 (đồng vị trí bậc 1 với 02 đơn vị"
                + " khác), tăng 2 bậc so với năm 2022",
            "b) 04/08 chỉ số thành phần có xếp hạng dưới trung vị cần tập trung cải thiện:",
            // the seed: "xếp hạng 17/25 … từ vị trí thứ 2 xuống vị trí 17 …, mức độ cải thiện
            // –1.92"
            "- Tính minh bạch và tiếp cận thông tin: xếp hạng 17/25, giảm 15 bậc so với năm 2022,"
                + " mức độ cải thiện −1,92 điểm",
            "- Chi phí không chính thức: xếp hạng 23/25, giữ nguyên vị trí so với năm 2022, mức độ"
                + " cải thiện −1,18 điểm",
            "- Dịch vụ hỗ trợ doanh nghiệp: xếp hạng 25/25, mức độ cải thiện +1,15 điểm, xếp thứ"
                + " 13/25 về cải thiện",
            "- Tính năng động và hiệu lực của hệ thống: xếp hạng 20/25, giữ nguyên vị trí so với"
                + " năm 2022, mức độ cải thiện +0,86 điểm",
            "3. Chỉ số cần ưu tiên cải thiện năm 2024 (dưới trung vị hoặc giảm điểm): 05/08",
            "- Tính minh bạch và tiếp cận thông tin",
            "- Chi phí thời gian",
            "- Chi phí không chính thức",
            "- Dịch vụ hỗ trợ doanh nghiệp",
            "- Tính năng động và hiệu lực của hệ thống");
  }

  @Test
  void seed_english_usesDecimalPoints_placesAndTheSameFigures() {
    List<String> lines = EN.sectionII(TextFixtures.seedAssessment());

    assertThat(lines)
        .contains(
            "II. Assessment of the DDCI 2023 results",
            "Total: 80.45 points, rank 15/25, score change +5.82 points, improvement rank 10/25,"
                + " 74.63 points in 2022, 7.32 points behind the leader, 0.89 points below the"
                + " median score",
            "2. The 8 DDCI component indices",
            "a) 4 of 8 component indices ranked above the median:",
            "- Equal competition: 10 points, rank 01/25 (tied at rank 1 with 2 other units), up 23"
                + " places since 2022, score change +5.20 points",
            "- Legal institutions: rank 05/25, up 7 places since 2022, score change +1.48 points",
            "b) 4 of 8 component indices ranked below the median, to focus on:",
            "- Transparency and access to information: rank 17/25, down 15 places since 2022,"
                + " score change −1.92 points",
            "- Informal charges: rank 23/25, same rank as in 2022, score change −1.18 points",
            "3. Priorities for 2024 (below the median, or declined): 5 of 8");
    assertThat(String.join("\n", lines))
        .doesNotContain("bậc", "điểm")
        .doesNotContainPattern("\\d,\\d");
  }

  @Test
  void aComponentAtTheMedian_isListedInItsOwnGroup_andTheCountsAddUp() {
    UnitAssessment a = TextFixtures.atTheMedian();

    assertThat(VI.sectionII(a))
        .containsSubsequence(
            "a) 04/08 chỉ số thành phần có xếp hạng trên trung vị:",
            "b) 01/08 chỉ số thành phần có xếp hạng bằng trung vị (hạng 13/25):",
            "- Tính năng động và hiệu lực của hệ thống: xếp hạng 13/25, tăng 7 bậc so với năm"
                + " 2022, mức độ cải thiện +0,86 điểm",
            "c) 03/08 chỉ số thành phần có xếp hạng dưới trung vị cần tập trung cải thiện:");
    assertThat(EN.sectionII(a))
        .containsSubsequence(
            "a) 4 of 8 component indices ranked above the median:",
            "b) 1 of 8 component indices ranked at the median (rank 13 of 25):",
            "- Dynamism and effectiveness of the system: rank 13/25, up 7 places since 2022, score"
                + " change +0.86 points",
            "c) 3 of 8 component indices ranked below the median, to focus on:");
    assertThat(VI.sectionII(a)).filteredOn(l -> l.startsWith("- ")).hasSize(8 + 4);
  }

  @Test
  void withoutAComponentAtTheMedian_thereIsNoAtTheMedianGroup() {
    assertThat(VI.sectionII(TextFixtures.seedAssessment()))
        .noneMatch(l -> l.contains("bằng trung vị"));
    assertThat(EN.sectionII(TextFixtures.seedAssessment()))
        .noneMatch(l -> l.contains("at the median"));
  }

  @Test
  void aComponentWithoutAPublishedRank_isCounted_andNamed() {
    UnitAssessment a = TextFixtures.oneMissing();

    assertThat(VI.sectionII(a))
        .containsSubsequence(
            "a) 04/08 chỉ số thành phần có xếp hạng trên trung vị:",
            "b) 03/08 chỉ số thành phần có xếp hạng dưới trung vị cần tập trung cải thiện:",
            "c) 01/08 chỉ số thành phần không có xếp hạng công bố, không đánh giá được:",
            "- Tính năng động và hiệu lực của hệ thống",
            "3. Chỉ số cần ưu tiên cải thiện năm 2024 (dưới trung vị hoặc giảm điểm): 04/08");
    assertThat(EN.sectionII(a))
        .contains(
            "c) 1 of 8 component indices without a published rank, not assessed:",
            "- Dynamism and effectiveness of the system");
  }

  @Test
  void missingFigures_areLeftOut_withoutAFirstYearNote() {
    UnitAssessment a = TextFixtures.seedAssessment();

    // Chi phí thời gian: no score and no last rank published, only the change and its rank
    assertThat(VI.describe(a.component("TIME_COST"), a))
        .isEqualTo("xếp hạng 02/25, mức độ cải thiện −1,29 điểm, xếp thứ 18/25 về cải thiện");
    assertThat(EN.describe(a.component("TIME_COST"), a))
        .isEqualTo("rank 02/25, score change −1.29 points, improvement rank 18/25");
  }

  @Test
  void tiedRanks_nameTheOtherUnits() {
    UnitAssessment a = TextFixtures.seedAssessment();
    UnitAssessment twoTied =
        UnitAssessment.of(
            TextFixtures.seed()
                .putComponents(
                    F.component("DYNAMISM"),
                    PublishedFigures.builder().rank(5).tiedCount(2).lastRank(5).build())
                .build());

    assertThat(VI.describe(a.component("LEADERSHIP"), a))
        .isEqualTo(
            "10 điểm, xếp hạng 01/25 (đồng vị trí bậc 1 với 02 đơn vị khác), tăng 2 bậc so với"
                + " năm 2022");
    assertThat(EN.describe(twoTied.component("DYNAMISM"), twoTied))
        .isEqualTo("rank 05/25 (tied at rank 5 with 1 other unit), same rank as in 2022");
    assertThat(VI.describe(twoTied.component("DYNAMISM"), twoTied))
        .isEqualTo(
            "xếp hạng 05/25 (đồng vị trí bậc 5 với 01 đơn vị khác), giữ nguyên vị trí so với năm"
                + " 2022");
  }

  @Test
  void aFirstYear_saysThereIsNothingToCompareWith() {
    UnitAssessment a =
        UnitAssessment.of(
            PublishedStanding.builder()
                .unit(SO_NGOAI_VU)
                .year(2023)
                .blockSize(25)
                .total(PublishedFigures.builder().rank(15).score("80.45").build())
                .putComponents(
                    F.component("TRANSPARENCY"), PublishedFigures.builder().rank(17).build())
                .build());

    assertThat(VI.sectionII(a))
        .contains(
            "Tổng điểm: 80,45 điểm, xếp hạng 15/25, chưa có số liệu năm 2022 để so sánh",
            "- Tính minh bạch và tiếp cận thông tin: xếp hạng 17/25, chưa có số liệu năm 2022 để"
                + " so sánh",
            "c) 07/08 chỉ số thành phần không có xếp hạng công bố, không đánh giá được:");
    assertThat(EN.sectionII(a))
        .contains(
            "Total: 80.45 points, rank 15/25, no 2022 figures to compare with",
            "3. Priorities for 2024 (below the median, or declined): 1 of 8");
  }

  @Test
  void aSingleUnitBlock_isAtTheMedian_andHasNoGapToALeader() {
    Unit only = Unit.of("Đơn vị duy nhất", Frameworks.LANG_SON_DEPARTMENT_BLOCK);
    UnitAssessment a =
        UnitAssessment.of(
            PublishedStanding.builder()
                .unit(only)
                .year(2023)
                .blockSize(1)
                .total(PublishedFigures.builder().rank(1).score("70").change("-2.5").build())
                .putComponents(
                    F.component("TRANSPARENCY"),
                    PublishedFigures.builder().rank(1).score("7.25").build())
                .build());

    assertThat(VI.sectionII(a))
        .containsSubsequence(
            "Tổng điểm: 70 điểm, xếp hạng 01/01, mức độ cải thiện −2,5 điểm, năm 2022 đạt 72,5"
                + " điểm",
            "a) 00/08 chỉ số thành phần có xếp hạng trên trung vị:",
            "b) 01/08 chỉ số thành phần có xếp hạng bằng trung vị (hạng 1/1):",
            "- Tính minh bạch và tiếp cận thông tin: 7,25 điểm, xếp hạng 01/01, chưa có số liệu"
                + " năm 2022 để so sánh",
            "c) 00/08 chỉ số thành phần có xếp hạng dưới trung vị cần tập trung cải thiện:",
            "d) 07/08 chỉ số thành phần không có xếp hạng công bố, không đánh giá được:");
    assertThat(EN.sectionII(a))
        .contains("b) 1 of 8 component indices ranked at the median (rank 1 of 1):");
  }

  @Test
  void aScoreEqualToTheMedian_saysSo() {
    UnitAssessment a =
        UnitAssessment.of(
            PublishedStanding.builder()
                .unit(SO_NGOAI_VU)
                .year(2023)
                .blockSize(25)
                .medianScore("81.34")
                .total(PublishedFigures.builder().rank(13).score("81.34").build())
                .build());

    assertThat(VI.describe(a.total(), a)).contains("bằng điểm trung vị");
    assertThat(EN.describe(a.total(), a)).contains("equal to the median score");
  }

  @Test
  void anEvenBlock_hasAHalfMedianRank_andNoOneAtIt() {
    Unit u = Unit.of("Sở A", Frameworks.LANG_SON_DEPARTMENT_BLOCK);
    UnitAssessment a =
        UnitAssessment.of(
            PublishedStanding.builder()
                .unit(u)
                .year(2021)
                .blockSize(24)
                .total(PublishedFigures.builder().rank(12).build())
                .putComponents(
                    F.component("TIME_COST"), PublishedFigures.builder().rank(12).build())
                .putComponents(
                    F.component("LEADERSHIP"), PublishedFigures.builder().rank(13).build())
                .build());

    assertThat(VI.sectionII(a))
        .contains(
            "a) 01/08 chỉ số thành phần có xếp hạng trên trung vị:",
            "b) 01/08 chỉ số thành phần có xếp hạng dưới trung vị cần tập trung cải thiện:")
        .noneMatch(l -> l.contains("bằng trung vị"));
  }

  @Test
  void noIllustrativeLabel_unlessAskedFor() {
    UnitAssessment a = TextFixtures.seedAssessment();
    String plain = String.join("\n", VI.sectionII(a)) + String.join("\n", EN.sectionII(a));
    assertThat(plain)
        .doesNotContainIgnoringCase("minh họa")
        .doesNotContainIgnoringCase("illustrative");

    assertThat(VI.withIllustrativeLabel("DỮ LIỆU MINH HỌA").sectionII(a).get(0))
        .isEqualTo("II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN DDCI NĂM 2023 (DỮ LIỆU MINH HỌA)");
  }
}
