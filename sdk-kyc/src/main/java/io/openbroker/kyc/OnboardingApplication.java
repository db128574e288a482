package io.openbroker.kyc;

import io.openbroker.kyc.spi.ScreeningOutcome;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One investor's attempt to open an account: an immutable snapshot, persisted after every
 * transition with its {@code version} (optimistic concurrency). Each applied step adds its {@link
 * Fact} and its event id.
 *
 * @param id the application id
 * @param version 1 after registration, one more after each applied step
 * @param method the opening method, also the accounts' mark (Art. 26)
 * @param callbackOrder callback before or after opening (Art. 8)
 * @param applicant who applies
 * @param channel where the application came in (Art. 5)
 * @param state where it stands
 * @param appliedOn the business date of registration (age and expiry are judged on it)
 * @param facts what the applied steps established, in order
 * @param media SM3 digests of the photos, scans and videos kept (Art. 14, 15, 19)
 * @param appliedEvents the event ids already applied, in order
 */
public record OnboardingApplication(
    ApplicationId id,
    long version,
    OpeningMethod method,
    CallbackOrder callbackOrder,
    Applicant applicant,
    Channel channel,
    ApplicationState state,
    LocalDate appliedOn,
    List<Fact> facts,
    Map<MediaKind, MediaDigest> media,
    List<String> appliedEvents) {

  public OnboardingApplication {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(callbackOrder, "callbackOrder");
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(appliedOn, "appliedOn");
    facts = List.copyOf(facts);
    media = Map.copyOf(media);
    appliedEvents = List.copyOf(appliedEvents);
  }

  /** Whether the event {@code eventId} has already been applied. */
  public boolean hasApplied(String eventId) {
    return appliedEvents.contains(eventId);
  }

  /** The latest fact of {@code type}, if any. */
  public <T extends Fact> Optional<T> fact(Class<T> type) {
    for (int i = facts.size() - 1; i >= 0; i--) {
      if (type.isInstance(facts.get(i))) {
        return Optional.of(type.cast(facts.get(i)));
      }
    }
    return Optional.empty();
  }

  /** The captured identity document, if captured. */
  public Optional<IdDocument> document() {
    return fact(Fact.IdCaptured.class).map(Fact.IdCaptured::document);
  }

  /**
   * The suitability profile (C1–C5, professional or ordinary), if assessed: match products with
   * {@link io.openbroker.kyc.suitability.SuitabilityProfile#mayBuy}.
   */
  public Optional<io.openbroker.kyc.suitability.SuitabilityProfile> suitability() {
    return fact(Fact.SuitabilityAssessed.class).map(Fact.SuitabilityAssessed::profile);
  }

  /** The issued accounts, if opened. */
  public Optional<AccountNumbers> accounts() {
    return fact(Fact.AccountOpened.class).map(Fact.AccountOpened::accounts);
  }

  /** Whether AML screening found a possible match that a person must clear before approval. */
  public boolean needsManualReview() {
    return fact(Fact.IdentityVerified.class)
        .map(f -> f.screening() == ScreeningOutcome.POTENTIAL_MATCH)
        .orElse(false);
  }

  /** Whether the investor has been told the account numbers (Art. 9). */
  public boolean notified() {
    return fact(Fact.AccountOpened.class).map(Fact.AccountOpened::notified).orElse(false)
        || fact(Fact.Notified.class).map(Fact.Notified::delivered).orElse(false);
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> appended(List<T> list, T last) {
    Object[] all = list.toArray(new Object[list.size() + 1]);
    all[list.size()] = last;
    return (List<T>) List.of(all);
  }

  /**
   * The next version: {@code newState}, with {@code fact} (if not null) and {@code newMedia} added,
   * and {@code eventId} recorded as applied.
   */
  public OnboardingApplication next(
      ApplicationState newState, Fact fact, Map<MediaKind, MediaDigest> newMedia, String eventId) {
    // Built as immutable lists once, so that the constructor's List.copyOf keeps them as they are.
    List<Fact> allFacts = fact == null ? facts : appended(facts, fact);
    Map<MediaKind, MediaDigest> allMedia = media;
    if (!newMedia.isEmpty()) {
      Map<MediaKind, MediaDigest> merged = new EnumMap<>(MediaKind.class);
      merged.putAll(media);
      merged.putAll(newMedia);
      allMedia = merged;
    }
    List<String> events = appended(appliedEvents, eventId);
    return new OnboardingApplication(
        id,
        version + 1,
        method,
        callbackOrder,
        applicant,
        channel,
        newState,
        appliedOn,
        allFacts,
        allMedia,
        events);
  }
}
