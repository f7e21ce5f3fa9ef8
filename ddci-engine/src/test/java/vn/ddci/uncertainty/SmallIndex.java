package vn.ddci.uncertainty;

import vn.ddci.engine.Aggregate;
import vn.ddci.engine.Aggregate.Mean;
import vn.ddci.engine.Aggregate.MissingChildren;
import vn.ddci.engine.Build;
import vn.ddci.engine.Dataset;
import vn.ddci.engine.IndicatorTree;
import vn.ddci.engine.Node;
import vn.ddci.engine.Pipeline;

/**
 * A small index to run uncertainty analyses on: Index → P → {a, b}, Index → Q (weight 2) → {c, d},
 * arithmetic means, over six units.
 *
 * <p>u1 has a = 0 and b = 1, so that its P is 1 / (w_a + 1) with b's weight 1: the weight drawn for
 * a can be read back from it. u2's c and d are both 93.71, so its Q is 93.71 whatever P's weights.
 */
final class SmallIndex {
  private SmallIndex() {}

  static final IndicatorTree TREE =
      IndicatorTree.of(
          Node.root("Index"),
          Node.aggregate("P", "Index"),
          Node.indicator("a", "P"),
          Node.indicator("b", "P"),
          Node.aggregate("Q", "Index").withWeight(2),
          Node.indicator("c", "Q"),
          Node.indicator("d", "Q"));

  static final Dataset DATA =
      Dataset.builder()
          .units("u1", "u2", "u3", "u4", "u5", "u6")
          .column("a", 0, 40, 55, 70, 20, 65)
          .column("b", 1, 60, 50, 35, 90, 61)
          .column("c", 30, 93.71, 45, 62.5, 10, 80)
          .column("d", 70, 93.71, 45, 12.25, 30, 40)
          .build();

  static Build build() {
    return Pipeline.of(Aggregate.of(Mean.ARITHMETIC, MissingChildren.RENORMALISE)).run(TREE, DATA);
  }
}
