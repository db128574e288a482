package io.openbroker.banksim;

/** The operations of the wire protocol, for fault rules and the fault log. */
public enum BankOperation {
  TRANSFER("/v1/transfers"),
  TRANSFER_QUERY("/v1/transfers/query"),
  REVERSAL("/v1/transfers/reversal"),
  HISTORY("/v1/transfers/history"),
  PRE_DESIGNATE("/v1/bindings/pre-designate"),
  DESIGNATE("/v1/bindings/designate"),
  CHANGE_BANK_ACCOUNT("/v1/bindings/change-bank-account"),
  REVOKE("/v1/bindings/revoke"),
  BINDING_QUERY("/v1/bindings/query"),
  BALANCE("/v1/accounts/balance"),
  SIGN_IN("/v1/sign-in"),
  RECONCILIATION_FILE("/v1/reconciliation/files"),
  /** A bank-initiated message to a broker (transfer or reversal), per delivery attempt. */
  BANK_INITIATED(""),
  /** Matches every operation in a fault rule. */
  ANY("");

  private final String path;

  BankOperation(String path) {
    this.path = path;
  }

  /** The request path, or "" for {@link #BANK_INITIATED} and {@link #ANY}. */
  public String path() {
    return path;
  }
}
