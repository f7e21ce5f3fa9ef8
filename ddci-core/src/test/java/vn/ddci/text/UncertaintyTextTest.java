package vn.ddci.text;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ddci.text.TextFixtures.confidence;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Measure;

/** The uncertainty phrases: rank change intervals, significance, and the note on their source. */
class UncertaintyTextTest {
  private static final PlanText VI = PlanText.vietnamese();
  private static final PlanText EN = PlanText.english();

  @Test
  void intervals_vietnamese() {
    assertThat(VI.interval(confidence(3, 11).build()))
        .isEqualTo("khoảng tin cậy 90 %: từ 3 đến 11 bậc");
    assertThat(VI.interval(confidence(-4, -1).build()))
        .isEqualTo("khoảng tin cậy 90 %: giảm từ 1 đến 4 bậc");
    assertThat(VI.interval(confidence(-2, 4).build()))
        .isEqualTo(
            "khoảng tin cậy 90 %: từ giảm 2 đến tăng 4 bậc, thay đổi không có ý nghĩa thống kê");
    assertThat(VI.interval(confidence(0, 2).build()))
        .isEqualTo("khoảng tin cậy 90 %: từ 0 đến 2 bậc, thay đổi không có ý nghĩa thống kê");
    assertThat(VI.interval(confidence(0, 0).build())).isEqualTo("khoảng tin cậy 90 %: giữ");
    assertThat(VI.interval(confidence(2, 2).build()))
        .isEqualTo("khoảng tin cậy 90 %: tăng đúng 2 bậc");
    assertThat(VI.interval(confidence(-3, -3).build()))
        .isEqualTo("khoảng tin cậy 90 %: giảm đúng 3 bậc");
    assertThat(VI.interval(confidence(1, 4).level(0.95).build()))
        .isEqualTo("khoảng tin cậy 95 %: từ 1 đến 4 bậc");
  }

  @Test
  void intervals_english() {
    assertThat(EN.interval(confidence(3, 11).build()))
        .isEqualTo("90% confidence interval: up 3 to 11 places");
    assertThat(EN.interval(confidence(-4, -1).build()))
        .isEqualTo("90% confidence interval: down 1 to 4 places");
    assertThat(EN.interval(confidence(-2, 4).build()))
        .isEqualTo(
            "90% confidence interval: from down 2 to up 4 places, not statistically significant");
    assertThat(EN.interval(confidence(0, 0).build()))
        .isEqualTo("90% confidence interval: no change");
    assertThat(EN.interval(confidence(1, 1).build()))
        .isEqualTo("90% confidence interval: up exactly 1 place");
  }

  @Test
  void describe_putsTheIntervalAfterTheRankChange() {
    UnitAssessment a =
        TextFixtures.seedAssessment()
            .withConfidence(
                Map.of(
                    Measure.of(TextFixtures.F.component("TRANSPARENCY")),
                    confidence(-18, -9).build()));

    assertThat(VI.describe(a.component("TRANSPARENCY"), a))
        .isEqualTo(
            "xếp hạng 17/25, giảm 15 bậc so với năm 2022, khoảng tin cậy 90 %: giảm từ 9 đến 18"
                + " bậc, mức độ cải thiện −1,92 điểm");
    assertThat(EN.describe(a.component("TRANSPARENCY"), a))
        .isEqualTo(
            "rank 17/25, down 15 places since 2022, 90% confidence interval: down 9 to 18 places,"
                + " score change −1.92 points");
  }

  @Test
  void significantChanges_listOnlyTheSignificantOnes() {
    UnitAssessment a =
        TextFixtures.seedAssessment()
            .withConfidence(
                Map.of(
                    Measure.total(),
                    confidence(-2, 3).build(),
                    Measure.of(TextFixtures.F.component("TRANSPARENCY")),
                    confidence(-18, -9).build(),
                    Measure.of(TextFixtures.F.component("LEGAL_INSTITUTIONS")),
                    confidence(2, 12).build()));

    assertThat(VI.significantChanges(a))
        .isEqualTo(
            "Thay đổi thứ hạng có ý nghĩa thống kê: Tính minh bạch và tiếp cận thông tin (giảm 15"
                + " bậc); Thiết chế pháp lý (tăng 7 bậc)");
    assertThat(EN.significantChanges(a))
        .isEqualTo(
            "Statistically significant rank changes: Transparency and access to information (down"
                + " 15 places); Legal institutions (up 7 places)");
    assertThat(VI.significantChanges(TextFixtures.seedAssessment()))
        .isEqualTo("Thay đổi thứ hạng có ý nghĩa thống kê: không có");
  }

  @Test
  void confidenceNote_namesTheMethodInTheTextsLanguage_orSaysPublishedResultsGiveNone() {
    UnitAssessment a =
        TextFixtures.seedAssessment()
            .withConfidence(Map.of(Measure.total(), confidence(-2, 3).build()));

    assertThat(VI.confidenceNote(a))
        .isEqualTo(
            "Khoảng tin cậy 90 % của thay đổi thứ hạng được ước lượng từ dữ liệu khảo sát gốc"
                + " (bootstrap người trả lời); xác suất tổng điểm"
                + " thực sự tăng: 87,3 %.");
    assertThat(EN.confidenceNote(a))
        .endsWith("probability that the total score truly rose: 87.3%.");
    assertThat(VI.confidenceNote(TextFixtures.seedAssessment()))
        .startsWith("Không tính được khoảng tin cậy");
    assertThat(EN.confidenceNote(TextFixtures.seedAssessment()))
        .startsWith("No confidence intervals");
    assertThat(String.join("\n", VI.sectionII(TextFixtures.seedAssessment())))
        .doesNotContain("khoảng tin cậy");
  }
}
