package io.openbroker.banksim.internal.books;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Bank passwords are kept as salted SHA-256 digests and compared in constant time. */
public final class Passwords {

  private Passwords() {}

  /** The digest of {@code password} under {@code salt} (hex). */
  public static String digest(String saltHex, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(HexFormat.of().parseHex(saltHex));
      return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Whether {@code password} is the customer's bank password. */
  public static boolean matches(Customer customer, String password) {
    if (password == null) {
      return false;
    }
    byte[] expected = customer.passwordDigest().getBytes(StandardCharsets.US_ASCII);
    byte[] actual = digest(customer.passwordSalt(), password).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, actual);
  }
}
