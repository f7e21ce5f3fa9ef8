package vn.ddci.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.engine.Aggregate;
import vn.ddci.engine.Build;
import vn.ddci.engine.Dataset;
import vn.ddci.engine.Direction;
import vn.ddci.engine.Impute;
import vn.ddci.engine.IndicatorTree;
import vn.ddci.engine.Node;
import vn.ddci.engine.Normalise;
import vn.ddci.engine.Pipeline;
import vn.ddci.engine.Treat;
import vn.ddci.framework.Component;
import vn.ddci.framework.Frameworks;
import vn.ddci.framework.Measure;
import vn.ddci.ranking.BlockRanking;
import vn.ddci.ranking.Standing;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;
import vn.ddci.text.PlanText;

/**
 * The engine's worked example: a DDCI-shaped index (Lạng Sơn's eight components of the department
 * block, three indicators each, 25 units) built from indicator data of two years, with bounds
 * pooled over the years; it prints the pipeline's audit trail, the table with ranks, and section II
 * of one unit's plan computed from the built tables.
 *
 * <p><b>The indicator data is synthetic</b> (seeded, labelled so in every output): the real survey
 * data of a DDCI is not public. Run it with {@code mvn -q -DskipTests -pl ddci-examples -am package
 * exec:java -Dexec.mainClass=vn.ddci.examples.BuiltIndex}.
 */
public final class BuiltIndex {
  /** The unit whose section II is printed. */
  public static final String ASSESSED_UNIT = "Đơn vị 07";

  /** The seed of the synthetic data. */
  public static final long SEED = 2024;

  /** The grouping of the units: one block. */
  static final String BLOCK = "khoi";

  private BuiltIndex() {}

  /**
   * Prints the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = Console.utf8();
    IndicatorTree tree = tree();
    List<Build> builds = pipeline().runPooled(tree, List.of(data(2022), data(2023)));
    Build build2023 = builds.get(1);
    ResultTable table2022 =
        builds.get(0).scores().toResultTable(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Year.of(2022));
    ResultTable table2023 =
        build2023.scores().toResultTable(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Year.of(2023));

    out.println(
        "CHỈ SỐ DDCI TÍNH TỪ DỮ LIỆU CHỈ TIÊU – DỮ LIỆU TỔNG HỢP MINH HOẠ (synthetic data)");
    out.println(tree + ", " + table2023.scorecards().size() + " đơn vị, năm 2022 và 2023");
    out.println("Quy trình: " + build2023.pipeline());
    out.println();
    out.println("Nhật ký xử lý năm 2023 (audit trail):");
    out.print(build2023.auditTrail());
    out.println();
    out.println("Bảng kết quả năm 2023 (minh hoạ):");
    table(table2023).forEach(out::println);
    out.println();
    UnitAssessment assessment = UnitAssessment.of(table2023, table2022, ASSESSED_UNIT);
    out.println(ASSESSED_UNIT + " (dữ liệu minh hoạ):");
    PlanText.vietnamese().sectionII(assessment).forEach(out::println);
  }

  /**
   * Returns the pipeline: impute by the block's mean, winsorise, min-max to 1–10 (the component
   * scale), arithmetic mean renormalised over missing indicators.
   *
   * @return the pipeline
   */
  public static Pipeline pipeline() {
    return Pipeline.of(
        Impute.groupMean(BLOCK),
        Treat.winsorise(),
        Normalise.minMax(1, 10),
        Aggregate.of(Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE));
  }

  /**
   * Returns the tree: the root DDCI, Lạng Sơn's eight department components (equal weights, as the
   * library assumes for Lạng Sơn), three illustrative indicators under each.
   *
   * @return the tree
   */
  public static IndicatorTree tree() {
    List<Node> nodes = new ArrayList<>();
    nodes.add(Node.root("DDCI").withName("Chỉ số DDCI"));
    for (Component c : Frameworks.LANG_SON_DEPARTMENTS.components()) {
      nodes.add(
          Node.builder()
              .code(c.code())
              .kind(Node.Kind.AGGREGATE)
              .parent("DDCI")
              .name(c.nameVi())
              .nameEn(c.nameEn())
              .build());
      nodes.add(indicator(c, 1, "Tỷ lệ doanh nghiệp đánh giá tốt", "%", Direction.POSITIVE));
      nodes.add(
          indicator(c, 2, "Điểm hài lòng trung bình (thang 1–5)", "điểm", Direction.POSITIVE));
      nodes.add(indicator(c, 3, "Số ngày chờ giải quyết trung bình", "ngày", Direction.NEGATIVE));
    }
    return IndicatorTree.of(nodes);
  }

