package io.openbroker.recon.internal;

import io.openbroker.recon.Side;
import io.openbroker.recon.TransferRecord;
import java.io.IOException;

/** Collects the records left on one side after key matching, for the fallback rule. */
public interface Residue {

  /** Adds a one-sided record. Thread-safe. */
  void add(Side side, TransferRecord record) throws IOException;
}
