package vn.ddci.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ddci.PciData;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.result.ResultTable;

/** The charts of a province on the real PCI 2016 and 2015 results (shared/data/pci). */
class PciChartsTest {

  @Test
  void langSon2016_tenSubIndicesAgainstTheMedian_andTheBlockOf63() throws Exception {
    Map<Integer, ResultTable> pci = PciData.tables();
    UnitAssessment langSon = UnitAssessment.of(pci.get(2016), pci.get(2015), "Lạng Sơn");

    Svg components = Svg.parse(Charts.components(langSon).toSvg());
    assertThat(components.filled(Charts.UNIT)).isEqualTo(10 + 1);
    assertThat(components.filled(Charts.MEDIAN)).isEqualTo(10 + 1);
    assertThat(components.texts()).contains("Lạng Sơn – năm 2016", "Tính minh bạch");

    Svg ranks = Svg.parse(Charts.ranks(langSon).toSvg());
    assertThat(ranks.filled(Charts.UNIT)).isEqualTo(11 + 1);
    assertThat(ranks.filled(Charts.LAST_YEAR)).isEqualTo(11 + 1);
    assertThat(ranks.texts()).contains("Trung vị: hạng 32");

    Chart distribution = Charts.distribution(pci.get(2016), "Lạng Sơn");
    Svg svg = Svg.parse(distribution.toSvg());
    assertThat(svg.filled(Charts.UNIT)).isEqualTo(1 + 1);
    assertThat(svg.filled(Charts.OTHERS)).isEqualTo(62 + 1);
    assertThat(svg.texts()).contains("Đà Nẵng", "Lạng Sơn");
    assertThat(distribution.notes()).isEmpty();
  }
}
