/**
 * Deterministic, scriptable simulations of every onboarding integration ("this ID fails MPS", "face
 * score 0.42", "the video was uploaded from a file"), for tests, scenarios and benchmarks.
 */
package io.openbroker.kyc.sim;
