package io.openbroker.banksim.internal.books;

/** The depository binding lifecycle (预指定 → 指定 → 撤销). */
public enum BindingStatus {
  PRE_DESIGNATED,
  ACTIVE,
  REVOKED
}
