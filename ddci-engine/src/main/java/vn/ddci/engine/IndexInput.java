package vn.ddci.engine;

import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;

/**
 * An index's framework and its raw data, as read together from files (e.g. COINr's {@code iMeta}
 * and {@code iData}): what {@link Pipeline#run} takes.
 */
@Value.Immutable
@DdciStyle
public abstract class IndexInput {
  IndexInput() {}

  /**
   * Returns an input.
   *
   * @param tree the indicator framework
   * @param data the raw data
   * @return the input
   */
  public static IndexInput of(IndicatorTree tree, Dataset data) {
    return ImmutableIndexInput.of(tree, data);
  }

  /**
   * Returns the indicator framework.
   *
   * @return the tree
   */
  @Value.Parameter
  public abstract IndicatorTree tree();

  /**
   * Returns the raw data: indicators, denominators and groups.
   *
   * @return the dataset
   */
  @Value.Parameter
  public abstract Dataset data();

  /**
   * Runs a pipeline on this input.
   *
   * @param pipeline the pipeline
   * @return the build
   */
  public Build run(Pipeline pipeline) {
    return pipeline.run(tree(), data());
  }

  @Override
  public String toString() {
    return "IndexInput[" + tree() + ", " + data() + "]";
  }
}
