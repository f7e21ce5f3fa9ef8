package vn.ddci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ddci.InsufficientDataException;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Component;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.result.PublishedFigures;
import vn.ddci.result.PublishedStanding;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Unit;

class ChartsTest {
  private static final UnitAssessment BLOCK_2023 =
      UnitAssessment.of(
          ReportFixtures.block(2023), ReportFixtures.block(2022), ReportFixtures.SO_NGOAI_VU);
  private static final UnitAssessment SEED = UnitAssessment.of(ReportFixtures.seed2023());

  // --------------------------------------------------------------- components

  @Test
  void components_drawsTheEightComponentsAgainstTheMedian() throws Exception {
    Chart chart = Charts.components(BLOCK_2023);
    Svg svg = Svg.parse(chart.toSvg());

    assertThat(svg.rootName()).isEqualTo("svg");
    assertThat(chart.title()).isEqualTo("Chỉ số thành phần so với trung vị khối");
    assertThat(svg.texts())
        .contains("Chỉ số thành phần so với trung vị khối", "Sở Ngoại vụ – năm 2023")
        .contains("Sở Ngoại vụ", "Trung vị khối")
        .contains("Tính minh bạch và tiếp cận thông tin", "Tính năng động và hiệu lực của hệ thống")
        .contains("6,83", "10,00");
    // eight dots and eight median marks, each with its legend swatch
    assertThat(svg.filled(Charts.UNIT)).isEqualTo(8 + 1);
    assertThat(svg.filled(Charts.MEDIAN)).isEqualTo(8 + 1);
    assertThat(chart.notes()).isEmpty();
  }

  @Test
  void components_ofAUnitAtTheMedian_drawsTheDotOnTheMedianMark() throws Exception {
    // Sở Ngoại vụ's DYNAMISM (8.20) is the block's median of 9.10, 8.80, 8.20, 7.60, 7.20
    assertThat(BLOCK_2023.component("DYNAMISM").gapToMedian())
        .hasValueSatisfying(g -> assertThat(g).isZero());
    Svg svg = Svg.parse(Charts.components(BLOCK_2023).toSvg());
    assertThat(svg.texts()).contains("8,20");
    assertThat(svg.filled(Charts.MEDIAN)).isEqualTo(9);
  }

  @Test
  void components_ofTheSeed_drawsThePublishedScoresAndNamesTheOthers() throws Exception {
    Chart chart = Charts.components(SEED);
    Svg svg = Svg.parse(chart.toSvg());

    // the seed publishes two component scores (10 and 10) and no component median
    assertThat(svg.filled(Charts.UNIT)).isEqualTo(2 + 1);
    assertThat(svg.filled(Charts.MEDIAN)).isEqualTo(1);
    assertThat(chart.notes())
        .containsExactly(
            "Không công bố điểm: Tính minh bạch và tiếp cận thông tin, Chi phí thời gian,"
                + " Chi phí không chính thức, Dịch vụ hỗ trợ doanh nghiệp, Thiết chế pháp lý,"
                + " Tính năng động và hiệu lực của hệ thống",
            "Không công bố điểm trung vị khối của các chỉ số thành phần");
    // a long note wraps over two text elements
    assertThat(String.join("", svg.texts())).contains(chart.notes().get(0), chart.notes().get(1));
  }

  @Test
  void components_refusedWhenNoComponentScoreIsKnown() {
    UnitAssessment ranksOnly = UnitAssessment.of(ranksOnly());
    assertThatThrownBy(() -> Charts.components(ranksOnly))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessageContaining("Sở Ngoại vụ")
        .hasMessageContaining("2023")
        .hasMessageContaining("no component score");
  }

  // --------------------------------------------------------------- ranks

  @Test
  void ranks_drawsThisYearAndLastYear_withTheMedianRank() throws Exception {
    Chart chart = Charts.ranks(BLOCK_2023);
    Svg svg = Svg.parse(chart.toSvg());

    assertThat(chart.title()).isEqualTo("Thứ hạng năm nay và năm trước");
    assertThat(svg.texts()).contains("Năm 2023", "Năm 2022", "Tổng điểm", "Trung vị: hạng 3");
    // the total and eight components, both years
    assertThat(svg.filled(Charts.UNIT)).isEqualTo(9 + 1);
    assertThat(svg.filled(Charts.LAST_YEAR)).isEqualTo(9 + 1);
    // third of five: at the median rank
    assertThat(svg.texts()).contains("03/05");
    assertThat(chart.description()).contains("tổng điểm xếp hạng 03/05, năm 2022 xếp hạng 04/05");
  }

