package io.openbroker.kyc;

/** The kind of identity document (有效身份证明文件). */
public enum IdType {
  /** 中国居民身份证. */
  RESIDENT_ID,
  /** 港澳台居民居住证. */
  RESIDENCE_PERMIT,
  /** Anything else (passport, ...): witness opening only, checked "by appropriate means". */
  OTHER;

  /** Whether the MPS identity system can verify it (Art. 6). */
  public boolean mpsVerifiable() {
    return this != OTHER;
  }
}
