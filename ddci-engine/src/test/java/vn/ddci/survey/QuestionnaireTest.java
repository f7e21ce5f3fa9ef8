package vn.ddci.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;

/** A questionnaire's invariants, and non-answers overridden for every question of a list. */
class QuestionnaireTest {
  private static final ChoiceList AGREE =
      ChoiceList.of(
          "agree",
          Choice.of("1", "Không đồng ý"),
          Choice.of("2", "Trung lập"),
          Choice.of("3", "Đồng ý"),
          Choice.of("9", "Khó nói"));

  private static Questionnaire.Builder form() {
    return Questionnaire.builder()
        .putChoiceLists("agree", AGREE)
        .addGroups(Group.of("transparency", "Tính minh bạch"))
        .addQuestions(Question.selectOne("q1", "Q1", AGREE).withGroup("transparency"))
        .addQuestions(Question.selectOne("q2", "Q2", AGREE).withGroup("transparency"))
        .addQuestions(Question.of("q3", QuestionKind.INTEGER, "Số ngày (ngày)"));
  }

  @Test
  void findsQuestionsByNameIgnoringCaseAndByGroup() {
    Questionnaire f = form().build();

    assertThat(f.question("Q1").orElseThrow().path()).isEqualTo("transparency/q1");
    assertThat(f.question("q4")).isEmpty();
    assertThat(f.questionsIn("transparency"))
        .extracting(Question::name)
        .containsExactly("q1", "q2");
    assertThat(f.questionsIn("trans")).isEmpty();
    assertThat(f).hasToString("Questionnaire[3 questions, 1 choice lists, 1 groups]");
  }

  @Test
  void withNonAnswers_changesTheListAndEveryQuestionThatUsesIt() {
    Questionnaire f = form().build();
    assertThat(f.choiceList("agree").orElseThrow().isLikert())
        .as("9 counts as an answer")
        .isFalse();

    Questionnaire marked = f.withNonAnswers("agree", List.of("9"));

    assertThat(marked.choiceList("agree").orElseThrow().likertPoints()).hasValue(3);
    assertThat(marked.question("q1").orElseThrow().isLikert()).isTrue();
    assertThat(marked.question("q2").orElseThrow().choiceList())
        .isEqualTo(marked.choiceList("agree"));
    assertThatThrownBy(() -> f.withNonAnswers("nope", List.of()))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("'nope'");
  }

  @Test
  void namesGivenTwiceIgnoringCase_areRefused() {
    assertThatThrownBy(() -> form().addQuestions(Question.of("Q3", QuestionKind.TEXT, "x")).build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("same name");
  }

  @Test
  void aQuestionWhoseListIsNotTheQuestionnaires_isRefused() {
    ChoiceList other = ChoiceList.of("agree", Choice.of("1", "Có"));

    assertThatThrownBy(() -> form().addQuestions(Question.selectOne("q4", "Q4", other)).build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("q4");
  }

  @Test
  void groupsMustBeThoseOfTheQuestionsEachResumedNever() {
    assertThatThrownBy(
            () ->
                form()
                    .addQuestions(
                        Question.of("q5", QuestionKind.TEXT, "x").withGroup("transparency"))
                    .build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("resumes group transparency");
    assertThatThrownBy(() -> form().addGroups(Group.of("empty", "Trống")).build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("holds no question");
    assertThatThrownBy(
            () ->
                form()
                    .addQuestions(Question.of("q5", QuestionKind.TEXT, "x").withGroup("missing"))
                    .build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("missing");
  }
}
