package io.openbroker.recon.internal;

import io.openbroker.recon.AccountStatusRecord;
import io.openbroker.recon.BindingStatus;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/**
 * Account-status records hash-partitioned by fund account into spill files, so that a file of
 * millions of clients reconciles partition by partition in a small heap.
 */
public final class StatusSpill implements Consumer<AccountStatusRecord>, Closeable {

  private static final BindingStatus[] STATUSES = BindingStatus.values();
  private final DataOutputStream[] outputs;

  /** Opens one spill file per partition. */
  public StatusSpill(Path[] files) throws IOException {
    outputs = new DataOutputStream[files.length];
    for (int i = 0; i < files.length; i++) {
      outputs[i] =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(files[i]), 16 << 10));
    }
  }

  /** The partition of {@code fundAccount} among {@code n}. */
  public static int partition(String fundAccount, int n) {
    int h = fundAccount.hashCode() * 0x9E3779B9;
    return ((h ^ h >>> 16) & 0x7FFFFFFF) % n;
  }

  @Override
  public void accept(AccountStatusRecord r) {
    DataOutputStream out = outputs[partition(r.fundAccount(), outputs.length)];
    try {
      out.writeUTF(r.fundAccount());
      out.writeUTF(r.bankAccount());
      out.writeByte(r.status().ordinal());
      out.writeLong(r.changeTime().toEpochSecond(ZoneOffset.UTC));
      out.writeInt(r.changeTime().getNano());
      out.writeLong(r.line());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads back every record of one partition file. */
  public static void read(Path file, Consumer<AccountStatusRecord> records) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 16 << 10))) {
      while (true) {
        String fund;
        try {
          fund = in.readUTF();
        } catch (EOFException end) {
          return;
        }
        String bank = in.readUTF();
        BindingStatus status = STATUSES[in.readByte()];
        LocalDateTime time =
            LocalDateTime.ofEpochSecond(in.readLong(), in.readInt(), ZoneOffset.UTC);
        records.accept(new AccountStatusRecord(fund, bank, status, time, in.readLong()));
      }
    }
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (DataOutputStream out : outputs) {
      try {
        out.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
