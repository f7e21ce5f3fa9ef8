package vn.ddci.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;

/** The Likert and yes/no rules of {@link ChoiceList}, and its non-answers. */
class ChoiceListTest {
  private static ChoiceList codes(String... codes) {
    List<Choice> choices = new ArrayList<>();
    for (String c : codes) {
      choices.add(Choice.of(c, "Mức " + c));
    }
    return ChoiceList.of("scale", choices);
  }

  private static final ChoiceList AGREE5 =
      ChoiceList.of(
          "agree5",
          Choice.of("1", "Rất không đồng ý"),
          Choice.of("2", "Không đồng ý"),
          Choice.of("3", "Bình thường"),
          Choice.of("4", "Đồng ý"),
          Choice.of("5", "Rất đồng ý"),
          Choice.of("98", "Không biết"),
          Choice.of("99", "Không trả lời"));

  // --------------------------------------------------------------------------------- Likert

  @Test
  void likert_isConsecutiveCodesFromOneToKWithTheNonAnswersSetAside() {
    assertThat(AGREE5.isLikert()).isTrue();
    assertThat(AGREE5.likertPoints()).hasValue(5);
    assertThat(AGREE5.answers()).extracting(Choice::code).containsExactly("1", "2", "3", "4", "5");
    assertThat(AGREE5.nonAnswers()).extracting(Choice::code).containsExactly("98", "99");
  }

  @Test
  void likert_takesCodesInAnyOrderFromThreeToElevenPoints() {
    assertThat(codes("5", "4", "3", "2", "1").likertPoints()).hasValue(5);
    assertThat(codes("1", "2", "3").likertPoints()).hasValue(3);
    assertThat(codes("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11").likertPoints())
        .hasValue(11);
  }

  @Test
  void likert_isNotAScaleWithAGapAZeroTooFewOrTooManyPointsOrCodesNotWrittenAsPlainIntegers() {
    assertThat(codes("1", "2", "4").isLikert()).as("a gap").isFalse();
    assertThat(codes("0", "1", "2", "3", "4").isLikert()).as("0-based").isFalse();
    assertThat(codes("1", "2").isLikert()).as("two points").isFalse();
    assertThat(codes("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12").isLikert())
        .as("twelve points")
        .isFalse();
    assertThat(codes("01", "02", "03").isLikert()).as("leading zeros").isFalse();
    assertThat(codes("1.0", "2.0", "3.0").isLikert()).as("decimals").isFalse();
    assertThat(codes("a", "b", "c").isLikert()).as("letters").isFalse();
    assertThat(codes("10", "20", "30").isLikert()).as("tens").isFalse();
  }

  @Test
  void likert_keepsNoOpinionAsTheMidpointOfAnAgreementScale() {
    ChoiceList agree =
        ChoiceList.of(
            "agree",
            Choice.of("1", "Rất không đồng ý"),
            Choice.of("2", "Không đồng ý"),
            Choice.of("3", "Không có ý kiến"),
            Choice.of("4", "Đồng ý"),
            Choice.of("5", "Rất đồng ý"));

    assertThat(agree.likertPoints()).hasValue(5);
  }

  @Test
  void likert_countsACodeWhoseLabelSaysNothingAsAnAnswer() {
    ChoiceList withUnlabelled99 = codes("1", "2", "3", "4", "5", "99");

    assertThat(withUnlabelled99.isLikert()).isFalse();
    assertThat(withUnlabelled99.withNonAnswers("99").likertPoints()).hasValue(5);
  }

  // --------------------------------------------------------------------------------- yes/no

  @Test
  void yesNo_byCodesOrByLabelsInAnyLanguage() {
    assertThat(ChoiceList.of("yn", Choice.of("yes", "Yes"), Choice.of("no", "No")).isYesNo())
        .isTrue();
    assertThat(ChoiceList.of("yn", Choice.of("1", "Có"), Choice.of("0", "Không")).isYesNo())
        .isTrue();
    assertThat(ChoiceList.of("yn", Choice.of("2", "KHÔNG"), Choice.of("1", "có")).isYesNo())
        .isTrue();
    ChoiceList english =
        ChoiceList.of(
            "yn",
            Choice.builder().code("1").label("Đúng vậy ạ").putLabels("English (en)", "Yes").build(),
            Choice.builder().code("2").label("Không phải").putLabels("English (en)", "No").build());
    assertThat(english.isYesNo()).isTrue();
  }

  @Test
  void yesNo_setsNonAnswersAside() {
    ChoiceList yesNoDk =
        ChoiceList.of(
            "yn", Choice.of("1", "Có"), Choice.of("2", "Không"), Choice.of("99", "Không biết"));

    assertThat(yesNoDk.isYesNo()).isTrue();
    assertThat(yesNoDk.isLikert()).isFalse();
  }

  @Test
  void yesNo_isNotTwoOtherAnswersNorThreeAnswersNorTwoYeses() {
    assertThat(ChoiceList.of("c", Choice.of("red", "Đỏ"), Choice.of("blue", "Xanh")).isYesNo())
        .isFalse();
    assertThat(
            ChoiceList.of(
                    "c", Choice.of("1", "Có"), Choice.of("2", "Không"), Choice.of("3", "Một phần"))
                .isYesNo())
        .isFalse();
    assertThat(ChoiceList.of("c", Choice.of("yes", "Có"), Choice.of("y", "Yes")).isYesNo())
        .isFalse();
  }

  // ------------------------------------------------------------------ overrides and checks

  @Test
  void withNonAnswers_marksExactlyTheCodesGiven() {
    ChoiceList only98 = AGREE5.withNonAnswers(List.of("98"));

    assertThat(only98.nonAnswers()).extracting(Choice::code).containsExactly("98");
    assertThat(only98.isLikert()).as("99 is now an answer: 1..5 and 99").isFalse();
    assertThat(AGREE5.withNonAnswers(List.of()).nonAnswers()).isEmpty();
  }

  @Test
  void withNonAnswers_refusesACodeNotInTheList() {
    assertThatThrownBy(() -> AGREE5.withNonAnswers("97"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("agree5")
        .hasMessageContaining("'97'");
  }

  @Test
  void aListWithACodeTwiceOrNoChoiceOrASpaceInItsName_isRefused() {
    assertThatThrownBy(() -> ChoiceList.of("yn", Choice.of("1", "Có"), Choice.of("1", "Không")))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> ChoiceList.of("yn", List.of()))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("no choice");
    assertThatThrownBy(() -> ChoiceList.of("yes no", Choice.of("1", "Có")))
        .isInstanceOf(DdciValidationException.class);
  }

  @Test
  void toString_showsTheCodesAndMarksNonAnswers() {
    assertThat(AGREE5).hasToString("ChoiceList[agree5: 1 2 3 4 5 98* 99*; * non-answer]");
  }
}
