/** Evidence-chain internals: record hashing, checkpoint encoding, diagnosis of a broken chain. */
package io.openbroker.core.evidence.internal;
