package io.openbroker.recon.internal;

/**
 * Masks personal data for logs, messages and {@code toString}: names keep their first character,
 * account numbers their last four.
 */
public final class Masking {

  private Masking() {}

  /** {@code 张三丰} → {@code 张**}; code points, so a name outside the BMP is not split. */
  public static String name(String name) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    int first = name.offsetByCodePoints(0, 1);
    int rest = name.codePointCount(first, name.length());
    return name.substring(0, first) + "*".repeat(rest);
  }

  /** {@code 6222020000001234} → {@code ************1234}; 4 characters or fewer are all masked. */
  public static String account(String account) {
    if (account == null || account.isEmpty()) {
      return "";
    }
    if (account.length() <= 4) {
      return "*".repeat(account.length());
    }
    int keep = account.length() - 4;
    return "*".repeat(keep) + account.substring(keep);
  }
}
