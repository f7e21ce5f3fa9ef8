package vn.ddci.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.YearQuarter;
import vn.ddci.DdciValidationException;
import vn.ddci.framework.Block;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.RankingRule;
import vn.ddci.name.Names;
import vn.ddci.plan.Division;
import vn.ddci.plan.Plan;
import vn.ddci.plan.ReportingRule;
import vn.ddci.plan.Signer;
import vn.ddci.plan.Target;
import vn.ddci.plan.Task;
import vn.ddci.progress.QuarterlyReport;
import vn.ddci.progress.Status;
import vn.ddci.progress.TaskProgress;
import vn.ddci.result.Unit;

class PlanJsonTest {
  private static final Framework F = Frameworks.LANG_SON_DEPARTMENTS;
  private static final Division VP = Division.of("Văn phòng Sở");
  private static final Division LS = Division.specialised("Phòng Lãnh sự - Hợp tác quốc tế");

  @TempDir Path dir;

  static Plan plan(String title, int dueDays) {
    return Plan.builder()
        .issuingUnit(Unit.of("Sở Ngoại vụ", Frameworks.LANG_SON_DEPARTMENT_BLOCK))
        .year(2024)
        .title(title)
        .legalBasis("Kế hoạch số 36/KH-UBND ngày 06/02/2024 của UBND tỉnh")
        .purposes("Mục đích\n\nYêu cầu")
        .addTasks(
            Task.builder()
                .number("2.1")
                .title("Cải cách TTHC")
                .addActivities("Rà soát TTHC", "ISO 9001:2015")
                .addComponents(F.component("TIME_COST"))
                .lead(VP)
                .support(LS, Division.allSpecialised())
                .start(LocalDate.of(2024, 3, 1))
                .addTargets(
                    Target.decrease(
                        "Thời gian giải quyết",
                        "ngày",
                        new BigDecimal("10"),
                        new BigDecimal("7.5")))
                .build(),
            Task.builder()
                .number("7.1")
                .title("Vai trò người đứng đầu")
                .addComponents(F.component("LEADERSHIP"))
                .monitor(VP)
                .build())
        .putResponsibilities(VP, "Đầu mối")
        .focalPoint(VP)
        .reportingRule(ReportingRule.quarterly(List.of(LS), VP, dueDays))
        .signer(Signer.of("Giám đốc", "Trịnh Tuyết Mai"))
        .addRecipients("UBND tỉnh (b/c)", "Lưu: VT, VP")
        .build();
  }

  @Test
  void aPlanWrittenAndReadBack_isEqual_andTheFileIsReplacedWhole() {
    Plan plan = plan("Kế hoạch DDCI 2024", 10);
    Path file = dir.resolve("plan.json");

    PlanJson.write(plan, file);
    PlanJson.write(plan, file);

    assertThat(PlanJson.read(file)).isEqualTo(plan);
    assertThat(PlanJson.toJson(plan)).startsWith("{\n  \"schemaVersion\" : 3,");
    assertThat(dir.toFile().list()).containsExactly("plan.json");
  }

  @Test
  void roundTrip_holdsForAnyTitleAndDeadline() {
    qt().withExamples(100)
        .forAll(
            strings().betweenCodePoints(0x20, 0x1EF9).ofLengthBetween(1, 40),
            integers().between(0, 365))
        .assuming((title, days) -> isAName(title))
        .checkAssert(
            (title, days) -> {
              Plan plan = plan(title, days);
              assertThat(PlanJson.fromJson(PlanJson.toJson(plan), "generated")).isEqualTo(plan);
            });
  }

  /** Names hold a letter or digit and no control, invisible or unassigned character. */
  private static boolean isAName(String text) {
    try {
      Names.clean(text);
      return true;
    } catch (DdciValidationException e) {
      return false;
    }
  }

  @Test
  void reports_roundTrip_atTheEdgesOfTheirRanges() {
    qt().withExamples(100)
        .forAll(integers().between(0, 100), integers().between(1, 4), integers().between(0, 91))
        .checkAssert(
            (percent, q, day) -> {
              YearQuarter quarter = YearQuarter.of(2024, q);
              Status status =
                  percent == 100 ? Status.DONE : percent == 0 ? Status.NOT_STARTED : Status.AT_RISK;
              QuarterlyReport report =
                  QuarterlyReport.builder()
                      .division(LS.withShortName("Phòng LS-HTQT"))
                      .quarter(quarter)
                      .submitted(quarter.atDay(1).plusDays(day))
                      .correction(day % 2 == 0)
                      .addEntries(
                          TaskProgress.builder()
                              .task("2.1")
                              .status(status)
                              .percent(percent)
                              .narrative("Đã rà soát " + percent + " hồ sơ")
                              .putActuals(
                                  "Thời gian giải quyết",
                                  new BigDecimal("7.50").add(BigDecimal.valueOf(day, 2)))
                              .build())
                      .build();
              assertThat(ReportJson.fromJson(ReportJson.toJson(report), "generated"))
                  .isEqualTo(report);
            });
  }

