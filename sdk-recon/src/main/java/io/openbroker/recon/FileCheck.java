package io.openbroker.recon;

import io.openbroker.core.InvalidInputException;
import io.openbroker.core.crypto.Sm3Hash;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Verifies a downloaded file before it is used (SPEC §9.2): an SM3 digest published with the file,
 * or any check the caller supplies (e.g. a detached SM2 signature). A file that fails is refused
 * with {@link ReconErrorCode#RECON_FILE_UNVERIFIED} and never read.
 *
 * <pre>{@code
 * FileCheck check = FileCheck.sm3("66c7f0f4...");
 * check.verify(Path.of("bank-20261120.csv"));
 * }</pre>
 */
@FunctionalInterface
public interface FileCheck {

  /**
   * Checks {@code file}.
   *
   * @throws InvalidInputException with {@link ReconErrorCode#RECON_FILE_UNVERIFIED} when it fails
   */
  void verify(Path file);

  /** No check: for files produced locally. */
  static FileCheck none() {
    return file -> {};
  }

  /** The file's SM3 digest must equal {@code expectedHex} (64 hex digits, any case). */
  static FileCheck sm3(String expectedHex) {
    Objects.requireNonNull(expectedHex, "expectedHex");
    byte[] expected =
        HexFormat.of().parseHex(expectedHex.strip().toLowerCase(java.util.Locale.ROOT));
    if (expected.length != 32) {
      throw new IllegalArgumentException("an SM3 digest has 32 bytes, got " + expected.length);
    }
    return file -> {
      if (!MessageDigest.isEqual(expected, sm3Of(file))) {
        throw new InvalidInputException(
            ReconErrorCode.RECON_FILE_UNVERIFIED,
            file.getFileName() + ": SM3 digest does not match the published one");
      }
    };
  }

  /** The SM3 digest of {@code file}'s bytes, streamed. */
  static byte[] sm3Of(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Sm3Hash.of(in);
    } catch (IOException e) {
      throw new InvalidInputException(
          ReconErrorCode.RECON_FILE_UNREADABLE, "cannot read " + file.getFileName(), e);
    }
  }
}
