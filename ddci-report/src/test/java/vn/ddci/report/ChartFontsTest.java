package vn.ddci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import org.junit.jupiter.api.Test;

class ChartFontsTest {

  @Test
  void theChosenFamily_displaysVietnamese() {
    String family = ChartFonts.family();
    assertThat(new Font(family, Font.PLAIN, 12).canDisplayUpTo(ChartFonts.SAMPLE)).isEqualTo(-1);
    assertThat(ChartFonts.check("Sở Ngoại vụ – Tính minh bạch và tiếp cận thông tin"))
        .startsWith("Sở");
  }

  @Test
  void aTextTheFontCannotDisplay_isRefusedNamingTheCharacter() {
    // a private-use character no font of the build machine draws
    String text = "Sở \uDB7F\uDFFD";
    assertThatThrownBy(() -> ChartFonts.check(text))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("U+EFFFD")
        .hasMessageContaining(ChartFonts.family());
  }
}
