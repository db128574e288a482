/**
 * The integrations onboarding needs, as service-provider interfaces: MPS identity check, watch-list
 * screening, liveness, face match, video capture, staff registry, callback, notifier and the CSDC
 * account issuer. {@link io.openbroker.kyc.sim} has deterministic simulations of each.
 */
package io.openbroker.kyc.spi;
