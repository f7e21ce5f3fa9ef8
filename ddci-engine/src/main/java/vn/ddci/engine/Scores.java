package vn.ddci.engine;

import static vn.ddci.internal.Checks.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.ddci.DdciValidationException;
import vn.ddci.framework.Block;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.RankingRule;
import vn.ddci.ranking.Ranking;
import vn.ddci.result.ResultTable;
import vn.ddci.result.Scorecard;
import vn.ddci.result.Unit;

/**
 * Every node's score for every unit (điểm số): the normalised indicators and every aggregate up to
 * the index, as doubles with every digit the computation gave; {@link #rounded} and {@link
 * #toResultTable} turn them into published figures. Immutable and thread-safe.
 */
public final class Scores {
  private final IndicatorTree tree;
  private final Dataset data;

  private Scores(IndicatorTree tree, Dataset data) {
    this.tree = tree;
    this.data = data;
  }

  /**
   * Returns the scores held in an aggregated dataset.
   *
   * @param tree the tree
   * @param data a dataset with a column for every node of the tree
   * @return the scores
   * @throws DdciValidationException naming the nodes without a column (data not aggregated)
   */
  public static Scores of(IndicatorTree tree, Dataset data) {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(data, "data");
    List<String> absent =
        tree.nodes().stream()
            .map(Node::code)
            .filter(c -> !data.hasColumn(c))
            .collect(Collectors.toList());
    checkArgument(
        absent.isEmpty(),
        "no score for %s: the data is not aggregated (end the pipeline with an Aggregate step)",
        String.join(", ", absent));
    return new Scores(tree, data);
  }

  /**
   * Returns the tree.
   *
   * @return the tree
   */
  public IndicatorTree tree() {
    return tree;
  }

  /**
   * Returns the units scored, in order.
   *
   * @return the units' codes
   */
  public List<String> units() {
    return data.units();
  }

  /**
   * Returns one score.
   *
   * @param node a node's code
   * @param unit a unit's code
   * @return the score; empty when missing
   * @throws DdciValidationException if the node or the unit is unknown
   */
  public OptionalDouble score(String node, String unit) {
    tree.node(node);
    return data.value(node, unit);
  }

  /**
   * Returns a node's scores in unit order, NaN standing for a missing score.
   *
   * @param node a node's code
   * @return a copy of the scores
   * @throws DdciValidationException if the node is unknown
   */
  public double[] column(String node) {
    tree.node(node);
    return data.column(node);
  }

