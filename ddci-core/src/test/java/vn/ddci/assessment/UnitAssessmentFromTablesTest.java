package vn.ddci.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ddci.framework.Block;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Measure;
import vn.ddci.framework.RankingRule;
import vn.ddci.name.NameMatcher;
import vn.ddci.ranking.MedianClass;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * An assessment from two whole tables of a small block (four units, an even size, with ties), every
 * figure worked out by hand in the comments.
 */
class UnitAssessmentFromTablesTest {
  private static final Framework F =
      Framework.builder()
          .name("Thử nghiệm")
          .addComponents(
              Component.of("A", "Chỉ số A", "Index A", BigDecimal.ONE),
              Component.of("B", "Chỉ số B", "Index B", BigDecimal.ONE))
          .build();
  private static final Block BLOCK = Block.of("T", "Khối thử nghiệm", F, RankingRule.LANG_SON);
  private static final Component A = F.component("A");
  private static final Component B = F.component("B");

  // total = (A + B) × 5
  //           2023: A    B    total   2022: A    B    total
  //   An            9    8    85            8.5  8    82.5
  //   Bình          8    8    80            6    7    65
  //   Cường         7    9    80            8    8.5  82.5
  //   Dũng          6    5    55            6    4    50
  private static final ResultTable T2023 =
      table(
          2023,
          row("An", "9", "8"),
          row("Bình", "8", "8"),
          row("Cường", "7", "9"),
          row("Dũng", "6", "5"));
  private static final ResultTable T2022 =
      table(
          2022,
          row("An", "8.5", "8"),
          row("Bình", "6", "7"),
          row("Cường", "8", "8.5"),
          row("Dũng", "6", "4"));

