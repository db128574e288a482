package io.openbroker.kyc.suitability;

import java.util.Objects;

/**
 * The result of a questionnaire: the category, the class, and which questionnaire version and score
 * gave them (kept in the evidence chain).
 *
 * @param questionnaireVersion the version answered, 1 to 64 characters
 * @param score the total score
 * @param tolerance C1–C5
 * @param investorClass professional or ordinary
 */
public record SuitabilityProfile(
    String questionnaireVersion, int score, RiskTolerance tolerance, InvestorClass investorClass) {
  public SuitabilityProfile {
    Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
    if (questionnaireVersion.isEmpty() || questionnaireVersion.length() > 64) {
      throw new IllegalArgumentException("questionnaire version must be 1 to 64 characters");
    }
    Objects.requireNonNull(tolerance, "tolerance");
    Objects.requireNonNull(investorClass, "investorClass");
  }

  /**
   * Whether a product of {@code risk} matches: a professional investor may buy any; an ordinary
   * investor up to their own level (C3 → R1–R3); a C1 investor only R1.
   */
  public boolean mayBuy(ProductRisk risk) {
    return investorClass == InvestorClass.PROFESSIONAL || risk.level() <= tolerance.level();
  }
}
