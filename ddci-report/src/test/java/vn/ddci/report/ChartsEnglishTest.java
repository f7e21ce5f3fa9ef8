package vn.ddci.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Component;
import vn.ddci.framework.Measure;
import vn.ddci.progress.ReportLog;
import vn.ddci.text.Language;

/**
 * The charts in English: the same figures, English titles, labels, legends, notes and descriptions,
 * and decimal points; the methods without a language still draw Vietnamese.
 */
class ChartsEnglishTest {
  private static final UnitAssessment BLOCK_2023 =
      UnitAssessment.of(
          ReportFixtures.block(2023), ReportFixtures.block(2022), ReportFixtures.SO_NGOAI_VU);
  private static final UnitAssessment SEED = UnitAssessment.of(ReportFixtures.seed2023());

  /** Letters that only Vietnamese uses (the names of units, blocks and divisions removed). */
  private static final Pattern VIETNAMESE =
      Pattern.compile(
          "[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]");

  private static final List<String> NAMES =
      List.of(
          "Sở Ngoại vụ",
          "Công an tỉnh",
          "Sở Công Thương",
          "Sở Tư pháp",
          "Sở Khoa học và Công nghệ",
          "Khối sở, ban, ngành",
          "Phòng Lãnh sự - Hợp tác quốc tế",
          "Trung tâm Thông tin và Dịch vụ đối ngoại");

  /** Every text of the chart, its description and notes, with the proper names taken out. */
  private static String words(Chart chart) throws Exception {
    String all =
        String.join("\n", Svg.parse(chart.toSvg()).texts())
            + "\n"
            + chart.title()
            + "\n"
            + chart.description()
            + "\n"
            + String.join("\n", chart.notes());
    for (String name : NAMES) {
      all = all.replace(name, "");
    }
    return all;
  }

  private static void assertEnglish(Chart chart) throws Exception {
    String words = words(chart);
    assertThat(VIETNAMESE.matcher(words).find()).as("Vietnamese letters in %s", words).isFalse();
    // no decimal comma: a digit, a comma, a digit
    assertThat(words).doesNotContainPattern("\\d,\\d");
  }

  @Test
  void components_inEnglish() throws Exception {
    Chart chart = Charts.components(BLOCK_2023, Language.ENGLISH);
    Svg svg = Svg.parse(chart.toSvg());

    assertThat(chart.title()).isEqualTo("Component indices against the block median");
    assertThat(svg.texts())
        .contains("Sở Ngoại vụ – 2023", "Block median", "Score (0–10)")
        .contains("Transparency and access to information", "6.83", "10.00");
    assertThat(chart.description()).endsWith("8 of 8 components with a published score");
    assertThat(svg.filled(Charts.UNIT)).isEqualTo(8 + 1);
    assertEnglish(chart);
  }

  @Test
  void components_ofTheSeed_inEnglish_namesTheUnpublishedScores() throws Exception {
    Chart chart = Charts.components(SEED, Language.ENGLISH);

    assertThat(chart.notes())
        .containsExactly(
            "Score not published: Transparency and access to information, Time costs, Informal"
                + " charges, Business support services, Legal institutions, Dynamism and"
                + " effectiveness of the system",
            "The block's median scores of the components were not published");
    assertEnglish(chart);
  }

  @Test
  void ranks_inEnglish() throws Exception {
    Chart chart = Charts.ranks(BLOCK_2023, Language.ENGLISH);
    Svg svg = Svg.parse(chart.toSvg());

    assertThat(chart.title()).isEqualTo("Ranks this year and last year");
    assertThat(svg.texts())
        .contains("Total", "2023", "2022", "Rank (1 is best)", "Median: rank 3", "01/05 (tied)");
    assertEnglish(chart);
    assertEnglish(Charts.ranks(SEED, Language.ENGLISH));
    assertThat(Charts.ranks(SEED, Language.ENGLISH).notes())
        .containsExactly("No rank of 2022: Total, Time costs, Business support services");
  }

  @Test
  void distribution_inEnglish_withDecimalPoints() throws Exception {
    Chart chart =
        Charts.distribution(
            ReportFixtures.block(2023), ReportFixtures.SO_NGOAI_VU, Language.ENGLISH);
    Svg svg = Svg.parse(chart.toSvg());

    assertThat(chart.title()).isEqualTo("The block's scores: total");
    assertThat(svg.texts())
        .contains("86.04", "78.23", "Other units", "Block median: 78.23", "Score (0–100)");
    assertEnglish(chart);

    Component time = ReportFixtures.F.component("TIME_COST");
    Chart component =
        Charts.distribution(
            ReportFixtures.block(2023),
            ReportFixtures.SO_NGOAI_VU,
            Measure.of(time),
            Language.ENGLISH);
    assertThat(component.title()).isEqualTo("The block's scores: Time costs");
    assertEnglish(component);

    Chart partial =
        Charts.distribution(ReportFixtures.seedTable2023(), "Sở Ngoại vụ", Language.ENGLISH);
    assertThat(partial.notes()).containsExactly("The table lists 1 of 25 of the block's units");
    assertEnglish(partial);
  }

  @Test
  void rankIntervals_inEnglish() throws Exception {
    UnitAssessment sure =
        BLOCK_2023.withConfidence(
            Map.of(
                Measure.total(),
                ReportFixtures.confidence(2, 4),
                Measure.of(ReportFixtures.F.component("TRANSPARENCY")),
                ReportFixtures.confidence(3, 5)));
    Chart chart = Charts.rankIntervals(sure, Language.ENGLISH);
    Svg svg = Svg.parse(chart.toSvg());

    assertThat(chart.title()).isEqualTo("Rank intervals");
    assertThat(svg.texts())
        .contains("Sở Ngoại vụ – 2023, confidence level 90%", "03/05 (2–4)", "Total");
    assertThat(chart.notes()).containsExactly("7 measures without a rank interval");
    assertEnglish(chart);
  }

  @Test
  void coverage_inEnglish() throws Exception {
    ReportLog log = ReportFixtures.log();
    Chart chart =
        Charts.coverage(
            List.of(log.coverage(ReportFixtures.Q1), log.coverage(ReportFixtures.Q2)),
            Language.ENGLISH);
    Svg svg = Svg.parse(chart.toSvg());

    assertThat(chart.title()).isEqualTo("Reporting coverage by division and quarter");
    assertThat(svg.texts())
        .contains("Q1 2024", "Q2 2024", "100.0%", "Overall – Q1 2024: 100.0%; Q2 2024: 33.3%")
        .contains("Reports received (%)");
    assertEnglish(chart);
  }

  @Test
  void theMethodsWithoutALanguage_drawVietnamese_asBefore() throws Exception {
    Chart vi = Charts.distribution(ReportFixtures.block(2023), ReportFixtures.SO_NGOAI_VU);
    Chart explicit =
        Charts.distribution(
            ReportFixtures.block(2023), ReportFixtures.SO_NGOAI_VU, Language.VIETNAMESE);

    assertThat(vi.title()).isEqualTo("Phân bố điểm tổng của khối").isEqualTo(explicit.title());
    assertThat(vi.description()).isEqualTo(explicit.description()).contains("78,23");
    assertThat(Svg.parse(vi.toSvg()).texts()).contains("Trung vị khối: 78,23", "86,04");
    assertThat(Charts.components(SEED).description())
        .isEqualTo(Charts.components(SEED, Language.VIETNAMESE).description())
        .endsWith("2/08 chỉ số thành phần có điểm công bố");
  }
}
