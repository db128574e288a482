package io.openbroker.kyc;

import java.util.Map;
import java.util.Objects;

/**
 * What CSDC issued: the 一码通 unified account and its market sub-accounts (沪A/深A/北), each marked with
 * the opening method (Art. 26). Notified to the investor (Art. 9).
 *
 * @param unified the unified account number
 * @param subAccounts market → sub-account number
 * @param mark the opening method the accounts are marked with
 */
public record AccountNumbers(String unified, Map<Market, String> subAccounts, OpeningMethod mark) {

  /** The markets of sub-accounts. */
  public enum Market {
    SH,
    SZ,
    BJ
  }

  public AccountNumbers {
    Objects.requireNonNull(unified, "unified");
    subAccounts = Map.copyOf(subAccounts);
    Objects.requireNonNull(mark, "mark");
  }
}
