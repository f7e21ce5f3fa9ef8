package vn.ddci.uncertainty;

import static vn.ddci.internal.Checks.checkArgument;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How an uncertainty analysis is run (số lần lặp): how many replications, the random seed, on how
 * many threads, who is told of progress and how the run is cancelled.
 *
 * <pre>{@code
 * Replications.of(1000).withSeed(2024).withThreads(2).withProgress((done, n) -> bar.set(done, n));
 * }</pre>
 *
 * <p>The numbers depend on the seed only: replication i draws from its own random stream, split in
 * order from the seed before the run starts, so 1, 2 or 8 threads give the same results. The
 * default seed is {@value #DEFAULT_SEED}; the default threads are the available processors.
 * Immutable.
 */
public final class Replications {
  /** The seed when none is given. */
  public static final long DEFAULT_SEED = 20240101L;

  /** The most replications of one run. */
  public static final int MAX = 1_000_000;

  private final int count;
  private final long seed;
  private final int threads;
  private final Progress progress;
  private final BooleanSupplier cancelled;

  private Replications(
      int count, long seed, int threads, Progress progress, BooleanSupplier cancelled) {
    this.count = count;
    this.seed = seed;
    this.threads = threads;
    this.progress = progress;
    this.cancelled = cancelled;
  }

  /**
   * Returns a number of replications, with the default seed and threads.
   *
   * @param count 1 to {@value #MAX}
   * @return the settings
   * @throws vn.ddci.DdciValidationException if count is outside 1–{@value #MAX}
   */
  public static Replications of(int count) {
    checkArgument(
        count >= 1 && count <= MAX,
        "%s replications: an uncertainty run needs 1 to %s",
        count,
        MAX);
    return new Replications(
        count,
        DEFAULT_SEED,
        Runtime.getRuntime().availableProcessors(),
        Progress.NONE,
        () -> false);
  }

  /**
   * Returns these settings with a seed.
   *
   * @param seed any number
   * @return the settings
   */
  public Replications withSeed(long seed) {
    return new Replications(count, seed, threads, progress, cancelled);
  }

  /**
   * Returns these settings on a number of threads.
   *
   * @param threads 1 or more
   * @return the settings
   * @throws vn.ddci.DdciValidationException if threads is below 1
   */
  public Replications withThreads(int threads) {
    checkArgument(threads >= 1 && threads <= 1024, "%s threads: 1 to 1024", threads);
    return new Replications(count, seed, threads, progress, cancelled);
  }

  /**
   * Returns these settings telling a listener of progress.
   *
   * @param progress the listener
   * @return the settings
   */
  public Replications withProgress(Progress progress) {
    return new Replications(count, seed, threads, Objects.requireNonNull(progress), cancelled);
  }

  /**
   * Returns these settings cancelled when a flag turns true: checked before each replication, the
   * run then ends with a {@link java.util.concurrent.CancellationException} and gives no result.
   *
   * @param cancelled e.g. {@code Thread.currentThread()::isInterrupted}, or an AtomicBoolean's get
   * @return the settings
   */
  public Replications withCancellation(BooleanSupplier cancelled) {
    return new Replications(count, seed, threads, progress, Objects.requireNonNull(cancelled));
  }

  /**
   * Returns the number of replications.
   *
   * @return the count
   */
  public int count() {
    return count;
  }

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the number of threads.
   *
   * @return the threads
   */
  public int threads() {
    return threads;
  }

  Progress progress() {
    return progress;
  }

  BooleanSupplier cancelled() {
    return cancelled;
  }

  @Override
  public String toString() {
    return "Replications[" + count + ", seed " + seed + ", " + threads + " threads]";
  }
}
