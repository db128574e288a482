package io.openbroker.kyc.spi;

import io.openbroker.kyc.AccountNumbers;
import io.openbroker.kyc.Applicant;
import io.openbroker.kyc.ApplicationId;

/**
 * Tells the investor their unified and sub-account numbers by SMS, phone or e-mail (Art. 9).
 * Implementations must be idempotent per application.
 */
public interface Notifier {

  /** Whether the notification was delivered. */
  boolean notifyAccounts(ApplicationId application, Applicant applicant, AccountNumbers accounts);
}
