package vn.ddci.uncertainty;

/**
 * Told how far a long uncertainty run has gone (tiến độ), about a hundred times per run and once at
 * the end. Called from the run's worker threads, one call at a time.
 */
@FunctionalInterface
public interface Progress {
  /** Tells nothing. */
  Progress NONE = (done, total) -> {};

  /**
   * Tells that replications have been run.
   *
   * @param done the replications finished so far
   * @param total the replications of the run
   */
  void replicated(int done, int total);
}
