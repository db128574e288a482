package io.openbroker.kyc.sim;

import io.openbroker.kyc.AccountNumbers;
import io.openbroker.kyc.ApplicationId;
import io.openbroker.kyc.IdDocument;
import io.openbroker.kyc.OpeningMethod;
import io.openbroker.kyc.spi.AccountIssuer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CSDC's account issuing, simulated: sequential numbers, idempotent per application (asking again
 * returns the same accounts), optionally marking accounts with the wrong method to exercise Art.
 * 26.
 */
public final class SimulatedAccountIssuer implements AccountIssuer {

  private final boolean marksMethod;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<ApplicationId, AccountNumbers> issued = new ConcurrentHashMap<>();

  /** An issuer that marks accounts correctly when {@code marksMethod}. */
  public SimulatedAccountIssuer(boolean marksMethod) {
    this.marksMethod = marksMethod;
  }

  @Override
  public AccountNumbers issue(ApplicationId application, IdDocument document, OpeningMethod mark) {
    return issued.computeIfAbsent(
        application,
        id -> {
          long n = sequence.incrementAndGet();
          OpeningMethod stamped = marksMethod ? mark : wrong(mark);
          return new AccountNumbers(
              String.format(java.util.Locale.ROOT, "18%010d", n),
              Map.of(
                  AccountNumbers.Market.SH,
                  String.format(java.util.Locale.ROOT, "A%09d", n),
                  AccountNumbers.Market.SZ,
                  String.format(java.util.Locale.ROOT, "0%09d", n)),
              stamped);
        });
  }

  /** How many applications have accounts. */
  public int issuedCount() {
    return issued.size();
  }

  private static OpeningMethod wrong(OpeningMethod mark) {
    return mark == OpeningMethod.WITNESS ? OpeningMethod.ONE_WAY_VIDEO : OpeningMethod.WITNESS;
  }
}