  @Test
  void unknownFields_areRejectedWithTheirPath() {
    String json =
        PlanJson.toJson(plan("Kế hoạch", 10))
            .replace("\"number\" : \"7.1\"", "\"number\" : \"7.1\", \"numbr\" : 1");

    assertThatThrownBy(() -> PlanJson.fromJson(json, "plan.json"))
        .isInstanceOf(DdciIoException.class)
        .hasMessageStartingWith("plan.json, at $.tasks[1].numbr:")
        .hasMessageContaining("Unrecognized field \"numbr\"");
  }

  @Test
  void aWrongSchemaVersion_aMissingField_andAnUnknownComponent_areNamed() {
    String json = PlanJson.toJson(plan("Kế hoạch", 10));

    assertThatThrownBy(
            () ->
                PlanJson.fromJson(
                    json.replace("\"schemaVersion\" : 3", "\"schemaVersion\" : 1"), "p.json"))
        .isInstanceOf(DdciIoException.class)
        .hasMessage(
            "p.json, at $.schemaVersion, value \"1\": unsupported schema version; this library"
                + " reads versions 2 to 3");
    assertThatThrownBy(
            () ->
                PlanJson.fromJson(
                    json.replace("\"schemaVersion\" : 3", "\"schemaVersion\" : 4"), "p.json"))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("value \"4\": unsupported schema version");
    // version 2, before goals, is still read
    assertThat(
            PlanJson.fromJson(
                json.replace("\"schemaVersion\" : 3", "\"schemaVersion\" : 2"), "p.json"))
        .isEqualTo(PlanJson.fromJson(json, "p.json"));
    assertThatThrownBy(
            () -> PlanJson.fromJson(json.replace("\"title\" : \"Kế hoạch\",", ""), "p.json"))
        .isInstanceOf(DdciIoException.class)
        .hasMessage("p.json, at $.title: is missing");
    assertThatThrownBy(
            () -> PlanJson.fromJson(json.replace("[ \"LEADERSHIP\" ]", "[ \"LEADER\" ]"), "p.json"))
        .isInstanceOf(DdciIoException.class)
        .hasMessageStartingWith("p.json, at $.tasks[1].components[0], value \"LEADER\": framework")
        .hasMessageContaining("has no component 'LEADER'");
  }

