package io.openbroker.transfer.internal.flow;

import io.openbroker.core.id.BusinessSerial;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The serial of a transfer's reversal, derived from the original's: {@code RV} + 30 hex digits of
 * its SHA-256. Deriving it (rather than drawing it) means every node that ever reverses a given
 * transfer uses the same serial, so the bank sees one reversal however often it is sent.
 */
final class ReversalSerials {

  private ReversalSerials() {}

  static BusinessSerial of(BusinessSerial original) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(("reversal:" + original.value()).getBytes(StandardCharsets.UTF_8));
      return BusinessSerial.parse("RV" + HexFormat.of().formatHex(hash).substring(0, 30));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
