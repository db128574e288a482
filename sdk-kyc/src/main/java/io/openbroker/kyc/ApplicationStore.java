package io.openbroker.kyc;

import java.util.Optional;

/**
 * Where applications are kept, with optimistic versioning: {@link #update} succeeds only over the
 * version it follows. {@link InMemoryApplicationStore} and {@link JdbcApplicationStore} implement
 * it. Implementations must be thread-safe.
 */
public interface ApplicationStore {

  /** The application with {@code id}, or empty. */
  Optional<OnboardingApplication> find(ApplicationId id);

  /**
   * Stores a new application.
   *
   * @throws io.openbroker.core.InvalidInputException ({@code KYC_APPLICATION_EXISTS}) when the id
   *     is taken
   */
  void insert(OnboardingApplication application);

  /**
   * Replaces version {@code next.version() - 1} with {@code next}.
   *
   * @throws io.openbroker.core.TransientException ({@code KYC_APPLICATION_VERSION_CONFLICT}) when
   *     the stored version is another: read again and retry
   */
  void update(OnboardingApplication next);
}
