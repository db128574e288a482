package io.openbroker.kyc.spi;

/** What a broker employee does (Art. 7). */
public enum StaffRole {
  /** 见证人员. */
  WITNESS,
  /** 复核人员. */
  REVIEWER,
  /** Counter and back-office staff. */
  OPERATOR,
  /** 营销人员: never a witness. */
  MARKETING
}