  /**
   * Returns a score rounded as published: half to even on the double itself (COINr's and R's
   * rounding), so that 65.62499999999999 gives 65.62.
   *
   * @param node a node's code
   * @param unit a unit's code
   * @param decimals the decimals published, 0 or more
   * @return the rounded score
   * @throws DdciValidationException if the score is missing, or the node or unit unknown
   */
  public BigDecimal rounded(String node, String unit, int decimals) {
    double v =
        score(node, unit)
            .orElseThrow(() -> new DdciValidationException("no score of " + node + " for " + unit));
    return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN);
  }

  /**
   * Ranks the units on a node's score, by a rule (the block's): at full precision or at the
   * published decimals, with its tie policy. At published decimals a score is rounded as {@link
   * #rounded} rounds it (half to even on the double), so that units are tied exactly when their
   * published scores are equal. Units without a score are left out, and the ranking is then among
   * the units scored, out of all units.
   *
   * @param node a node's code
   * @param rule the ranking rule
   * @return the ranking, keyed by unit code
   * @throws DdciValidationException if no unit has a score
   */
  public Ranking<String> ranking(String node, RankingRule rule) {
    Objects.requireNonNull(rule, "rule");
    double[] v = data.raw(tree.node(node).code());
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    OptionalInt decimals = rule.precision().decimalPlaces();
    for (int u = 0; u < v.length; u++) {
      if (!Double.isNaN(v[u])) {
        scores.put(data.units().get(u), rankedValue(v[u], decimals));
      }
    }
    checkArgument(!scores.isEmpty(), "no unit has a score of %s", node);
    return scores.size() == v.length
        ? Ranking.of(scores, rule)
        : Ranking.among(scores, rule, v.length);
  }

  /**
   * The value a score is ranked on. At full precision, the score. At d decimals, a value that the
   * ranking's rounding (half up) takes to the published score p (half even on the double, as {@link
   * #rounded}), and that keeps the order of the unrounded scores, which ORDINAL's tie-break reads:
   * p + (x − p) / 2, x the score's shortest decimal, lies less than half a unit of the last decimal
   * away from p, and increases with x.
   */
  private static BigDecimal rankedValue(double v, OptionalInt decimals) {
    BigDecimal x = BigDecimal.valueOf(v);
    if (decimals.isEmpty()) {
      return x;
    }
    BigDecimal p = new BigDecimal(v).setScale(decimals.getAsInt(), RoundingMode.HALF_EVEN);
    return p.add(x.subtract(p).divide(BigDecimal.valueOf(2)));
  }

  /**
   * Returns the scores as a published result table of a DDCI-shaped index: the root is the total,
   * its children the block's components (matched by code), every component on the framework's
   * component scale (0–10).
   *
   * <p>A component's score is the double as computed (every digit kept, for ties); the total is the
   * root's score taken from the component scale to the total's ({@code × totalMax / componentMax}),
   * which is the framework's own definition of the total when the root is the weighted arithmetic
   * mean of the components. When the framework's weights are published, the tree's component
   * weights must be in the same ratios.
   *
   * @param block the block (its framework and ranking rule)
   * @param year the year
   * @return the table, one scorecard per unit, unit names from the data (codes where none)
   * @throws DdciValidationException naming the component and unit when the root's children are not
   *     the framework's components, a weight ratio differs from the published one, a score lies
   *     outside its scale, or a unit has no total
   */
  public ResultTable toResultTable(Block block, Year year) {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(year, "year");
    Framework f = block.framework();
    Node root = tree.root();
    List<Node> children = tree.children(root.code());
    Set<String> treeCodes =
        children.stream().map(Node::code).collect(Collectors.toCollection(TreeSet::new));
    Set<String> frameworkCodes =
        f.components().stream().map(Component::code).collect(Collectors.toCollection(TreeSet::new));
    checkArgument(
        treeCodes.equals(frameworkCodes),
        "the children of %s (%s) are not the components of %s (%s)",
        root.code(),
        treeCodes,
        f.name(),
        frameworkCodes);
    if (f.weightsPublished()) {
      checkWeights(f, children);
    }
    double toTotal = f.totalMax().doubleValue() / f.componentMax().doubleValue();
    List<Scorecard> cards = new ArrayList<>();
    for (String u : data.units()) {
      Unit unit = Unit.of(data.name(u).orElse(u), block);
      Scorecard.Builder card = Scorecard.builder().unit(unit).year(year);
      for (Component c : f.components()) {
        OptionalDouble s = data.value(c.code(), u);
        if (s.isPresent()) {
          double v = s.getAsDouble();
          checkArgument(
              v >= 0 && v <= f.componentMax().doubleValue(),
              "component %s, unit %s: %s is outside the scale 0–%s",
              c.code(),
              u,
              v,
              f.componentMax());
          card.score(c, BigDecimal.valueOf(v));
        }
      }
      OptionalDouble total = data.value(root.code(), u);
      checkArgument(total.isPresent(), "unit %s has no score of %s, the total", u, root.code());
      card.givenTotal(vn.ddci.result.Score.of(BigDecimal.valueOf(total.getAsDouble() * toTotal)));
      cards.add(card.build());
    }
    return ResultTable.of(block, year, cards);
  }

  private static void checkWeights(Framework f, List<Node> children) {
    Map<String, Double> w = new LinkedHashMap<>();
    children.forEach(c -> w.put(c.code(), c.weight()));
    double treeSum = w.values().stream().mapToDouble(Double::doubleValue).sum();
    double publishedSum = f.weightSum().doubleValue();
    for (Component c : f.components()) {
      double tree = w.get(c.code()) / treeSum;
      double published = c.weight().doubleValue() / publishedSum;
      checkArgument(
          Math.abs(tree - published) <= 1e-12,
          "component %s weighs %s of the total in the tree but %s in %s, whose weights are"
              + " published",
          c.code(),
          tree,
          published,
          f.name());
    }
  }

  @Override
  public String toString() {
    return "Scores["
        + tree.root().code()
        + ": "
        + data.size()
        + " units × "
        + tree.nodes().size()
        + " nodes]";
  }
}