  private static Node indicator(Component c, int k, String name, String unit, Direction d) {
    return Node.builder()
        .code(c.code() + "_" + k)
        .kind(Node.Kind.INDICATOR)
        .parent(c.code())
        .name(name + " – " + c.nameVi())
        .unitOfMeasure(unit)
        .direction(d)
        .build();
  }

  /**
   * Returns the synthetic indicator data of a year: each unit has a latent quality per component;
   * 2023 improves on 2022 a little; a few values are missing. Seeded: the same on every machine.
   *
   * @param year 2022 or 2023
   * @return the raw data of the year
   */
  public static Dataset data(int year) {
    SplittableRandom random = new SplittableRandom(SEED);
    int units = 25;
    List<Component> components = Frameworks.LANG_SON_DEPARTMENTS.components();
    double[][] quality = new double[units][components.size()];
    for (int u = 0; u < units; u++) {
      double general = gaussian(random);
      for (int c = 0; c < components.size(); c++) {
        quality[u][c] = 0.6 * general + 0.8 * gaussian(random);
      }
    }
    SplittableRandom yearly = new SplittableRandom(SEED + year);
    Dataset.Builder b = Dataset.builder();
    String[] block = new String[units];
    for (int u = 0; u < units; u++) {
      b.unit(
          String.format(Locale.ROOT, "U%02d", u + 1),
          String.format(Locale.ROOT, "Đơn vị %02d", u + 1));
      block[u] = "sở, ban, ngành";
    }
    b.group(BLOCK, block);
    for (int c = 0; c < components.size(); c++) {
      double[] share = new double[units];
      double[] satisfaction = new double[units];
      double[] days = new double[units];
      for (int u = 0; u < units; u++) {
        double q =
            quality[u][c] + (year - 2022) * 0.3 * yearly.nextDouble() + 0.3 * gaussian(yearly);
        share[u] = round(Math.max(0, Math.min(100, 70 + 12 * q)), 1);
        satisfaction[u] = round(Math.max(1, Math.min(5, 3.6 + 0.4 * q)), 2);
        days[u] = round(Math.exp(2.3 - 0.35 * q), 1);
      }
      String code = components.get(c).code();
      b.column(code + "_1", share).column(code + "_2", satisfaction).column(code + "_3", days);
    }
    if (year == 2023) {
      // what real data has: two values missing, and one unit far slower than the others
      b.missing("TIME_COST_3", "U04").missing("INFORMAL_CHARGES_1", "U19");
      b.value("TIME_COST_3", "U16", 95);
    }
    return b.build();
  }

  /**
   * Returns the table as lines: rank, unit, total, each component.
   *
   * @param table a built table
   * @return the lines
   */
  public static List<String> table(ResultTable table) {
    BlockRanking ranking = BlockRanking.of(table);
    List<String> lines = new ArrayList<>();
    lines.add("Hạng   Tổng điểm  Đơn vị");
    List<Scorecard> cards = new ArrayList<>(table.scorecards());
    cards.sort(
        (a, b) ->
            Integer.compare(
                ranking.standing(a.unit(), Measure.total()).rank(),
                ranking.standing(b.unit(), Measure.total()).rank()));
    for (Scorecard card : cards) {
      Standing s = ranking.standing(card.unit(), Measure.total());
      BigDecimal total = card.givenTotal().orElseThrow().value();
      lines.add(
          String.format(
              Locale.ROOT,
              "%-5s  %9s  %s",
              s.format(),
              PlanText.vietnamese().numberStyle().figure(total, 2),
              card.unit().name()));
    }
    return lines;
  }

  private static double gaussian(SplittableRandom r) {
    // Box–Muller, written out so that the synthetic data is the same on every JDK
    return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
  }

  private static double round(double v, int decimals) {
    return BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_EVEN).doubleValue();
  }
}
