package io.openbroker.core.evidence;

import io.openbroker.core.evidence.internal.RecordHasher;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an intruder with write access to the store could do to a chain: each method returns a
 * tampered copy of the records, leaving the original untouched.
 */
final class ChainTampering {

  private ChainTampering() {}

  /** Changes record {@code k}'s payload and leaves its stored hash as it was. */
  static List<EvidenceRecord> edit(List<EvidenceRecord> records, int k) {
    List<EvidenceRecord> copy = new ArrayList<>(records);
    EvidenceRecord r = copy.get(k);
    byte[] payload = (r.payloadText() + " (amended)").getBytes(StandardCharsets.UTF_8);
    copy.set(
        k,
        new EvidenceRecord(
            r.sequence(), r.timestamp(), r.type(), payload, r.previousHash(), r.hash()));
    return copy;
  }

  /** Changes record {@code k}'s payload and recomputes its own hash (not its successors'). */
  static List<EvidenceRecord> editAndRehash(List<EvidenceRecord> records, int k) {
    List<EvidenceRecord> copy = edit(records, k);
    copy.set(k, rehashed(copy.get(k)));
    return copy;
  }

  /** Changes record {@code k} and recomputes every hash and link from there to the end. */
  static List<EvidenceRecord> rewriteFrom(List<EvidenceRecord> records, int k) {
    List<EvidenceRecord> copy = edit(records, k);
    ChainHash previous = copy.get(k).previousHash();
    for (int i = k; i < copy.size(); i++) {
      EvidenceRecord r = copy.get(i);
      EvidenceRecord relinked =
          rehashed(
              new EvidenceRecord(
                  r.sequence(), r.timestamp(), r.type(), r.payload(), previous, r.hash()));
      copy.set(i, relinked);
      previous = relinked.hash();
    }
    return copy;
  }

  static List<EvidenceRecord> delete(List<EvidenceRecord> records, int k) {
    List<EvidenceRecord> copy = new ArrayList<>(records);
    copy.remove(k);
    return copy;
  }

  /**
   * Inserts a well-made forgery before position {@code p}: it claims sequence {@code p}, links to
   * the record before it and carries its own correct hash.
   */
  static List<EvidenceRecord> insertForgery(List<EvidenceRecord> records, int p) {
    List<EvidenceRecord> copy = new ArrayList<>(records);
    EvidenceRecord template = copy.get(p);
    ChainHash previous = p == 0 ? ChainHash.GENESIS : copy.get(p - 1).hash();
    byte[] payload = "{\"forged\":true}".getBytes(StandardCharsets.UTF_8);
    EvidenceRecord forged =
        rehashed(
            new EvidenceRecord(
                p, template.timestamp(), "kyc.forged", payload, previous, ChainHash.GENESIS));
    copy.add(p, forged);
    return copy;
  }

  static List<EvidenceRecord> swap(List<EvidenceRecord> records, int i, int j) {
    List<EvidenceRecord> copy = new ArrayList<>(records);
    Collections.swap(copy, i, j);
    return copy;
  }

  private static EvidenceRecord rehashed(EvidenceRecord r) {
    return new EvidenceRecord(
        r.sequence(),
        r.timestamp(),
        r.type(),
        r.payload(),
        r.previousHash(),
        RecordHasher.recompute(r));
  }
}
