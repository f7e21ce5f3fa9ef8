package vn.ddci.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ddci.io.DdciIoException;

class SurveyExportTest {
  @TempDir Path dir;

  private static final List<String> UNITS = SyntheticSurvey.LANG_SON_DEPARTMENTS.subList(0, 5);
  private static final Questionnaire FORM = IllustrativeDdci.questionnaire(UNITS);

  @Test
  void theGeneratorsAnswers_writtenAsAnExport_readBackTheSame_withoutProblems() {
    Responses written = SyntheticSurvey.generate(5, 2023, UNITS, 30, false);
    Path file = dir.resolve("export.csv");

    SurveyExport.write(written, FORM, file, "_uuid", IllustrativeDdci.UNIT_QUESTION);
    SurveyExport.Read read = SurveyExport.read(file, FORM, "_uuid", "thong_tin/don_vi");

    Responses back = read.responses();
    assertThat(read.problems()).isEmpty();
    assertThat(back.size()).isEqualTo(written.size());
    assertThat(back.units()).isEqualTo(written.units());
    assertThat(back.unitName("U01")).contains("Sở Ngoại vụ");
    for (int row = 0; row < written.size(); row++) {
      assertThat(back.respondents().get(row)).isEqualTo(written.respondents().get(row));
      assertThat(back.chosen("tm2", row)).isEqualTo(written.chosen("tm2", row));
      assertThat(back.chosen("cp1", row)).isEqualTo(written.chosen("cp1", row));
      assertThat(back.number("tg1", row)).isEqualTo(written.number("tg1", row));
      assertThat(back.number("tg3", row)).isEqualTo(written.number("tg3", row));
    }
  }

  private static final String LIKERT_10 = "tm2,tm3,tm5,tm7,tg5,tg7,cp5,cp8,cb4,cb5";

  private Path export(String... rows) throws IOException {
    Path file = dir.resolve("broken.csv");
    String header = "_uuid,thong_tin/don_vi,minh_bach/tm1,tg1,tg3," + LIKERT_10;
    Files.writeString(file, header + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void brokenRows_areLeftOutOrReadAsNotAnswered_eachNamedWithRowColumnAndValue()
      throws IOException {
    Path file =
        export(
            "DN1,U01,1,12,5,4,4,3,4,4,5,4,3,4,4", // fine
            ",U01,1,12,5,4,4,3,4,4,5,4,3,4,4", // row 3: no respondent
            "DN2,,1,12,5,4,4,3,4,4,5,4,3,4,4", // row 4: no unit
            "DN3,U99,1,12,5,4,4,3,4,4,5,4,3,4,4", // row 5: a unit not in the list
            "DN1,U01,0,3,5,4,4,3,4,4,5,4,3,4,4", // row 6: DN1 rates U01 again
            "DN4,Sở Tài chính,Có,abc,150,7,Rất đồng ý,3,4,4,5,4,3,4,4", // row 7
            "DN5,U02,0,-2,5,4,4,4,4,4,4,4,4,4,4"); // row 8: straight-lining, negative days

    SurveyExport.Read read = SurveyExport.read(file, FORM, "_uuid", IllustrativeDdci.UNIT_QUESTION);

    assertThat(read.responses().size()).isEqualTo(3);
    assertThat(read.problems())
        .extracting(ExportProblem::toString)
        .contains(
            "row 3, column \"_uuid\", value \"\": no respondent id; row left out",
            "row 4, column \"thong_tin/don_vi\", value \"\": no unit rated; row left out",
            "row 5, column \"thong_tin/don_vi\", value \"U99\": not a unit of don_vi; row left out",
            "row 7, column \"tg1\", value \"abc\": not a number; read as not answered",
            "row 7, column \"tg3\", value \"150\": outside 0–100; read as not answered",
            "row 7, column \"tm2\", value \"7\": not an option of muc_do; read as not answered",
            "row 8, column \"tg1\", value \"-2\": negative or not finite; read as not answered",
            "row 8: all 10 Likert items answered 4; kept, flagged");
    assertThat(read.problems(ExportProblem.Kind.DUPLICATE))
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).contains("row 6", "first at row 2"));
    // labels are read as codes: "Sở Tài chính" is U03, "Có" is 1, "Rất đồng ý" is 5
    Responses r = read.responses();
    assertThat(r.unit(1)).isEqualTo("U03");
    assertThat(r.chosen("tm1", 1)).contains("1");
    assertThat(r.chosen("tm3", 1)).contains("5");
    assertThat(r.chosen("tm2", 1)).isEmpty();
  }

