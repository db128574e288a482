package io.openbroker.recon;

/**
 * The logical columns of a transfer detail file (SPEC §9.1), with their default header names. A
 * {@link FileLayout} may rename any of them.
 */
public enum DetailField {
  BANK_SERIAL("bank_serial", true),
  BROKER_SERIAL("broker_serial", true),
  CUSTOMER_NAME("customer_name", false),
  FUND_ACCOUNT("fund_account", true),
  BANK_ACCOUNT("bank_account", true),
  INITIATOR("initiator", true),
  DIRECTION("direction", true),
  AMOUNT("amount", true),
  CURRENCY("currency", false),
  TRADE_TIME("trade_time", true),
  STATUS("status", true);

  private final String defaultHeader;
  private final boolean required;

  DetailField(String defaultHeader, boolean required) {
    this.defaultHeader = defaultHeader;
    this.required = required;
  }

  /** The header name of the default layout, also used in exception files. */
  public String defaultHeader() {
    return defaultHeader;
  }

  /**
   * Whether a file must carry this column ({@code customer_name} and {@code currency} may be
   * absent).
   */
  public boolean required() {
    return required;
  }
}
