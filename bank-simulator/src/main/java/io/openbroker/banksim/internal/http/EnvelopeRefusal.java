package io.openbroker.banksim.internal.http;

import io.openbroker.banksim.BankResultCode;

/** A request refused by the envelope check; nothing was applied. */
public final class EnvelopeRefusal extends Exception {

  private static final long serialVersionUID = 1L;
  private final transient BankResultCode code;

  EnvelopeRefusal(BankResultCode code, String message) {
    super(code.code() + ": " + message, null, false, false);
    this.code = code;
  }

  public BankResultCode code() {
    return code;
  }
}
