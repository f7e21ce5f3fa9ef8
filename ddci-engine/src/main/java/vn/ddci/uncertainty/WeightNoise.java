package vn.ddci.uncertainty;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.ddci.engine.IndicatorTree;
import vn.ddci.engine.Node;

/**
 * Uniform noise around nominal weights (nhiễu trọng số), as COINr's uncertainty analysis draws it:
 * each weight w of the nodes chosen becomes w + (2u − 1)·f·w, u uniform on [0, 1), so that it lies
 * in [(1 − f)·w, (1 + f)·w]. Nodes are chosen by level of the tree (1 = indicators, 2 = pillars…)
 * or by code.
 *
 * <pre>{@code
 * WeightNoise.uniform(0.25).atLevels(2, 3);          // COINr's ASEM run: pillars and sub-indices
 * WeightNoise.uniform(0.5).atNodes("TRANSPARENCY");
 * }</pre>
 *
 * <p>Immutable.
 */
public final class WeightNoise {
  private final double fraction;
  private final ImmutableSet<Integer> levels;
  private final ImmutableSet<String> nodes;

  private WeightNoise(double fraction, Set<Integer> levels, Set<String> nodes) {
    this.fraction = fraction;
    this.levels = ImmutableSet.copyOf(levels);
    this.nodes = ImmutableSet.copyOf(nodes);
  }

  /**
   * Returns noise of ±fraction of each weight, on no node yet.
   *
   * @param fraction from 0 to 1: above 1, a weight could turn negative
   * @return the noise
   * @throws vn.ddci.DdciValidationException if the fraction is outside [0, 1]
   */
  public static WeightNoise uniform(double fraction) {
    checkArgument(
        fraction >= 0 && fraction <= 1,
        "noise of ±%s of a weight: it must lie in [0, 1], or a weight could turn negative",
        fraction);
    return new WeightNoise(fraction, Set.of(), Set.of());
  }

  /**
   * Returns this noise on every node of these levels too.
   *
   * @param levels tree levels: 1 for indicators, 2 for their parents…
   * @return the noise
   */
  public WeightNoise atLevels(int... levels) {
    ImmutableSet.Builder<Integer> b = ImmutableSet.<Integer>builder().addAll(this.levels);
    for (int l : levels) {
      checkArgument(l >= 1, "level %s: levels count from 1 (indicators)", l);
      b.add(l);
    }
    return new WeightNoise(fraction, b.build(), nodes);
  }

  /**
   * Returns this noise on these nodes too.
   *
   * @param codes node codes
   * @return the noise
   */
  public WeightNoise atNodes(String... codes) {
    return new WeightNoise(
        fraction, levels, ImmutableSet.<String>builder().addAll(nodes).add(codes).build());
  }

  /**
   * Returns the fraction.
   *
   * @return e.g. 0.25
   */
  public double fraction() {
    return fraction;
  }

  /**
   * Returns the nodes of a tree that this noise moves (the root has no weight to move).
   *
   * @param tree the tree
   * @return their codes, in the tree's order, each with the fraction
   * @throws vn.ddci.DdciValidationException if a node named is not in the tree, a level has no
   *     node, or nothing is chosen
   */
  public Map<String, Double> resolve(IndicatorTree tree) {
    for (String code : nodes) {
      checkArgument(tree.contains(code), "noise on %s, which is not a node of the tree", code);
    }
    Map<String, Double> chosen = new LinkedHashMap<>();
    for (int level : levels) {
      checkArgument(
          tree.nodes().stream().anyMatch(n -> tree.level(n.code()) == level),
          "noise at level %s, which the tree does not have",
          level);
    }
    for (Node n : tree.nodes()) {
      boolean root = n.code().equals(tree.root().code());
      if (!root && (nodes.contains(n.code()) || levels.contains(tree.level(n.code())))) {
        chosen.put(n.code(), fraction);
      }
    }
    checkArgument(!chosen.isEmpty(), "%s moves no weight of the tree", this);
    return chosen;
  }

  @Override
  public String toString() {
    return "weights ±"
        + fraction * 100
        + " %"
        + (levels.isEmpty() ? "" : " at levels " + levels)
        + (nodes.isEmpty() ? "" : " of " + nodes);
  }
}
