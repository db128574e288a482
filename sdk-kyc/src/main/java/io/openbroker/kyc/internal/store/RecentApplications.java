package io.openbroker.kyc.internal.store;

import io.openbroker.kyc.ApplicationId;
import io.openbroker.kyc.OnboardingApplication;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The versions this store last wrote or read, so that a step need not decode its application from
 * JSON again. Never trusted alone: a version is immutable once committed (the optimistic check lets
 * only one writer commit version n + 1 over n), so the store reads the current version number from
 * the database and uses an entry only when it is that version; anything else is read from the
 * database. Bounded: past {@code capacity} entries the least recently used is dropped (the
 * applications in flight stay). Thread-safe (one lock; each use is a map lookup).
 */
public final class RecentApplications {

  private final Map<ApplicationId, OnboardingApplication> byId;

  public RecentApplications(int capacity) {
    this.byId =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(
              Map.Entry<ApplicationId, OnboardingApplication> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The kept application {@code id} if it is at {@code version}, else null. */
  public synchronized OnboardingApplication at(ApplicationId id, long version) {
    OnboardingApplication kept = byId.get(id);
    return kept != null && kept.version() == version ? kept : null;
  }

  /** Keeps {@code application} unless a later version of it is already kept. */
  public synchronized void keep(OnboardingApplication application) {
    byId.merge(
        application.id(), application, (old, now) -> now.version() >= old.version() ? now : old);
  }
}
