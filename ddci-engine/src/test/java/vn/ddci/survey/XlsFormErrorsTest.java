package vn.ddci.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.ddci.survey.Workbooks.row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ddci.io.DdciIoException;

/** Broken forms: each is refused whole, with the file, sheet, row, column and value named. */
class XlsFormErrorsTest {
  @TempDir Path dir;

  private static final Object[] YES_NO_HEADER = row("list_name", "name", "label");

  private DdciIoException failing(Workbooks form) throws IOException {
    Path file = form.writeTo(dir.resolve("broken.xlsx"));
    Throwable t = catchThrowable(() -> XlsForm.read(file));
    assertThat(t).isInstanceOf(DdciIoException.class);
    DdciIoException e = (DdciIoException) t;
    assertThat(e.source()).isEqualTo(file.toString());
    return e;
  }

  private static void assertAt(
      DdciIoException e, String sheet, int row, String column, String value) {
    assertThat(e.sheet()).hasValue(sheet);
    assertThat(e.row()).hasValue(row);
    assertThat(e.column()).hasValue(column);
    assertThat(e.value()).hasValue(value);
  }

  @Test
  void aWorkbookWithoutASurveySheet_isRefusedNamingTheSheetsItHas() throws IOException {
    DdciIoException e =
        failing(
            Workbooks.of()
                .sheet("questions", row("type", "name", "label"))
                .sheet("choices", YES_NO_HEADER));

    assertThat(e.sheet()).isEmpty();
    assertThat(e.problem()).contains("no sheet named survey", "questions", "choices");
  }

  @Test
  void aSelectWithAListNotInChoices_isRefusedNamingTheList() throws IOException {
    DdciIoException e =
        failing(
            Workbooks.of()
                .survey(row("select_one yes_no", "q1", "Q1"), row("select_one nope", "q2", "Q2"))
                .sheet(
                    "choices",
                    YES_NO_HEADER,
                    row("yes_no", "yes", "Có"),
                    row("yes_no", "no", "Không")));

    assertAt(e, "survey", 3, "A type", "select_one nope");
    assertThat(e.problem()).contains("choice list nope", "not in the choices sheet");
    assertThat(e.getMessage()).contains("broken.xlsx", "sheet \"survey\"", "row 3");
  }

  @Test
  void aSelectWithoutAChoicesSheet_saysThereIsNone() throws IOException {
    DdciIoException e = failing(Workbooks.of().survey(row("select_multiple x", "q1", "Q1")));

    assertAt(e, "survey", 2, "A type", "select_multiple x");
    assertThat(e.problem()).contains("no choices sheet");
  }

  @Test
  void aNameGivenTwice_isRefusedNamingBothRowsEvenInAnotherCase() throws IOException {
    DdciIoException e =
        failing(
            Workbooks.of()
                .survey(
                    row("integer", "q1", "Q1"),
                    row("begin group", "g"),
                    row("text", "Q1", "Again"),
                    row("end group")));

    assertAt(e, "survey", 4, "B name", "Q1");
    assertThat(e.problem()).contains("given twice", "also row 2");
  }

  @Test
  void anUnknownType_isAnErrorNotSkipped() throws IOException {
    DdciIoException e = failing(Workbooks.of().survey(row("integr", "q1", "Số ngày")));

    assertAt(e, "survey", 2, "A type", "integr");
    assertThat(e.problem()).contains("unknown question type");
  }

  @Test
  void aSelectWithSomethingAfterItsList_isRefused() throws IOException {
    DdciIoException e =
        failing(
            Workbooks.of()
                .survey(row("select_one yes_no maybe", "q1", "Q1"))
                .sheet("choices", YES_NO_HEADER, row("yes_no", "yes", "Có")));

    assertAt(e, "survey", 2, "A type", "select_one yes_no maybe");
    assertThat(e.problem()).contains("or_other");
  }

  @Test
  void aQuestionWithoutALabel_isRefused() throws IOException {
    DdciIoException e =
        failing(Workbooks.of().survey(row("integer", "q1", "Q1"), row("text", "q2")));

    assertAt(e, "survey", 3, "C label", "");
    assertThat(e.problem()).contains("no label");
  }

  @Test
  void aNameThatIsNotAnXlsFormName_isRefused() throws IOException {
    DdciIoException e = failing(Workbooks.of().survey(row("integer", "số ngày", "Q1")));

    assertAt(e, "survey", 2, "B name", "số ngày");
  }

  @Test
  void aRowWithANameButNoType_isRefused() throws IOException {
    DdciIoException e = failing(Workbooks.of().survey(row(null, "q1", "Q1")));

    assertAt(e, "survey", 2, "A type", "");
  }

  @Test
  void aGroupNeverEnded_isRefusedAtItsBeginning() throws IOException {
    DdciIoException e =
        failing(Workbooks.of().survey(row("begin group", "g", "G"), row("integer", "q1", "Q1")));

    assertAt(e, "survey", 2, "A type", "begin group");
    assertThat(e.problem()).contains("never ends");
  }