  @Test
  void deepNesting_hugeStrings_andTrailingGarbage_areRefusedFast() {
    String deep = "{\"schemaVersion\":1,\"title\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    String huge = "{\"schemaVersion\":1,\"title\":\"" + "x".repeat(2_000_000) + "\"}";

    assertThatThrownBy(() -> PlanJson.fromJson(deep, "deep.json"))
        .isInstanceOf(DdciIoException.class)
        .hasMessageStartingWith("deep.json, at $.title");
    assertThatThrownBy(() -> PlanJson.fromJson(huge, "huge.json"))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("String value length");
    assertThatThrownBy(() -> PlanJson.fromJson(PlanJson.toJson(plan("K", 1)) + "{}", "t.json"))
        .isInstanceOf(DdciIoException.class);
  }

  @Test
  void truncatedAndBitFlippedCopies_failOnlyWithTheLibrarysException() throws IOException {
    byte[] json = PlanJson.toJson(plan("Kế hoạch DDCI 2024", 10)).getBytes(StandardCharsets.UTF_8);
    Random random = new Random(2024);
    int refused = 0;
    for (int i = 0; i < 300; i++) {
      byte[] copy;
      if (i % 2 == 0) {
        copy = Arrays.copyOf(json, random.nextInt(json.length));
      } else {
        copy = json.clone();
        copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
      }
      Path file = dir.resolve("copy.json");
      Files.write(file, copy);
      try {
        PlanJson.read(file);
      } catch (DdciIoException expected) {
        assertThat(expected.getMessage()).startsWith(file.toString());
        refused++;
      }
    }
    assertThat(refused).isGreaterThan(150);
  }

  @Test
  void hostileNumbersNullsAndCoercions_areRefusedWithTheirPath() {
    String json = PlanJson.toJson(plan("Kế hoạch", 10));

    assertThatThrownBy(
            () ->
                PlanJson.fromJson(
                    json.replace("\"baseline\" : 10", "\"baseline\" : -1e999999999"), "p.json"))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("at $.tasks[0].targets[0].baseline")
        .hasMessageContaining("larger exponent");
    assertThatThrownBy(
            () -> PlanJson.fromJson(json.replace("\"UBND tỉnh (b/c)\"", "null"), "p.json"))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("at $.recipients[0]");
    assertThatThrownBy(() -> PlanJson.fromJson("null", "p.json"))
        .isInstanceOf(DdciIoException.class)
        .hasMessage("p.json, at $, value \"null\": is not an object");
    assertThatThrownBy(
            () ->
                PlanJson.fromJson(
                    json.replace("\"dueDays\" : 10", "\"dueDays\" : \"10\""), "p.json"))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("at $.reportingRule.dueDays");
    assertThatThrownBy(
            () ->
                PlanJson.fromJson(
                    json.replace("\"year\" : 2024", "\"year\" : 1000000000"), "p.json"))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContaining("at $.year, value \"1000000000\"");
  }

  @Test
  void decimalsOfANegativeScale_roundTripExactly() {
    Framework tens =
        Framework.builder()
            .name("Thang 100")
            .addComponents(Component.of("A", "Chỉ số A", "A", new BigDecimal("1E+1")))
            .componentMax(new BigDecimal("1E+2"))
            .totalMax(new BigDecimal("1E+2"))
            .publishedDecimals(0)
            .build();
    Plan plan =
        Plan.builder()
            .from(plan("Kế hoạch", 10))
            .issuingUnit(Unit.of("Sở A", Block.of("A", "Khối A", tens, RankingRule.LANG_SON)))
            .tasks(
                List.of(
                    Task.builder()
                        .number("1.1")
                        .title("Nhiệm vụ")
                        .addComponents(tens.component("A"))
                        .lead(VP)
                        .addTargets(
                            Target.increase(
                                "Số hồ sơ",
                                "hồ sơ",
                                new BigDecimal("1E+2"),
                                new BigDecimal("2E+2")))
                        .build()))
            .reportingRule(ReportingRule.quarterly(List.of(VP), VP, 10))
            .build();

    assertThat(PlanJson.fromJson(PlanJson.toJson(plan), "scale")).isEqualTo(plan);
  }

  @Test
  void aNewFile_isReadableByOthers() throws IOException {
    Path file = dir.resolve("perm.json");
    PlanJson.write(plan("K", 1), file);

    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-r--r--");
    }
  }

  @Test
  void roundTrip_holdsForVietnameseNamesOfUnitsAndDivisions_andAnyDatesInTheYear() {
    String letters =
        "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
            + " ĐÂƯ";
    qt().withExamples(60)
        .forAll(
            strings().betweenCodePoints(0, letters.length() - 1).ofLengthBetween(3, 30),
            strings().betweenCodePoints(0, letters.length() - 1).ofLengthBetween(3, 30),
            integers().between(0, 365))
        .checkAssert(
            (unitIndexes, divisionIndexes, day) -> {
              String unitName = pick(letters, unitIndexes);
              String divisionName = pick(letters, divisionIndexes);
              if (!unitName.codePoints().anyMatch(Character::isLetter)
                  || !divisionName.codePoints().anyMatch(Character::isLetter)
                  || Names.key(divisionName).equals(Names.key("Văn phòng Sở"))) {
                return;
              }
              Division division = Division.specialised(divisionName);
              LocalDate start = LocalDate.of(2024, 1, 1).plusDays(day);
              Plan base = plan("Kế hoạch", 10);
              Plan plan =
                  Plan.builder()
                      .from(base)
                      .issuingUnit(Unit.of(unitName, Frameworks.LANG_SON_DEPARTMENT_BLOCK))
                      .tasks(
                          List.of(
                              Task.builder()
                                  .number("1.1")
                                  .title("Nhiệm vụ")
                                  .addComponents(F.component("TRANSPARENCY"))
                                  .lead(division)
                                  .start(start)
                                  .due(start)
                                  .build()))
                      .reportingRule(ReportingRule.quarterly(List.of(division), VP, 10))
                      .build();
              assertThat(PlanJson.fromJson(PlanJson.toJson(plan), "generated")).isEqualTo(plan);
            });
  }

  private static String pick(String letters, String indexes) {
    StringBuilder name = new StringBuilder();
    indexes.codePoints().forEach(i -> name.append(letters.charAt(i)));
    return name.toString();
  }
}
