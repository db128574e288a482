package io.openbroker.recon.internal;

import io.openbroker.core.TransientException;
import io.openbroker.recon.ReconErrorCode;
import io.openbroker.recon.TransferRecord;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Hash-partitions one side's records by key ({@link SerialKey#partitionHash}) into {@code n} spill
 * files, so that each partition of both sides together fits in memory. Used by one thread.
 */
public final class Partitioner implements EncodedSink, Closeable {

  private final SpillOutput[] outputs;

  /**
   * @param files one file per partition
   * @param bufferSize write buffer per partition
   */
  public Partitioner(Path[] files, int bufferSize) {
    this.outputs = new SpillOutput[files.length];
    try {
      for (int i = 0; i < files.length; i++) {
        outputs[i] = new SpillOutput(files[i], bufferSize);
      }
    } catch (IOException e) {
      closeQuietly();
      throw spillFailed(e);
    }
  }

  @Override
  public void accept(TransferRecord record) {
    try {
      outputs[SerialKey.partitionHash(record) % outputs.length].write(record);
    } catch (IOException e) {
      throw spillFailed(e);
    }
  }

  @Override
  public void acceptEncoded(FastLane lane) {
    try {
      outputs[lane.partitionHash() % outputs.length].writeEncoded(lane.bytes(), lane.length());
    } catch (IOException e) {
      throw spillFailed(e);
    }
  }

  @Override
  public void close() {
    IOException first = null;
    for (SpillOutput out : outputs) {
      try {
        if (out != null) {
          out.close();
        }
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw spillFailed(first);
    }
  }

  private void closeQuietly() {
    try {
      close();
    } catch (TransientException ignored) {
      // already failing with the cause that matters
    }
  }

  /** The error for a spill file that cannot be written or read (disk full, permissions). */
  public static TransientException spillFailed(IOException e) {
    return new TransientException(
        ReconErrorCode.RECON_SPILL_FAILED, "spill file failed: " + e.getMessage(), e);
  }
}
