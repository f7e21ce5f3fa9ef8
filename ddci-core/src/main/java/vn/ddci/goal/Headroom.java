package vn.ddci.goal;

/**
 * How far a component can still rise (dư địa cải thiện), for {@link GainSplit}: to the block's best
 * score last year, or to the top of the scale.
 */
public enum Headroom {
  /**
   * To the best score of the block last year (điểm cao nhất của khối): a level some unit has
   * reached. The default.
   */
  BLOCK_BEST,
  /** To the top of the component's scale (10). */
  SCALE_TOP
}
