package io.openbroker.recon.internal;

import io.openbroker.recon.TransferRecord;
import java.util.function.Consumer;

/**
 * A record consumer that also takes records already encoded in spill form by a {@link FastLane}.
 */
public interface EncodedSink extends Consumer<TransferRecord> {

  /** Takes the record {@code lane} just encoded. */
  void acceptEncoded(FastLane lane);
}
