package vn.ddci.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ddci.SharedData;
import vn.ddci.io.DdciIoException;

/** Writing a questionnaire as XLSForm and reading it back. */
class XlsFormWriteTest {
  @TempDir Path dir;

  private static final String VI = "Tiếng Việt (vi)";
  private static final String EN = "English (en)";

  private static Questionnaire ddci() {
    ChoiceList agree =
        ChoiceList.builder()
            .name("agree5")
            .addChoices(
                Choice.builder()
                    .code("1")
                    .label("Rất không đồng ý")
                    .putLabels(VI, "Rất không đồng ý")
                    .putLabels(EN, "Strongly disagree")
                    .build(),
                Choice.builder()
                    .code("2")
                    .label("Không đồng ý")
                    .putLabels(VI, "Không đồng ý")
                    .putLabels(EN, "Disagree")
                    .build(),
                Choice.builder()
                    .code("3")
                    .label("Bình thường")
                    .putLabels(VI, "Bình thường")
                    .putLabels(EN, "Neutral")
                    .build(),
                Choice.builder()
                    .code("4")
                    .label("Đồng ý")
                    .putLabels(VI, "Đồng ý")
                    .putLabels(EN, "Agree")
                    .build(),
                Choice.builder()
                    .code("5")
                    .label("Rất đồng ý")
                    .putLabels(VI, "Rất đồng ý")
                    .putLabels(EN, "Strongly agree")
                    .build(),
                Choice.builder()
                    .code("98")
                    .label("Khó nói")
                    .putLabels(VI, "Khó nói")
                    .putLabels(EN, "Hard to say")
                    .build(),
                Choice.builder()
                    .code("99")
                    .label("Không biết")
                    .putLabels(VI, "Không biết")
                    .putLabels(EN, "Don't know")
                    .build())
            .build()
            .withNonAnswers("98", "99");
    ChoiceList yesNo = ChoiceList.of("yes_no", Choice.of("1", "Có"), Choice.of("0", "Không"));
    ChoiceList obstacles =
        ChoiceList.of(
            "obstacles",
            Choice.of("paperwork", "Nhiều giấy tờ"),
            Choice.of("time", "Mất thời gian"),
            Choice.of("_x0041_", "Mã lạ _x0042_ giữ nguyên"));
    return Questionnaire.builder()
        .title("DDCI 2024 – phiếu khảo sát doanh nghiệp")
        .formId("ddci_2024")
        .version("2024031501")
        .defaultLanguage(VI)
        .putChoiceLists("agree5", agree)
        .putChoiceLists("yes_no", yesNo)
        .putChoiceLists("obstacles", obstacles)
        .addGroups(
            Group.builder()
                .path("a")
                .label("Phần A")
                .putLabels(VI, "Phần A")
                .putLabels(EN, "Part A")
                .build(),
            Group.builder()
                .path("a/transparency")
                .label("Tính minh bạch")
                .relevant("${used} = '1'")
                .build(),
            Group.of("b", "Phần B"))
        .addQuestions(
            Question.selectOne("used", "Đã liên hệ sở trong năm?", yesNo),
            Question.builder()
                .name("q1")
                .group("a/transparency")
                .kind(QuestionKind.SELECT_ONE)
                .label("Thông tin đầy đủ")
                .putLabels(VI, "Thông tin đầy đủ")
                .putLabels(EN, "Information is complete")
                .choiceList(agree)
                .required(true)
                .build(),
            Question.builder()
                .name("q2")
                .group("a/transparency")
                .kind(QuestionKind.SELECT_MULTIPLE)
                .label("Trở ngại")
                .choiceList(obstacles)
                .acceptsOther(true)
                .requiredCondition("${q1} >= 3")
                .build(),
            Question.builder()
                .name("days")
                .group("a")
                .kind(QuestionKind.INTEGER)
                .label("Số ngày chờ (ngày)")
                .constraint(". >= 0 and . <= 365")
                .relevant("${used} = '1'")
                .build(),
            Question.builder()
                .name("cost")
                .group("b")
                .kind(QuestionKind.DECIMAL)
                .label("Chi phí")
                .unitOfMeasure("triệu đồng")
                .build(),
            Question.of("comment", QuestionKind.TEXT, "Góp ý\n(nhiều dòng)"))
        .build();
  }

  @Test
  void aWrittenQuestionnaireReadsBackEqual() {
    Questionnaire original = ddci();
    Path file = dir.resolve("ddci.xlsx");

    XlsForm.write(original, file);
    Questionnaire read = XlsForm.read(file);

    assertThat(read.questions()).isEqualTo(original.questions());
    assertThat(read.choiceLists()).isEqualTo(original.choiceLists());
    assertThat(read.groups()).isEqualTo(original.groups());
    assertThat(read.skipped()).isEmpty();
    assertThat(read).isEqualTo(original);
  }

  @Test
  void theWrittenFormIsPlainXlsForm() {
    Path file = dir.resolve("ddci.xlsx");
    XlsForm.write(ddci(), file);

    Questionnaire read = XlsForm.read(file);

    assertThat(read.question("q2").orElseThrow().acceptsOther()).isTrue();
    assertThat(read.question("q1").orElseThrow().label("en")).hasValue("Information is complete");
    assertThat(read.question("days").orElseThrow().unitOfMeasure()).hasValue("ngày");
    assertThat(read.choiceList("agree5").orElseThrow().likertPoints()).hasValue(5);
    assertThat(read.choiceList("obstacles").orElseThrow().codes()).contains("_x0041_");
  }

  @Test
  void everyFormOfPyxformReadsBackEqualAfterWriting() throws IOException {
    Path folder = SharedData.require("xlsform/xlsform_spec_test.xlsx").getParent();
    List<Path> forms;
    try (var files = Files.list(folder)) {
      forms = files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
    }
    assertThat(forms).hasSize(9);
    for (Path form : forms) {
      Questionnaire original = Fixtures.read(form.getFileName().toString());
      Path copy = dir.resolve(form.getFileName());

      XlsForm.write(original, copy);

      Questionnaire read = XlsForm.read(copy);
      assertThat(read.questions()).as(form.toString()).isEqualTo(original.questions());
      assertThat(read.choiceLists()).as(form.toString()).isEqualTo(original.choiceLists());
      assertThat(read.groups()).as(form.toString()).isEqualTo(original.groups());
      assertThat(read.title()).isEqualTo(original.title());
      assertThat(read.defaultLanguage()).isEqualTo(original.defaultLanguage());
    }
  }

  @Test
  void writingOverAFolder_isRefusedAndNothingIsLeftBehind() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("form.xlsx"));

    Throwable t = catchThrowable(() -> XlsForm.write(ddci(), folder));

    assertThat(t).isInstanceOf(DdciIoException.class).hasMessageStartingWith(folder.toString());
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(folder);
    }
  }
}
