/**
 * The evidence chain (存证, SPEC §4): an append-only, SM3 hash-linked log with periodic signed
 * checkpoints. {@link io.openbroker.core.evidence.EvidenceLog} appends, {@link
 * io.openbroker.core.evidence.ChainVerifier} checks a stored chain and names the first bad record.
 */
package io.openbroker.core.evidence;