  @Test
  void ranks_ofATiedUnit_sayItSharesThePlace() throws Exception {
    assertThat(Svg.parse(Charts.ranks(BLOCK_2023).toSvg()).texts()).contains("01/05 (đồng vị trí)");
    assertThat(Svg.parse(Charts.ranks(SEED).toSvg()).texts()).contains("01/25 (đồng vị trí)");
  }

  @Test
  void ranks_ofTheSeed_namesTheRanksOfLastYearNotPublished() {
    assertThat(Charts.ranks(SEED).notes())
        .containsExactly(
            "Không có thứ hạng năm 2022: Tổng điểm, Chi phí thời gian, Dịch vụ hỗ trợ doanh"
                + " nghiệp");
  }

  @Test
  void ranks_withoutLastYear_showsThisYearOnly() throws Exception {
    Chart chart = Charts.ranks(UnitAssessment.of(ranksOnly()));
    Svg svg = Svg.parse(chart.toSvg());

    assertThat(svg.texts()).contains("Năm 2023").doesNotContain("Năm 2022");
    assertThat(svg.filled(Charts.LAST_YEAR)).isZero();
    // the total, LEADERSHIP and DYNAMISM
    assertThat(svg.filled(Charts.UNIT)).isEqualTo(3 + 1);
    assertThat(chart.notes())
        .containsExactly(
            "Không công bố thứ hạng: Tính minh bạch và tiếp cận thông tin, Chi phí thời gian,"
                + " Chi phí không chính thức, Cạnh tranh bình đẳng, Dịch vụ hỗ trợ doanh nghiệp,"
                + " Thiết chế pháp lý",
            "Không có thứ hạng năm 2022");
  }

  // --------------------------------------------------------------- distribution

  @Test
  void distribution_drawsEveryUnit_theUnitMarked_withTheMedian() throws Exception {
    Chart chart = Charts.distribution(ReportFixtures.block(2023), "So Ngoai vu");
    Svg svg = Svg.parse(chart.toSvg());

    assertThat(chart.title()).isEqualTo("Phân bố điểm tổng của khối");
    assertThat(svg.filled(Charts.UNIT)).isEqualTo(1 + 1);
    assertThat(svg.filled(Charts.OTHERS)).isEqualTo(4 + 1);
    assertThat(svg.texts())
        .contains("Sở Ngoại vụ", "Công an tỉnh", "Sở Khoa học và Công nghệ", "78,23")
        .contains("Trung vị khối: 78,23");
    assertThat(chart.notes()).isEmpty();
  }

  @Test
  void distribution_ofAComponent_andOfAPartialTable_saysWhatIsMissing() throws Exception {
    Chart component =
        Charts.distribution(
            ReportFixtures.block(2023),
            "Sở Ngoại vụ",
            Measure.of(ReportFixtures.F.component("TRANSPARENCY")));
    assertThat(component.title())
        .isEqualTo("Phân bố điểm Tính minh bạch và tiếp cận thông tin của khối");
    assertThat(Svg.parse(component.toSvg()).texts()).contains("Trung vị khối: 7,10");

    ResultTable press = ReportFixtures.press2021();
    Chart partial = Charts.distribution(press, "BQL Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn");
    Svg svg = Svg.parse(partial.toSvg());
    assertThat(svg.filled(Charts.OTHERS)).isEqualTo(3 + 1);
    assertThat(partial.notes())
        .containsExactly("Bảng công bố 04/24 đơn vị của khối", "Không công bố điểm trung vị khối");
  }

  @Test
  void distribution_ofAUnitNotInTheTable_isRefusedByName() {
    assertThatThrownBy(() -> Charts.distribution(ReportFixtures.block(2023), "Sở Ngoại giao"))
        .isInstanceOf(vn.ddci.DdciValidationException.class)
        .hasMessageContaining("no unit 'Sở Ngoại giao'");
  }

  // --------------------------------------------------------------- rank intervals

  @Test
  void rankIntervals_drawsTheMeasuresThatHaveOne() throws Exception {
    Component transparency = ReportFixtures.F.component("TRANSPARENCY");
    UnitAssessment sure =
        BLOCK_2023.withConfidence(
            Map.of(
                Measure.total(), ReportFixtures.confidence(2, 4),
                Measure.of(transparency), ReportFixtures.confidence(3, 5)));
    Chart chart = Charts.rankIntervals(sure);
    Svg svg = Svg.parse(chart.toSvg());

    assertThat(chart.title()).isEqualTo("Khoảng tin cậy của thứ hạng");
    assertThat(svg.texts())
        .contains("Sở Ngoại vụ – năm 2023, mức tin cậy 90 %", "03/05 (2–4)", "04/05 (3–5)")
        .contains("Tổng điểm", "Tính minh bạch và tiếp cận thông tin");
    assertThat(svg.filled(Charts.UNIT)).isEqualTo(2 + 1);
    assertThat(chart.notes()).containsExactly("7 chỉ số không có khoảng tin cậy");
  }

