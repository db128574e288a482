package io.openbroker.kyc.spi;

/** What the AML watch-list screening (sanctions, PEP) said. */
public enum ScreeningOutcome {
  CLEAR,
  /** A possible match: a person must review it before approval (needs manual review). */
  POTENTIAL_MATCH,
  /** A confirmed match: the application is rejected. */
  CONFIRMED_MATCH
}