  @Test
  void total_rankChangeImprovementRankGapsAndMedian() {
    UnitAssessment binh = UnitAssessment.of(T2023, T2022, "binh");
    MeasureAssessment total = binh.total();

    assertThat(binh.unit().name()).isEqualTo("Bình");
    assertThat(total.standing().toString())
        .isEqualTo("Standing[02/04, tied ×2]"); // tied with Cường
    assertThat(total.medianClass()).isEqualTo(MedianClass.ABOVE); // median rank 2.5
    assertThat(total.lastStanding().orElseThrow().format()).isEqualTo("03/04");
    assertThat(total.improvement().rankChange()).hasValue(1);
    assertThat(total.improvement().change().orElseThrow()).isEqualByComparingTo("15");
    assertThat(total.improvement().improvementRank().orElseThrow().format()).isEqualTo("01/04");
    assertThat(total.score()).contains(Score.parse("80"));
    assertThat(total.gapToLeader())
        .hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("5"));
    assertThat(total.medianScore()).contains(Score.parse("80")); // (80 + 80) / 2
    assertThat(total.gapToMedian()).hasValueSatisfying(g -> assertThat(g).isZero());
    assertThat(total.lastScore()).contains(Score.parse("65"));
  }

  @Test
  void components_strengthsWeaknessesAndPriorities() {
    UnitAssessment binh = UnitAssessment.of(T2023, T2022, "Bình");
    UnitAssessment cuong = UnitAssessment.of(T2023, T2022, "Cường");
    UnitAssessment dung = UnitAssessment.of(T2023, T2022, "Dũng");

    assertThat(binh.strengths()).containsExactly(A, B);
    assertThat(binh.priorities()).isEmpty();
    // Cường: A 8 → 7, rank 2 → 3 (below 2.5); B 9, rank 1
    assertThat(cuong.component(A).standing().format()).isEqualTo("03/04");
    assertThat(cuong.component(A).improvement().trend()).contains(Trend.DECLINED);
    assertThat(cuong.component(A).improvement().rankChange()).hasValue(-1);
    assertThat(cuong.weaknesses()).containsExactly(A);
    assertThat(cuong.strengths()).containsExactly(B);
    assertThat(cuong.priorities()).containsExactly(A);
    assertThat(cuong.total().improvement().trend()).contains(Trend.DECLINED);
    // Dũng: last everywhere; A unchanged at 6 (tied at 3 last year, 4 now)
    assertThat(dung.weaknesses()).containsExactly(A, B);
    assertThat(dung.component(A).improvement().trend()).contains(Trend.UNCHANGED);
    assertThat(dung.component(A).lastStanding().orElseThrow().toString())
        .isEqualTo("Standing[03/04, tied ×2]");
    assertThat(dung.component(A).improvement().rankChange()).hasValue(-1);
  }

  @Test
  void pointsToReachARank_useTheWholeTable() {
    YearOverYear yoy = YearOverYear.of(T2023, T2022);
    var total = yoy.thisYear().ranking(Measure.total());
    Unit dung = T2023.get("Dũng").unit();
    Unit binh = T2023.get("Bình").unit();

    assertThat(total.pointsToReach(dung, 1)).isEqualByComparingTo("30");
    assertThat(total.pointsToReach(dung, 2)).isEqualByComparingTo("25");
    assertThat(total.pointsToReach(dung, 4)).isZero();
    assertThat(total.pointsToReach(binh, 1)).isEqualByComparingTo("5");
    assertThat(total.pointsToReach(binh, 2)).isZero();
  }

  @Test
  void aNewUnit_hasNoChange_andIsLeftOutOfTheImprovementRanking() {
    ResultTable with =
        table(
            2023,
            row("An", "9", "8"),
            row("Bình", "8", "8"),
            row("Cường", "7", "9"),
            row("Dũng", "6", "5"),
            row("Em", "5", "5"));
    YearOverYear yoy = YearOverYear.of(with, T2022);
    UnitAssessment em = yoy.assess("Em");

    assertThat(yoy.newUnits()).extracting(Unit::name).containsExactly("Em");
    assertThat(em.total().standing().format()).isEqualTo("05/05");
    assertThat(em.total().lastStanding()).isEmpty();
    assertThat(em.total().improvement()).isEqualTo(Improvement.unknown());
    assertThat(yoy.improvementRanking(Measure.total()).size()).isEqualTo(4);
    assertThat(yoy.assess("An").total().improvement().improvementRank().orElseThrow().format())
        .isEqualTo("03/04");
  }

  @Test
  void aSingleUnitBlock_standsFirstAtTheMedian() {
    ResultTable one2023 = table(2023, row("An", "9", "8"));
    ResultTable one2022 = table(2022, row("An", "8", "8"));
    UnitAssessment an = UnitAssessment.of(one2023, one2022, "An");

    assertThat(an.total().standing().format()).isEqualTo("01/01");
    assertThat(an.total().medianClass()).isEqualTo(MedianClass.AT);
    assertThat(an.strengths()).isEmpty();
    assertThat(an.weaknesses()).isEmpty();
    assertThat(an.total().improvement().improvementRank().orElseThrow().format())
        .isEqualTo("01/01");
  }

  @Test
  void unknownUnits_andTablesInTheWrongOrder_areRejected() {
    assertThatThrownBy(() -> UnitAssessment.of(T2023, T2022, "Giang"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("block T, year 2023: no unit 'Giang'");
    assertThatThrownBy(() -> YearOverYear.of(T2022, T2023))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023")
        .hasMessageContaining("earlier");
  }

  private static Scorecard.Builder row(String name, String a, String b) {
    return Scorecard.builder().unit(Unit.of(name, BLOCK)).score(A, a).score(B, b);
  }

  private static ResultTable table(int year, Scorecard.Builder... rows) {
    List<Scorecard> cards = new ArrayList<>();
    for (Scorecard.Builder row : rows) {
      cards.add(row.year(year).build());
    }
    return ResultTable.of(BLOCK, Year.of(year), cards);
  }

  @Test
  void rankingRule_canBeChosen() {
    YearOverYear ordinal = YearOverYear.of(T2023, T2022, RankingRule.PCI, NameMatcher.tolerant());
    // Bình and Cường tie at 80 exactly: ORDINAL orders them by name (B before C)
    assertThat(ordinal.assess("Bình").total().standing().format()).isEqualTo("02/04");
    assertThat(ordinal.assess("Cường").total().standing().format()).isEqualTo("03/04");
  }

  @Test
  void tablesOfDifferentBlocks_areRejected_andForeignMeasuresToo() {
    Block other = Block.of("U", "Khối khác", F, RankingRule.LANG_SON);
    ResultTable elsewhere =
        ResultTable.of(
            other,
            Year.of(2022),
            List.of(
                Scorecard.builder()
                    .unit(Unit.of("An", other))
                    .year(2022)
                    .score(A, "8")
                    .score(B, "8")
                    .build()));
    YearOverYear yoy = YearOverYear.of(T2023, T2022);
    Measure foreign = Measure.of(Component.of("C", "Chỉ số C", "Index C", BigDecimal.ONE));

    assertThatThrownBy(() -> YearOverYear.of(T2023, elsewhere))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different blocks (T");
    assertThatThrownBy(() -> yoy.improvementRanking(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("block T is not scored on Measure[C]");
    assertThatThrownBy(() -> yoy.changes(foreign)).isInstanceOf(IllegalArgumentException.class);
  }
}
