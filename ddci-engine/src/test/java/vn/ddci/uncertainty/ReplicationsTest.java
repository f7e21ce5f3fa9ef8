package vn.ddci.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.ddci.DdciValidationException;
import vn.ddci.engine.Build;
import vn.ddci.framework.Precision;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;

/** How replications are run: counts, threads, seeds, progress and cancellation. */
class ReplicationsTest {
  private static final RankingRule RULE = RankingRule.of(TiePolicy.COMPETITION, Precision.FULL);
  private static final WeightNoise NOISE = WeightNoise.uniform(0.3).atLevels(1, 2);
  private static final Build BUILD = SmallIndex.build();

  private static Uncertainty run(Replications replications) {
    return WeightUncertainty.of(BUILD, NOISE, replications, RULE);
  }

  /** Every (done, total) call, in order. */
  private static final class Calls implements Progress {
    final List<int[]> calls = new ArrayList<>();

    @Override
    public void replicated(int done, int total) {
      calls.add(new int[] {done, total});
    }

    int[] last() {
      return calls.get(calls.size() - 1);
    }
  }

  // ---------------------------------------------------------------- settings

  @Test
  void zeroOrNegativeReplications_areRefusedNamingTheCount() {
    assertThatThrownBy(() -> Replications.of(0))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("0 replications");
    assertThatThrownBy(() -> Replications.of(-1))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("-1 replications");
    assertThatThrownBy(() -> Replications.of(Replications.MAX + 1))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining((Replications.MAX + 1) + " replications");
  }

  @Test
  void oneAndTheMaximum_areAccepted() {
    assertThat(Replications.of(1).count()).isEqualTo(1);
    assertThat(Replications.of(Replications.MAX).count()).isEqualTo(Replications.MAX);
  }

  @Test
  void zeroThreads_areRefusedNamingTheCount() {
    assertThatThrownBy(() -> Replications.of(10).withThreads(0))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("0 threads");
    assertThatThrownBy(() -> Replications.of(10).withThreads(-3))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("-3 threads");
  }

