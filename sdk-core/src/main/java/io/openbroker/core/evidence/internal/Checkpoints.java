package io.openbroker.core.evidence.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.evidence.ChainHash;
import io.openbroker.core.evidence.EvidenceRecord;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signed checkpoints. A checkpoint is itself a chain record (type {@value
 * EvidenceRecord#CHECKPOINT_TYPE}) whose payload holds a signature over the sequence and hash of
 * the record just before it, so deleting or moving a checkpoint breaks the chain like any record,
 * and rewriting the records before it (hashes included) breaks its signature.
 *
 * <p>Signed message (UTF-8): {@code OB-EVIDENCE-CHECKPOINT-v1\nSEQUENCE\nHASH_HEX\n}.
 */
public final class Checkpoints {

  private static final String SEQUENCE = "sequence";
  private static final String HASH = "hash";
  private static final String ALGORITHM = "algorithm";
  private static final String SIGNATURE = "signature";

  private Checkpoints() {}

  /** The bytes a checkpoint over {@code (sequence, hash)} signs. */
  public static byte[] signedMessage(long sequence, ChainHash hash) {
    String text = "OB-EVIDENCE-CHECKPOINT-v1\n" + sequence + "\n" + hash.hex() + "\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The payload of a checkpoint over {@code (sequence, hash)}, signed by {@code signer}. */
  public static byte[] payload(long sequence, ChainHash hash, MessageSigner signer) {
    byte[] signature = signer.sign(signedMessage(sequence, hash));
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(SEQUENCE, sequence);
    fields.put(HASH, hash.hex());
    fields.put(ALGORITHM, signer.algorithm().wireName());
    fields.put(SIGNATURE, Base64.getEncoder().encodeToString(signature));
    return CanonicalJson.encode(fields);
  }

  /**
   * Why {@code checkpoint} (already linked into the chain) is bad, or null if it is good: its
   * payload must cover exactly its predecessor, and its signature must verify.
   */
  public static String problem(EvidenceRecord checkpoint, MessageVerifier verifier) {
    JsonNode json = CanonicalJson.parse(checkpoint.payload());
    if (json == null
        || !json.path(SEQUENCE).canConvertToLong()
        || !json.path(HASH).isTextual()
        || !json.path(ALGORITHM).isTextual()
        || !json.path(SIGNATURE).isTextual()) {
      return "checkpoint payload is malformed";
    }
    long sequence = json.get(SEQUENCE).asLong();
    String hashHex = json.get(HASH).asText();
    if (sequence != checkpoint.sequence() - 1 || !hashHex.equals(checkpoint.previousHash().hex())) {
      return "checkpoint does not cover its predecessor";
    }
    if (!verifier.algorithm().wireName().equals(json.get(ALGORITHM).asText())) {
      return "checkpoint algorithm is not the verifier's";
    }
    byte[] signature;
    try {
      signature = Base64.getDecoder().decode(json.get(SIGNATURE).asText());
    } catch (IllegalArgumentException malformed) {
      return "checkpoint signature is malformed";
    }
    if (!verifier.verify(signedMessage(sequence, checkpoint.previousHash()), signature)) {
      return "checkpoint signature does not verify";
    }
    return null;
  }
}
