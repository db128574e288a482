package io.openbroker.kyc.internal.store;

import io.openbroker.kyc.ApplicationState;
import io.openbroker.kyc.Fact;
import io.openbroker.kyc.MediaDigest;
import io.openbroker.kyc.MediaKind;
import io.openbroker.kyc.OnboardingApplication;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one version of an application adds to the one before it: the new state, the facts and event
 * ids appended, the media digests added. The JDBC store writes this instead of the whole
 * application on each step (the application grows with every fact; a step's change does not), and
 * replays the changes over the last whole snapshot to read it back.
 *
 * @param state the state after the change
 * @param facts facts appended, in order
 * @param media media digests added (or replaced)
 * @param events event ids appended, in order
 */
public record ApplicationChange(
    ApplicationState state,
    List<Fact> facts,
    Map<MediaKind, MediaDigest> media,
    List<String> events) {

  public ApplicationChange {
    Objects.requireNonNull(state, "state");
    facts = List.copyOf(facts);
    media = Map.copyOf(media);
    events = List.copyOf(events);
  }

  /**
   * The change from {@code previous} to {@code next}, or empty when {@code next} is not {@code
   * previous} with things appended (another version, other fixed fields, a fact, event or media
   * digest taken away): such a version is stored whole.
   */
  public static Optional<ApplicationChange> between(
      OnboardingApplication previous, OnboardingApplication next) {
    if (next.version() != previous.version() + 1
        || !sameFixedFields(previous, next)
        || !startsWith(next.facts(), previous.facts())
        || !startsWith(next.appliedEvents(), previous.appliedEvents())) {
      return Optional.empty();
    }
    Map<MediaKind, MediaDigest> added = new EnumMap<>(MediaKind.class);
    for (Map.Entry<MediaKind, MediaDigest> e : next.media().entrySet()) {
      if (!e.getValue().equals(previous.media().get(e.getKey()))) {
        added.put(e.getKey(), e.getValue());
      }
    }
    if (!next.media().keySet().containsAll(previous.media().keySet())) {
      return Optional.empty();
    }
    return Optional.of(
        new ApplicationChange(
            next.state(),
            next.facts().subList(previous.facts().size(), next.facts().size()),
            added,
            next.appliedEvents()
                .subList(previous.appliedEvents().size(), next.appliedEvents().size())));
  }

  /** {@code previous} with this change applied: the next version. */
  public OnboardingApplication applyTo(OnboardingApplication previous) {
    Map<MediaKind, MediaDigest> allMedia = new EnumMap<>(MediaKind.class);
    allMedia.putAll(previous.media());
    allMedia.putAll(media);
    return new OnboardingApplication(
        previous.id(),
        previous.version() + 1,
        previous.method(),
        previous.callbackOrder(),
        previous.applicant(),
        previous.channel(),
        state,
        previous.appliedOn(),
        concat(previous.facts(), facts),
        allMedia,
        concat(previous.appliedEvents(), events));
  }

  private static boolean sameFixedFields(OnboardingApplication a, OnboardingApplication b) {
    return a.id().equals(b.id())
        && a.method() == b.method()
        && a.callbackOrder() == b.callbackOrder()
        && a.applicant().equals(b.applicant())
        && a.channel() == b.channel()
        && a.appliedOn().equals(b.appliedOn());
  }

  private static <T> boolean startsWith(List<T> list, List<T> prefix) {
    return list.size() >= prefix.size() && list.subList(0, prefix.size()).equals(prefix);
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    if (second.isEmpty()) {
      return first;
    }
    List<T> all = new ArrayList<>(first.size() + second.size());
    all.addAll(first);
    all.addAll(second);
    return all;
  }
}
