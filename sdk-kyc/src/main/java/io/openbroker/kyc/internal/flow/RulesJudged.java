package io.openbroker.kyc.internal.flow;

/**
 * How a record names the rules that judged a step: the rule book's 4-byte fingerprint and how many
 * of its rules concern the step (with the method and step kind, exactly which ones).
 *
 * @param fingerprint {@link io.openbroker.kyc.RuleBook#fingerprint()} as 4 bytes (not copied:
 *     internal, never changed)
 * @param count how many rules (gates and rules) judged the step
 */
record RulesJudged(byte[] fingerprint, int count) {}
