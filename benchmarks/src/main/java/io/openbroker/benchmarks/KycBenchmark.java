package io.openbroker.benchmarks;

import io.openbroker.core.Effects;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import io.openbroker.core.evidence.EvidenceLog;
import io.openbroker.core.evidence.EvidenceRecord;
import io.openbroker.core.evidence.EvidenceStore;
import io.openbroker.core.store.StoreLocation;
import io.openbroker.kyc.AccountNumbers;
import io.openbroker.kyc.ApplicationId;
import io.openbroker.kyc.ApplicationState;
import io.openbroker.kyc.ApplicationStore;
import io.openbroker.kyc.BrokerPolicy;
import io.openbroker.kyc.Channel;
import io.openbroker.kyc.JdbcApplicationStore;
import io.openbroker.kyc.OnboardingApplication;
import io.openbroker.kyc.OnboardingService;
import io.openbroker.kyc.OpeningMethod;
import io.openbroker.kyc.Step;
import io.openbroker.kyc.StepKind;
import io.openbroker.kyc.StepOutcome;
import io.openbroker.kyc.scenario.Scenario;
import io.openbroker.kyc.scenario.Scenarios;
import io.openbroker.kyc.sim.SimulationScript;
import io.openbroker.kyc.sim.Simulations;
import io.openbroker.kyc.spi.Integrations;
import io.openbroker.kyc.spi.LivenessChallenge;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Onboarding applications per second, each taken through the full happy path of its method
 * (registration to ACTIVE: 13–14 steps, every rule judged, every step appended to the SM3 evidence
 * chain with an SM2-signed checkpoint every 10,000 records), on simulated integrations. One
 * service, evidence chain and store per benchmark thread (a broker would shard chains the same
 * way). {@code store=memory} keeps applications as objects; {@code store=h2} writes them to an
 * in-memory H2 database through {@link JdbcApplicationStore} (the registration whole, then one
 * change row per step).
 *
 * <p>Finished applications are removed and the evidence store keeps only its tail, so that memory
 * stays flat over long runs. The CSDC issuer and notifier are stateless stand-ins for the same
 * reason; the rest are the library's simulations.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar KycBenchmark -t 2 -p store=memory
 * </pre>
 */
@State(Scope.Thread)
public class KycBenchmark {

  @Param({"memory", "h2"})
  public String store;

  private OnboardingService service;
  private ForgettingStore applications;
  private final Map<OpeningMethod, List<Step>> paths = new java.util.EnumMap<>(OpeningMethod.class);
  private long next;

