package vn.ddci.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;

/** Running the steps in order, and rerunning only what a change affects. */
class PipelineTest {

  private static final IndicatorTree TREE =
      IndicatorTree.of(
          Node.root("Index"),
          Node.aggregate("P", "Index"),
          Node.builder().code("a").kind(Node.Kind.INDICATOR).parent("P").denominator("Pop").build(),
          Node.indicator("b", "P"),
          Node.aggregate("Q", "Index").withWeight(2),
          Node.builder()
              .code("c")
              .kind(Node.Kind.INDICATOR)
              .parent("Q")
              .direction(Direction.NEGATIVE)
              .build(),
          Node.indicator("d", "Q"));

  private static final Dataset DATA =
      Dataset.builder()
          .units("U1", "U2", "U3", "U4", "U5", "U6")
          .column("a", 10, 30, 30, 80, 50, 120)
          .column("b", 1, 0, 3, 4, 5, 6)
          .missing("b", "U2")
          .column("c", 5, 4, 3, 2, 1, 0)
          .column("d", 2, 4, 8, 16, 32, 64)
          .column("Pop", 1, 2, 3, 4, 5, 6)
          .group("region", "N", "N", "N", "S", "S", "S")
          .build();

  private static final Pipeline PIPELINE =
      Pipeline.of(
          Denominate.of(),
          Impute.groupMean("region"),
          Screen.byMissing(0.5),
          Treat.winsorise(),
          Normalise.minMax(0, 100),
          Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE));

  @Test
  void run_keepsTheRawDataFirst_thenOneStagePerStep() {
    Build build = PIPELINE.run(TREE, DATA);

    assertThat(build.stages())
        .extracting(Stage::name)
        .containsExactly(
            "Raw", "Denominated", "Imputed", "Screened", "Treated", "Normalised", "Aggregated");
    assertThat(build.stage("Raw").dataset()).isSameAs(DATA);
    assertThat(build.stage("Raw").step()).isEmpty();
    assertThat(build.stage("Imputed").dataset().value("b", "U2")).hasValue(2.0);
    assertThat(build.result()).isSameAs(build.stage("Aggregated").dataset());
  }

  @Test
  void scores_areTheNormalisedIndicatorsAveragedUpTheTreeWithTheirWeights() {
    Build build = PIPELINE.run(TREE, DATA);
    Dataset normalised = build.stage("Normalised").dataset();

    for (String u : DATA.units()) {
      double p =
          (normalised.value("a", u).orElseThrow() + normalised.value("b", u).orElseThrow()) / 2;
      double q =
          (normalised.value("c", u).orElseThrow() + normalised.value("d", u).orElseThrow()) / 2;
      assertThat(build.scores().score("P", u).orElseThrow()).isCloseTo(p, within(1e-12));
      assertThat(build.scores().score("Index", u).orElseThrow())
          .as(u)
          .isCloseTo((p + 2 * q) / 3, within(1e-12));
    }
    // a / Pop: 10, 15, 10, 20, 10, 20; c points down, so U6 (c = 0) is best
    assertThat(normalised.column("a")).containsExactly(0, 50, 0, 100, 0, 100);
    assertThat(normalised.value("c", "U6")).hasValue(100.0);
  }

  @Test
  void rerunWithTheSamePipelineAndTree_reusesEveryStage() {
    Build build = PIPELINE.run(TREE, DATA);

    Build again = build.rerun(PIPELINE);

    for (int i = 0; i < build.stages().size(); i++) {
      assertThat(again.stages().get(i)).isSameAs(build.stages().get(i));
    }
  }

  @Test
  void rerunWithAnotherNormalisation_reusesTheStagesBeforeIt_andEqualsAFreshRun() {
    Build build = PIPELINE.run(TREE, DATA);
    Pipeline zScores = PIPELINE.replace(Normalise.class, Normalise.zScore(10, 2));

    Build rerun = build.rerun(zScores);

    for (int i = 0; i <= 4; i++) {
      assertThat(rerun.stages().get(i))
          .as(rerun.stages().get(i).name())
          .isSameAs(build.stages().get(i));
    }
    assertThat(rerun.stage("Normalised")).isNotSameAs(build.stage("Normalised"));
    assertThat(rerun.stage("Normalised").step()).contains(Normalise.zScore(10, 2));
    assertThat(rerun.result()).isEqualTo(zScores.run(TREE, DATA).result());
    assertThat(rerun.result()).isNotEqualTo(build.result());
  }

  @Test
  void newWeights_rerunOnlyTheAggregation_andEqualAFreshRun() {
    Build build = PIPELINE.run(TREE, DATA);

    Build reweighted = build.withWeights(Map.of("Q", 1.0, "a", 3.0));

    for (int i = 0; i < build.stages().size() - 1; i++) {
      assertThat(reweighted.stages().get(i)).isSameAs(build.stages().get(i));
    }
    IndicatorTree tree = TREE.withWeights(Map.of("Q", 1.0, "a", 3.0));
    assertThat(reweighted.tree()).isEqualTo(tree);
    assertThat(reweighted.result()).isEqualTo(PIPELINE.run(tree, DATA).result());
    assertThat(reweighted.result()).isNotEqualTo(build.result());
  }

  @Test
  void anotherTreeStructure_rerunsEveryStep() {
    Build build = PIPELINE.run(TREE, DATA);
    IndicatorTree flat =
        IndicatorTree.of(
            Node.root("Index"),
            Node.indicator("b", "Index"),
            Node.indicator("c", "Index"),
            Node.indicator("d", "Index"));

    Build rerun = build.rerun(flat);

    assertThat(rerun.stages().get(1)).isNotSameAs(build.stages().get(1));
    assertThat(rerun.result()).isEqualTo(PIPELINE.run(flat, DATA).result());
  }

  @Test
  void shorterPipeline_keepsTheStagesItShares() {
    Build build = PIPELINE.run(TREE, DATA);
    Pipeline noAggregation = Pipeline.of(PIPELINE.steps().subList(0, 5));

    Build rerun = build.rerun(noAggregation);

    assertThat(rerun.stages()).hasSize(6);
    assertThat(rerun.result()).isSameAs(build.stage("Normalised").dataset());
    assertThatThrownBy(rerun::scores)
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("P", "Q", "Index", "not aggregated");
  }

  @Test
  void indexInput_runsTheSameAsThePipeline() {
    assertThat(IndexInput.of(TREE, DATA).run(PIPELINE).result())
        .isEqualTo(PIPELINE.run(TREE, DATA).result());
  }

  @Test
  void coinrDefault_isTheReferencePipeline() {
    assertThat(Pipeline.coinrDefault("region").steps())
        .containsExactly(
            Denominate.of(),
            Impute.groupMean("region"),
            Screen.byMissing(0.9),
            Treat.winsorise(),
            Normalise.minMax(0, 100),
            Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE));
  }

  @Test
  void auditTrail_namesEveryStageAndWhatItDid() {
    String trail = PIPELINE.run(TREE, DATA).auditTrail();

    assertThat(trail)
        .contains("Raw: the data as given")
        .contains("Imputed: Impute[GROUP_MEAN by region]")
        .contains("Impute: b, U2: missing → 2 (mean of the 2 N values)")
        .contains("Aggregated: Aggregate[ARITHMETIC");
  }

  // ---------------------------------------------------------------- refusals

  @Test
  void indicatorOfTheTreeThatIsNoColumn_isRefusedNamingIt() {
    Dataset lacking =
        Dataset.builder()
            .units("U1")
            .column("a", 1)
            .column("b", 1)
            .column("c", 1)
            .column("Pop", 1)
            .build();

    assertThatThrownBy(() -> PIPELINE.run(TREE, lacking))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("indicator d ", "not a column");
  }

  @Test
  void columnWithTheCodeOfAnAggregate_isRefusedNamingIt() {
    Dataset clash =
        Dataset.builder()
            .units("U1")
            .column("a", 1)
            .column("b", 1)
            .column("c", 1)
            .column("d", 1)
            .column("Q", 1)
            .build();

    assertThatThrownBy(() -> PIPELINE.run(TREE, clash))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("column Q", "aggregate");
  }

  @Test
  void replacingAKindOfStepThePipelineLacks_isRefusedNamingIt() {
    Pipeline p = Pipeline.of(Normalise.minMax(0, 1));

    assertThatThrownBy(() -> p.replace(Treat.class, Treat.winsorise()))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("Treat");
  }

  @Test
  void pipelineWithoutSteps_isRefused() {
    assertThatThrownBy(() -> Pipeline.of(List.of()))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("at least one step");
  }

  @Test
  void unknownStageName_isRefusedListingTheStages() {
    Build build = PIPELINE.run(TREE, DATA);

    assertThatThrownBy(() -> build.stage("Weighted"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContainingAll("Weighted", "Raw", "Aggregated");
  }
}
