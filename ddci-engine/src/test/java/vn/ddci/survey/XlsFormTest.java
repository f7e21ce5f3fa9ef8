package vn.ddci.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ddci.survey.Workbooks.row;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading the XLSForm workbooks of pyxform's test suite (shared/data/xlsform), which this library
 * did not make, and hand-made forms for the rules those do not show.
 */
class XlsFormTest {
  @TempDir Path dir;

  private static Questionnaire fixture(String name) {
    return Fixtures.read(name);
  }

  private static Question question(Questionnaire form, String name) {
    return form.question(name).orElseThrow();
  }

  // ------------------------------------------------------------------ pyxform's workbooks

  @Test
  void specTest_keepsTheQuestionsOutsideTheRepeatInOrderWithTheirGroupPaths() {
    Questionnaire form = fixture("xlsform_spec_test.xlsx");

    assertThat(form.questions())
        .extracting(Question::path)
        .containsExactly(
            "skip_to_end",
            "everything/my_name",
            "everything/address",
            "everything/text_image_audio_video_test",
            "everything/autocomplete_test",
            "everything/autocomplete_chars_test",
            "everything/a_integer",
            "everything/a_decimal",
            "everything/_1",
            "everything/FALSE",
            "launch");
    assertThat(form.questions())
        .extracting(Question::kind)
        .containsExactly(
            QuestionKind.SELECT_ONE,
            QuestionKind.TEXT,
            QuestionKind.TEXT,
            QuestionKind.TEXT,
            QuestionKind.SELECT_ONE,
            QuestionKind.SELECT_ONE,
            QuestionKind.INTEGER,
            QuestionKind.DECIMAL,
            QuestionKind.TEXT,
            QuestionKind.TEXT,
            QuestionKind.INTEGER);
  }

  @Test
  void specTest_keepsSettingsGroupsConstraintsRelevanceAndLabelsByLanguage() {
    Questionnaire form = fixture("xlsform_spec_test.xlsx");

    assertThat(form.title()).hasValue("Spec test");
    assertThat(form.formId()).hasValue("Spec test");
    assertThat(form.version()).isEmpty();
    assertThat(form.groups()).extracting(Group::path).containsExactly("everything");
    assertThat(form.group("everything").orElseThrow().relevant())
        .hasValue("not(selected(${skip_to_end}, 'yes'))");
    assertThat(question(form, "a_decimal").constraint()).hasValue(". <= ${a_integer}");
    assertThat(question(form, "a_decimal").label()).isEqualTo("constrained decimal");
    Question address = question(form, "address");
    assertThat(address.label()).isEqualTo("Enter an address");
    assertThat(address.labels())
        .containsEntry("english", "Enter an address")
        .containsEntry("chinese", "您好");
    assertThat(address.label("Chinese")).hasValue("您好");
    assertThat(form.languages()).containsExactly("english", "chinese");
    assertThat(question(form, "skip_to_end").isYesNo()).isTrue();
    assertThat(form.questionsIn("everything")).hasSize(9);
  }

  @Test
  void specTest_readsANameWrittenAsAFormulaByItsCachedValue() {
    Questionnaire form = fixture("xlsform_spec_test.xlsx");

    assertThat(question(form, "FALSE").label()).isEqualTo("boolean name test");
  }

