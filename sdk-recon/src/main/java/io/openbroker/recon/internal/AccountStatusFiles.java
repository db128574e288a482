package io.openbroker.recon.internal;

import io.openbroker.core.InvalidInputException;
import io.openbroker.recon.AccountStatusRecord;
import io.openbroker.recon.FileLayout;
import io.openbroker.recon.MalformedLine;
import io.openbroker.recon.ReconErrorCode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Streams the records of an account-status file; malformed lines are reported and counted. */
public final class AccountStatusFiles {

  private AccountStatusFiles() {}

  /** Reads {@code file} laid out as {@code layout}, header first. */
  public static void read(
      Path file,
      FileLayout layout,
      Consumer<MalformedLine> malformed,
      Consumer<AccountStatusRecord> records) {
    String name = file.getFileName().toString();
    try (RowReader rows =
        RowReaders.open(new BufferedInputStream(Files.newInputStream(file), 1 << 16), layout)) {
      Row header = rows.next();
      if (header == null || !header.ok()) {
        throw new InvalidInputException(
            ReconErrorCode.RECON_LAYOUT_MISMATCH, name + ": no readable header row");
      }
      AccountStatusParser parser = new AccountStatusParser(header.fields());
      for (Row row = rows.next(); row != null; row = rows.next()) {
        String error = row.error();
        if (error == null) {
          try {
            records.accept(parser.parse(row.fields(), row.line()));
          } catch (IllegalArgumentException e) {
            error = e.getMessage();
          }
        }
        if (error != null) {
          malformed.accept(new MalformedLine(name, row.line(), error));
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException(
          ReconErrorCode.RECON_FILE_UNREADABLE, "cannot read " + name + ": " + e.getMessage(), e);
    }
  }
}
