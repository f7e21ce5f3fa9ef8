package vn.ddci.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ddci.framework.Frameworks;
import vn.ddci.io.ResultTableCsv;
import vn.ddci.io.TableOptions;
import vn.ddci.result.ResultTable;

/** The PCI example on the real data: skipped, with the reason, when the data is absent. */
class PciRankingsTest {

  @Test
  void prints2016Ranking_changesOver2015_andTheBiggestMovers() {
    Path csv = DataDir.get().resolve("pci/pci_2013_2016_subindices.csv");
    assumeTrue(Files.isRegularFile(csv), () -> "PCI data not found at " + csv);
    Map<Year, ResultTable> tables =
        ResultTableCsv.read(csv, TableOptions.of(Frameworks.PCI_PROVINCES)).byYear();

    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PciRankings.print(
        tables.get(Year.of(2016)),
        tables.get(Year.of(2015)),
        new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String out = buffer.toString(StandardCharsets.UTF_8);

    assertThat(out)
        .contains("PCI 2016: 63 tỉnh, thành phố (so với 2015; 63 khớp tên, 0 mới, 0 không còn)");
    assertThat(out).containsPattern("01/63\\s+Đà Nẵng\\s+70,00\\s+Rất tốt\\s+\\+1,67");
    assertThat(out).contains("Bình Dương         25/63 → 04/63 (+21 bậc), +4,68 điểm");
    assertThat(out).contains("Thanh Hóa          10/63 → 31/63 (−21 bậc), −2,20 điểm");
    assertThat(out)
        .contains("Hà Giang           62/63 → 59/63 (+3 bậc), +4,95 điểm, xếp thứ 01/63");
    assertThat(out.lines().filter(l -> l.matches("\\d\\d/63 .*"))).hasSize(63);
  }
}
