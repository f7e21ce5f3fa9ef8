package vn.ddci.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ddci.DdciValidationException;

/** A question's rules: unit of measure, yes/no and Likert, and what it refuses. */
class QuestionTest {
  private static final ChoiceList YES_NO =
      ChoiceList.of("yes_no", Choice.of("1", "Có"), Choice.of("2", "Không"));

  private static final ChoiceList AGREE3 =
      ChoiceList.of(
          "agree3",
          Choice.of("1", "Không đồng ý"),
          Choice.of("2", "Trung lập"),
          Choice.of("3", "Đồng ý"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Số ngày chờ kết quả (ngày) | ngày",
        "Số ngày làm việc (ngày làm việc) | ngày làm việc",
        "Days to get the licence (days) | days",
        "Chi phí không chính thức (triệu đồng) | triệu đồng",
        "Tỷ lệ hồ sơ trễ hạn (%) | %",
        "Thời gian chờ (Giờ)  | Giờ",
        "Số lần đi lại (lần) | lần",
      })
  void unitOfMeasure_isAKnownUnitInParenthesesAtTheEndOfANumericLabel(String label, String unit) {
    assertThat(Question.of("q", QuestionKind.DECIMAL, label).unitOfMeasure()).hasValue(unit);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ghi chú (nếu có)",
        "Số ngày (ngày) chờ kết quả",
        "Số ngày chờ kết quả",
        "Doanh thu (tỷ USD)",
      })
  void unitOfMeasure_isNoneWithoutAKnownUnitAtTheEnd(String label) {
    assertThat(Question.of("q", QuestionKind.INTEGER, label).unitOfMeasure()).isEmpty();
  }

  @Test
  void unitOfMeasure_isNoneForATextQuestionAndASetUnitWins() {
    assertThat(Question.of("q", QuestionKind.TEXT, "Lý do (ngày)").unitOfMeasure()).isEmpty();
    assertThat(
            Question.builder()
                .name("q")
                .kind(QuestionKind.INTEGER)
                .label("Số ngày (ngày)")
                .unitOfMeasure("working days")
                .build()
                .unitOfMeasure())
        .hasValue("working days");
  }

  @Test
  void yesNoAndLikert_areSelectOneQuestionsOnSuchLists() {
    assertThat(Question.selectOne("q", "Có không?", YES_NO).isYesNo()).isTrue();
    assertThat(Question.selectOne("q", "Đồng ý?", AGREE3).isLikert()).isTrue();
    assertThat(Question.selectMultiple("q", "Chọn", YES_NO).isYesNo()).isFalse();
    assertThat(Question.selectMultiple("q", "Chọn", AGREE3).isLikert()).isFalse();
    assertThat(Question.of("q", QuestionKind.INTEGER, "Số").isLikert()).isFalse();
  }

  @Test
  void pathJoinsTheGroupAndTheName() {
    Question q = Question.selectOne("q1", "Q", YES_NO).withGroup("a/transparency");

    assertThat(q.path()).isEqualTo("a/transparency/q1");
    assertThat(q).hasToString("Question[a/transparency/q1 select_one yes_no]");
  }

  @Test
  void aSelectWithoutAListOrAnotherKindWithOne_isRefused() {
    assertThatThrownBy(
            () -> Question.builder().name("q").kind(QuestionKind.SELECT_ONE).label("Q").build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("needs a choice list");
    assertThatThrownBy(
            () ->
                Question.builder()
                    .name("q")
                    .kind(QuestionKind.TEXT)
                    .label("Q")
                    .choiceList(YES_NO)
                    .build())
        .isInstanceOf(DdciValidationException.class);
    assertThatThrownBy(
            () ->
                Question.builder()
                    .name("q")
                    .kind(QuestionKind.TEXT)
                    .label("Q")
                    .acceptsOther(true)
                    .build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("other");
  }

  @Test
  void aBadNameOrGroupOrABlankLabel_isRefused() {
    assertThatThrownBy(() -> Question.of("1q", QuestionKind.TEXT, "Q"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("'1q'");
    assertThatThrownBy(() -> Question.of("q", QuestionKind.TEXT, "Q").withGroup("a//b"))
        .isInstanceOf(DdciValidationException.class);
    assertThatThrownBy(() -> Question.of("q", QuestionKind.TEXT, " "))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("blank label");
    assertThatThrownBy(
            () ->
                Question.builder()
                    .name("q")
                    .kind(QuestionKind.TEXT)
                    .label("Q")
                    .required(true)
                    .requiredCondition("${a} = 1")
                    .build())
        .isInstanceOf(DdciValidationException.class);
  }
}
