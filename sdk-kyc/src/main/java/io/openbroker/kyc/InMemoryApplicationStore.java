package io.openbroker.kyc;

import io.openbroker.core.InvalidInputException;
import io.openbroker.core.TransientException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * An {@link ApplicationStore} in memory: for tests, simulations and benchmarks. Keeps the
 * application objects as they are (no serialisation).
 */
public final class InMemoryApplicationStore implements ApplicationStore {

  private final ConcurrentMap<ApplicationId, OnboardingApplication> applications =
      new ConcurrentHashMap<>();

  /** An empty store. */
  public InMemoryApplicationStore() {}

  @Override
  public Optional<OnboardingApplication> find(ApplicationId id) {
    return Optional.ofNullable(applications.get(id));
  }

  @Override
  public void insert(OnboardingApplication application) {
    if (applications.putIfAbsent(application.id(), application) != null) {
      throw new InvalidInputException(
          KycErrorCode.APPLICATION_EXISTS, "application " + application.id() + " exists");
    }
  }

  @Override
  public void update(OnboardingApplication next) {
    applications.compute(
        next.id(),
        (id, current) -> {
          if (current == null || current.version() != next.version() - 1) {
            throw new TransientException(
                KycErrorCode.APPLICATION_VERSION_CONFLICT,
                "application " + id + " is not at version " + (next.version() - 1));
          }
          return next;
        });
  }

  /** How many applications are stored. */
  public int size() {
    return applications.size();
  }
}
