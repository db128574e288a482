package io.openbroker.core.evidence;

import java.util.Objects;

/**
 * The outcome of {@link ChainVerifier#verify}: {@link Intact} or {@link Broken} at the first bad
 * record.
 *
 * <pre>{@code
 * ChainVerification result = verifier.verify(store);
 * if (result instanceof ChainVerification.Broken broken) {
 *   alert(broken.kind(), broken.sequence(), broken.position());
 * }
 * }</pre>
 */
public sealed interface ChainVerification {

  /**
   * Every link, hash and checkpoint is good.
   *
   * @param count the number of records
   * @param head the last record, to keep as an anchor for the next verification
   */
  record Intact(long count, ChainHead head) implements ChainVerification {
    public Intact {
      Objects.requireNonNull(head, "head");
    }
  }

  /**
   * The chain is broken.
   *
   * @param kind what happened at the first bad record
   * @param sequence the sequence number expected at the break
   * @param position the 0-based position in the store's order where the break is
   * @param detail a short explanation (no payload content)
   */
  record Broken(BreakKind kind, long sequence, long position, String detail)
      implements ChainVerification {
    public Broken {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(detail, "detail");
    }
  }
}
