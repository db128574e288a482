package io.openbroker.banksim.internal.books;

import io.openbroker.banksim.BankResultCode;
import io.openbroker.core.InvalidInputException;
import io.openbroker.core.id.BankCardNumber;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.id.MobileNumber;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Checks of request fields. A bad field is a {@code BAD_REQUEST} naming the field, never echoing
 * its value (it may be personal data).
 */
public final class Fields {

  private static final Pattern ID_NUMBER = Pattern.compile("[0-9A-Za-z]{6,32}");

  private Fields() {}

  public static String serial(String field, String value) {
    return parsed(field, value, v -> BusinessSerial.parse(v).value());
  }

  public static String fundAccount(String value) {
    return parsed("fundAccount", value, v -> FundAccount.parse(v).value());
  }

  public static String bankAccount(String field, String value) {
    return parsed(field, value, v -> BankCardNumber.parse(v).value());
  }

  public static String mobile(String value) {
    return parsed("mobile", value, v -> MobileNumber.parse(v).value());
  }

  private static String parsed(String field, String value, UnaryOperator<String> parse) {
    try {
      return parse.apply(present(field, value));
    } catch (InvalidInputException e) {
      throw bad(field + " is invalid (" + e.code().code() + ")");
    }
  }

  public static String idNumber(String value) {
    return matching("idNumber", value, ID_NUMBER);
  }

  public static String name(String value) {
    String v = present("customerName", value);
    if (v.isBlank() || v.length() > 64) {
      throw bad("customerName must be 1 to 64 characters");
    }
    return v;
  }

  public static String present(String field, String value) {
    if (value == null) {
      throw bad(field + " is missing");
    }
    return value;
  }

  public static LocalDate date(String field, String value) {
    try {
      return LocalDate.parse(present(field, value));
    } catch (DateTimeParseException e) {
      throw bad(field + " must be an ISO date yyyy-MM-dd");
    }
  }

  public static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
    try {
      return Enum.valueOf(type, present(field, value));
    } catch (IllegalArgumentException e) {
      throw bad(field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  private static String matching(String field, String value, Pattern pattern) {
    if (!pattern.matcher(present(field, value)).matches()) {
      throw bad(field + " is malformed");
    }
    return value;
  }

  public static InvalidInputException bad(String message) {
    return new InvalidInputException(BankResultCode.BAD_REQUEST, message);
  }
}
