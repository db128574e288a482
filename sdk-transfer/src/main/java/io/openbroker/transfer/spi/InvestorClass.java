package io.openbroker.transfer.spi;

/** The investor class that sets a client's transfer limits (适当性: ordinary vs professional). */
public enum InvestorClass {
  /** 普通投资者. */
  ORDINARY,
  /** 专业投资者. */
  PROFESSIONAL
}
