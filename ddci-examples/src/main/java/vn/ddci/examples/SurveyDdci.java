package vn.ddci.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.engine.Aggregate;
import vn.ddci.engine.Normalise;
import vn.ddci.engine.Pipeline;
import vn.ddci.engine.Treat;
import vn.ddci.framework.Frameworks;
import vn.ddci.survey.ChoiceList;
import vn.ddci.survey.ExportColumns;
import vn.ddci.survey.IllustrativeDdci;
import vn.ddci.survey.Question;
import vn.ddci.survey.Questionnaire;
import vn.ddci.survey.Responses;
import vn.ddci.survey.SurveyExport;
import vn.ddci.survey.SurveyIndex;
import vn.ddci.survey.SyntheticSurvey;
import vn.ddci.survey.XlsForm;
import vn.ddci.text.PlanText;

/**
 * From survey answers to the DDCI table: the {@link IllustrativeDdci illustrative} 64-item survey,
 * answered by <b>synthetic</b> respondents ({@link SyntheticSurvey}, seeded) for 25 departments in
 * 2022 and 2023; indicators per department, the engine (winsorise, min-max to 1–10 pooled over the
 * two years, arithmetic means), the block's table, and Sở Ngoại vụ's section II; last, the
 * questionnaire written as XLSForm and the answers as a survey tool's CSV export, both read back.
 *
 * <p>Run it with {@code mvn -q -DskipTests -pl ddci-examples -am package exec:java
 * -Dexec.mainClass=vn.ddci.examples.SurveyDdci}.
 */
public final class SurveyDdci {
  /** The seed of the synthetic answers. */
  public static final long SEED = 2024;

  /** About how many firms rate each department. */
  public static final int RATINGS_PER_UNIT = 140;

  private SurveyDdci() {}

  /**
   * Prints the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = Console.utf8();
    Map<Year, SurveyIndex.Result> results = results();
    SurveyIndex.Result now = results.get(Year.of(2023));
    out.println(
        "DDCI TÍNH TỪ PHIẾU KHẢO SÁT – " + IllustrativeDdci.LABEL + "; " + SyntheticSurvey.LABEL);
    out.println(index());
    out.println(now);
    out.println();
    out.println("Bảng kết quả năm 2023 (minh hoạ):");
    BuiltIndex.table(now.table()).forEach(out::println);
    out.println();
    UnitAssessment a =
        UnitAssessment.of(
            now.table(),
            results.get(Year.of(2022)).table(),
            SyntheticSurvey.LANG_SON_DEPARTMENTS.get(0));
    out.println(a.unit().name() + " (dữ liệu tổng hợp, minh hoạ):");
    PlanText.vietnamese().sectionII(a).forEach(out::println);
    out.println();
    Path dir = Paths.get("target", "ddci");
    SurveyExport.Read export = throughFiles(dir, 2023);
    out.println(
        "Tệp đã ghi vào "
            + dir
            + ": bang-hoi-minh-hoa.xlsx (XLSForm), khao-sat-tong-hop-2023.csv (xuất dữ liệu); đọc"
            + " lại: "
            + export.responses()
            + ", "
            + export.problems().size()
            + " vấn đề");
    out.println("Lượt đánh giá theo quy mô doanh nghiệp: " + bySize(export.responses()));
  }

  /**
   * Counts the ratings by the size of the firm giving them (quy mô doanh nghiệp), by label.
   *
   * @param answers answers with the attribute {@code quy_mo}
   * @return e.g. "Siêu nhỏ 1 380, Nhỏ 750, Vừa 250, Lớn 120"
   */
  public static String bySize(Responses answers) {
    ChoiceList sizes =
        IllustrativeDdci.questionnaire(SyntheticSurvey.LANG_SON_DEPARTMENTS)
            .question("quy_mo")
            .flatMap(Question::choiceList)
            .orElseThrow();
    Map<String, Long> counts =
        answers.attribute("quy_mo").stream()
            .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
    return sizes.choices().stream()
        .map(c -> c.label().orElse(c.code()) + " " + counts.getOrDefault(c.code(), 0L))
        .collect(Collectors.joining(", "));
  }

  /**
   * Returns the index: the illustrative indicators of Lạng Sơn's department block, scored by
   * winsorising, min-max to 1–10 and arithmetic means.
   *
   * @return the index
   */
  public static SurveyIndex index() {
    return SurveyIndex.of(
        Frameworks.LANG_SON_DEPARTMENT_BLOCK,
        IllustrativeDdci.indicators(),
        Pipeline.of(
            Treat.winsorise(),
            Normalise.minMax(1, 10),
            Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE)));
  }

  /**
   * Returns the 2022 and 2023 results, bounds pooled over the two years.
   *
   * @return the results by year
   */
  public static Map<Year, SurveyIndex.Result> results() {
    Map<Year, Responses> years = new LinkedHashMap<>();
    for (int y : List.of(2022, 2023)) {
      years.put(Year.of(y), answers(y));
    }
    return index().scorePooled(years);
  }

  /**
   * Returns a year's synthetic answers: 25 departments, about {@value #RATINGS_PER_UNIT} ratings
   * each, with sampling weights by firm size.
   *
   * @param year the year
   * @return the answers
   */
  public static Responses answers(int year) {
    return SyntheticSurvey.generate(
        SEED, year, SyntheticSurvey.LANG_SON_DEPARTMENTS, RATINGS_PER_UNIT, true);
  }

  /**
   * Writes the illustrative questionnaire as XLSForm and a year's synthetic answers as a survey
   * tool's CSV export, then reads both back as an index office would receive them.
   *
   * @param dir the folder to write into; created if need be
   * @param year the year of the answers
   * @return the export as read: the answers and the problems found
   * @throws java.io.UncheckedIOException if the folder cannot be created
   */
  public static SurveyExport.Read throughFiles(Path dir, int year) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path form = dir.resolve("bang-hoi-minh-hoa.xlsx");
    XlsForm.write(IllustrativeDdci.questionnaire(SyntheticSurvey.LANG_SON_DEPARTMENTS), form);
    Questionnaire read = XlsForm.read(form);
    Path export = dir.resolve("khao-sat-tong-hop-" + year + ".csv");
    Responses answers = answers(year);
    SurveyExport.write(answers, read, export, "_uuid", IllustrativeDdci.UNIT_QUESTION);
    return SurveyExport.read(
        export,
        read,
        ExportColumns.of("_uuid", IllustrativeDdci.UNIT_QUESTION)
            .withWeight(SurveyExport.WEIGHT_COLUMN)
            .withAttributes(IllustrativeDdci.ATTRIBUTES.toArray(new String[0])));
  }
}
