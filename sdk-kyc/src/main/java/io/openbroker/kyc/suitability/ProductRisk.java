package io.openbroker.kyc.suitability;

/** A product's risk rating, R1 (lowest) to R5. */
public enum ProductRisk {
  R1,
  R2,
  R3,
  R4,
  R5;

  /** 1 for R1 … 5 for R5. */
  public int level() {
    return ordinal() + 1;
  }
}
