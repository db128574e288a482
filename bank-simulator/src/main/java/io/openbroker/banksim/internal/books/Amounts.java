package io.openbroker.banksim.internal.books;

import io.openbroker.banksim.BankResultCode;
import io.openbroker.core.InvalidInputException;
import io.openbroker.core.money.Money;
import java.math.BigDecimal;

/** Amounts on the wire are decimal text in yuan ({@code "1000.00"}); in the books, fen. */
public final class Amounts {

  private Amounts() {}

  /** Parses a positive yuan amount with at most 2 decimals into fen. */
  public static long parsePositiveFen(String field, String text) {
    if (text == null) {
      throw new InvalidInputException(BankResultCode.BAD_REQUEST, field + " is missing");
    }
    Money money;
    try {
      money = Money.parse(text);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          BankResultCode.BAD_REQUEST, field + " is invalid (" + e.code().code() + ")");
    }
    if (!money.isPositive()) {
      throw new InvalidInputException(BankResultCode.BAD_REQUEST, field + " must be positive");
    }
    return money.fen();
  }

  /** Fen as yuan text with two decimals, e.g. {@code 100000 → "1000.00"}. */
  public static String yuan(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }
}
