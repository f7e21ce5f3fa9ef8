package vn.ddci.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.assessment.UnitAssessment;

/** Section II as a table: a row per measure, every figure as published, nothing left out. */
class AssessmentTableTest {
  @Test
  void seed_totalThenEveryComponent_inTheFrameworksOrder() {
    List<List<String>> rows = PlanText.vietnamese().table(TextFixtures.seedAssessment());

    assertThat(rows).hasSize(1 + 1 + 8).allSatisfy(r -> assertThat(r).hasSize(8));
    assertThat(rows.get(0))
        .containsExactly(
            "Chỉ số",
            "Điểm 2023",
            "Xếp hạng",
            "Điểm 2022",
            "Xếp hạng 2022",
            "Mức độ cải thiện",
            "Thay đổi thứ hạng",
            "So với trung vị");
    // the total: 80,45 điểm, 15/25, +5,82; last year's score is 80,45 − 5,82
    assertThat(rows.get(1))
        .containsExactly(
            "Tổng điểm", "80,45", "15/25", "74,63", "–", "+5,82", "–", "dưới trung vị");
    assertThat(rows.get(2).get(0)).isEqualTo("Tính minh bạch và tiếp cận thông tin");
  }

  @Test
  void seed_tiedComponentAndRankChange() {
    List<List<String>> rows = PlanText.vietnamese().table(TextFixtures.seedAssessment());

    List<String> equal = row(rows, "Cạnh tranh bình đẳng");
    // 01/25 tied with two others, from 24th: up 23 places
    assertThat(equal.get(1)).isEqualTo("10"); // as published, no digits added
    assertThat(equal.get(2)).isEqualTo("01/25 (đồng vị trí)");
    assertThat(equal.get(4)).isEqualTo("24/25");
    assertThat(equal.get(5)).isEqualTo("+5,20");
    assertThat(equal.get(6)).isEqualTo("+23");
    assertThat(equal.get(7)).isEqualTo("trên trung vị");
    List<String> time = row(rows, "Chi phí thời gian");
    assertThat(time.get(1)).isEqualTo("–"); // no score published
    assertThat(time.get(5)).isEqualTo("\u22121,29");
  }

  @Test
  void atTheMedian_isSaid() {
    List<String> dynamism =
        row(
            PlanText.vietnamese().table(TextFixtures.atTheMedian()),
            "Tính năng động và hiệu lực của hệ thống");

    assertThat(dynamism.get(2)).isEqualTo("13/25");
    assertThat(dynamism.get(7)).isEqualTo("bằng trung vị");
  }

  @Test
  void missingComponent_keepsItsRow() {
    UnitAssessment a = UnitAssessment.of(TextFixtures.seed().build());

    List<String> dynamism =
        row(PlanText.vietnamese().table(a), "Tính năng động và hiệu lực của hệ thống");

    assertThat(dynamism)
        .containsExactly(
            "Tính năng động và hiệu lực của hệ thống",
            "–",
            "–",
            "–",
            "–",
            "–",
            "–",
            "chưa đánh giá");
  }

  @Test
  void english_numbersAndWords() {
    List<List<String>> rows = PlanText.english().table(TextFixtures.seedAssessment());

    assertThat(rows.get(0).get(0)).isEqualTo("Measure");
    assertThat(rows.get(1))
        .containsExactly("Total", "80.45", "15/25", "74.63", "–", "+5.82", "–", "below the median");
    assertThat(row(rows, "Equal competition").get(7)).isEqualTo("above the median");
  }

  private static List<String> row(List<List<String>> rows, String name) {
    return rows.stream().filter(r -> r.get(0).equals(name)).findFirst().orElseThrow();
  }
}
