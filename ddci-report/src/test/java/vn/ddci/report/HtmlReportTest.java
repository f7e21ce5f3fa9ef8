package vn.ddci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.ddci.DdciValidationException;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.io.DdciIoException;
import vn.ddci.plan.Plan;
import vn.ddci.plan.Task;
import vn.ddci.progress.ReportLog;
import vn.ddci.progress.ReportingCoverage;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;
import vn.ddci.text.Language;
import vn.ddci.text.PlanText;

class HtmlReportTest {
  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String SVG = "http://www.w3.org/2000/svg";

  private static final UnitAssessment SEED = UnitAssessment.of(ReportFixtures.seed2023());
  private static final UnitAssessment BLOCK =
      UnitAssessment.of(
          ReportFixtures.block(2023), ReportFixtures.block(2022), ReportFixtures.SO_NGOAI_VU);

  /** Parses the page as XML; fails when it is not well-formed. */
  static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> texts(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagNameNS(XHTML, tag);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  /** The rows of the first table's body, each as its cells' texts. */
  private static List<List<String>> rows(Document doc, int table) {
    Element t = (Element) doc.getElementsByTagNameNS(XHTML, "table").item(table);
    Element body = (Element) t.getElementsByTagNameNS(XHTML, "tbody").item(0);
    NodeList trs = body.getElementsByTagNameNS(XHTML, "tr");
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < trs.getLength(); i++) {
      NodeList cells = ((Element) trs.item(i)).getChildNodes();
      List<String> row = new ArrayList<>();
      for (int j = 0; j < cells.getLength(); j++) {
        row.add(cells.item(j).getTextContent());
      }
      out.add(row);
    }
    return out;
  }

  private static List<ReportingCoverage> twoQuarters() {
    ReportLog log = ReportFixtures.log();
    return List.of(log.coverage(ReportFixtures.Q1), log.coverage(ReportFixtures.Q2));
  }

  // ---------------------------------------------------------------- charts alone

  @Test
  void oneSelfContainedPage_withEveryChartInline_andUniqueIds() throws Exception {
    HtmlReport report =
        HtmlReport.of(
            "DDCI 2023 – Sở Ngoại vụ",
            List.of(Charts.ranks(SEED), Charts.components(SEED), Charts.components(BLOCK)));
    String html = report.toHtml();
    Document doc = parse(html);

    assertThat(doc.getElementsByTagNameNS(SVG, "svg").getLength()).isEqualTo(3);
    assertThat(doc.getElementsByTagNameNS("*", "img").getLength()).isZero();
    assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
    assertThat(html)
        .contains("lang=\"vi\"")
        .contains("<h1>DDCI 2023 – Sở Ngoại vụ</h1>")
        .contains("Không có thứ hạng năm 2022: Tổng điểm")
        .contains("id='bieu-do-1-clip-0'", "id='bieu-do-3-clip-0'")
        .doesNotContain("http://www.w3.org/TR/2001");
    assertThat(report).hasToString("HtmlReport[DDCI 2023 – Sở Ngoại vụ, 3 charts]");
    assertThat(report.language()).isEqualTo(Language.VIETNAMESE);
  }

