package io.openbroker.recon.internal;

import io.openbroker.recon.Side;
import io.openbroker.recon.TransferRecord;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The residue spilled to disk, hash-partitioned by the fallback key so that each partition's
 * candidates meet in memory. Each file is written under its own lock: workers of different
 * partitions add concurrently, and one-sided records are few next to matched ones.
 */
public final class SpilledResidue implements Residue, Closeable {

  private static final int BUFFER = 8 << 10;
  private final Path[] bankFiles;
  private final Path[] brokerFiles;
  private final SpillOutput[] bank;
  private final SpillOutput[] broker;

  public SpilledResidue(Path[] bankFiles, Path[] brokerFiles) throws IOException {
    this.bankFiles = bankFiles.clone();
    this.brokerFiles = brokerFiles.clone();
    this.bank = open(bankFiles);
    this.broker = open(brokerFiles);
  }

  private static SpillOutput[] open(Path[] files) throws IOException {
    SpillOutput[] outputs = new SpillOutput[files.length];
    for (int i = 0; i < files.length; i++) {
      outputs[i] = new SpillOutput(files[i], BUFFER);
    }
    return outputs;
  }

  @Override
  public void add(Side side, TransferRecord record) throws IOException {
    SpillOutput[] outputs = side == Side.BANK ? bank : broker;
    SpillOutput out = outputs[FallbackKey.partitionHash(record) % outputs.length];
    synchronized (out) {
      out.write(record);
    }
  }

  /** Partition {@code i}'s records of {@code side}; call after {@link #close()}. */
  public List<TransferRecord> load(Side side, int i) throws IOException {
    List<TransferRecord> records = new ArrayList<>();
    try (SpillInput in = new SpillInput(side == Side.BANK ? bankFiles[i] : brokerFiles[i])) {
      for (TransferRecord r = in.next(); r != null; r = in.next()) {
        records.add(r);
      }
    }
    return records;
  }

  @Override
  public void close() throws IOException {
    for (SpillOutput out : bank) {
      synchronized (out) {
        out.close();
      }
    }
    for (SpillOutput out : broker) {
      synchronized (out) {
        out.close();
      }
    }
  }
}
