package vn.ddci.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ddci.DdciValidationException;

/** The non-answer rule of {@link Choice#isNonAnswer()}, and how a caller overrides it. */
class ChoiceTest {
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "98 | Không biết",
        "99 | KHÔNG TRẢ LỜI",
        "99 | khong biet",
        "-9 | Từ chối trả lời",
        "-1 | Không áp dụng",
        "98 | Don't know",
        "99 | Refused",
        "99 | Prefer not to say",
        "88 | N/A",
        "99 | 99. Không biết",
        "99 | (99) Không biết",
        "99 | Không biết (99)",
        "99 | Không biết / Không trả lời",
        "99 | Don't know or refused",
        "dont_know | Tôi không rõ lắm",
        "refused | Bỏ qua",
        "DK | Khác",
      })
  void isNonAnswer_byALabelOfNonAnswerPhrasesOnlyOrByItsCode(String code, String label) {
    assertThat(Choice.of(code, label).isNonAnswer()).isTrue();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "99 | Khác",
        "99 | 99 lần trở lên",
        "2 | Không",
        "1 | Có",
        "3 | Không biết về dịch vụ này",
        "4 | I don't know the procedure",
        "no | No",
        "5 | Rất đồng ý",
        "3 | Không có ý kiến",
        "3 | No opinion",
      })
  void isNotNonAnswer_forACodeAloneOrALabelThatOnlyContainsAPhraseOrAScalesMidpoint(
      String code, String label) {
    assertThat(Choice.of(code, label).isNonAnswer()).isFalse();
  }

  @Test
  void isNonAnswer_byALabelInAnotherLanguage() {
    Choice c =
        Choice.builder()
            .code("9")
            .label("Ý kiến khác")
            .putLabels("English (en)", "Refused")
            .build();

    assertThat(c.isNonAnswer()).isTrue();
  }

  @Test
  void aChoiceWithoutLabelIsAnAnswerUnlessItsCodeSaysOtherwise() {
    assertThat(Choice.builder().code("a").build().isNonAnswer()).isFalse();
    assertThat(Choice.builder().code("dont_know").build().isNonAnswer()).isTrue();
  }

  @Test
  void theCallerOverridesTheRule() {
    Choice dk = Choice.of("99", "Không biết");
    Choice skipped = Choice.of("9", "Bỏ qua");

    assertThat(dk.withNonAnswer(false).isNonAnswer()).isFalse();
    assertThat(skipped.withNonAnswer(true).isNonAnswer()).isTrue();
    assertThat(Choice.builder().code("99").label("Không biết").isNonAnswer(false).build())
        .isEqualTo(dk.withNonAnswer(false));
    assertThat(dk.withNonAnswer(true)).isSameAs(dk);
  }

  @Test
  void aBlankCodeOrLabel_isRefused() {
    assertThatThrownBy(() -> Choice.of(" ", "Có")).isInstanceOf(DdciValidationException.class);
    assertThatThrownBy(() -> Choice.of("1", " "))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("choice 1");
    assertThatThrownBy(() -> Choice.builder().code("1").putLabels("vi", "Có").build())
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("no label in the default language");
  }

  @Test
  void toString_isShort() {
    assertThat(Choice.of("99", "Không biết")).hasToString("Choice[99 Không biết, non-answer]");
    assertThat(Choice.of("1", "Có")).hasToString("Choice[1 Có]");
  }
}