  @Test
  void aBlankTitle_isRefused() {
    assertThatThrownBy(() -> HtmlReport.of(" ", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
  }

  // ---------------------------------------------------------------- a unit's report

  @Test
  void theSeedReport_hasSectionII_theTableOfEveryMeasure_andThreeCharts() throws Exception {
    HtmlReport report = HtmlReport.of(SEED, ReportFixtures.seedTable2023(), Language.VIETNAMESE);
    String html = report.toHtml();
    Document doc = parse(html);

    assertThat(report.title()).isEqualTo("Kết quả Chỉ số DDCI năm 2023 – Sở Ngoại vụ");
    assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("vi");
    // section II as PlanText writes it, every line
    List<String> two = PlanText.vietnamese().sectionII(SEED);
    assertThat(texts(doc, "h2")).startsWith(two.get(0)).contains("Bảng kết quả", "Biểu đồ");
    assertThat(texts(doc, "p")).containsSubsequence(two.subList(1, two.size()));
    assertThat(texts(doc, "p"))
        .contains(
            "- Tính minh bạch và tiếp cận thông tin: xếp hạng 17/25, giảm 15 bậc so với năm 2022,"
                + " mức độ cải thiện −1,92 điểm");

    // the total and the eight components, at their published precision
    List<List<String>> rows = rows(doc, 0);
    assertThat(rows).hasSize(1 + 8);
    assertThat(rows.get(0))
        .containsExactly(
            "Tổng điểm", "80,45", "15/25", "74,63", "–", "+5,82", "–", "dưới trung vị");
    assertThat(rows)
        .contains(
            List.of(
                "Tính minh bạch và tiếp cận thông tin",
                "–",
                "17/25",
                "–",
                "02/25",
                "−1,92",
                "−15",
                "dưới trung vị"),
            List.of(
                "Cạnh tranh bình đẳng",
                "10",
                "01/25 (đồng vị trí)",
                "4,80",
                "24/25",
                "+5,20",
                "+23",
                "trên trung vị"),
            List.of(
                "Chi phí không chính thức",
                "–",
                "23/25",
                "–",
                "23/25",
                "−1,18",
                "0",
                "dưới trung vị"));

    // components (two scores published), ranks, the block's distribution; no rank interval
    assertThat(report.charts())
        .extracting(Chart::title)
        .containsExactly(
            "Chỉ số thành phần so với trung vị khối",
            "Thứ hạng năm nay và năm trước",
            "Phân bố điểm tổng của khối");
    assertThat(doc.getElementsByTagNameNS(SVG, "svg").getLength()).isEqualTo(3);
    assertThat(doc.getElementsByTagNameNS(XHTML, "figure").getLength()).isEqualTo(3);
    assertThat(html).contains("Bảng công bố 01/25 đơn vị của khối");
    assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
    assertThat(html).doesNotContain("src=", "href=", "@import", "url(http");
  }

  @Test
  void inEnglish_theWordsNumbersAndChartsAreEnglish() throws Exception {
    UnitAssessment sure =
        BLOCK.withConfidence(
            Map.of(
                Measure.total(), ReportFixtures.confidence(2, 4),
                Measure.of(ReportFixtures.F.component("TRANSPARENCY")),
                    ReportFixtures.confidence(3, 5)));
    HtmlReport report = HtmlReport.of(sure, ReportFixtures.block(2023), Language.ENGLISH);
    String html = report.toHtml();
    Document doc = parse(html);

    assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("en");
    assertThat(report.title()).isEqualTo("DDCI 2023 results – Sở Ngoại vụ");
    assertThat(texts(doc, "h2"))
        .contains(PlanText.english().sectionII(sure).get(0), "Results table", "Charts");
    assertThat(rows(doc, 0).get(0))
        .containsExactly(
            "Total", "78.23", "03/05", "70.00", "04/05", "+8.23", "+1", "at the median");
    assertThat(rows(doc, 0))
        .contains(
            List.of(
                "Time costs", "8.95", "02/05", "9.10", "01/05", "−0.15", "−1", "above the median"));
    // with confidences, the rank intervals are the fourth chart
    assertThat(report.charts())
        .extracting(Chart::title)
        .containsExactly(
            "Component indices against the block median",
            "Ranks this year and last year",
            "The block's scores: total",
            "Rank intervals");
    assertThat(doc.getElementsByTagNameNS(SVG, "svg").getLength()).isEqualTo(4);
    // no Vietnamese words of the library's own (names of units and blocks stay as written)
    String withoutNames =
        html.replace("Sở Ngoại vụ", "")
            .replace("Khối sở, ban, ngành", "")
            .replace("Công an tỉnh", "")
            .replace("Sở Công Thương", "")
            .replace("Sở Tư pháp", "")
            .replace("Sở Khoa học và Công nghệ", "");
    assertThat(withoutNames)
        .doesNotContain("Tổng điểm", "Thứ hạng", "trung vị", "Trung vị", "năm ", "Năm ", "điểm")
        .doesNotContain("78,23", "8,95");
  }

  @Test
  void aChartWithNothingToShow_isLeftOut_andALineSaysWhy() throws Exception {
    // the seed without the two component scores it publishes: no component chart
    UnitAssessment noScores =
        UnitAssessment.of(
            vn.ddci.assessment.SeedFigures.builder2023("EQUAL_COMPETITION", "LEADERSHIP").build());
    HtmlReport report =
        HtmlReport.of(noScores, ReportFixtures.seedTable2023(), Language.VIETNAMESE);

    assertThat(report.charts())
        .extracting(Chart::title)
        .containsExactly("Thứ hạng năm nay và năm trước", "Phân bố điểm tổng của khối");
    assertThat(texts(parse(report.toHtml()), "p"))
        .contains(
            "Không có biểu đồ chỉ số thành phần so với trung vị khối: không chỉ số thành phần nào"
                + " có điểm công bố.");
  }

  @Test
  void withCoverageAndPlan_addTheirSections_theirChart_andTheResponsibilityTable()
      throws Exception {
    Plan plan = ReportFixtures.seedPlan();
    HtmlReport base = HtmlReport.of(SEED, ReportFixtures.seedTable2023(), Language.VIETNAMESE);
    HtmlReport report = base.withCoverage(twoQuarters()).withPlan(plan);
    Document doc = parse(report.toHtml());

    assertThat(base.charts()).hasSize(3);
    assertThat(report.charts()).hasSize(4);
    assertThat(report.charts().get(3).title()).isEqualTo("Tỷ lệ báo cáo theo đơn vị và quý");
    assertThat(doc.getElementsByTagNameNS(SVG, "svg").getLength()).isEqualTo(4);
    assertThat(report.plan()).contains(plan);
    List<String> h2 = texts(doc, "h2");
    // the plan's sections come before reporting, whatever the order they were given in
    assertThat(h2)
        .containsSubsequence(
            PlanText.vietnamese().sectionIII(plan).get(0),
            PlanText.vietnamese().sectionIV(plan).get(0),
            "Tình hình báo cáo theo đơn vị và quý");
    assertThat(texts(doc, "h3")).contains("Bảng phân công");
    assertThat(texts(doc, "p"))
        .containsAll(PlanText.vietnamese().reportingCoverage(twoQuarters().get(0)).subList(1, 2));

    // the responsibility table: a column per task, a row per division
    Element table = (Element) doc.getElementsByTagNameNS(XHTML, "table").item(1);
    assertThat(table.getElementsByTagNameNS(XHTML, "thead").item(0).getTextContent())
        .isEqualTo("Đơn vị" + plan.tasks().stream().map(Task::number).reduce("", String::concat));
    List<List<String>> rows = rows(doc, 1);
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Văn phòng Sở", "", "", "C", "C"));
    assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(1 + plan.tasks().size()));

    // a second call replaces, and does not add
    assertThat(report.withCoverage(twoQuarters().subList(0, 1)).charts()).hasSize(4);
  }

  @Test
  void withPlan_listsThePlansGoals_beforeSectionIII() throws Exception {
    Plan plan = ReportFixtures.seedPlan();
    Plan withGoals =
        plan.withGoals(
            List.of(
                vn.ddci.goal.Goal.rank(
                    vn.ddci.framework.Measure.total(), plan.year(), 10, 25))); // invented
    Document doc =
        parse(
            HtmlReport.of(SEED, ReportFixtures.seedTable2023(), Language.VIETNAMESE)
                .withPlan(withGoals)
                .toHtml());

    assertThat(texts(doc, "h2"))
        .containsSubsequence(
            "Mục tiêu phấn đấu năm " + plan.year() + ":",
            PlanText.vietnamese().sectionIII(plan).get(0));
    assertThat(texts(doc, "p")).contains("- Tổng điểm: 10/25");
  }

  @Test
  void theEnglishPlanTable_usesLSM() throws Exception {
    HtmlReport report =
        HtmlReport.of(BLOCK, ReportFixtures.block(2023), Language.ENGLISH)
            .withPlan(ReportFixtures.seedPlan());
    List<List<String>> rows = rows(parse(report.toHtml()), 1);
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Văn phòng Sở", "", "", "L", "L"));
    assertThat(rows.stream().flatMap(List::stream)).doesNotContain("C", "P", "T");
  }

  // ---------------------------------------------------------------- escaping

  @Test
  void everyTextIsEscaped_soNoMarkupOrScriptGetsIn() throws Exception {
    String evil = "Sở <b>Thử</b> & \"Co\" '1'";
    Plan seed = ReportFixtures.seedPlan();
    Task first = seed.tasks().get(0);
    List<Task> tasks = new ArrayList<>(seed.tasks());
    tasks.set(0, Task.builder().from(first).title("<script>alert('x')</script> & co").build());
    Plan plan = Plan.builder().from(seed).tasks(tasks).build();

    HtmlReport report =
        HtmlReport.of(evil, List.of(Charts.ranks(SEED))).withPlan(plan).withCoverage(twoQuarters());
    String html = report.toHtml();
    Document doc = parse(html);

    assertThat(html)
        .contains("<h1>Sở &lt;b&gt;Thử&lt;/b&gt; &amp; &quot;Co&quot; &#39;1&#39;</h1>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co");
    assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
    assertThat(doc.getElementsByTagNameNS("*", "b").getLength()).isZero();
    assertThat(texts(doc, "h1")).containsExactly(evil);
    assertThat(HtmlReport.escape("a\u0000b\u0007c\td")).isEqualTo("a\uFFFDb\uFFFDc\td");
  }

  @Test
  void aUnitNameWithMarkup_isEscapedInTheTextAndTheCharts() throws Exception {
    String name = "Sở <Thử> & Co";
    Unit unit = Unit.of(name, Frameworks.LANG_SON_DEPARTMENT_BLOCK);
    Scorecard card =
        Scorecard.builder().unit(unit).year(2023).givenTotal("70.5").publishedRank(3).build();
    ResultTable table =
        ResultTable.of(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Year.of(2023), 5, List.of(card));
    UnitAssessment a =
        UnitAssessment.of(
            vn.ddci.result.PublishedStanding.builder()
                .unit(unit)
                .year(2023)
                .blockSize(5)
                .total(vn.ddci.result.PublishedFigures.builder().rank(3).score("70.5").build())
                .build());
    String html = HtmlReport.of(a, table, Language.VIETNAMESE).toHtml();
    Document doc = parse(html);

    assertThat(texts(doc, "h1")).containsExactly("Kết quả Chỉ số DDCI năm 2023 – " + name);
    assertThat(html).doesNotContain("<Thử>");
    assertThat(doc.getElementsByTagNameNS(SVG, "svg").getLength()).isEqualTo(2);
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void aTableOfAnotherYear_orWithoutTheUnit_orWithAnotherScore_isRefused() {
    assertThatThrownBy(() -> HtmlReport.of(BLOCK, ReportFixtures.block(2022), Language.VIETNAMESE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("unit 'Sở Ngoại vụ', 2023")
        .hasMessageContaining("the table of results is of 2022");
    assertThatThrownBy(() -> HtmlReport.of(SEED, ReportFixtures.press2021(), Language.VIETNAMESE))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("of 2021");
    ResultTable withoutSeed =
        ResultTable.of(
            Frameworks.LANG_SON_DEPARTMENT_BLOCK,
            Year.of(2023),
            25,
            ReportFixtures.block(2023).scorecards().stream()
                .filter(c -> !c.unit().name().equals(ReportFixtures.SO_NGOAI_VU))
                .collect(java.util.stream.Collectors.toList()));
    assertThatThrownBy(() -> HtmlReport.of(SEED, withoutSeed, Language.ENGLISH))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("does not list the unit");
    // the synthetic block gives Sở Ngoại vụ 78.23; the seed says 80.45
    assertThatThrownBy(() -> HtmlReport.of(SEED, ReportFixtures.block(2023), Language.ENGLISH))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("78.23")
        .hasMessageContaining("80.45");
  }

  // ---------------------------------------------------------------- writing

  @Test
  void write_writesTheWholePage_inUtf8_andLeavesNoTemporaryFile(@TempDir Path dir)
      throws Exception {
    HtmlReport report = HtmlReport.of(SEED, ReportFixtures.seedTable2023(), Language.VIETNAMESE);
    Path file = dir.resolve("bao-cao.html");
    Files.writeString(file, "old");

    assertThat(report.write(file)).isEqualTo(file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(report.toHtml());
    assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void write_refusesAFolder_namingIt_andLeavesItAsItWas(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("bao-cao.html"));
    HtmlReport report = HtmlReport.of("Báo cáo", List.of(Charts.ranks(SEED)));

    assertThatThrownBy(() -> report.write(folder))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining(folder.toString())
        .hasMessageContaining("not a regular file");
    assertThat(folder).isEmptyDirectory();
    assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void write_intoAMissingFolder_failsNamingTheFile(@TempDir Path dir) {
    Path file = dir.resolve("missing").resolve("bao-cao.html");
    HtmlReport report = HtmlReport.of("Báo cáo", List.of());

    assertThatThrownBy(() -> report.write(file))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("bao-cao.html");
    assertThat(file).doesNotExist();
  }
}