  @Test
  void anEndWithoutABeginning_isRefused() throws IOException {
    DdciIoException e =
        failing(Workbooks.of().survey(row("integer", "q1", "Q1"), row("end group")));

    assertAt(e, "survey", 3, "A type", "end group");
  }

  @Test
  void aRepeatEndedAsAGroup_isRefused() throws IOException {
    DdciIoException e =
        failing(
            Workbooks.of()
                .survey(
                    row("begin repeat", "r", "R"), row("integer", "q1", "Q1"), row("end group")));

    assertAt(e, "survey", 4, "A type", "end group");
    assertThat(e.problem()).contains("r of row 2", "end repeat");
  }

  @Test
  void aGroupWithoutAName_isRefused() throws IOException {
    DdciIoException e =
        failing(Workbooks.of().survey(row("begin group", null, "G"), row("end group")));

    assertAt(e, "survey", 2, "B name", "");
  }

  @Test
  void aSurveyWithoutATypeColumn_isRefused() throws IOException {
    DdciIoException e =
        failing(Workbooks.of().sheet("survey", row("name", "label"), row("q1", "Q1")));

    assertThat(e.sheet()).hasValue("survey");
    assertThat(e.row()).hasValue(1);
    assertThat(e.problem()).contains("no column type");
  }

  @Test
  void aColumnGivenTwice_isRefusedNamingBoth() throws IOException {
    DdciIoException e =
        failing(
            Workbooks.of()
                .sheet(
                    "survey", row("type", "name", "Label", "LABEL"), row("text", "q1", "a", "b")));

    assertAt(e, "survey", 1, "D LABEL", "LABEL");
    assertThat(e.problem()).contains("C Label");
  }

  @Test
  void aChoiceGivenTwiceInItsList_isRefused() throws IOException {
    DdciIoException e =
        failing(
            Workbooks.of()
                .survey(row("select_one yes_no", "q1", "Q1"))
                .sheet(
                    "choices",
                    YES_NO_HEADER,
                    row("yes_no", "yes", "Có"),
                    row("yes_no", "no", "Không"),
                    row("yes_no", "yes", "Có nữa")));

    assertAt(e, "choices", 4, "B name", "yes");
    assertThat(e.problem()).contains("twice", "also row 2");
  }

  @Test
  void aChoiceWithoutACode_isRefused() throws IOException {
    DdciIoException e =
        failing(
            Workbooks.of()
                .survey(row("text", "q1", "Q1"))
                .sheet("choices", YES_NO_HEADER, row("yes_no", null, "Có")));

    assertAt(e, "choices", 2, "B name", "");
  }

  @Test
  void aNonAnswerFlagThatIsNotYesOrNo_isRefused() throws IOException {
    DdciIoException e =
        failing(
            Workbooks.of()
                .survey(row("text", "q1", "Q1"))
                .sheet(
                    "choices",
                    row("list_name", "name", "label", "non_answer"),
                    row("s", "1", "Một", "maybe")));

    assertAt(e, "choices", 2, "D non_answer", "maybe");
  }

  @Test
  void aCellHoldingAnError_isRefused() throws IOException {
    DdciIoException e = failing(Workbooks.of().survey(row("integer", "q1", Workbooks.NA)));

    assertAt(e, "survey", 2, "C label", "#N/A");
  }

  @Test
  void aLabelHoldingAControlCharacter_isRefused() throws IOException {
    DdciIoException e = failing(Workbooks.of().survey(row("integer", "q1", "Số\u202E ngày")));

    assertAt(e, "survey", 2, "C label", "Số\u202E ngày");
    assertThat(e.problem()).contains("U+202E");
  }

  @Test
  void aLabelColumnWithoutItsLanguage_isRefused() throws IOException {
    DdciIoException e =
        failing(
            Workbooks.of().sheet("survey", row("type", "name", "label::"), row("text", "q", "Q")));

    assertAt(e, "survey", 1, "C label::", "label::");
  }

  @Test
  void aFileThatIsNotAWorkbook_isRefusedNamingIt() throws IOException {
    Path file = dir.resolve("form.xlsx");
    Files.writeString(file, "type,name,label\ninteger,q1,Q1\n", StandardCharsets.UTF_8);

    Throwable t = catchThrowable(() -> XlsForm.read(file));

    assertThat(t).isInstanceOf(DdciIoException.class).hasMessageStartingWith(file.toString());
  }

  @Test
  void aMissingFile_isRefusedNamingIt() {
    Path file = dir.resolve("missing.xlsx");

    Throwable t = catchThrowable(() -> XlsForm.read(file));

    assertThat(t).isInstanceOf(DdciIoException.class).hasMessageContaining("does not exist");
  }
}
