package io.openbroker.kyc;

import io.openbroker.core.Effects;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.evidence.EvidenceLog;
import io.openbroker.core.evidence.InMemoryEvidenceStore;
import io.openbroker.core.id.MobileNumber;
import io.openbroker.core.id.PersonName;
import io.openbroker.core.testing.AdjustableClock;
import io.openbroker.kyc.sim.SimulationScript;
import io.openbroker.kyc.sim.Simulations;
import io.openbroker.kyc.spi.CallbackChannel;
import io.openbroker.kyc.spi.IdCheckMeans;
import io.openbroker.kyc.spi.Integrations;
import io.openbroker.kyc.spi.LivenessChallenge;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A service on simulations, a fixed clock (2026-11-20 Beijing) and in-memory stores. */
final class KycFixture {

  static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  /** Born 1990-03-07: an adult. */
  static final String ADULT_ID = "11010519900307881X";

  private static final AsymmetricKeyPair KEY =
      AsymmetricKeyPair.generateSm2(Effects.deterministic(1, AdjustableClock.at(NOW)).random());
  private static final MessageSigner SIGNER =
      KEY.privateKey().signer(Effects.deterministic(2, AdjustableClock.at(NOW)).random());

  static io.openbroker.core.crypto.MessageVerifier verifier() {
    return KEY.publicKey().verifier();
  }

  final AdjustableClock clock = AdjustableClock.at(NOW);
  final Effects effects;
  final Integrations integrations;
  final InMemoryEvidenceStore evidenceStore = new InMemoryEvidenceStore();
  final EvidenceLog evidence;
  final ApplicationStore store;
  final OnboardingService service;
  private int events;

  KycFixture() {
    this(SimulationScript.defaults(), BrokerPolicy.defaults(), new InMemoryApplicationStore());
  }

  KycFixture(SimulationScript script) {
    this(script, BrokerPolicy.defaults(), new InMemoryApplicationStore());
  }

  KycFixture(SimulationScript script, BrokerPolicy policy, ApplicationStore store) {
    this.effects = Effects.deterministic(7, clock.withZone(Effects.CHINA));
    this.integrations = Simulations.integrations(script, effects);
    this.evidence =
        EvidenceLog.builder(evidenceStore, SIGNER).clock(clock).checkpointEvery(16).build();
    this.store = store;
    this.service =
        OnboardingService.builder(integrations, evidence)
            .effects(effects)
            .store(store)
            .policy(policy)
            .build();
  }

  static Applicant person() {
    return new Applicant.NaturalPerson(PersonName.parse("张三"), MobileNumber.parse("13800138000"));
  }

  static Map<MediaKind, MediaDigest> media(MediaKind... kinds) {
    Map<MediaKind, MediaDigest> media = new java.util.EnumMap<>(MediaKind.class);
    for (MediaKind kind : kinds) {
      media.put(kind, MediaDigest.of(kind.name().getBytes(StandardCharsets.UTF_8)));
    }
    return media;
  }

  static IdDocument adultId() {
    return IdDocument.residentId(ADULT_ID, LocalDate.of(2035, 1, 1));
  }

  String event() {
    return "e" + (++events);
  }

  StepOutcome apply(ApplicationId id, Step step) {
    return service.apply(id, step);
  }

  /** The happy path of {@code method} for a natural person, from registration to ACTIVE. */
  List<StepOutcome> walk(ApplicationId id, OpeningMethod method) {
    List<StepOutcome> outcomes = new ArrayList<>();
    Channel channel = method.online() ? Channel.OWN_APP : Channel.ON_SITE;
    outcomes.add(apply(id, new Step.Register(event(), method, person(), channel)));
    for (StepKind kind : OnboardingService.mandatorySteps(outcomes.get(0).application())) {
      outcomes.add(apply(id, goodStep(id, kind, method)));
    }
    return outcomes;
  }

  /** A step of {@code kind} that passes every rule under default simulations. */
  Step goodStep(ApplicationId id, StepKind kind, OpeningMethod method) {
    String e = event();
    return switch (kind) {
      case CAPTURE_ID ->
          new Step.CaptureId(e, adultId(), media(MediaKind.ID_FRONT, MediaKind.ID_BACK));
      case VERIFY_IDENTITY -> new Step.VerifyIdentity(e, IdCheckMeans.MPS);
      case LIVENESS -> {
        LivenessChallenge c = service.livenessChallenge(id);
        yield new Step.PassLiveness(
            e,
            c.challengeId(),
            c.instructions(),
            media(MediaKind.HEAD_PHOTO).get(MediaKind.HEAD_PHOTO));
      }
      case FACE_MATCH -> new Step.MatchFace(e);
      case VIDEO_WITNESS ->
          new Step.WitnessByVideo(
              e,
              new StaffId("W1"),
              true,
              true,
              media(MediaKind.WITNESS_VIDEO).get(MediaKind.WITNESS_VIDEO));
      case IN_PERSON_WITNESS ->
          new Step.WitnessInPerson(
              e,
              List.of(new StaffId("O1"), new StaffId("W1")),
              new StaffId("W1"),
              false,
              true,
              true,
              media(MediaKind.HEAD_PHOTO, MediaKind.KEY_STEP_VIDEO));
      case SUITABILITY ->
          new Step.AssessSuitability(e, "OB-2026-01", List.of(2, 2, 2, 2, 2, 2), false);
      case AGREEMENTS ->
          new Step.SignAgreements(e, List.of("ACCOUNT_AGREEMENT", "RISK_DISCLOSURE"));
      case INTENT -> new Step.RecordIntent(e, "live:intent-" + id);
      case SUBMIT -> new Step.SubmitForReview(e);
      case REVIEW ->
          new Step.Review(e, new StaffId("W2"), new StaffId("R1"), true, true, false, false);
      case OPEN_ACCOUNT -> new Step.OpenAccount(e);
      case CALLBACK -> new Step.Callback(e, CallbackChannel.TELEPHONE);
      case ACTIVATE -> new Step.Activate(e);
      case NOTIFY -> new Step.Notify(e);
      case CHANGE_INFO -> new Step.ChangeInformation(e, Set.of(InfoField.ADDRESS), method);
      case CLOSE -> new Step.CloseAccount(e, method);
      case ABANDON -> new Step.Abandon(e);
      case EXPIRE -> new Step.Expire(e);
      case REGISTER ->
          new Step.Register(
              e, method, person(), method.online() ? Channel.OWN_APP : Channel.ON_SITE);
    };
  }
}
