package vn.ddci.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;

class NamesTest {

  @Test
  void clean_storesNfc_andCollapsesWhitespaceAndLineBreaks() {
    String decomposed = Normalizer.normalize("Đà Nẵng", Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo("Đà Nẵng");

    assertThat(Names.clean(decomposed)).isEqualTo("Đà Nẵng");
    assertThat(Names.clean("  Gia nhập\n thị   trường ")).isEqualTo("Gia nhập thị trường");
  }

  @Test
  void key_forgetsDiacriticsCaseSpacingAndPunctuation() {
    assertThat(Names.key("TT- Huế")).isEqualTo(Names.key("TT.Huế")).isEqualTo("tthue");
    assertThat(Names.key("TT-Huế")).isEqualTo("tthue");
    assertThat(Names.key("Đắk Lắk")).isEqualTo(Names.key("Đăk Lăk")).isEqualTo("daklak");
    assertThat(Names.key("Tp.HCM")).isEqualTo(Names.key("TP HCM"));
    assertThat(Names.key(Normalizer.normalize("Đà Nẵng", Normalizer.Form.NFD))).isEqualTo("danang");
  }

  @Test
  void key_keepsLettersThatDiffer_soTrueAliasesDoNotMatchByThemselves() {
    assertThat(Names.key("Bắc Kạn")).isNotEqualTo(Names.key("Bắc Cạn"));
  }

  @Test
  void blankNames_andNamesWithoutLettersOrDigits_areRejected() {
    assertThatThrownBy(() -> Names.clean(" \n "))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("needs a letter or digit");
    assertThatThrownBy(() -> Names.key(" - . "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("' - . '");
  }

  @Test
  void matcher_matchesAliasesGivenByTheUser_inBothDirections() {
    NameMatcher matcher = NameMatcher.builder().alias("Bắc Kạn", "Bắc Cạn").build();

    assertThat(matcher.matches("Bắc Cạn", "Bắc Kạn")).isTrue();
    assertThat(matcher.matches("bac kan", "BẮC CẠN")).isTrue();
    assertThat(matcher.matches("Bắc Cạn", "Bắc Giang")).isFalse();
    assertThat(NameMatcher.tolerant().matches("Bắc Cạn", "Bắc Kạn")).isFalse();
    assertThat(NameMatcher.tolerant().matches("TT- Huế", "TT.Huế")).isTrue();
  }

  @Test
  void matcher_rejectsAnAliasDeclaredForTwoNames() {
    NameMatcher.Builder builder = NameMatcher.builder().alias("Bắc Kạn", "Bắc Cạn");

    assertThatThrownBy(() -> builder.alias("Bắc Giang", "Bac Can"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Bac Can'")
        .hasMessageContaining("backan");
    assertThat(builder.alias("Bắc Kạn", "BẮC CẠN").build().aliases()).hasSize(1);
  }

  @Test
  void matcher_resolvesChainsOfAliases_andRejectsCycles() {
    NameMatcher chain =
        NameMatcher.builder().alias("Bắc Kạn", "Bắc Cạn").alias("Bắc Cạn", "BK").build();

    assertThat(chain.matches("BK", "Bắc Kạn")).isTrue();
    assertThat(chain.matches("BK", "Bắc Cạn")).isTrue();
    assertThatThrownBy(() -> NameMatcher.builder().alias("A", "B").alias("B", "A").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cycle");
  }
}
