package io.openbroker.kyc.sim;

import io.openbroker.kyc.AccountNumbers;
import io.openbroker.kyc.Applicant;
import io.openbroker.kyc.ApplicationId;
import io.openbroker.kyc.spi.Notifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Records account-number notifications (Art. 9) instead of sending SMS; delivers as scripted. */
public final class SimulatedNotifier implements Notifier {

  private final boolean delivers;
  private final Map<ApplicationId, AccountNumbers> sent = new ConcurrentHashMap<>();

  /** A notifier whose deliveries succeed when {@code delivers}. */
  public SimulatedNotifier(boolean delivers) {
    this.delivers = delivers;
  }

  @Override
  public boolean notifyAccounts(
      ApplicationId application, Applicant applicant, AccountNumbers accounts) {
    if (delivers) {
      sent.put(application, accounts);
    }
    return delivers;
  }

  /** What was delivered to {@code application}'s investor, if anything. */
  public AccountNumbers sentTo(ApplicationId application) {
    return sent.get(application);
  }
}
