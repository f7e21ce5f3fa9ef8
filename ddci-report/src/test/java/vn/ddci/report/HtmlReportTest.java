package vn.ddci.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import vn.ddci.assessment.UnitAssessment;

class HtmlReportTest {

  @Test
  void oneSelfContainedPage_withEveryChartInline_andUniqueIds() throws Exception {
    UnitAssessment seed = UnitAssessment.of(ReportFixtures.seed2023());
    UnitAssessment block =
        UnitAssessment.of(
            ReportFixtures.block(2023), ReportFixtures.block(2022), ReportFixtures.SO_NGOAI_VU);
    HtmlReport report =
        HtmlReport.of(
            "DDCI 2023 – Sở Ngoại vụ",
            List.of(Charts.ranks(seed), Charts.components(seed), Charts.components(block)));
    String html = report.toHtml();

    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));

    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength())
        .isEqualTo(3);
    assertThat(doc.getElementsByTagNameNS("*", "img").getLength()).isZero();
    assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
    assertThat(html)
        .contains("<h1>DDCI 2023 – Sở Ngoại vụ</h1>")
        .contains("Không có thứ hạng năm 2022: Tổng điểm")
        .contains("id='bieu-do-1-clip-0'", "id='bieu-do-3-clip-0'")
        .doesNotContain("http://www.w3.org/TR/2001");
    assertThat(report).hasToString("HtmlReport[DDCI 2023 – Sở Ngoại vụ, 3 charts]");
  }
}
