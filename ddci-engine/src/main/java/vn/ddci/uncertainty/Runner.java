package vn.ddci.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import vn.ddci.framework.RankingRule;

/**
 * Runs replications on worker threads, deterministically: replication i draws from stream i, split
 * in order from the seed before the run, and writes its own slots, so the thread count changes
 * nothing. Each replication's scores are ranked at once and kept as the statistics need them.
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
    SplittableRandom root = new SplittableRandom(settings.seed());
    SplittableRandom[] streams = new SplittableRandom[reps];
    for (int r = 0; r < reps; r++) {
      streams[r] = root.split();
    }
    int[] byName = Ranks.nameOrder(unitNames);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    int step = Math.max(1, reps / 100);
    Runnable work =
        () -> {
          Replicate replicate = workers.get();
          Ranks ranker = new Ranks(rule, byName);
          double[][] out = new double[m][u];
          double[] rank = new double[u];
          double[] competition = new double[u];
          for (int r = next.getAndIncrement(); r < reps; r = next.getAndIncrement()) {
            if (settings.cancelled().getAsBoolean()) {
              throw new CancellationException(
                  what + " cancelled after " + done.get() + " of " + reps + " replications");
            }
            replicate.run(r, streams[r], out);
            for (int k = 0; k < m; k++) {
              int n = ranker.rank(out[k], rank, competition);
              for (int i = 0; i < u; i++) {
                scores[k][i][r] = out[k][i];
                ranks[k][i][r] = rank[i];
                above[k][i][r] = 2 * competition[i] < n + 1;
              }
            }
            synchronized (done) { // counted and told under one lock: progress never goes back
              int d = done.incrementAndGet();
              if (d % step == 0 || d == reps) {
                settings.progress().replicated(d, reps);
              }
            }
          }
        };
    Ranks nominalRanker = new Ranks(rule, byName);
    double[][] nominalRank = new double[m][u];
    for (int k = 0; k < m; k++) {
      nominalRanker.rank(nominal[k], nominalRank[k], new double[u]);
    }
    Distribution[] distributions = new Distribution[m * u];
    AtomicInteger nextCell = new AtomicInteger();
    Runnable summarise =
        () -> {
          for (int c = nextCell.getAndIncrement(); c < m * u; c = nextCell.getAndIncrement()) {
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
          }
        };
    int threads = Math.min(settings.threads(), reps);
    if (threads == 1) {
      work.run();
      summarise.run();
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        runAll(pool, threads, work);
        runAll(pool, threads, summarise);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException(what + " interrupted");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        throw new IllegalStateException(cause);
      } finally {
        next.set(reps);
        pool.shutdownNow();
      }
    }
    return new Uncertainty(
        what, settings, rule, measures, units, java.util.Arrays.asList(distributions));
  }

  private static void runAll(ExecutorService pool, int threads, Runnable task)
      throws InterruptedException, ExecutionException {
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(task));
    }
    for (Future<?> f : futures) {
      f.get();
    }
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
