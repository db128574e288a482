/**
 * The bank's HTTP side: the signed envelope of SPEC §6, routing, and injected faults on the wire.
 */
package io.openbroker.banksim.internal.http;
