/**
 * The signed envelope of the wire protocol (SPEC §6): {@link
 * io.openbroker.core.envelope.EnvelopeSigner} makes the {@code OB-*} headers of a request or
 * response, {@link io.openbroker.core.envelope.EnvelopeVerifier} checks them (size, headers,
 * algorithm, nonce, key, time window, signature, replay) and returns an {@link
 * io.openbroker.core.envelope.EnvelopeVerdict}.
 */
package io.openbroker.core.envelope;
