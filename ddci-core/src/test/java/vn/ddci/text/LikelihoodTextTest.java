package vn.ddci.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.goal.Likelihood;
import vn.ddci.goal.RankTarget;

class LikelihoodTextTest {
  private static final Likelihood TOTAL =
      Likelihood.builder()
          .measure(Measure.total())
          .target(RankTarget.rank(10))
          .blockSize(25)
          .met(358)
          .replications(500)
          .nominallyMet(true)
          .method("bootstrap of respondents within unit, 500 replications, seed 7")
          .build();

  @Test
  void theTotalsTarget_isStatedWithItsProbability_andTheResamples() {
    assertThat(PlanText.vietnamese().targetLikelihood(TOTAL))
        .isEqualTo(
            "Khả năng đạt mục tiêu 10/25 về tổng điểm: 71,6 % (500 lần lấy mẫu lại dữ liệu khảo"
                + " sát năm trước)");
    assertThat(PlanText.english().targetLikelihood(TOTAL))
        .isEqualTo(
            "Probability of reaching 10/25 on the total: 71.6% (500 resamples of last year's"
                + " survey)");
  }

  @Test
  void aComponentsTarget_namesTheComponent() {
    Likelihood l =
        Likelihood.builder()
            .from(TOTAL)
            .measure(Measure.of(Frameworks.LANG_SON_DEPARTMENTS.component("TIME_COST")))
            .target(RankTarget.aboveMedian())
            .met(500)
            .build();
    assertThat(PlanText.vietnamese().targetLikelihood(l))
        .isEqualTo(
            "Khả năng đạt mục tiêu trên trung vị (12/25) về Chi phí thời gian: 100 % (500 lần lấy"
                + " mẫu lại dữ liệu khảo sát năm trước)");
    assertThat(PlanText.english().targetLikelihood(l))
        .startsWith("Probability of reaching above the median (12/25) on Time costs: 100%");
  }

  @Test
  void withoutTheSurveysAnswers_thereIsNoProbability_andTheTextSaysSo() {
    assertThat(PlanText.vietnamese().noTargetLikelihood())
        .isEqualTo(
            "Không tính được khả năng đạt mục tiêu: kết quả công bố không kèm dữ liệu khảo sát"
                + " gốc.");
    assertThat(PlanText.english().noTargetLikelihood()).contains("without the survey's answers");
  }
}
