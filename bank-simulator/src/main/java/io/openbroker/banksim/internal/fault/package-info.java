/** Deterministic, seeded fault injection and its log. */
package io.openbroker.banksim.internal.fault;
