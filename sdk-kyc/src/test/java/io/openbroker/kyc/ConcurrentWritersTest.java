package io.openbroker.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.TransientException;
import io.openbroker.core.store.StoreLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Several writers racing on one application: the optimistic version check lets exactly one of them
 * apply each step; the others see a duplicate or a conflict to retry, never a lost update.
 */
class ConcurrentWritersTest {

  @Test
  void racingWritersApplyEachStepExactlyOnce() throws Exception {
    JdbcApplicationStore store =
        JdbcApplicationStore.open(StoreLocation.h2Memory("race").dataSource());
    KycFixture f =
        new KycFixture(
            io.openbroker.kyc.sim.SimulationScript.defaults(), BrokerPolicy.defaults(), store);
    ApplicationId id = ApplicationId.of("A-1");
    f.apply(
        id, new Step.Register("reg", OpeningMethod.WITNESS, KycFixture.person(), Channel.ON_SITE));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (StepKind kind : OnboardingService.mandatorySteps(store.find(id).orElseThrow())) {
        Step step = f.goodStep(id, kind, OpeningMethod.WITNESS);
        List<String> results = race(pool, () -> f.service.apply(id, step));
        assertThat(results).as(kind.name()).containsOnlyOnce("APPLIED");
        assertThat(results)
            .allMatch(r -> r.equals("APPLIED") || r.equals("DUPLICATE") || r.equals("CONFLICT"));
      }
    } finally {
      pool.shutdownNow();
    }
    OnboardingApplication done = store.find(id).orElseThrow();
    assertThat(done.state()).isEqualTo(ApplicationState.ACTIVE);
    assertThat(done.facts().stream().map(Fact::kind).toList())
        .isEqualTo(OnboardingService.mandatorySteps(done));
  }

  private static List<String> race(
      ExecutorService pool, java.util.concurrent.Callable<StepOutcome> work) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> futures = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  StepOutcome outcome = work.call();
                  return outcome.duplicate()
                      ? "DUPLICATE"
                      : outcome.applied() ? "APPLIED" : "REFUSED";
                } catch (TransientException e) {
                  return e.getMessage().contains("VERSION_CONFLICT")
                          || e.getMessage().contains("STORE_CONFLICT")
                      ? "CONFLICT"
                      : e.getMessage();
                }
              }));
    }
    start.countDown();
    List<String> results = new ArrayList<>();
    for (Future<String> future : futures) {
      results.add(future.get(30, TimeUnit.SECONDS));
    }
    return results;
  }
}