  @Test
  void rankIntervals_refusedWithoutAnUncertaintyAnalysis() {
    assertThatThrownBy(() -> Charts.rankIntervals(SEED))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessageContaining("unit 'Sở Ngoại vụ', 2023: no rank interval");
  }

  // --------------------------------------------------------------- coverage

  @Test
  void coverage_drawsEveryDivisionInEveryQuarter() throws Exception {
    var log = ReportFixtures.log();
    Chart chart =
        Charts.coverage(List.of(log.coverage(ReportFixtures.Q1), log.coverage(ReportFixtures.Q2)));
    Svg svg = Svg.parse(chart.toSvg());

    assertThat(chart.title()).isEqualTo("Tỷ lệ báo cáo theo đơn vị và quý");
    assertThat(svg.texts())
        .contains("Phòng Lãnh sự - Hợp tác quốc tế", "Trung tâm Thông tin và Dịch vụ đối ngoại")
        .contains("Quý 1/2024", "Quý 2/2024", "100,0 %", "0,0 %")
        .contains("Tỷ lệ chung – Quý 1/2024: 100,0 %; Quý 2/2024: 33,3 %");
    // two divisions × two quarters; TT's 0 % in Q2 is a bar of no length, still drawn
    assertThat(svg.filled(Charts.UNIT) + svg.filled(Charts.MEDIAN)).isBetween(4 + 1, 4 + 2);
  }

  @Test
  void coverage_refusesNoQuarterAndAQuarterTwice() {
    var q1 = ReportFixtures.log().coverage(ReportFixtures.Q1);
    assertThatThrownBy(() -> Charts.coverage(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one quarter");
    assertThatThrownBy(() -> Charts.coverage(List.of(q1, q1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2024-Q1 is given twice");
  }

  // --------------------------------------------------------------- PNG and files

  @Test
  void everyChart_drawsAPngOfTheRequestedSize() throws Exception {
    var log = ReportFixtures.log();
    List<Chart> charts =
        List.of(
            Charts.components(BLOCK_2023),
            Charts.ranks(BLOCK_2023),
            Charts.ranks(SEED),
            Charts.distribution(ReportFixtures.block(2023), "Sở Ngoại vụ"),
            Charts.rankIntervals(
                BLOCK_2023.withConfidence(
                    Map.of(Measure.total(), ReportFixtures.confidence(2, 4)))),
            Charts.coverage(List.of(log.coverage(ReportFixtures.Q1))));
    for (Chart chart : charts) {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.toPng(640, 480)));
      assertThat(image).as(chart.title()).isNotNull();
      assertThat(image.getWidth()).isEqualTo(640);
      assertThat(image.getHeight()).isEqualTo(480);
    }
  }

  @Test
  void writeSvgAndPng_writeFilesAtTheDefaultSize(@TempDir Path dir) throws Exception {
    Chart chart = Charts.ranks(SEED);
    Path svg = chart.writeSvg(dir.resolve("thu-hang.svg"));
    Path png = chart.writePng(dir.resolve("thu-hang.png"));

    assertThat(Svg.parse(Files.readString(svg)).texts())
        .contains("Sở Ngoại vụ – năm 2023, khối 25 đơn vị");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(chart.width());
    assertThat(image.getHeight()).isEqualTo(chart.height());
    assertThat(chart.toString()).isEqualTo("Chart[Thứ hạng năm nay và năm trước, 960×604]");
  }

  @Test
  void sizesOutsideTheLimits_areRefused(@TempDir Path dir) {
    Chart chart = Charts.ranks(SEED);
    assertThatThrownBy(() -> chart.toPng(0, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 × 100");
    assertThatThrownBy(() -> chart.toSvg(100, 10_001)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> chart.writeSvg(dir.resolve("no/such/folder/a.svg")))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("no/such/folder/a.svg");
  }

  // --------------------------------------------------------------- fixtures

  /** The seed's ranks of this year for the total and two components, nothing else. */
  private static PublishedStanding ranksOnly() {
    return PublishedStanding.builder()
        .unit(Unit.of(ReportFixtures.SO_NGOAI_VU, Frameworks.LANG_SON_DEPARTMENT_BLOCK))
        .year(2023)
        .blockSize(25)
        .total(PublishedFigures.builder().rank(15).build())
        .putComponents(
            ReportFixtures.F.component("LEADERSHIP"),
            PublishedFigures.builder().rank(1).tiedCount(3).build())
        .putComponents(
            ReportFixtures.F.component("DYNAMISM"), PublishedFigures.builder().rank(20).build())
        .build();
  }
}
