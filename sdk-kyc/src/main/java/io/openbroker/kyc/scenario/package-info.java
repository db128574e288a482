/**
 * Scenarios as data: a JSON file describes one application as a sequence of steps with their inputs
 * and the simulated integrations' answers; {@link io.openbroker.kyc.scenario.ScenarioRunner} runs
 * it and reports the final state and every refusal. The format is documented in {@code
 * docs/KYC.md}; a library of scenarios ships as resources ({@link
 * io.openbroker.kyc.scenario.Scenarios#bundledNames()}).
 */
package io.openbroker.kyc.scenario;
