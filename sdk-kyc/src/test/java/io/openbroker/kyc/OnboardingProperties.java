package io.openbroker.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.kyc.internal.flow.MethodPath;
import io.openbroker.kyc.sim.SimulationScript;
import io.openbroker.kyc.spi.CallbackChannel;
import io.openbroker.kyc.spi.IdCheckMeans;
import io.openbroker.kyc.spi.IdentityVerdict;
import io.openbroker.kyc.spi.LivenessChallenge;
import io.openbroker.kyc.spi.ScreeningOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * For random sequences of good and bad steps under random integration answers, the machine never
 * reaches ACTIVE unless every mandatory step of its method happened, in order, each approved by
 * every rule; and a final state is never left.
 */
class OnboardingProperties {

  record Journey(OpeningMethod method, CallbackOrder order, long worldSeed, List<Long> moves) {}

  @Provide
  Arbitrary<Journey> journeys() {
    return Combinators.combine(
            Arbitraries.of(OpeningMethod.class),
            Arbitraries.of(CallbackOrder.class),
            Arbitraries.longs(),
            Arbitraries.longs().list().ofMinSize(5).ofMaxSize(60))
        .as(Journey::new);
  }

  @Property(tries = 150)
  void activeOnlyAfterEveryMandatoryStepInOrderWithEveryRulePassed(@ForAll("journeys") Journey j) {
    Random world = new Random(j.worldSeed());
    SimulationScript script =
        SimulationScript.defaults()
            .withIdentity(
                world.nextInt(12) == 0 ? IdentityVerdict.MISMATCH : IdentityVerdict.VERIFIED)
            .withScreening(
                ScreeningOutcome.values()[world.nextInt(12) == 0 ? 1 + world.nextInt(2) : 0])
            .withFaceScore(world.nextInt(12) == 0 ? world.nextDouble() : 0.95)
            .withCallbackSucceeds(world.nextInt(12) != 0)
            .withNotifierDelivers(world.nextInt(12) != 0);
    KycFixture f =
        new KycFixture(
            script,
            BrokerPolicy.defaults().withCallbackOrder(j.order()),
            new InMemoryApplicationStore());
    ApplicationId id = ApplicationId.of("P-1");
    List<StepOutcome> outcomes = new ArrayList<>();
    outcomes.add(
        f.apply(
            id,
            new Step.Register(
                "reg",
                j.method(),
                KycFixture.person(),
                j.method().online() ? Channel.OWN_APP : Channel.ON_SITE)));
    boolean wasFinal = false;
    for (long move : j.moves()) {
      Random r = new Random(move);
      OnboardingApplication before = f.service.find(id).orElseThrow();
      StepOutcome outcome = f.apply(id, step(f, id, j.method(), before, r));
      outcomes.add(outcome);
      if (wasFinal) {
        assertThat(outcome.application().state()).isEqualTo(before.state());
      }
      wasFinal = outcome.application().state().isFinal();
    }

    OnboardingApplication end = f.service.find(id).orElseThrow();
    // The property must not hold vacuously: some journeys do reach ACTIVE.
    Statistics.label("reached ACTIVE").collect(end.state() == ApplicationState.ACTIVE);
    Statistics.label("reached ACTIVE").coverage(c -> c.check(true).count(n -> n > 0));
    if (end.state() == ApplicationState.ACTIVE) {
      List<StepKind> path = MethodPath.steps(j.method(), j.order());
      List<StepKind> pathFacts =
          end.facts().stream().map(Fact::kind).filter(path::contains).toList();
      assertThat(pathFacts).isEqualTo(path);
      assertThat(end.appliedEvents())
          .hasSize(outcomes.stream().filter(o -> o.applied() && !o.duplicate()).toList().size());
      assertThat(end.fact(Fact.CallbackDone.class)).isPresent();
      assertThat(end.notified()).isTrue();
      assertThat(end.accounts().orElseThrow().mark()).isEqualTo(j.method());
    }
  }

  /** Mostly the due step (good or spoiled), sometimes any step at all. */
  private static Step step(
      KycFixture f, ApplicationId id, OpeningMethod method, OnboardingApplication app, Random r) {
    StepKind due = MethodPath.next(app);
    StepKind kind =
        due != null && r.nextInt(4) != 0
            ? due
            : StepKind.values()[1 + r.nextInt(StepKind.values().length - 1)];
    if ((kind == StepKind.ABANDON || kind == StepKind.EXPIRE) && r.nextInt(8) != 0) {
      kind = due == null ? StepKind.NOTIFY : due; // ending the journey early stays possible, rarer
    }
    if (r.nextInt(5) != 0) {
      return f.goodStep(id, kind, method);
    }
    return spoiled(f, id, kind, method, r);
  }

  private static Step spoiled(
      KycFixture f, ApplicationId id, StepKind kind, OpeningMethod method, Random r) {
    String e = f.event();
    StaffId anyone =
        new StaffId(List.of("W1", "W2", "R1", "O1", "M1", "U1", "C1", "X9").get(r.nextInt(8)));
    return switch (kind) {
      case CAPTURE_ID ->
          new Step.CaptureId(
              e,
              r.nextBoolean()
                  ? IdDocument.residentId("11010520081121001X", java.time.LocalDate.of(2040, 1, 1))
                  : IdDocument.residentId(KycFixture.ADULT_ID, KycFixture.TODAY.minusDays(1)),
              KycFixture.media(MediaKind.ID_FRONT));
      case VERIFY_IDENTITY ->
          new Step.VerifyIdentity(
              e, IdCheckMeans.values()[r.nextInt(IdCheckMeans.values().length)]);
      case LIVENESS -> {
        LivenessChallenge c = f.service.livenessChallenge(id);
        yield new Step.PassLiveness(
            e,
            r.nextBoolean() ? "stale" : c.challengeId(),
            List.of("NOD"),
            KycFixture.media(MediaKind.HEAD_PHOTO).get(MediaKind.HEAD_PHOTO));
      }
      case VIDEO_WITNESS ->
          new Step.WitnessByVideo(
              e,
              anyone,
              r.nextBoolean(),
              r.nextBoolean(),
              KycFixture.media(MediaKind.WITNESS_VIDEO).get(MediaKind.WITNESS_VIDEO));
      case IN_PERSON_WITNESS ->
          new Step.WitnessInPerson(
              e,
              List.of(anyone),
              anyone,
              r.nextBoolean(),
              r.nextBoolean(),
              r.nextBoolean(),
              KycFixture.media(MediaKind.HEAD_PHOTO));
      case SUITABILITY ->
          new Step.AssessSuitability(e, "OB-2025-01", List.of(1, 1, 1, 1, 1, 1), false);
      case AGREEMENTS -> new Step.SignAgreements(e, List.of("ACCOUNT_AGREEMENT"));
      case INTENT -> new Step.RecordIntent(e, r.nextBoolean() ? "upload:file.mp4" : "missing");
      case REVIEW ->
          new Step.Review(
              e,
              anyone,
              anyone,
              r.nextBoolean(),
              r.nextBoolean(),
              r.nextBoolean(),
              r.nextBoolean());
      case CALLBACK -> new Step.Callback(e, CallbackChannel.VIDEO);
      case CHANGE_INFO -> new Step.ChangeInformation(e, Set.of(InfoField.NAME), method);
      case CLOSE -> new Step.CloseAccount(e, OpeningMethod.values()[r.nextInt(3)]);
      default -> f.goodStep(id, kind, method);
    };
  }
}
