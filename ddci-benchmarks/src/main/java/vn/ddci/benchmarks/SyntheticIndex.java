package vn.ddci.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import vn.ddci.engine.Dataset;
import vn.ddci.engine.Direction;
import vn.ddci.engine.IndexInput;
import vn.ddci.engine.IndicatorTree;
import vn.ddci.engine.Node;

/**
 * A seeded synthetic index of three levels (indicators, components, the index) whose data gives
 * every step of COINr's default pipeline work to do, for benchmarks.
 *
 * <p>Indicators cycle through five shapes: roughly normal; bounded (a Likert-like mean of 1 to 5);
 * normal with one to three far outliers (winsorisation brings them in); log-normal (strongly
 * skewed: winsorised, or log-transformed when five points are not enough); and a count divided by a
 * denominator column ({@code Population} or {@code Firms}). A quarter of the indicators are "lower
 * is better". About 3 % of indicator values are missing, at random; every unit belongs to one of
 * six regions (the grouping {@link #GROUPING}) whose mean fills them. Denominators are complete.
 * The same arguments give the same data.
 */
final class SyntheticIndex {
  /** The grouping whose mean imputes a missing value. */
  static final String GROUPING = "region";

  private static final String[] REGIONS = {
    "NorthernMidlands", "RedRiverDelta", "CentralCoast", "CentralHighlands", "Southeast", "Mekong"
  };
  private static final String[] DENOMINATORS = {"Population", "Firms"};
  private static final double MISSING_SHARE = 0.03;
  private static final double NEGATIVE_SHARE = 0.25;

  private SyntheticIndex() {}

  /**
   * Generates an index.
   *
   * @param units the number of units
   * @param components the number of components under the index
   * @param perComponent the number of indicators in each component
   * @param seed the random seed
   * @return the tree and the raw data
   */
  static IndexInput generate(int units, int components, int perComponent, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Node> nodes = new ArrayList<>();
    nodes.add(Node.root("Index"));
    for (int c = 0; c < components; c++) {
      nodes.add(Node.aggregate(component(c), "Index"));
    }
    String[] unitCodes = new String[units];
    String[] regions = new String[units];
    for (int u = 0; u < units; u++) {
      unitCodes[u] = String.format(Locale.ROOT, "U%04d", u + 1);
      regions[u] = REGIONS[random.nextInt(REGIONS.length)];
    }
    Dataset.Builder data = Dataset.builder().units(unitCodes).group(GROUPING, regions);
    double[][] denominators = new double[DENOMINATORS.length][units];
    for (int u = 0; u < units; u++) {
      denominators[0][u] = Math.exp(13.5 + 0.8 * random.nextGaussian());
      denominators[1][u] = Math.exp(8 + random.nextGaussian());
    }
    for (int d = 0; d < DENOMINATORS.length; d++) {
      data.column(DENOMINATORS[d], denominators[d]);
    }
    int i = 0;
    for (int c = 0; c < components; c++) {
      for (int k = 0; k < perComponent; k++, i++) {
        String code = String.format(Locale.ROOT, "I%03d", i + 1);
        Node.Builder node =
            Node.builder()
                .code(code)
                .kind(Node.Kind.INDICATOR)
                .parent(component(c))
                .direction(
                    random.nextDouble() < NEGATIVE_SHARE ? Direction.NEGATIVE : Direction.POSITIVE);
        double[] values = new double[units];
        switch (i % 5) {
          case 0:
            for (int u = 0; u < units; u++) {
              values[u] = 50 + 10 * random.nextGaussian();
            }
            break;
          case 1:
            for (int u = 0; u < units; u++) {
              values[u] = 1 + 4 * random.nextDouble();
            }
            break;
          case 2:
            for (int u = 0; u < units; u++) {
              values[u] = 20 + 3 * random.nextGaussian();
            }
            for (int outliers = 1 + random.nextInt(3); outliers > 0; outliers--) {
              values[random.nextInt(units)] = 20 + 3 * (8 + 6 * random.nextDouble());
            }
            break;
          case 3:
            for (int u = 0; u < units; u++) {
              values[u] = Math.exp(1.2 * random.nextGaussian());
            }
            break;
          default:
            int d = (i / 5) % DENOMINATORS.length;
            node.denominator(DENOMINATORS[d]);
            for (int u = 0; u < units; u++) {
              values[u] = denominators[d][u] * Math.exp(-3 + 0.5 * random.nextGaussian());
            }
        }
        List<String> missing = new ArrayList<>();
        for (int u = 0; u < units; u++) {
          if (random.nextDouble() < MISSING_SHARE) {
            values[u] = 0;
            missing.add(unitCodes[u]);
          }
        }
        data.column(code, values).missing(code, missing.toArray(new String[0]));
        nodes.add(node.build());
      }
    }
    return IndexInput.of(IndicatorTree.of(nodes), data.build());
  }

  private static String component(int c) {
    return String.format(Locale.ROOT, "C%02d", c + 1);
  }
}
