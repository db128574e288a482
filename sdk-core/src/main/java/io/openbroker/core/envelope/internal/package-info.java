/** Envelope internals: the string to sign, signature shape checks, the replay cache. */
package io.openbroker.core.envelope.internal;
