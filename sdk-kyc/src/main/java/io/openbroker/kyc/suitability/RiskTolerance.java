package io.openbroker.kyc.suitability;

/** An investor's risk category, C1 (lowest tolerance, 最低风险承受能力) to C5. */
public enum RiskTolerance {
  C1,
  C2,
  C3,
  C4,
  C5;

  /** 1 for C1 … 5 for C5. */
  public int level() {
    return ordinal() + 1;
  }
}
