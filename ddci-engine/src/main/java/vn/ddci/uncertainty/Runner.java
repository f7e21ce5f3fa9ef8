package vn.ddci.uncertainty;

import com.google.common.util.concurrent.Uninterruptibles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import vn.ddci.framework.RankingRule;

/**
 * Runs replications on worker threads, deterministically: replication i draws from stream i, split
 * in order from the seed before the run, and writes its own slots, so the thread count changes
 * nothing. {@link #run} ranks each replication's scores at once and keeps them as the statistics
 * need them; {@link #replicate} and {@link #parallel} serve analyses that keep other figures.
 */
final class Runner {
  private Runner() {}

  /** One worker's replications; may keep scratch space. */
  interface Replicate {
    /**
     * Computes one replication's scores.
     *
     * @param replication its number, from 0
     * @param random its own random stream
     * @param scores receives [measure][unit], NaN where a unit has no score
     */
    void run(int replication, SplittableRandom random, double[][] scores);
  }

  /** One replication of a worker W: writes its results to its own slots. */
  interface Task<W> {
    void run(W worker, int replication, SplittableRandom random);
  }

  /**
   * Runs every replication once, on the settings' threads, each worker made by workers; tells
   * progress, checks cancellation before each replication, and rethrows the first failure.
   */
  static <W> void replicate(String what, Replications settings, Supplier<W> workers, Task<W> task) {
    int reps = settings.count();
    SplittableRandom root = new SplittableRandom(settings.seed());
    SplittableRandom[] streams = new SplittableRandom[reps];
    for (int r = 0; r < reps; r++) {
      streams[r] = root.split();
    }
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    int[] told = {0};
    int step = Math.max(1, reps / 100);
    Runnable work =
        () -> {
          W worker = workers.get();
          for (int r = next.getAndIncrement(); r < reps; r = next.getAndIncrement()) {
            if (settings.cancelled().getAsBoolean()) {
              next.set(reps);
              throw new CancellationException(
                  what + " cancelled after " + done.get() + " of " + reps + " replications");
            }
            task.run(worker, r, streams[r]);
            int d = done.incrementAndGet();
            if (d % step == 0 || d == reps) {
              tell(settings.progress(), told, d, step, reps);
            }
          }
        };
    onThreads(what, Math.min(settings.threads(), reps), work, () -> next.set(reps));
  }

  /**
   * Tells every step not told yet up to done (done replications are finished, whichever thread
   * finished them), in order and once each, then the total; under one lock taken about a hundred
   * times a run, so progress never goes back and costs the replications nothing.
   */
  private static void tell(Progress progress, int[] told, int done, int step, int reps) {
    synchronized (told) {
      while (told[0] < done) {
        int next = Math.min(reps, (told[0] / step + 1) * step);
        if (next > done) {
          break;
        }
        told[0] = next;
        progress.replicated(next, reps);
      }
    }
  }

