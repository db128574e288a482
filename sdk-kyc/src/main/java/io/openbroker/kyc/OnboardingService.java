package io.openbroker.kyc;

import io.openbroker.core.Effects;
import io.openbroker.core.InvalidInputException;
import io.openbroker.core.evidence.EvidenceLog;
import io.openbroker.kyc.internal.flow.MethodPath;
import io.openbroker.kyc.internal.flow.StepEngine;
import io.openbroker.kyc.spi.Integrations;
import io.openbroker.kyc.spi.LivenessChallenge;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The onboarding state machine (SPEC §5): registers applications and applies their steps, judging
 * each by the {@link RuleBook}, asking the {@link Integrations}, appending to the evidence chain
 * and persisting the result with an optimistic version check. Thread-safe for different
 * applications; two writers of one application are told apart by the version check.
 *
 * <pre>{@code
 * OnboardingService service = OnboardingService.builder(integrations, evidenceLog)
 *     .effects(effects).store(new InMemoryApplicationStore()).build();
 * ApplicationId id = ApplicationId.of("A-1");
 * service.apply(id, new Step.Register("e-1", OpeningMethod.ONE_WAY_VIDEO, applicant,
 *     Channel.OWN_APP));
 * StepOutcome outcome = service.apply(id, new Step.CaptureId("e-2", document, images));
 * outcome.refusal().ifPresent(r -> log.info("refused by {}", r.deciding().ruleId()));
 * }</pre>
 */
public final class OnboardingService {

  private final ApplicationStore store;
  private final Integrations integrations;
  private final RuleBook rules;
  private final StepEngine engine;

  private OnboardingService(Builder b) {
    this.store = b.store;
    this.integrations = b.integrations;
    this.rules = b.rules;
    this.engine =
        new StepEngine(b.store, b.evidence, b.rules, b.policy, b.integrations, b.effects.clock());
  }

  /** A builder over {@code integrations}, appending evidence to {@code evidence}. */
  public static Builder builder(Integrations integrations, EvidenceLog evidence) {
    return new Builder(integrations, evidence);
  }

  /**
   * Applies {@code step} to application {@code id} ({@link Step.Register} creates it). A step whose
   * event id was already applied changes nothing and comes back as a duplicate.
   *
   * @throws InvalidInputException ({@code KYC_APPLICATION_NOT_FOUND}, {@code
   *     KYC_STEP_INPUT_INVALID}) for input to fix; nothing changed
   * @throws io.openbroker.core.TransientException ({@code KYC_APPLICATION_VERSION_CONFLICT}, {@code
   *     KYC_INTEGRATION_UNAVAILABLE}, {@code STORE_*}): retry the same step
   */
  public StepOutcome apply(ApplicationId id, Step step) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(step, "step");
    return engine.apply(id, step);
  }

  /** The application with {@code id}, as last stored. */
  public Optional<OnboardingApplication> find(ApplicationId id) {
    return store.find(id);
  }

  /**
   * The downloadable opening confirmation (开户确认单, Art. 9) of application {@code id}, once its
   * accounts are opened.
   */
  public Optional<AccountConfirmation> confirmation(ApplicationId id) {
    return store.find(id).flatMap(AccountConfirmation::of);
  }

  /** A fresh random liveness challenge for {@code id} (Art. 18(3)), to show to the investor. */
  public LivenessChallenge livenessChallenge(ApplicationId id) {
    return integrations.liveness().challenge(id);
  }

  /** The mandatory steps of {@code application}'s method and callback order, in order. */
  public static List<StepKind> mandatorySteps(OnboardingApplication application) {
    return MethodPath.steps(application.method(), application.callbackOrder());
  }

  /** The next mandatory step of {@code application}, if one is due. */
  public static Optional<StepKind> nextStep(OnboardingApplication application) {
    return Optional.ofNullable(MethodPath.next(application));
  }

  /** The rules this service judges by. */
  public RuleBook rules() {
    return rules;
  }

  /** Configures an {@link OnboardingService}. */
  public static final class Builder {
    private final Integrations integrations;
    private final EvidenceLog evidence;
    private Effects effects = Effects.system();
    private ApplicationStore store = new InMemoryApplicationStore();
    private RuleBook rules = RuleBook.csdc();
    private BrokerPolicy policy = BrokerPolicy.defaults();

    private Builder(Integrations integrations, EvidenceLog evidence) {
      this.integrations = Objects.requireNonNull(integrations, "integrations");
      this.evidence = Objects.requireNonNull(evidence, "evidence");
    }

    /** The clock (business dates) and other effects; tests pass deterministic ones. */
    public Builder effects(Effects effects) {
      this.effects = Objects.requireNonNull(effects, "effects");
      return this;
    }

    /** Where applications are kept (default: in memory). */
    public Builder store(ApplicationStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** The rules (default: {@link RuleBook#csdc()}). */
    public Builder rules(RuleBook rules) {
      this.rules = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /** The broker's settings (default: {@link BrokerPolicy#defaults()}). */
    public Builder policy(BrokerPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** The service. */
    public OnboardingService build() {
      return new OnboardingService(this);
    }
  }
}