  @Setup(Level.Trial)
  public void setUp() throws java.sql.SQLException {
    Clock clock = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), Effects.CHINA);
    Effects effects = Effects.deterministic(Thread.currentThread().getId(), clock);
    AsymmetricKeyPair key = AsymmetricKeyPair.generateSm2(effects.random());
    EvidenceLog evidence =
        EvidenceLog.builder(new TailEvidenceStore(), key.privateKey().signer(effects.random()))
            .clock(clock)
            .checkpointEvery(10_000)
            .build();
    ApplicationStore backing =
        store.equals("h2")
            ? JdbcApplicationStore.open(
                new KeptConnection(
                    StoreLocation.h2Memory("kyc-bench-" + System.identityHashCode(this))
                        .dataSource()))
            : new MapStore();
    applications = new ForgettingStore(backing);
    Integrations sims = Simulations.integrations(SimulationScript.defaults(), effects);
    Integrations integrations =
        new Integrations(
            sims.identity(),
            sims.screener(),
            sims.liveness(),
            sims.faceMatch(),
            sims.video(),
            sims.staff(),
            sims.callback(),
            (application, applicant, accounts) -> true,
            (application, document, mark) ->
                new AccountNumbers(
                    "180000000001", Map.of(AccountNumbers.Market.SH, "A000000001"), mark));
    service =
        OnboardingService.builder(integrations, evidence)
            .effects(effects)
            .store(applications)
            .policy(BrokerPolicy.defaults())
            .build();
    for (OpeningMethod method : OpeningMethod.values()) {
      paths.put(method, path(method));
    }
  }

  @Benchmark
  public ApplicationState oneWayVideo() {
    return walk(OpeningMethod.ONE_WAY_VIDEO);
  }

  @Benchmark
  public ApplicationState twoWayVideo() {
    return walk(OpeningMethod.TWO_WAY_VIDEO);
  }

  @Benchmark
  public ApplicationState witness() {
    return walk(OpeningMethod.WITNESS);
  }

  private ApplicationState walk(OpeningMethod method) {
    ApplicationId id = new ApplicationId("B" + (next++));
    StepOutcome last = null;
    for (Step step : paths.get(method)) {
      if (step == null) {
        LivenessChallenge c = service.livenessChallenge(id);
        step = new Step.PassLiveness("live", c.challengeId(), c.instructions(), PHOTO);
      }
      last = service.apply(id, step);
    }
    if (last.application().state() != ApplicationState.ACTIVE) {
      throw new IllegalStateException("not active: " + last);
    }
    applications.forget(id);
    return last.application().state();
  }

  private static final io.openbroker.kyc.MediaDigest PHOTO =
      io.openbroker.kyc.MediaDigest.of("photo".getBytes(StandardCharsets.UTF_8));

  /** The method's good steps, built once (steps are values); null stands for liveness. */
  private static List<Step> path(OpeningMethod method) {
    Scenario s =
        Scenarios.parse(
            ("{\"name\":\"bench\",\"method\":\"" + method + "\",\"steps\":[]}")
                .getBytes(StandardCharsets.UTF_8));
    List<Step> steps = new ArrayList<>();
    steps.add(
        new Step.Register(
            "reg", method, s.applicant(), method.online() ? Channel.OWN_APP : Channel.ON_SITE));
    OnboardingApplication sample =
        new OnboardingApplication(
            ApplicationId.of("x"),
            1,
            method,
            BrokerPolicy.defaults().callbackOrder(),
            s.applicant(),
            Channel.OWN_APP,
            ApplicationState.REGISTERED,
            s.today(),
            List.of(),
            Map.of(),
            List.of());
    for (StepKind kind : OnboardingService.mandatorySteps(sample)) {
      steps.add(kind == StepKind.LIVENESS ? null : BenchSteps.of(kind, method));
    }
    return steps;
  }

  /** Keeps applications until they are forgotten. */
  static final class ForgettingStore implements ApplicationStore {
    private final ApplicationStore delegate;

    ForgettingStore(ApplicationStore delegate) {
      this.delegate = delegate;
    }

    void forget(ApplicationId id) {
      if (delegate instanceof MapStore map) {
        map.map.remove(id);
      }
    }

    @Override
    public Optional<OnboardingApplication> find(ApplicationId id) {
      return delegate.find(id);
    }

    @Override
    public void insert(OnboardingApplication application) {
      delegate.insert(application);
    }

    @Override
    public void update(OnboardingApplication next) {
      delegate.update(next);
    }
  }

  /** The in-memory store's semantics (insert once, compare-and-set on version) over a map. */
  static final class MapStore implements ApplicationStore {
    final Map<ApplicationId, OnboardingApplication> map = new ConcurrentHashMap<>();

    @Override
    public Optional<OnboardingApplication> find(ApplicationId id) {
      return Optional.ofNullable(map.get(id));
    }

    @Override
    public void insert(OnboardingApplication application) {
      if (map.putIfAbsent(application.id(), application) != null) {
        throw new IllegalStateException("exists");
      }
    }

    @Override
    public void update(OnboardingApplication next) {
      map.compute(
          next.id(),
          (id, cur) -> {
            if (cur == null || cur.version() != next.version() - 1) {
              throw new IllegalStateException("conflict");
            }
            return next;
          });
    }
  }

  /** An evidence store that keeps the head and a short tail (enough for the log to resume). */
  static final class TailEvidenceStore implements EvidenceStore {
    private final java.util.ArrayDeque<EvidenceRecord> tail = new java.util.ArrayDeque<>();

    @Override
    public synchronized void append(EvidenceRecord record) {
      tail.addLast(record);
      if (tail.size() > 2_000) {
        tail.removeFirst();
      }
    }

    @Override
    public synchronized List<EvidenceRecord> read(long fromPosition, int max) {
      return List.of();
    }

    @Override
    public synchronized Optional<EvidenceRecord> head() {
      return Optional.ofNullable(tail.peekLast());
    }
  }
}
