package vn.ddci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.YearQuarter;
import vn.ddci.assessment.Improvement;
import vn.ddci.assessment.MeasureAssessment;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.assessment.YearOverYear;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.framework.Precision;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;
import vn.ddci.name.NameMatcher;
import vn.ddci.name.Names;
import vn.ddci.plan.Division;
import vn.ddci.plan.Load;
import vn.ddci.plan.Plan;
import vn.ddci.plan.ReportingRule;
import vn.ddci.plan.Signer;
import vn.ddci.plan.Target;
import vn.ddci.plan.Task;
import vn.ddci.progress.QuarterlyReport;
import vn.ddci.progress.ReportItem;
import vn.ddci.progress.ReportLog;
import vn.ddci.progress.Status;
import vn.ddci.progress.TaskProgress;
import vn.ddci.ranking.BlockRanking;
import vn.ddci.ranking.Consistency;
import vn.ddci.ranking.Medians;
import vn.ddci.ranking.Ranking;
import vn.ddci.ranking.Standing;
import vn.ddci.result.Decimals;
import vn.ddci.result.PublishedFigures;
import vn.ddci.result.PublishedStanding;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Score;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * Bad input over every public entry point of ddci-core, as tables of cases: each is refused before
 * any work with the library's exception and a message naming what is wrong and the value, within a
 * second (no value makes the library run out of memory, overflow or loop); null arguments are named
 * by their parameter.
 */
class HardeningTest {
  private static final Framework LS = Frameworks.LANG_SON_DEPARTMENTS;
  private static final Component TIME = LS.component("TIME_COST");
  private static final Unit NGOAI_VU = Unit.of("Sở Ngoại vụ", Frameworks.LANG_SON_DEPARTMENT_BLOCK);
  private static final BigDecimal HUGE = new BigDecimal("1E+2000000000");
  private static final BigDecimal TINY = new BigDecimal("1E-2000000000");
  private static final int MAX = Integer.MAX_VALUE;
  private static final Division VP = Division.of("Văn phòng Sở");
  private static final Division LS_DIV = Division.specialised("Phòng Lãnh sự - Hợp tác quốc tế");

  private static Arguments refused(String entry, ThrowingCallable call, String... fragments) {
    return Arguments.of(entry, call, fragments);
  }

  // ---------------------------------------------------------------- extreme values