  @Test
  void defaults_areTheDefaultSeedAndEveryProcessor_andWithersChangeOneThing() {
    Replications r = Replications.of(50);

    assertThat(r.seed()).isEqualTo(Replications.DEFAULT_SEED);
    assertThat(r.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    Replications s = r.withSeed(7).withThreads(3);
    assertThat(s.count()).isEqualTo(50);
    assertThat(s.seed()).isEqualTo(7);
    assertThat(s.threads()).isEqualTo(3);
    assertThat(r.seed()).isEqualTo(Replications.DEFAULT_SEED); // immutable
    assertThat(s).hasToString("Replications[50, seed 7, 3 threads]");
  }

  @Test
  void nullListeners_areRefused() {
    assertThatThrownBy(() -> Replications.of(3).withProgress(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Replications.of(3).withCancellation(null))
        .isInstanceOf(NullPointerException.class);
  }

  // ---------------------------------------------------------------- seeds

  @Test
  void theSeed_decidesTheNumbers() {
    Uncertainty a = run(Replications.of(40).withSeed(5).withThreads(1));
    Uncertainty b = run(Replications.of(40).withSeed(5).withThreads(3));
    Uncertainty c = run(Replications.of(40).withSeed(6).withThreads(1));

    assertThat(a.seed()).isEqualTo(5);
    assertThat(a.replications()).isEqualTo(40);
    double[] sa = a.distribution("Index", "u3").scores();
    assertThat(b.distribution("Index", "u3").scores()).containsExactly(sa);
    assertThat(c.distribution("Index", "u3").scores()).isNotEqualTo(sa);
  }

  // ---------------------------------------------------------------- progress

  @Test
  void progress_onOneThread_rises_toTotalOverTotal() {
    Calls calls = new Calls();
    run(Replications.of(250).withThreads(1).withProgress(calls));

    assertThat(calls.calls).hasSizeBetween(100, 250);
    int previous = 0;
    for (int[] c : calls.calls) {
      assertThat(c[0]).isGreaterThan(previous).isLessThanOrEqualTo(250);
      assertThat(c[1]).isEqualTo(250);
      previous = c[0];
    }
    assertThat(calls.last()).containsExactly(250, 250);
  }

  @Test
  void progress_ofAFewReplications_isToldOfEachOne() {
    Calls calls = new Calls();
    run(Replications.of(7).withThreads(1).withProgress(calls));

    assertThat(calls.calls)
        .extracting(c -> c[0] + "/" + c[1])
        .containsExactly("1/7", "2/7", "3/7", "4/7", "5/7", "6/7", "7/7");
  }

  @Test
  void progress_onSeveralThreads_isToldOfEveryHundredth_oneCallAtATime() {
    for (int attempt = 0; attempt < 5; attempt++) {
      Calls calls = new Calls();
      AtomicInteger inside = new AtomicInteger();
      List<Integer> overlaps = new ArrayList<>();
      Progress checked =
          (done, total) -> {
            if (inside.incrementAndGet() > 1) {
              overlaps.add(done);
            }
            calls.replicated(done, total);
            inside.decrementAndGet();
          };
      run(Replications.of(1000).withThreads(4).withProgress(checked));

      assertThat(overlaps).isEmpty();
      assertThat(calls.calls).allMatch(c -> c[1] == 1000);
      assertThat(calls.calls)
          .extracting(c -> c[0])
          .containsExactlyInAnyOrderElementsOf(
              IntStream.rangeClosed(1, 100).map(i -> 10 * i).boxed().toList());
    }
  }

  @Test
  void progress_onSeveralThreads_risesAndEndsAtTotalOverTotal() {
    for (int attempt = 0; attempt < 10; attempt++) {
      Calls calls = new Calls();
      Progress slow =
          (done, total) -> {
            calls.replicated(done, total);
            try {
              Thread.sleep(1);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          };
      run(Replications.of(2000).withThreads(8).withProgress(slow));

      int previous = 0;
      for (int[] c : calls.calls) {
        assertThat(c[0]).as("attempt %s", attempt).isGreaterThan(previous);
        previous = c[0];
      }
      assertThat(calls.last()).as("attempt %s", attempt).containsExactly(2000, 2000);
    }
  }

  @Test
  void aProgressListenerThatThrows_endsTheRunWithItsException() {
    RuntimeException stop = new IllegalStateException("listener failed");
    for (int threads : new int[] {1, 3}) {
      assertThatThrownBy(
              () ->
                  run(
                      Replications.of(50)
                          .withThreads(threads)
                          .withProgress(
                              (done, total) -> {
                                if (done >= 10) {
                                  throw stop;
                                }
                              })))
          .as("%s threads", threads)
          .isSameAs(stop);
    }
  }

  // ---------------------------------------------------------------- cancellation

  @Test
  void cancellation_onOneThread_endsTheRunSayingHowManyWereDone() {
    AtomicInteger done = new AtomicInteger();
    Replications r =
        Replications.of(100)
            .withThreads(1)
            .withProgress((d, total) -> done.set(d))
            .withCancellation(() -> done.get() >= 30);

    assertThatThrownBy(() -> run(r))
        .isInstanceOf(CancellationException.class)
        .hasMessageContaining(NOISE.toString())
        .hasMessageContaining("cancelled after 30 of 100 replications");
    assertThat(done.get()).isEqualTo(30);
  }

  @Test
  void cancellation_onSeveralThreads_endsTheRunSayingHowManyWereDone() {
    AtomicInteger done = new AtomicInteger();
    Replications r =
        Replications.of(1000)
            .withThreads(4)
            .withProgress((d, total) -> done.set(Math.max(done.get(), d)))
            .withCancellation(() -> done.get() >= 200);

    assertThatThrownBy(() -> run(r))
        .isInstanceOf(CancellationException.class)
        .hasMessageMatching(".*cancelled after \\d+ of 1000 replications");
    assertThat(done.get()).isBetween(200, 999);
  }

  @Test
  void aFlagTrueFromTheStart_cancelsBeforeAnyReplication() {
    Calls calls = new Calls();
    assertThatThrownBy(
            () ->
                run(
                    Replications.of(20)
                        .withThreads(1)
                        .withProgress(calls)
                        .withCancellation(() -> true)))
        .isInstanceOf(CancellationException.class)
        .hasMessageContaining("cancelled after 0 of 20 replications");
    assertThat(calls.calls).isEmpty();
  }

  // ---------------------------------------------------------------- the result

  @Test
  void theResult_hasTheAggregatesRootFirst_andRefusesWhatItLacksNamingIt() {
    Uncertainty u = run(Replications.of(10).withThreads(1));

    assertThat(u.measures()).containsExactly("Index", "Q", "P");
    assertThat(u.units()).containsExactly("u1", "u2", "u3", "u4", "u5", "u6");
    assertThat(u.distributions("P")).hasSize(6).allMatch(d -> d.replications() == 10);
    assertThat(u.rankingRule()).isEqualTo(RULE);
    assertThat(u.what()).isEqualTo(NOISE.toString());
    assertThatThrownBy(() -> u.distribution("a", "u1"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("measure a");
    assertThatThrownBy(() -> u.distribution("P", "u9"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("unit u9");
    assertThatThrownBy(() -> u.distributions("R"))
        .isInstanceOf(DdciValidationException.class)
        .hasMessageContaining("no measure R");
  }
}
