package io.openbroker.banksim.internal.core;

import java.util.concurrent.CompletableFuture;

/**
 * A request's answer, decided, and when it may leave the bank: only once {@code durable} has
 * completed normally. Preparing the answer before (signing it) is fine; sending it is not. If
 * {@code durable} fails, the answer must never be sent: the change may not have been kept.
 *
 * @param answer what the bank will answer once the decision is durable
 * @param durable completes once the decision (and everything decided before it) is durable
 */
public record Decision(Answer answer, CompletableFuture<Void> durable) {}
