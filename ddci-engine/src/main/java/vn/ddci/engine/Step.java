package vn.ddci.engine;

/**
 * One operation of a {@link Pipeline} (bước tính): data in, data out, and a record of what it did.
 *
 * <p>The library's steps are {@link Denominate}, {@link Impute}, {@link Screen}, {@link Treat},
 * {@link Normalise} and {@link Aggregate}; each is an immutable value whose parameters are part of
 * its equality, so that a rerun knows which steps changed. A step is a pure function of the data
 * and the tree.
 */
public interface Step {
  /**
   * Returns the name of the stage this step makes.
   *
   * @return e.g. "Treated"
   */
  String stageName();

  /**
   * Applies the step.
   *
   * @param data the data from the previous step
   * @param tree the indicator framework
   * @return the data after the step and what it did
   * @throws vn.ddci.DdciValidationException naming the indicator, unit and value when the data
   *     cannot be processed
   */
  Stage apply(Dataset data, IndicatorTree tree);

  /**
   * Tells whether the step reads the tree's weights: a rerun with new weights redoes this step and
   * those after it, and reuses the stages before it.
   *
   * @return false unless the step reads weights
   */
  default boolean usesWeights() {
    return false;
  }
}
