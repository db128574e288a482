package io.openbroker.banksim;

/** The reconciliation files the bank produces for a business date (SPEC §9.1). */
public enum ReconFileKind {
  /** 转账明细: one row per transfer of the date. */
  TRANSFER_DETAIL,
  /** 账户状态: each binding with its management-account balance at the end of the date. */
  ACCOUNT_STATUS,
  /** 账户交易明细: every money movement of the date on the management accounts. */
  ACCOUNT_TRANSACTIONS
}