  static Stream<Arguments> extremeValues() {
    return Stream.of(
        refused("Score.of(1E+2000000000)", () -> Score.of(HUGE), "a score", "1E+2000000000"),
        refused("Score.of(1E-2000000000)", () -> Score.of(TINY), "a score", "1E-2000000000"),
        refused(
            "Score.parse(a million digits)",
            () -> Score.parse("7".repeat(1_000_000)),
            "is not a decimal number"),
        refused(
            "Score.rounded(MAX)",
            () -> Score.of(BigDecimal.ONE).rounded(MAX),
            "decimals 2147483647 are outside 0–64"),
        refused(
            "Decimals.show(1, MIN)",
            () -> Decimals.show(BigDecimal.ONE, Integer.MIN_VALUE),
            "decimals -2147483648 are outside 0–64"),
        refused(
            "Precision.decimals(MAX)",
            () -> Precision.decimals(MAX),
            "decimals 2147483647 are outside 0–10"),
        refused(
            "Precision.apply(1E+2000000000)",
            () -> Precision.PUBLISHED.apply(HUGE),
            "a value ranked",
            "1E+2000000000"),
        refused(
            "Framework published decimals MAX",
            () -> Framework.builder().from(LS).publishedDecimals(MAX).build(),
            "published decimals 2147483647 are outside 0–10"),
        refused(
            "Framework component max 1E+2000000000",
            () -> Framework.builder().from(LS).componentMax(HUGE).build(),
            "component max"),
        refused(
            "Component weight 1E-2000000000",
            () -> Component.of("A", "Chỉ số A", "Index A", TINY),
            "component A: weight"),
        refused(
            "Ranking.of({A: 1E+2000000000})",
            () -> Ranking.of(Map.of("A", HUGE), RankingRule.LANG_SON),
            "the value of A"),
        refused(
            "Ranking.among(…, 0)",
            () -> Ranking.among(Map.of("A", BigDecimal.ONE), RankingRule.LANG_SON, 0),
            "block size 0 is outside 1–10000"),
        refused("Medians.score([1E+2000000000])", () -> Medians.score(List.of(HUGE)), "a score"),
        refused("Medians.rank(MAX)", () -> Medians.rank(MAX), "a block has 1 to 10000 units"),
        refused(
            "Standing.of(1, 25, 1, 1E+2000000000)",
            () -> Standing.of(1, 25, 1, HUGE, TiePolicy.COMPETITION),
            "the mean position",
            "is not a whole or half position in 1–25"),
        refused(
            "Standing.of(2, MAX, MAX)",
            () -> Standing.of(2, MAX, MAX),
            "a block has 1 to 10000 units, got n = 2147483647"),
        refused(
            "PublishedFigures tied ×MAX",
            () -> PublishedFigures.builder().rank(2).tiedCount(MAX).build(),
            "tied count 2147483647 is outside 1–10000"),
        refused(
            "PublishedStanding block size MAX",
            () -> standing().blockSize(MAX).build(),
            "block size 2147483647 is outside 1–10000"),
        refused(
            "Scorecard.year(MAX)",
            () -> Scorecard.builder().year(MAX),
            "year 2147483647 is outside 1990–2100"),
        refused(
            "Scorecard year 0",
            () -> Scorecard.builder().unit(NGOAI_VU).year(Year.of(0)).givenTotal("80").build(),
            "unit 'Sở Ngoại vụ': year 0 is outside 1990–2100"),
        refused(
            "ResultTable year 2101",
            () -> ResultTable.of(NGOAI_VU.block(), Year.of(2101), List.of()),
            "block SBN: year 2101 is outside 1990–2100"),
        refused(
            "Plan.year(999999999)",
            () -> Plan.builder().year(999_999_999),
            "plan: year 999999999 is outside 1990–2100"),
        refused(
            "Plan starting at LocalDate.MIN",
            () -> plan().start(LocalDate.MIN).build(),
            "start -999999999-01-01 is outside 1990-01-01–2100-12-31"),
        refused(
            "Plan of 8,096 quarters",
            () -> plan().start(LocalDate.of(1990, 1, 1)).end(LocalDate.of(2100, 12, 31)).build(),
            "spans 444 quarters, more than 20"),
        refused(
            "ReportingRule due MAX days",
            () -> ReportingRule.quarterly(List.of(LS_DIV), VP, MAX),
            "reports are due 0 to 366 days after the quarter, got 2147483647"),
        refused(
            "ReportingRule.dueDate(999999999-Q4)",
            () ->
                ReportingRule.quarterly(List.of(LS_DIV), VP, 10)
                    .dueDate(YearQuarter.of(999_999_999, 4)),
            "year",
            "999999999 is outside 1990–2100"),
        refused(
            "QuarterlyReport submitted LocalDate.MAX",
            () ->
                QuarterlyReport.builder()
                    .division(LS_DIV)
                    .quarter(YearQuarter.of(2024, 1))
                    .submitted(LocalDate.MAX)
                    .build(),
            "submitted +999999999-12-31 is outside"),
        refused(
            "Improvement change 1E+2000000000",
            () -> Improvement.of(Optional.of(HUGE), OptionalInt.empty(), Optional.empty()),
            "a change"),
        refused(
            "Improvement rank change MAX",
            () -> Improvement.of(Optional.empty(), OptionalInt.of(MAX), Optional.empty()),
            "a rank change of 2147483647 places"),
        refused(
            "Target baseline 1E+2000000000",
            () -> Target.decrease("Số ngày", "ngày", HUGE, BigDecimal.TEN),
            "baseline"),
        refused(
            "Task number of 32,001 characters",
            () ->
                Task.builder()
                    .number("1" + ".1".repeat(16_000))
                    .title("T")
                    .addComponents(TIME)
                    .lead(LS_DIV)
                    .build(),
            "must be digits separated by dots"),
        refused(
            "NameMatcher.nearest(a 20,000-character name)",
            () -> NameMatcher.tolerant().nearest("x".repeat(20_000), List.of("Sở Ngoại vụ")),
            "a name has at most 1000 characters, got 20000"),
        refused("Load.of(-1, 0, 0)", () -> Load.of(-1, 0, 0), "cannot be negative"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("extremeValues")
  void extremeValues_areRefusedByName_beforeAnyWork(
      String entry, ThrowingCallable call, String[] fragments) {
    assertRefused(call, fragments);
  }

  // ---------------------------------------------------------------- invalid values

  static Stream<Arguments> invalidValues() {
    return Stream.of(
        refused(
            "a unit named with two no-break spaces",
            () -> Unit.of("\u00A0\u00A0", NGOAI_VU.block()),
            "a name needs a letter or digit"),
        refused(
            "a unit named U+200B",
            () -> Unit.of("\u200B", NGOAI_VU.block()),
            "invisible or control character U+200B"),
        refused(
            "a unit named !!!",
            () -> Unit.of("!!!", NGOAI_VU.block()),
            "a name needs a letter or digit, got '!!!'"),
        refused(
            "a division with a control character", () -> Division.of("Văn\u0007 phòng"), "U+0007"),
        refused(
            "a division with a lone surrogate", () -> Division.of("Văn phòng \uD800"), "U+D800"),
        refused(
            "an empty task number in a report",
            () -> TaskProgress.builder().task("").status(Status.DONE).percent(100).build(),
            "task number '' must be digits separated by dots"),
        refused(
            "a task number with a space in a report",
            () -> TaskProgress.builder().task("1.1 ").status(Status.DONE).percent(100).build(),
            "task number '1.1 '"),
        refused("a report item of no task", () -> ReportItem.of(VP, "\u200B"), "task number"),
        refused(
            "a narrative with NUL",
            () ->
                TaskProgress.builder()
                    .task("1.1")
                    .status(Status.IN_PROGRESS)
                    .percent(50)
                    .narrative("Đã\u0000 làm")
                    .build(),
            "task 1.1: narrative",
            "U+0000"),
        refused(
            "a narrative with a lone surrogate",
            () ->
                TaskProgress.builder()
                    .task("1.1")
                    .status(Status.IN_PROGRESS)
                    .percent(50)
                    .narrative("Đã \uDC00")
                    .build(),
            "U+DC00"),
        refused(
            "a cancelled task whose reason is two no-break spaces",
            () ->
                TaskProgress.builder()
                    .task("1.1")
                    .status(Status.CANCELLED)
                    .percent(0)
                    .reason("\u00A0\u00A0")
                    .build(),
            "a cancelled task needs a reason"),
        refused(
            "a score of 50 on a 0–10 scale in an assessment",
            () -> assessment(measure(TIME, "50", 2, 2, OptionalInt.empty())).build(),
            "TIME_COST: score Score[50] is outside 0–10"),
        refused(
            "a rank change contradicting both ranks",
            () -> measure(TIME, "5", 5, 10, OptionalInt.of(-3)),
            "the rank change -3 contradicts the ranks 10/25 last year and 05/25 this year (5)"),
        refused(
            "a rank change from a rank above the first",
            () ->
                MeasureAssessment.builder()
                    .measure(Measure.of(TIME))
                    .standing(Standing.of(5, 25))
                    .improvement(
                        Improvement.of(Optional.empty(), OptionalInt.of(-5), Optional.empty()))
                    .build(),
            "a rank change of -5 cannot reach rank 5 of 25"),
        refused(
            "an improvement rank of 40 units in a block of 25",
            () ->
                MeasureAssessment.builder()
                    .measure(Measure.of(TIME))
                    .standing(Standing.of(5, 25))
                    .improvement(
                        Improvement.of(
                            Optional.empty(), OptionalInt.empty(), Optional.of(Standing.of(3, 40))))
                    .build(),
            "the improvement rank 03/40 is of more units than the block's 25"),
        refused(
            "the first rank below the leader's score",
            () ->
                MeasureAssessment.builder()
                    .measure(Measure.of(TIME))
                    .standing(Standing.of(1, 25))
                    .score(Score.parse("8"))
                    .leaderScore(Score.parse("9"))
                    .build(),
            "ranked first with 8, yet the leader's score is 9"),
        refused(
            "two targets of one indicator, spelled apart",
            () ->
                Task.builder()
                    .number("2.1")
                    .title("T")
                    .addComponents(TIME)
                    .lead(LS_DIV)
                    .addTargets(
                        Target.increase("Số bài", "bài", BigDecimal.ONE, BigDecimal.TEN),
                        Target.increase("so bai", "bài", BigDecimal.ONE, BigDecimal.TEN))
                    .build(),
            "two targets of one indicator"),
        refused(
            "a focal point that is the group of all specialised divisions",
            () -> plan().focalPoint(Division.allSpecialised()).build(),
            "the focal point is a named division"),
        refused(
            "an empty responsibility",
            () -> plan().putResponsibilities(VP, " ").build(),
            "responsibilities of 'Văn phòng Sở': empty"),
        refused(
            "a component scored twice",
            () ->
                Scorecard.builder()
                    .unit(NGOAI_VU)
                    .year(2023)
                    .score(TIME, "9.1")
                    .score(TIME, "8")
                    .givenTotal("80")
                    .build(),
            "scorecard: a component's score is given twice",
            "TIME_COST"),
        refused(
            "a component's figures given twice",
            () ->
                standing()
                    .putComponents(TIME, PublishedFigures.ofRank(2))
                    .putComponents(TIME, PublishedFigures.ofRank(3))
                    .build(),
            "published standing: a component's figures is given twice"),
        refused(
            "a division's role given twice",
            () ->
                Task.builder()
                    .number("1.1")
                    .title("T")
                    .addComponents(TIME)
                    .putRoles(LS_DIV, vn.ddci.plan.Role.LEAD)
                    .putRoles(LS_DIV, vn.ddci.plan.Role.SUPPORT)
                    .build(),
            "task: a division's role is given twice"),
        refused(
            "a builder missing an attribute", () -> Scorecard.builder().year(2023).build(), "unit"),
        refused(
            "an alias of a name to itself",
            () -> NameMatcher.builder().alias("Bắc Kạn", "BAC KAN"),
            "no alias is needed"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidValues")
  void invalidValues_failAtConstruction_namingWhatAndTheValue(
      String entry, ThrowingCallable call, String[] fragments) {
    assertRefused(call, fragments);
  }

  // ---------------------------------------------------------------- null arguments

  static Stream<Arguments> nullArguments() {
    ResultTable table =
        ResultTable.of(
            NGOAI_VU.block(),
            Year.of(2023),
            List.of(Scorecard.builder().unit(NGOAI_VU).year(2023).givenTotal("80").build()));
    return Stream.of(
        Arguments.of(
            "ReportLog.of(null, …)",
            (ThrowingCallable) () -> ReportLog.of(null, List.of()),
            "plan"),
        Arguments.of(
            "Framework.totalOf(null)", (ThrowingCallable) () -> LS.totalOf(null), "scores"),
        Arguments.of("Framework.max(null)", (ThrowingCallable) () -> LS.max(null), "measure"),
        Arguments.of(
            "Precision.apply(null)", (ThrowingCallable) () -> Precision.FULL.apply(null), "value"),
        Arguments.of("Decimals.show(null)", (ThrowingCallable) () -> Decimals.show(null), "value"),
        Arguments.of(
            "BlockRanking.of(table, null)",
            (ThrowingCallable) () -> BlockRanking.of(table, null),
            "rule"),
        Arguments.of(
            "Consistency.of(null)", (ThrowingCallable) () -> Consistency.of(null), "table"),
        Arguments.of(
            "UnitAssessment.of(null)",
            (ThrowingCallable) () -> UnitAssessment.of((PublishedStanding) null),
            "standing"),
        Arguments.of(
            "YearOverYear.of(table, null)",
            (ThrowingCallable) () -> YearOverYear.of(table, null),
            "lastYear"),
        Arguments.of(
            "Improvement.of(null, …)",
            (ThrowingCallable) () -> Improvement.of(null, OptionalInt.empty(), Optional.empty()),
            "change"),
        Arguments.of(
            "NameMatcher.suggestion(name, null)",
            (ThrowingCallable) () -> NameMatcher.tolerant().suggestion("A", null),
            "candidates"),
        Arguments.of("Names.clean(null)", (ThrowingCallable) () -> Names.clean(null), "name"),
        Arguments.of("Score.of(null)", (ThrowingCallable) () -> Score.of(null), "value"),
        Arguments.of(
            "Unit.of(name, null)", (ThrowingCallable) () -> Unit.of("Sở A", null), "block"),
        Arguments.of(
            "ReportingRule.quarterly(null, …)",
            (ThrowingCallable) () -> ReportingRule.quarterly(null, VP, 10),
            "reporters"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullArguments")
  void nullArguments_areNamedByTheirParameter(String entry, ThrowingCallable call, String name) {
    assertThat(catchThrowable(call))
        .as(entry)
        .isInstanceOf(NullPointerException.class)
        .hasMessage(name);
  }

  // ---------------------------------------------------------------- helpers

  private static void assertRefused(ThrowingCallable call, String[] fragments) {
    Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> catchThrowable(call));
    assertThat(thrown).isInstanceOf(DdciValidationException.class);
    assertThat(thrown.getMessage()).contains(fragments).hasSizeLessThan(2_000);
  }

  private static PublishedStanding.Builder standing() {
    return PublishedStanding.builder()
        .unit(NGOAI_VU)
        .year(2023)
        .blockSize(25)
        .total(PublishedFigures.ofRank(15));
  }

  private static MeasureAssessment measure(
      Component c, String score, int rank, int lastRank, OptionalInt rankChange) {
    return MeasureAssessment.builder()
        .measure(Measure.of(c))
        .standing(Standing.of(rank, 25))
        .lastStanding(Standing.of(lastRank, 25))
        .score(Score.parse(score))
        .improvement(Improvement.of(Optional.empty(), rankChange, Optional.empty()))
        .build();
  }

  private static UnitAssessment.Builder assessment(MeasureAssessment component) {
    return UnitAssessment.builder()
        .unit(NGOAI_VU)
        .year(Year.of(2023))
        .lastYear(Year.of(2022))
        .total(
            MeasureAssessment.builder()
                .measure(Measure.total())
                .standing(Standing.of(15, 25))
                .build())
        .putComponents(TIME, component);
  }

  private static Plan.Builder plan() {
    return Plan.builder()
        .issuingUnit(NGOAI_VU)
        .year(2024)
        .title("Kế hoạch")
        .legalBasis("Kế hoạch số 36/KH-UBND")
        .addTasks(
            Task.builder().number("1.1").title("Nhiệm vụ").addComponents(TIME).lead(LS_DIV).build())
        .focalPoint(VP)
        .reportingRule(ReportingRule.quarterly(List.of(LS_DIV), VP, 10))
        .signer(Signer.of("Giám đốc", "Nguyễn Văn A"));
  }
}
