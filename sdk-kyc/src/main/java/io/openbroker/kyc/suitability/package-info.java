/**
 * 适当性 (suitability, Art. 4, SPEC §5.3): a versioned questionnaire scores an investor into C1–C5;
 * products carry R1–R5; {@link io.openbroker.kyc.suitability.SuitabilityProfile#mayBuy} matches
 * them.
 */
package io.openbroker.kyc.suitability;
