package vn.ddci.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ddci.SharedData;
import vn.ddci.framework.Precision;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;

/**
 * COINr 1.1.14's reference build of its ASEM example (shared/data/coinr-asem), rebuilt from
 * iData.csv and iMeta.csv and compared with every cell of every stage, the treatment log, the
 * results table and the 100 replications of the uncertainty run.
 */
class CoinrReferenceTest {
  private static Build build;

  @BeforeAll
  static void buildAsem() {
    Path data = SharedData.require("coinr-asem/iData.csv");
    Path meta = SharedData.require("coinr-asem/iMeta.csv");
    build = CoinrCsv.read(data, meta).run(Pipeline.coinrDefault("EurAsia_group"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Raw",
        "Denominated",
        "Imputed",
        "Screened",
        "Treated",
        "Normalised",
        "Aggregated"
      })
  void everyCellOfEveryStage_agreesWithTheReferenceTo1e9Relative(String stage) {
    CsvTable ref =
        CsvTable.read(SharedData.require("coinr-asem/default_" + stage + ".csv"), "uCode");
    Dataset d = build.stage(stage).dataset();
    assertThat(d.units()).containsExactlyInAnyOrderElementsOf(ref.rows.keySet());
    List<String> columns = ref.header.subList(1, ref.header.size());
    assertThat(columns).hasSize(stage.equals("Aggregated") ? 60 : 49);
    List<String> disagreements = new ArrayList<>();
    int cells = 0;
    for (Map.Entry<String, Map<String, String>> row : ref.rows.entrySet()) {
      for (String c : columns) {
        double computed = d.value(c, row.getKey()).orElse(Double.NaN);
        cells++;
        if (!CsvTable.agrees(computed, row.getValue().get(c))) {
          disagreements.add(
              row.getKey() + "/" + c + ": " + computed + " vs " + row.getValue().get(c));
        }
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(cells).isEqualTo(51 * columns.size());
  }

  @Test
  void denominatedStage_hasTheReferences65MissingCells_andLaosMissingEnergyIsAudited() {
    Dataset d = build.stage("Denominated").dataset();
    int missing = build.tree().indicators().stream().mapToInt(n -> d.missingCount(n.code())).sum();
    assertThat(missing).isEqualTo(65);
    assertThat(build.stage("Denominated").audit())
        .extracting(e -> e.column().orElseThrow() + "/" + e.unit().orElseThrow())
        .containsExactly("Elec/LAO", "Gas/LAO");
    assertThat(build.stage("Imputed").audit())
        .hasSize(65)
        .allMatch(e -> e.action() == AuditEntry.Action.IMPUTED);
    assertThat(build.stage("Screened").audit()).isEmpty();
  }

  @Test
  void treatmentLog_reproducesFlagsSkewKurtosisAndPointsWinsorised() {
    CsvTable ref =
        CsvTable.read(SharedData.require("coinr-asem/default_treat_details.csv"), "iCode");
    Map<String, Treatment> log =
        build.stage("Treated").treatments().stream()
            .collect(Collectors.toMap(Treatment::indicator, t -> t));
    assertThat(log.keySet()).containsExactlyInAnyOrderElementsOf(ref.rows.keySet());
    for (Map.Entry<String, Map<String, String>> row : ref.rows.entrySet()) {
      Treatment t = log.get(row.getKey());
      Map<String, String> r = row.getValue();
      assertThat(t.before().passes())
          .as(row.getKey())
          .isEqualTo(Boolean.parseBoolean(r.get("check_SkewKurt0.Pass")));
      assertThat(CsvTable.agrees(t.before().skew(), r.get("check_SkewKurt0.Skew")))
          .as(row.getKey())
          .isTrue();
      assertThat(CsvTable.agrees(t.before().kurtosis(), r.get("check_SkewKurt0.Kurt")))
          .as(row.getKey())
          .isTrue();
      if (r.get("winsorise.nwin").isEmpty()) {
        assertThat(t.winsorised()).as(row.getKey()).isEmpty();
        assertThat(t.afterWinsorising()).isEmpty();
      } else {
        assertThat(t.winsorised().getAsInt())
            .as(row.getKey())
            .isEqualTo(Integer.parseInt(r.get("winsorise.nwin")));
        SkewKurtosis after = t.afterWinsorising().orElseThrow();
        assertThat(after.passes()).isEqualTo(Boolean.parseBoolean(r.get("check_SkewKurt1.Pass")));
        assertThat(CsvTable.agrees(after.skew(), r.get("check_SkewKurt1.Skew")))
            .as(row.getKey())
            .isTrue();
        assertThat(CsvTable.agrees(after.kurtosis(), r.get("check_SkewKurt1.Kurt")))
            .as(row.getKey())
            .isTrue();
      }
      assertThat(t.afterLog()).isEmpty();
    }
    assertThat(log.values().stream().filter(Treatment::treated).count()).isEqualTo(15);
  }

  @Test
  void winsorisedPoints_areTheUnitsTheMethodNoteNames() {
    Map<String, List<String>> changed = new HashMap<>();
    for (AuditEntry e : build.stage("Treated").audit()) {
      assertThat(e.action()).isEqualTo(AuditEntry.Action.WINSORISED);
      changed
          .computeIfAbsent(e.column().orElseThrow(), k -> new ArrayList<>())
          .add(e.unit().orElseThrow());
    }
    assertThat(changed).hasSize(15);
    assertThat(changed.get("Bord")).containsExactlyInAnyOrder("BEL", "LUX", "SGP");
    assertThat(changed.get("Services")).containsExactlyInAnyOrder("IRL", "LUX", "MLT", "SGP");
    assertThat(changed.get("FemLab")).containsExactly("PAK");
    assertThat(changed.get("Poverty")).containsExactlyInAnyOrder("BGD", "IND", "LAO");
  }

  @Test
  void resultsTable_roundedHalfEvenToTwoDecimals_andRanked_isExactlyTheReference() {
    CsvTable ref = CsvTable.read(SharedData.require("coinr-asem/default_results.csv"), "uCode");
    Scores scores = build.scores();
    var ranking = scores.ranking("Index", RankingRule.of(TiePolicy.COMPETITION, Precision.FULL));
    int cells = 0;
    for (Map.Entry<String, Map<String, String>> row : ref.rows.entrySet()) {
      String unit = row.getKey();
      assertThat(ranking.standing(unit).rank())
          .as(unit)
          .isEqualTo(Integer.parseInt(row.getValue().get("Rank")));
      for (String c : ref.header) {
        if (c.equals("uCode") || c.equals("uName") || c.equals("Rank")) {
          continue;
        }
        BigDecimal expected =
            new BigDecimal(row.getValue().get(c)).setScale(2, RoundingMode.UNNECESSARY);
        assertThat(scores.rounded(c, unit, 2)).as(unit + "/" + c).isEqualTo(expected);
        cells++;
      }
    }
    assertThat(cells).isEqualTo(51 * 60);
    assertThat(scores.rounded("Tariff", "IDN", 2)).isEqualByComparingTo("65.62");
  }

  @Test
  void everyUncertaintyReplication_isReproducedFromItsWeightSet_rerunningOnlyTheAggregation() {
    CsvTable draws = CsvTable.read(SharedData.require("coinr-asem/ua/weights_draws.csv"), null);
    CsvTable repToDraw = CsvTable.read(SharedData.require("coinr-asem/ua/rep_to_draw.csv"), "rep");
    CsvTable scores =
        CsvTable.read(SharedData.require("coinr-asem/ua/scores_per_rep.csv"), "uCode");
    Map<Integer, Map<String, Double>> weights = new HashMap<>();
    for (Map<String, String> r : draws.rows.values()) {
      weights
          .computeIfAbsent(Integer.parseInt(r.get("rep")), k -> new HashMap<>())
          .put(r.get("iCode"), Double.parseDouble(r.get("Weight")));
    }
    assertThat(repToDraw.rows).hasSize(100);
    int compared = 0;
    for (Map.Entry<String, Map<String, String>> rep : repToDraw.rows.entrySet()) {
      int draw = Integer.parseInt(rep.getValue().get("draw"));
      Build replication = build.withWeights(weights.get(draw));
      for (int i = 0; i < build.stages().size() - 1; i++) {
        assertThat(replication.stages().get(i)).isSameAs(build.stages().get(i));
      }
      for (Map.Entry<String, Map<String, String>> unit : scores.rows.entrySet()) {
        double index = replication.scores().score("Index", unit.getKey()).getAsDouble();
        String expected = unit.getValue().get("r_" + rep.getKey());
        assertThat(CsvTable.agrees(index, expected))
            .as("r_" + rep.getKey() + "/" + unit.getKey())
            .isTrue();
        compared++;
      }
    }
    assertThat(compared).isEqualTo(5100);
    for (Map.Entry<String, Map<String, String>> unit : scores.rows.entrySet()) {
      assertThat(
              CsvTable.agrees(
                  build.scores().score("Index", unit.getKey()).getAsDouble(),
                  unit.getValue().get("Nominal")))
          .isTrue();
    }
  }
}
