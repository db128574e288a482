package io.openbroker.banksim.internal;

/** Masks personal data for {@code toString}, logs and messages: only the last four characters. */
public final class Masking {

  private Masking() {}

  /** {@code "6212827110199152" → "***9152"}; null stays "null". */
  public static String last4(String value) {
    if (value == null) {
      return "null";
    }
    return value.length() <= 4 ? "***" : "***" + value.substring(value.length() - 4);
  }
}
