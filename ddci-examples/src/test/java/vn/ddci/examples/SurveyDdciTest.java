package vn.ddci.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.survey.SurveyIndex;
import vn.ddci.survey.SyntheticSurvey;
import vn.ddci.text.PlanText;

class SurveyDdciTest {
  @Test
  void twoYearsOfSyntheticAnswers_giveTwoTablesOfTheBlock_andSoNgoaiVusSectionII() {
    Map<Year, SurveyIndex.Result> results = SurveyDdci.results();

    SurveyIndex.Result now = results.get(Year.of(2023));
    SurveyIndex.Result before = results.get(Year.of(2022));
    assertThat(now.table().scorecards()).hasSize(25);
    assertThat(before.table().scorecards()).hasSize(25);
    assertThat(now.indicators().audit()).isEmpty();
    UnitAssessment a = UnitAssessment.of(now.table(), before.table(), "Sở Ngoại vụ");
    assertThat(PlanText.vietnamese().sectionII(a))
        .anyMatch(l -> l.startsWith("Tổng điểm: ") && l.contains("so với năm 2022"));
    assertThat(BuiltIndex.table(now.table())).hasSize(26);
    assertThat(SyntheticSurvey.LABEL).contains("synthetic");
  }

  @Test
  void questionnaireAndExport_writtenToFilesAndReadBack_giveTheAnswersWithoutProblems(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    vn.ddci.survey.SurveyExport.Read read = SurveyDdci.throughFiles(dir, 2023);

    assertThat(read.problems()).isEmpty();
    assertThat(read.responses().units()).hasSize(25);
    assertThat(read.responses().size()).isEqualTo(25 * SurveyDdci.RATINGS_PER_UNIT);
    assertThat(read.responses().isWeighted()).isTrue();
    assertThat(read.responses().attributes())
        .containsExactly("loai_hinh", "quy_mo", "nganh", "dia_ban");
    String bySize = SurveyDdci.bySize(read.responses());
    assertThat(bySize).startsWith("Siêu nhỏ ").contains(", Nhỏ ", ", Vừa ", ", Lớn ");
    long total =
        java.util.Arrays.stream(bySize.split(", "))
            .mapToLong(part -> Long.parseLong(part.substring(part.lastIndexOf(' ') + 1)))
            .sum();
    assertThat(total).isEqualTo(read.responses().size());
  }
}
