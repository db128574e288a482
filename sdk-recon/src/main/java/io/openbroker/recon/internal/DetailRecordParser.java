package io.openbroker.recon.internal;

import io.openbroker.core.InvalidInputException;
import io.openbroker.core.money.CurrencyCode;
import io.openbroker.recon.DetailField;
import io.openbroker.recon.Direction;
import io.openbroker.recon.ReconErrorCode;
import io.openbroker.recon.Side;
import io.openbroker.recon.TransferRecord;
import io.openbroker.recon.TransferStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a row's fields into a {@link TransferRecord}, knowing at which index each field sits (from
 * the header names, or the order of a fixed-width layout). A bad value is rejected with a reason
 * that names the column but never echoes personal data.
 */
public final class DetailRecordParser {

  private static final DetailField[] FIELDS = DetailField.values();
  private final int[] index = new int[FIELDS.length];
  private final int width;

  private DetailRecordParser(int[] index, int width) {
    System.arraycopy(index, 0, this.index, 0, index.length);
    this.width = width;
  }

  /** Finds each field's column by header name, case-insensitively and in any order. */
  public static DetailRecordParser fromHeader(String[] header, Map<DetailField, String> names) {
    int[] index = new int[FIELDS.length];
    Arrays.fill(index, -1);
    for (DetailField field : FIELDS) {
      String wanted = names.get(field);
      for (int i = 0; i < header.length; i++) {
        String name = header[i].strip();
        if (name.startsWith("\uFEFF")) {
          name = name.substring(1);
        }
        if (name.equalsIgnoreCase(wanted)) {
          index[field.ordinal()] = i;
        }
      }
      if (index[field.ordinal()] < 0 && field.required()) {
        throw new InvalidInputException(
            ReconErrorCode.RECON_LAYOUT_MISMATCH,
            "no column '" + wanted + "' for " + field + " in the header");
      }
    }
    return new DetailRecordParser(index, header.length);
  }

  /** Fields in the given order (a fixed-width layout's columns). */
  public static DetailRecordParser positional(List<DetailField> order) {
    int[] index = new int[FIELDS.length];
    Arrays.fill(index, -1);
    for (int i = 0; i < order.size(); i++) {
      index[order.get(i).ordinal()] = i;
    }
    return new DetailRecordParser(index, order.size());
  }

  /** The column of {@code field}, or -1 when the file does not have it. */
  public int indexOf(DetailField field) {
    return index[field.ordinal()];
  }

  /** The number of fields a row must have. */
  public int width() {
    return width;
  }

  /**
   * Parses one row's fields.
   *
   * @throws IllegalArgumentException with a reason fit for a malformed-line report
   */
  public TransferRecord parse(String[] f, long line) {
    if (f.length != width) {
      throw new IllegalArgumentException("has " + f.length + " fields, the header " + width);
    }
    String bankSerial = get(f, DetailField.BANK_SERIAL);
    String brokerSerial = get(f, DetailField.BROKER_SERIAL);
    if (bankSerial.isEmpty() && brokerSerial.isEmpty()) {
      throw new IllegalArgumentException("neither bank_serial nor broker_serial");
    }
    return new TransferRecord(
        bankSerial,
        brokerSerial,
        get(f, DetailField.CUSTOMER_NAME),
        nonEmpty(f, DetailField.FUND_ACCOUNT),
        nonEmpty(f, DetailField.BANK_ACCOUNT),
        initiator(get(f, DetailField.INITIATOR)),
        direction(get(f, DetailField.DIRECTION)),
        amount(get(f, DetailField.AMOUNT)),
        currency(get(f, DetailField.CURRENCY)),
        time(get(f, DetailField.TRADE_TIME)),
        status(get(f, DetailField.STATUS)),
        line);
  }

  private String get(String[] f, DetailField field) {
    int i = index[field.ordinal()];
    return i < 0 ? "" : f[i];
  }

  private String nonEmpty(String[] f, DetailField field) {
    String value = get(f, field);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(field.defaultHeader() + ": empty");
    }
    return value;
  }

  /** Values are upper case in every file we know: only others pay for case folding. */
  private static String upper(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return text.toUpperCase(Locale.ROOT);
      }
    }
    return text;
  }

  private static Side initiator(String text) {
    return switch (upper(text)) {
      case "BANK" -> Side.BANK;
      case "BROKER" -> Side.BROKER;
      default -> throw new IllegalArgumentException("initiator: not BANK or BROKER");
    };
  }

  private static Direction direction(String text) {
    return switch (upper(text)) {
      case "BANK_TO_SECURITIES" -> Direction.BANK_TO_SECURITIES;
      case "SECURITIES_TO_BANK" -> Direction.SECURITIES_TO_BANK;
      default -> throw new IllegalArgumentException("direction: unknown value");
    };
  }

  private static TransferStatus status(String text) {
    return switch (upper(text)) {
      case "SUCCESS" -> TransferStatus.SUCCESS;
      case "FAILED" -> TransferStatus.FAILED;
      case "REVERSED" -> TransferStatus.REVERSED;
      default -> throw new IllegalArgumentException("status: unknown value");
    };
  }

  private static long amount(String text) {
    try {
      return YuanAmount.parseFen(text);
    } catch (InvalidInputException e) {
      throw new IllegalArgumentException("amount: " + e.getMessage(), e);
    }
  }

  private static CurrencyCode currency(String text) {
    if (text.isEmpty()) {
      return CurrencyCode.CNY;
    }
    try {
      return CurrencyCode.parse(text.toUpperCase(Locale.ROOT));
    } catch (InvalidInputException e) {
      throw new IllegalArgumentException("currency: " + e.getMessage(), e);
    }
  }

  private static java.time.LocalDateTime time(String text) {
    try {
      return TradeTimeText.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("trade_time: " + e.getMessage(), e);
    }
  }
}