  @Test
  void specTest_reportsWhatItSkipsAndWhy() {
    Questionnaire form = fixture("xlsform_spec_test.xlsx");

    assertThat(form.skipped())
        .filteredOn(s -> s.name().equals(java.util.Optional.of("required_text")))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.row()).hasValue(17);
              assertThat(s.reason()).contains("repeat_test");
            });
    assertThat(form.skipped())
        .filteredOn(s -> s.type().equals(java.util.Optional.of("begin repeat")))
        .singleElement()
        .satisfies(s -> assertThat(s.name()).hasValue("repeat_test"));
    assertThat(form.skipped())
        .filteredOn(s -> s.name().equals(java.util.Optional.of("invalid_variable")))
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("note"));
    assertThat(form.skipped())
        .extracting(s -> s.name().orElse(""))
        .contains(
            "start", "end", "today", "deviceid", "calculate_test", "date_test", "geopoint_test");
    assertThat(form.skipped())
        .filteredOn(s -> s.row().isEmpty())
        .extracting(Skipped::sheet)
        .containsExactly("columns");
    assertThat(form.skipped())
        .filteredOn(s -> s.sheet().equals("survey") && s.row().equals(java.util.OptionalInt.of(1)))
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("hint", "appearance", "calculation"));
  }

  @Test
  void specTest_aChoiceShownByAnImageOnlyHasNoLabel() {
    ChoiceList ab = fixture("xlsform_spec_test.xlsx").choiceList("a_b").orElseThrow();

    assertThat(ab.codes()).containsExactly("a", "b");
    assertThat(ab.choices()).allSatisfy(c -> assertThat(c.label()).isEmpty());
  }

  @Test
  void caseInsensitivity_readsUpperCaseSheetsColumnsAndSettings() {
    Questionnaire form = fixture("case_insensitivity.xlsx");

    assertThat(form.title()).hasValue("Yes or no");
    assertThat(form.formId()).hasValue("YesNo");
    assertThat(form.defaultLanguage()).hasValue("EN");
    assertThat(form.questions()).extracting(Question::name).containsExactly("q1");
    Question q1 = question(form, "q1");
    assertThat(q1.kind()).isEqualTo(QuestionKind.SELECT_ONE);
    assertThat(q1.label()).isEqualTo("Are you good?");
    assertThat(q1.labels()).containsExactly(java.util.Map.entry("EN", "Are you good?"));
    assertThat(q1.choiceList().orElseThrow().codes()).containsExactly("n1-c", "n2-c");
    assertThat(q1.choiceList().orElseThrow().choices())
        .extracting(c -> c.label().orElseThrow())
        .containsExactly("l1-c", "l2-c");
  }

  @Test
  void caseInsensitivity_skipsExternalAndOsmSelectsAndTheSheetsItDoesNotRead() {
    Questionnaire form = fixture("case_insensitivity.xlsx");

    assertThat(form.skipped())
        .filteredOn(s -> s.row().isPresent() && s.row().getAsInt() > 1)
        .extracting(s -> s.name().orElseThrow())
        .containsExactly("q2", "q3");
    assertThat(form.skipped())
        .filteredOn(s -> s.row().isEmpty())
        .extracting(Skipped::sheet)
        .containsExactly("EXTERNAL_CHOICES", "ENTITIES", "OSM");
    assertThat(form.skipped())
        .filteredOn(s -> s.sheet().equals("SURVEY") && s.row().equals(java.util.OptionalInt.of(1)))
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("CHOICE_FILTER"));
  }

  @Test
  void extraColumns_aSheetSpreadOverThousandsOfEmptyColumnsAndRowsReadsItsOneQuestion() {
    Questionnaire form = fixture("extra_columns.xlsx");

    assertThat(form.questions())
        .singleElement()
        .isEqualTo(Question.of("a", QuestionKind.TEXT, "A"));
    assertThat(form.choiceLists()).isEmpty();
    assertThat(form.skipped()).isEmpty();
  }

  @Test
  void fieldList_readsAGroupClosedByEndGroupWithAnUnderscore() {
    Questionnaire form = fixture("field-list.xlsx");

    Question q = question(form, "table_list_question");
    assertThat(q.path()).isEqualTo("name/table_list_question");
    assertThat(q.group()).hasValue("name");
    assertThat(q.isYesNo()).isTrue();
    Choice yes = q.choiceList().orElseThrow().choice("yes").orElseThrow();
    assertThat(yes.label()).hasValue("Yes");
    assertThat(yes.label("chinese")).hasValue("是");
    assertThat(form.groups()).extracting(Group::path).containsExactly("name");
  }

  @Test
  void group_readsLegacyLabelColumnsWithOneColonAndSkipsAPhoneNumber() {
    Questionnaire form = fixture("group.xlsx");

    assertThat(form.questions())
        .extracting(Question::path)
        .containsExactly("family_name", "father/age");
    assertThat(question(form, "age").kind()).isEqualTo(QuestionKind.INTEGER);
    assertThat(question(form, "age").label("en")).hasValue("How old is your father?");
    assertThat(form.group("father").orElseThrow().label()).hasValue("Father");
    assertThat(form.skipped())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.name()).hasValue("phone_number");
              assertThat(s.type()).hasValue("phone number");
              assertThat(s.row()).hasValue(4);
            });
  }

  @Test
  void loop_readsLegacySelectAllThatApplyOrSpecifyOtherAndSkipsTheLoop() {
    Questionnaire form = fixture("loop.xlsx");

    Question q = question(form, "available_toilet_types");
    assertThat(q.kind()).isEqualTo(QuestionKind.SELECT_MULTIPLE);
    assertThat(q.acceptsOther()).isTrue();
    assertThat(q.choiceList().orElseThrow().name()).isEqualTo("toilet_type");
    assertThat(form.questions()).hasSize(1);
    assertThat(form.skipped())
        .extracting(s -> s.name().orElseThrow())
        .containsExactly("loop_toilet_types", "number");
    assertThat(form.skipped().get(1).reason()).contains("loop_toilet_types");
  }

  @Test
  void orOther_marksTheQuestionThatAcceptsOtherAndReadsListNameWithASpace() {
    Questionnaire form = fixture("or_other.xlsx");

    assertThat(question(form, "fav_color").acceptsOther()).isTrue();
    assertThat(question(form, "fav_pastel").acceptsOther()).isFalse();
    assertThat(question(form, "fav_color").choiceList())
        .isEqualTo(question(form, "fav_pastel").choiceList());
    assertThat(form.choiceList("colors").orElseThrow().codes())
        .containsExactly("red", "green", "blue", "mauve", "apricot");
    assertThat(form.skipped())
        .extracting(Skipped::reason)
        .containsExactlyInAnyOrder("columns not read: pastel", "columns not read: choice_filter");
  }

  @Test
  void textAndInteger_readsTheSimplestFormWithAnEmptyChoicesSheet() {
    Questionnaire form = fixture("text_and_integer.xlsx");

    assertThat(form.questions())
        .extracting(Question::name, Question::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("your_name", QuestionKind.TEXT),
            org.assertj.core.groups.Tuple.tuple("your_age", QuestionKind.INTEGER));
    assertThat(question(form, "your_age").unitOfMeasure()).isEmpty();
    assertThat(form.choiceLists()).isEmpty();
  }

  @Test
  void yesOrNo_readsLegacySelectOneFrom() {
    Questionnaire form = fixture("yes_or_no_question.xlsx");

    Question q = question(form, "good_day");
    assertThat(q.kind()).isEqualTo(QuestionKind.SELECT_ONE);
    assertThat(q.isYesNo()).isTrue();
    assertThat(q.isLikert()).isFalse();
  }

  // ------------------------------------------------------------- rules on hand-made forms

  @Test
  void requiredReadsYesTrueAndBooleanCellsAsRequiredAndAnExpressionAsACondition()
      throws IOException {
    Path file =
        Workbooks.of()
            .sheet(
                "survey",
                row("type", "name", "label", "required"),
                row("integer", "a", "A", "yes"),
                row("integer", "b", "B", Boolean.TRUE),
                row("integer", "c", "C", "no"),
                row("integer", "d", "D", "${a} > 0"),
                row("integer", "e", "E"))
            .writeTo(dir.resolve("required.xlsx"));

    Questionnaire form = XlsForm.read(file);

    assertThat(form.questions())
        .extracting(Question::required)
        .containsExactly(true, true, false, false, false);
    assertThat(question(form, "d").requiredCondition()).hasValue("${a} > 0");
  }

  @Test
  void labelsComeFromThePlainColumnThenTheDefaultLanguageThenTheFirstLanguage() throws IOException {
    Path file =
        Workbooks.of()
            .sheet(
                "survey",
                row("type", "name", "label::English (en)", "label::Tiếng Việt (vi)", "label"),
                row("text", "a", "A en", "A vi", "A plain"),
                row("text", "b", "B en", "B vi"),
                row("text", "c", null, "C vi"))
            .sheet("settings", row("form_title", "default_language"), row("Khảo sát", "vi"))
            .writeTo(dir.resolve("labels.xlsx"));

    Questionnaire form = XlsForm.read(file);

    assertThat(form.questions())
        .extracting(Question::label)
        .containsExactly("A plain", "B vi", "C vi");
    assertThat(question(form, "b").label("vi")).hasValue("B vi");
    assertThat(question(form, "b").label("Tiếng Việt (vi)")).hasValue("B vi");
    assertThat(question(form, "b").label("English (EN)")).hasValue("B en");
    assertThat(question(form, "c").label("en")).isEmpty();
    assertThat(question(form, "c").label("english")).isEmpty();
    assertThat(question(form, "b").label("english")).hasValue("B en");
  }

  @Test
  void numericCodesReadWithoutDecimalsAndTheUnitColumnWinsOverTheLabel() throws IOException {
    Path file =
        Workbooks.of()
            .sheet(
                "survey",
                row("type", "name", "label", "unit"),
                row("select_one agree", "q1", "Đồng ý?"),
                row("integer", "days", "Số ngày chờ (ngày)"),
                row("decimal", "cost", "Chi phí (triệu đồng)", "nghìn đồng"))
            .sheet(
                "choices",
                row("list_name", "name", "label"),
                row("agree", 1, "Rất không đồng ý"),
                row("agree", 2, "Không đồng ý"),
                row("agree", 3, "Bình thường"),
                row("agree", 4, "Đồng ý"),
                row("agree", 5, "Rất đồng ý"),
                row("agree", 99, "99. Không biết"))
            .writeTo(dir.resolve("codes.xlsx"));

    Questionnaire form = XlsForm.read(file);

    ChoiceList agree = form.choiceList("agree").orElseThrow();
    assertThat(agree.codes()).containsExactly("1", "2", "3", "4", "5", "99");
    assertThat(agree.nonAnswers()).extracting(Choice::code).containsExactly("99");
    assertThat(question(form, "q1").isLikert()).isTrue();
    assertThat(agree.likertPoints()).hasValue(5);
    assertThat(question(form, "days").unitOfMeasure()).hasValue("ngày");
    assertThat(question(form, "cost").unitOfMeasure()).hasValue("nghìn đồng");
  }

  @Test
  void theNonAnswerColumnOverridesTheRule() throws IOException {
    Path file =
        Workbooks.of()
            .survey(row("select_one s", "q1", "Q"))
            .sheet(
                "choices",
                row("list_name", "name", "label", "NON_ANSWER"),
                row("s", "1", "Có", "no"),
                row("s", "2", "Không"),
                row("s", "8", "Không biết", "no"),
                row("s", "9", "Bỏ qua", "yes"))
            .writeTo(dir.resolve("nonanswer.xlsx"));

    ChoiceList s = XlsForm.read(file).choiceList("s").orElseThrow();

    assertThat(s.nonAnswers()).extracting(Choice::code).containsExactly("9");
    assertThat(s.isYesNo()).isFalse();
  }

  @Test
  void nestedGroupsMakeThePathAndGroupsWithoutQuestionsAreNotKept() throws IOException {
    Path file =
        Workbooks.of()
            .survey(
                row("begin group", "a", "Phần A"),
                row("begin_group", "notes_only"),
                row("note", "n1", "Chỉ là ghi chú"),
                row("end_group"),
                row("begin group", "b"),
                row("integer", "q1", "Q1"),
                row("end group"),
                row("text", "q2", "Q2"),
                row("end group"),
                row("text", "q3", "Q3"))
            .writeTo(dir.resolve("groups.xlsx"));

    Questionnaire form = XlsForm.read(file);

    assertThat(form.questions()).extracting(Question::path).containsExactly("a/b/q1", "a/q2", "q3");
    assertThat(form.groups()).extracting(Group::path).containsExactly("a", "a/b");
    assertThat(form.group("a/b").orElseThrow().name()).isEqualTo("b");
    assertThat(form.group("a/b").orElseThrow().parent()).hasValue("a");
    assertThat(form.questionsIn("a")).extracting(Question::name).containsExactly("q1", "q2");
  }

  @Test
  void blankRowsAreIgnoredAndACommentRowIsReported() throws IOException {
    Path file =
        Workbooks.of()
            .sheet(
                "survey",
                row("type", "name", "label", "hint"),
                row("integer", "q1", "Q1"),
                row(null, null, null, null),
                row(null, "", "", "a comment for the survey team"),
                row("integer", "q2", "Q2"))
            .writeTo(dir.resolve("blank.xlsx"));

    Questionnaire form = XlsForm.read(file);

    assertThat(form.questions()).extracting(Question::name).containsExactly("q1", "q2");
    assertThat(form.skipped())
        .extracting(Skipped::toString)
        .containsExactly(
            "Skipped[survey row 1: columns not read: hint]",
            "Skipped[survey row 4: a row without type, name or label (a comment)]");
  }

  @Test
  void aLegacyXlsWorkbookReadsAsAnXlsx() throws IOException {
    Path file =
        Workbooks.of()
            .survey(row("select_one yn", "q1", "Có không?"))
            .sheet(
                "choices",
                row("list_name", "name", "label"),
                row("yn", 1, "Có"),
                row("yn", 2, "Không"))
            .writeTo(dir.resolve("legacy.xls"));

    Questionnaire form = XlsForm.read(file);

    assertThat(question(form, "q1").isYesNo()).isTrue();
    assertThat(form.choiceList("yn").orElseThrow().codes()).containsExactly("1", "2");
  }

  @Test
  void aQuestionnaireIsShortInJShell() {
    Questionnaire form = fixture("xlsform_spec_test.xlsx");

    assertThat(form.toString())
        .isEqualTo("Questionnaire[Spec test, 11 questions, 2 choice lists, 1 groups, 39 skipped]");
    assertThat(question(form, "a_decimal").toString())
        .isEqualTo("Question[everything/a_decimal decimal]");
    assertThat(question(form, "skip_to_end").toString())
        .isEqualTo("Question[skip_to_end select_one yes_no]");
    assertThat(form.choiceList("yes_no").orElseThrow().toString())
        .isEqualTo("ChoiceList[yes_no: yes no]");
  }
}
