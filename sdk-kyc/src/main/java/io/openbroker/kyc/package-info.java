/**
 * Online account opening (非现场开户): {@link io.openbroker.kyc.OnboardingService} walks an {@link
 * io.openbroker.kyc.OnboardingApplication} through the CSDC rules, one {@link
 * io.openbroker.kyc.Step} at a time.
 */
package io.openbroker.kyc;