  @Test
  void anExportWithoutTheRespondentOrUnitColumn_isRefusedNamingIt() throws IOException {
    Path file = dir.resolve("no-id.csv");
    Files.writeString(file, "id,thong_tin/don_vi\nDN1,U01\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> SurveyExport.read(file, FORM, "_uuid", "don_vi"))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContainingAll("no-id.csv", "no column _uuid");
    assertThatThrownBy(() -> SurveyExport.read(file, FORM, "id", "tm1"))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("no column for the unit question tm1");
  }

  @Test
  void aQuestionAnsweredByFewerThanHalfTheRows_isFlagged() throws IOException {
    Path file =
        export(
            "DN1,U01,1,,5,4,4,3,4,4,5,4,3,4,4",
            "DN2,U01,1,,5,4,4,3,4,4,5,4,3,4,4",
            "DN3,U01,1,9,5,4,4,3,4,4,5,4,3,4,4");

    SurveyExport.Read read = SurveyExport.read(file, FORM, "_uuid", IllustrativeDdci.UNIT_QUESTION);

    assertThat(read.problems(ExportProblem.Kind.FEW_ANSWERS))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.toString())
                    .isEqualTo("column \"tg1\": 1 of 3 rows answer tg1; kept, flagged"));
  }

  @Test
  void samplingWeights_areReadFromTheirColumn_andARowWithoutOne_isLeftOut() throws IOException {
    Path file = dir.resolve("weighted.csv");
    Files.writeString(
        file,
        "_uuid,don_vi,w,tm1\nDN1,U01,1.5,1\nDN2,U01,abc,0\nDN3,U02,0,1\nDN4,U02,2,0\n",
        StandardCharsets.UTF_8);

    SurveyExport.Read read =
        SurveyExport.read(
            file, FORM, "_uuid", IllustrativeDdci.UNIT_QUESTION, java.util.Optional.of("w"));

    assertThat(read.responses().size()).isEqualTo(2);
    assertThat(read.responses().isWeighted()).isTrue();
    assertThat(read.responses().weight(0)).isEqualTo(1.5);
    assertThat(read.responses().weight(1)).isEqualTo(2.0);
    assertThat(read.problems(ExportProblem.Kind.NO_WEIGHT))
        .extracting(ExportProblem::toString)
        .containsExactly(
            "row 3, column \"w\", value \"abc\": no positive sampling weight; row left out",
            "row 4, column \"w\", value \"0\": no positive sampling weight; row left out");
  }

  @Test
  void weightedAnswers_writtenWithTheirWeightColumn_readBackWeighted() {
    Responses written = SyntheticSurvey.generate(5, 2023, UNITS, 20, true);
    Path file = dir.resolve("weighted-export.csv");

    SurveyExport.write(written, FORM, file, "_uuid", "thong_tin/don_vi");
    SurveyExport.Read read =
        SurveyExport.read(
            file,
            FORM,
            "_uuid",
            IllustrativeDdci.UNIT_QUESTION,
            java.util.Optional.of(SurveyExport.WEIGHT_COLUMN));

    assertThat(read.problems()).isEmpty();
    assertThat(read.responses().isWeighted()).isTrue();
    for (int row = 0; row < written.size(); row++) {
      assertThat(read.responses().weight(row)).isEqualTo(written.weight(row));
    }
  }

  @Test
  void aBlankHeaderCell_isNoProblem_butTwoColumnsOfOneQuestion_areRefusedNamingBoth()
      throws IOException {
    Path blank = dir.resolve("blank-header.csv");
    Files.writeString(blank, "_uuid,don_vi,,tm1\nDN1,U01,x,1\n", StandardCharsets.UTF_8);
    assertThat(SurveyExport.read(blank, FORM, "_uuid", "don_vi").responses().size()).isEqualTo(1);

    Path twice = dir.resolve("twice.csv");
    Files.writeString(
        twice, "_uuid,don_vi,tm1,minh_bach/tm1\nDN1,U01,1,0\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SurveyExport.read(twice, FORM, "_uuid", "don_vi"))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContainingAll("minh_bach/tm1", "column tm1", "both question tm1");
  }

  @Test
  void columnsNotRead_areListed_neverDroppedSilently() throws IOException {
    Path file = dir.resolve("extra.csv");
    Files.writeString(
        file,
        "_uuid,_submission_time,don_vi,tm1,tm_1\nDN1,2023-05-01,U01,1,0\n",
        StandardCharsets.UTF_8);

    SurveyExport.Read read = SurveyExport.read(file, FORM, "_uuid", "don_vi");

    assertThat(read.ignoredColumns()).containsExactly("_submission_time", "tm_1");
    assertThat(read.responses().chosen("tm1", 0)).contains("1");
  }

  @Test
  void respondentAttributes_writtenAsColumns_readBackAsAttributes_notScoredAsAnswers() {
    Responses written = SyntheticSurvey.generate(5, 2023, UNITS, 20, true);
    Path file = dir.resolve("attributes.csv");

    SurveyExport.write(written, FORM, file, "_uuid", "thong_tin/don_vi");
    SurveyExport.Read read =
        SurveyExport.read(
            file,
            FORM,
            ExportColumns.of("_uuid", "don_vi")
                .withWeight(SurveyExport.WEIGHT_COLUMN)
                .withAttributes(IllustrativeDdci.ATTRIBUTES.toArray(new String[0])));

    Responses back = read.responses();
    assertThat(read.problems()).isEmpty();
    assertThat(read.ignoredColumns()).isEmpty();
    assertThat(back.attributes()).containsExactlyElementsOf(IllustrativeDdci.ATTRIBUTES);
    assertThat(back.questions()).doesNotContainAnyElementsOf(IllustrativeDdci.ATTRIBUTES);
    for (String a : IllustrativeDdci.ATTRIBUTES) {
      assertThat(back.attribute(a)).as(a).isEqualTo(written.attribute(a));
    }
    assertThat(back.attribute("quy_mo")).contains("sieu_nho", "nho");
  }

  @Test
  void anAttributeGivenByLabel_readsAsItsCode_anUnknownOne_isNamedAndReadAsNotStated()
      throws IOException {
    Path file = dir.resolve("labels.csv");
    Files.writeString(
        file,
        "_uuid,don_vi,thong_tin/quy_mo,ghi_chu,tm1\n"
            + "DN1,U01,Siêu nhỏ,mới thành lập,1\n"
            + "DN2,U01,khổng lồ,,0\n"
            + "DN3,U02,,x,1\n"
            + "DN4,U02,lon,,1\n",
        StandardCharsets.UTF_8);

    SurveyExport.Read read =
        SurveyExport.read(
            file, FORM, ExportColumns.of("_uuid", "don_vi").withAttributes("quy_mo", "ghi_chu"));

    assertThat(read.responses().attribute("quy_mo")).containsExactly("sieu_nho", "", "", "lon");
    assertThat(read.responses().attribute("ghi_chu")).containsExactly("mới thành lập", "", "x", "");
    assertThat(read.problems())
        .extracting(ExportProblem::toString)
        .containsExactly(
            "row 3, column \"thong_tin/quy_mo\", value \"khổng lồ\": not an option of quy_mo;"
                + " attribute read as not stated");
    assertThat(read.ignoredColumns()).isEmpty();
  }

  @Test
  void anAttributeWithoutItsColumn_orOnTheUnitsColumn_isRefusedNamingIt() throws IOException {
    Path file = dir.resolve("no-attribute.csv");
    Files.writeString(file, "_uuid,don_vi,tm1\nDN1,U01,1\n", StandardCharsets.UTF_8);

    assertThatThrownBy(
            () ->
                SurveyExport.read(
                    file, FORM, ExportColumns.of("_uuid", "don_vi").withAttributes("quy_mo")))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContainingAll("no-attribute.csv", "no column quy_mo for the attribute");
    assertThatThrownBy(
            () ->
                SurveyExport.read(
                    file,
                    FORM,
                    ExportColumns.of("_uuid", "don_vi").withAttributes("thong_tin/don_vi")))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("column don_vi is named for attribute thong_tin/don_vi");
  }

  @Test
  void exportColumns_refuseBlankOrRepeatedNames_andSayWhatTheyAre() {
    ExportColumns c = ExportColumns.of("_uuid", "don_vi").withWeight("w").withAttributes("quy_mo");
    assertThat(c)
        .hasToString("ExportColumns[respondent _uuid, unit don_vi, weight w, attributes [quy_mo]]");
    assertThatThrownBy(() -> ExportColumns.of(" ", "don_vi"))
        .isInstanceOf(vn.ddci.DdciValidationException.class)
        .hasMessageContaining("respondent's column is blank");
    assertThatThrownBy(() -> c.withAttributes("quy_mo", "quy_mo"))
        .isInstanceOf(vn.ddci.DdciValidationException.class)
        .hasMessageContaining("attribute quy_mo is named twice");
    assertThatThrownBy(() -> c.withAttributes("w"))
        .isInstanceOf(vn.ddci.DdciValidationException.class)
        .hasMessageContaining("attribute w is also the respondent's, the unit's or the weight's");
  }

  @Test
  void anAttributeThatIsAlsoAnAnsweredQuestion_isRefusedWhenWritten() {
    Responses r =
        Responses.builder()
            .respondents("DN1")
            .units("U01")
            .attribute("tm1", "x")
            .selectOne("tm1", List.of("0", "1"), java.util.Set.of(), "1")
            .build();
    assertThatThrownBy(() -> SurveyExport.write(r, FORM, dir.resolve("x.csv"), "_uuid", "don_vi"))
        .isInstanceOf(vn.ddci.DdciValidationException.class)
        .hasMessageContaining("attribute tm1 is also a question answered");
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }
}
