package vn.ddci.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ddci.assessment.Confidence;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Measure;
import vn.ddci.progress.ReportLog;
import vn.ddci.progress.ReportingCoverage;
import vn.ddci.text.Language;
import vn.ddci.text.PlanText;

/**
 * The HTML report opened in a real headless browser (Debian's Chromium; skipped with a message
 * saying how to install it when there is none): the page loads without console errors or failed
 * loads, every chart is in the DOM the browser built, and a screenshot is written to
 * target/browser/ for a person to look at.
 */
class HtmlReportBrowserTest {
  private static final Path OUT = Paths.get("target", "browser");
  private HeadlessChromium chromium;

  /** Each test, not the class, is skipped without a browser, so that the reports count them. */
  @BeforeEach
  void browser() {
    chromium = HeadlessChromium.require();
  }

  private static List<ReportingCoverage> twoQuarters() {
    ReportLog log = ReportFixtures.log();
    return List.of(log.coverage(ReportFixtures.Q1), log.coverage(ReportFixtures.Q2));
  }

  /** Writes the report, opens it, checks it loads cleanly with every chart, and screenshots it. */
  private HeadlessChromium.Page openAndCheck(HtmlReport report, String name) throws Exception {
    Path html = report.write(Files.createDirectories(OUT).resolve(name + ".html"));
    HeadlessChromium.Page page = chromium.open(html);

    assertThat(page.console).as("console messages of %s", html).isEmpty();
    assertThat(page.failedLoads).as("failed loads of %s", html).isEmpty();
    assertThat(page.otherRequests).as("requests of %s besides the page", html).isEmpty();
    int charts = report.charts().size();
    assertThat(page.count("figure")).as("figures").isEqualTo(charts);
    assertThat(page.count("svg")).as("svg elements").isEqualTo(charts);
    assertThat(page.count("img")).isZero();
    assertThat(page.count("script")).isZero();
    for (Chart c : report.charts()) {
      // the chart's title is drawn as text inside its svg
      assertThat(page.dom).contains(">" + c.title() + "<");
    }
    assertThat(page.dom).contains("<h1>" + HtmlReport.escape(report.title()) + "</h1>");

    int height = 600 + report.charts().stream().mapToInt(Chart::height).sum();
    height += 34 * (page.count("p") + page.count("tr") + page.count("h2") + page.count("h3"));
    Path png = OUT.resolve(name + ".png");
    chromium.screenshot(html, png, 1280, Math.min(height, 16_000));
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    // the charts were painted: the unit's blue is on the screen
    assertThat(pixels(image, Charts.UNIT.getRGB()))
        .as("pixels of the unit's colour")
        .isGreaterThan(100);
    return page;
  }

  private static int pixels(BufferedImage image, int rgb) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void theSeedReport_inVietnamese_loadsCleanly_withEveryChart() throws Exception {
    UnitAssessment seed = UnitAssessment.of(ReportFixtures.seed2023());
    HtmlReport report =
        HtmlReport.of(seed, ReportFixtures.seedTable2023(), Language.VIETNAMESE)
            .withPlan(ReportFixtures.seedPlan())
            .withCoverage(twoQuarters());

    HeadlessChromium.Page page = openAndCheck(report, "report-vi");

    assertThat(report.charts()).hasSize(4);
    assertThat(page.dom)
        .contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">")
        .contains(PlanText.vietnamese().sectionII(seed).get(0))
        .contains("Tính minh bạch và tiếp cận thông tin: xếp hạng 17/25, giảm 15 bậc")
        .contains("<td>80,45</td>")
        .contains("Bảng phân công")
        .contains("Tỷ lệ báo cáo theo đơn vị và quý");
  }

  @Test
  void aBlockReport_inEnglish_withRankIntervals_loadsCleanly_withEveryChart() throws Exception {
    Confidence c = ReportFixtures.confidence(2, 4);
    UnitAssessment block =
        UnitAssessment.of(
                ReportFixtures.block(2023), ReportFixtures.block(2022), ReportFixtures.SO_NGOAI_VU)
            .withConfidence(Map.of(Measure.total(), c));
    HtmlReport report =
        HtmlReport.of(block, ReportFixtures.block(2023), Language.ENGLISH)
            .withPlan(ReportFixtures.seedPlan())
            .withCoverage(twoQuarters());

    HeadlessChromium.Page page = openAndCheck(report, "report-en");

    assertThat(report.charts()).hasSize(5);
    assertThat(page.dom)
        .contains("lang=\"en\"")
        .contains("Rank intervals")
        .contains("<td>78.23</td>")
        .contains("Responsibility table");
  }

  // ---------------------------------------------------------------- the checker itself

  @Test
  void theChecker_catchesAScriptError_andAFailedLoad(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.html");
    Files.writeString(
        bad,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>t</title></head>"
            + "<body><p>x</p><img src=\"missing.png\" alt=\"\"/>"
            + "<script>throw new Error('boom-from-the-test');</script></body></html>",
        StandardCharsets.UTF_8);

    HeadlessChromium.Page page = chromium.open(bad);

    assertThat(page.console).anySatisfy(l -> assertThat(l).contains("boom-from-the-test"));
    assertThat(page.failedLoads).containsExactly("/missing.png");
    assertThat(page.count("img")).isEqualTo(1);
  }

  @Test
  void theChecker_passesACleanPage(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.html");
    Files.writeString(
        good,
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"/><title>t</title></head>"
            + "<body><figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
            + "</svg></figure><p>Tiếng Việt</p></body></html>",
        StandardCharsets.UTF_8);

    HeadlessChromium.Page page = chromium.open(good);

    assertThat(page.console).isEmpty();
    assertThat(page.failedLoads).isEmpty();
    assertThat(page.count("svg")).isEqualTo(1);
    assertThat(page.dom).contains("<p>Tiếng Việt</p>");
  }
}
