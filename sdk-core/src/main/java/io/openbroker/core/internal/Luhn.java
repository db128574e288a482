package io.openbroker.core.internal;

/** The Luhn (ISO/IEC 7812-1 mod 10) check used by bank card numbers. */
public final class Luhn {

  private Luhn() {}

  /** Whether the ASCII digit string {@code digits} (check digit last) passes the Luhn check. */
  public static boolean isValid(CharSequence digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
