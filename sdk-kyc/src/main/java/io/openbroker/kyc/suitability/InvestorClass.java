package io.openbroker.kyc.suitability;

/** 专业投资者 vs 普通投资者: professional investors are not limited by their C-level. */
public enum InvestorClass {
  PROFESSIONAL,
  ORDINARY
}
