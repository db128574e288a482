package io.openbroker.kyc.internal.flow;

import io.openbroker.core.InvalidInputException;
import io.openbroker.core.evidence.EvidenceLog;
import io.openbroker.kyc.Applicant;
import io.openbroker.kyc.ApplicationId;
import io.openbroker.kyc.ApplicationState;
import io.openbroker.kyc.ApplicationStore;
import io.openbroker.kyc.BrokerPolicy;
import io.openbroker.kyc.KycErrorCode;
import io.openbroker.kyc.MediaDigest;
import io.openbroker.kyc.MediaKind;
import io.openbroker.kyc.Observation;
import io.openbroker.kyc.OnboardingApplication;
import io.openbroker.kyc.Refusal;
import io.openbroker.kyc.RuleBook;
import io.openbroker.kyc.RuleContext;
import io.openbroker.kyc.Step;
import io.openbroker.kyc.StepOutcome;
import io.openbroker.kyc.Verdict;
import io.openbroker.kyc.Violation;
import io.openbroker.kyc.spi.Integrations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one step: gate rules, integrations, rules, evidence, then the store. Evidence is appended
 * before the store is updated, so that a crash in between leaves evidence of a step that is then
 * simply applied again (the record names its event id), never an applied step without evidence.
 */
public final class StepEngine {

  private static final Logger LOG = LoggerFactory.getLogger(StepEngine.class);

  private static final Verdict APPROVE = new Verdict.Approve();

  private final ApplicationStore store;
  private final EvidenceLog evidence;
  private final RuleBook rules;
  private final BrokerPolicy policy;
  private final StepObserver observer;
  private final BusinessDate date;

  /** The rule book's fingerprint as the 4 bytes every record carries. */
  private final byte[] fingerprint;

  public StepEngine(
      ApplicationStore store,
      EvidenceLog evidence,
      RuleBook rules,
      BrokerPolicy policy,
      Integrations integrations,
      Clock clock) {
    this.store = store;
    this.evidence = evidence;
    this.rules = rules;
    this.policy = policy;
    this.observer = new StepObserver(integrations, policy);
    this.date = new BusinessDate(clock);
    this.fingerprint = java.util.HexFormat.of().parseHex(rules.fingerprint());
  }

  /** Registers a new application (or recognises a repeated registration). */
  public StepOutcome register(ApplicationId id, Step.Register step) {
    OnboardingApplication existing = store.find(id).orElse(null);
    if (existing != null) {
      if (existing.hasApplied(step.eventId())) {
        return new StepOutcome(existing, APPROVE, true);
      }
      throw new InvalidInputException(
          KycErrorCode.APPLICATION_EXISTS, "application " + id + " exists");
    }
    Map<MediaKind, MediaDigest> media =
        step.applicant() instanceof Applicant.Institution i ? i.documents() : Map.of();
    OnboardingApplication provisional =
        new OnboardingApplication(
            id,
            0,
            step.method(),
            policy.callbackOrder(),
            step.applicant(),
            step.channel(),
            ApplicationState.REGISTERED,
            today(),
            List.of(),
            media,
            List.of());
    return judge(provisional, step, new Observation.Nothing(), true);
  }

  /** Applies {@code step} to application {@code id}. */
  public StepOutcome apply(ApplicationId id, Step step) {
    if (step instanceof Step.Register register) {
      return register(id, register);
    }
    OnboardingApplication application =
        store
            .find(id)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        KycErrorCode.APPLICATION_NOT_FOUND, "no application " + id));
    if (application.hasApplied(step.eventId())) {
      return new StepOutcome(application, APPROVE, true);
    }
    Observation nothing = new Observation.Nothing();
    List<Violation> gates = rules.gates(context(application, step, nothing));
    if (!gates.isEmpty()) {
      return refuse(application, step, nothing, gates, false);
    }
    return judge(application, step, observer.observe(application, step), false);
  }

  private StepOutcome judge(
      OnboardingApplication application, Step step, Observation observation, boolean isNew) {
    List<Violation> broken = rules.rules(context(application, step, observation));
    if (!broken.isEmpty()) {
      return refuse(application, step, observation, broken, isNew);
    }
    OnboardingApplication next =
        isNew
            ? application.next(ApplicationState.REGISTERED, null, Map.of(), step.eventId())
            : Transition.apply(application, step, observation, policy.faceMatchThreshold());
    record(application, next, step, observation, APPROVE, List.of());
    save(next, isNew);
    return new StepOutcome(next, APPROVE, false);
  }

  private StepOutcome refuse(
      OnboardingApplication application,
      Step step,
      Observation observation,
      List<Violation> broken,
      boolean isNew) {
    Refusal refusal = new Refusal(broken);
    // Ids and rule ids only: the application's personal data never reaches the log.
    LOG.debug(
        "application {} step {} ({}) refused by {}",
        application.id(),
        step.kind(),
        step.eventId(),
        refusal.ruleIds());
    Verdict verdict;
    OnboardingApplication next;
    switch (refusal.deciding().consequence()) {
      case REJECT_APPLICATION -> {
        verdict = new Verdict.Reject(refusal, true);
        next = Transition.end(application, step, ApplicationState.REJECTED);
      }
      case REROUTE -> {
        verdict = new Verdict.Reroute(refusal, policy.rerouteAlternatives());
        next = Transition.end(application, step, ApplicationState.REROUTED);
      }
      default -> {
        verdict = new Verdict.Reject(refusal, false);
        next = application;
      }
    }
    record(application, next, step, observation, verdict, broken);
    if (next != application) {
      save(next, isNew);
    }
    return new StepOutcome(next, verdict, false);
  }

  private void record(
      OnboardingApplication before,
      OnboardingApplication after,
      Step step,
      Observation observation,
      Verdict verdict,
      List<Violation> broken) {
    RulesJudged judged =
        new RulesJudged(fingerprint, rules.ruleIds(before.method(), step.kind()).size());
    byte[] payload =
        EvidencePayload.of(
            before,
            after,
            step,
            observation,
            verdict,
            judged,
            broken,
            Transition.media(step, observation));
    evidence.append(EvidenceTypes.of(step.kind()), payload);
  }

  private void save(OnboardingApplication next, boolean isNew) {
    if (isNew) {
      store.insert(next);
    } else {
      store.update(next);
    }
  }

  private RuleContext context(OnboardingApplication application, Step step, Observation obs) {
    return new RuleContext(application, step, obs, policy, today());
  }

  private LocalDate today() {
    return date.today();
  }
}
