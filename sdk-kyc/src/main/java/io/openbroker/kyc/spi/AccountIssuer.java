package io.openbroker.kyc.spi;

import io.openbroker.kyc.AccountNumbers;
import io.openbroker.kyc.ApplicationId;
import io.openbroker.kyc.IdDocument;
import io.openbroker.kyc.OpeningMethod;

/**
 * The CSDC account-opening interface: issues the 一码通 unified account and sub-accounts, marked with
 * the opening method (Art. 26). Must be idempotent per application: asking again after a crash
 * returns the same numbers.
 */
public interface AccountIssuer {

  /** Issues (or returns the already issued) accounts for {@code application}. */
  AccountNumbers issue(ApplicationId application, IdDocument document, OpeningMethod mark);
}
