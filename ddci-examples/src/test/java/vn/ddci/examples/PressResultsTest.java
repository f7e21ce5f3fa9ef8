package vn.ddci.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The press-list example on the real data: skipped, with the reason, when the data is absent. */
class PressResultsTest {

  @Test
  void printsTheListedUnitsWithStandingsOfTheWholeBlock_andWhatTheListCannotGive() {
    Path csv = DataDir.get().resolve("ddci-press/lang_son_2021.csv");
    assumeTrue(Files.isRegularFile(csv), () -> "press data not found at " + csv);

    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PressResults.print(csv, new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String out = buffer.toString(StandardCharsets.UTF_8);

    assertThat(out)
        .contains(
            "Khối sở, ban, ngành 2021: 6/24 đơn vị được công bố; trung vị xếp hạng 12,5; điểm trung"
                + " vị 68,49")
        .contains(
            "- Công an tỉnh: 78,43 điểm, xếp hạng 01/24, trên trung vị, cao hơn điểm trung vị 9,94"
                + " điểm")
        .contains(
            "- Sở Tài nguyên và Môi trường: 62,19 điểm, xếp hạng 22/24, dưới trung vị, cách đơn vị"
                + " đứng đầu 16,24 điểm, thấp hơn điểm trung vị 6,30 điểm")
        .contains(
            "Khối UBND huyện, thành phố 2021: 6/11 đơn vị được công bố; trung vị xếp hạng 6;"
                + " điểm trung vị không công bố")
        .contains(
            "- Lộc Bình: 70,6 điểm, xếp hạng 09/11, dưới trung vị, cách đơn vị đứng đầu 7,87 điểm")
        .contains(
            "  Không tính được điểm trung vị: danh sách chỉ có 6/11 đơn vị và không công bố điểm"
                + " trung vị.")
        .contains("- Bảo hiểm xã hội tỉnh: 76,9 điểm, xếp hạng 02/24")
        .contains("Các số liệu công bố khớp nhau");
  }
}
