package io.openbroker.banksim.internal.http;

import io.openbroker.core.crypto.SignatureAlgorithm;

/**
 * Who sent a verified request.
 *
 * @param brokerId the broker (or {@link EnvelopeGate#ADMIN} for the admin key)
 * @param algorithm the algorithm the caller signs with, so the answer uses the same
 * @param nonce the request's nonce, which the answer's signature binds to
 */
public record Caller(String brokerId, SignatureAlgorithm algorithm, String nonce) {}