  /** Runs body(0) … body(n − 1) on up to threads threads. */
  static void parallel(String what, int n, int threads, IntConsumer body) {
    AtomicInteger next = new AtomicInteger();
    Runnable work =
        () -> {
          for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            body.accept(i);
          }
        };
    onThreads(what, Math.max(1, Math.min(threads, n)), work, () -> next.set(n));
  }

  /**
   * The threads that help the caller's own: created when first needed, kept a minute when idle,
   * daemons (they never keep a program from ending). Creating threads for every run costs more than
   * a thousand replications of a weight analysis.
   */
  private static final ExecutorService HELPERS =
      Executors.newCachedThreadPool(
          task -> {
            Thread t = new Thread(task, "ddci-uncertainty");
            t.setDaemon(true);
            return t;
          });

  /**
   * Runs work on the calling thread and threads − 1 helpers, and waits for all of them; on a
   * failure, stops the others and, once they have stopped, throws the first failure seen.
   */
  private static void onThreads(String what, int threads, Runnable work, Runnable stop) {
    if (threads == 1) {
      work.run();
      return;
    }
    List<Future<?>> helpers = new ArrayList<>();
    for (int t = 1; t < threads; t++) {
      helpers.add(HELPERS.submit(work));
    }
    RuntimeException failure = null;
    try {
      work.run();
    } catch (RuntimeException e) {
      failure = e;
      stop.run();
    }
    for (Future<?> f : helpers) {
      try {
        Uninterruptibles.getUninterruptibly(f);
      } catch (ExecutionException e) {
        stop.run();
        if (failure == null) {
          Throwable cause = e.getCause();
          failure =
              cause instanceof RuntimeException
                  ? (RuntimeException) cause
                  : new IllegalStateException(what + " failed", cause);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** A worker of {@link #run}: its replicate, ranker and scratch arrays. */
  private static final class Ranked {
    final Replicate replicate;
    final Ranks ranker;
    final double[][] out;
    final double[] rank;
    final double[] competition;

    Ranked(Replicate replicate, Ranks ranker, int measures, int units) {
      this.replicate = replicate;
      this.ranker = ranker;
      this.out = new double[measures][units];
      this.rank = new double[units];
      this.competition = new double[units];
    }
  }

  static Uncertainty run(
      String what,
      Replications settings,
      RankingRule rule,
      List<String> measures,
      List<String> units,
      List<String> unitNames,
      double[][] nominal,
      Supplier<Replicate> workers) {
    int m = measures.size();
    int u = units.size();
    int reps = settings.count();
    double[][][] scores = new double[m][u][reps];
    double[][][] ranks = new double[m][u][reps];
    boolean[][][] above = new boolean[m][u][reps];
    int[] byName = Ranks.nameOrder(unitNames);
    replicate(
        what,
        settings,
        () -> new Ranked(workers.get(), new Ranks(rule, byName), m, u),
        (w, r, random) -> {
          w.replicate.run(r, random, w.out);
          for (int k = 0; k < m; k++) {
            int n = w.ranker.rank(w.out[k], w.rank, w.competition);
            for (int i = 0; i < u; i++) {
              scores[k][i][r] = w.out[k][i];
              ranks[k][i][r] = w.rank[i];
              above[k][i][r] = 2 * w.competition[i] < n + 1;
            }
          }
        });
    Ranks nominalRanker = new Ranks(rule, byName);
    double[][] nominalRank = new double[m][u];
    for (int k = 0; k < m; k++) {
      nominalRanker.rank(nominal[k], nominalRank[k], new double[u]);
    }
    Distribution[] distributions = new Distribution[m * u];
    parallel(
        what,
        m * u,
        settings.threads(),
        c -> {
          int k = c / u;
          int i = c % u;
          distributions[c] =
              distribution(
                  units.get(i),
                  measures.get(k),
                  nominal[k][i],
                  nominalRank[k][i],
                  scores[k][i],
                  ranks[k][i],
                  above[k][i]);
        });
    return new Uncertainty(what, settings, rule, measures, units, Arrays.asList(distributions));
  }

  /** One unit's measure: the replications that scored it, and how many ranked above the median. */
  private static Distribution distribution(
      String unit,
      String measure,
      double nominalScore,
      double nominalRank,
      double[] scores,
      double[] ranks,
      boolean[] above) {
    int kept = 0;
    int aboveCount = 0;
    for (int r = 0; r < scores.length; r++) {
      kept += Double.isNaN(scores[r]) ? 0 : 1;
      aboveCount += above[r] ? 1 : 0;
    }
    double[] s = new double[kept];
    double[] q = new double[kept];
    int j = 0;
    for (int r = 0; r < scores.length; r++) {
      if (!Double.isNaN(scores[r])) {
        s[j] = scores[r];
        q[j++] = ranks[r];
      }
    }
    return new Distribution(
        unit, measure, nominalScore, nominalRank, scores.length, s, q, aboveCount);
  }
}
