package io.openbroker.recon;

import io.openbroker.recon.internal.Masking;
import java.util.Objects;

/**
 * One reconciliation exception: a record, a pair of records or a duplicated key that did not match,
 * with the proposed resolution and what it means for the broker's books.
 *
 * <pre>{@code
 * if (d.reconClass() == ReconClass.BANK_ONLY && d.effect() == BalanceEffect.SHORTFALL) { ... }
 * }</pre>
 *
 * @param reconClass the class (never {@link ReconClass#MATCHED})
 * @param side the side the exception is about: the one-sided, duplicated or out-of-window record's
 *     side; for a mismatched pair, the initiating side
 * @param bankSerial the bank serial of the key (may be empty)
 * @param brokerSerial the broker serial of the key (may be empty)
 * @param field the differing field for mismatches ({@code amount}, {@code fund_account}, ...), else
 *     empty
 * @param bankValue the bank's value of {@code field} (or a short description), empty when absent
 * @param brokerValue the broker's value of {@code field}, empty when absent
 * @param resolution the proposed resolution
 * @param effect surplus (长款) or shortfall (短款) for the broker
 * @param effectFen the size of the surplus or shortfall in fen (0 when {@link BalanceEffect#NONE})
 * @param amountFen the amount involved (the larger of the two sides' amounts) in fen
 * @param hour the hour of day (0–23) of the trade time, for reports
 * @param fallback whether the pair was matched by the fallback rule rather than by serials
 */
public record Discrepancy(
    ReconClass reconClass,
    Side side,
    String bankSerial,
    String brokerSerial,
    String field,
    String bankValue,
    String brokerValue,
    Resolution resolution,
    BalanceEffect effect,
    long effectFen,
    long amountFen,
    int hour,
    boolean fallback) {

  public Discrepancy {
    Objects.requireNonNull(reconClass, "reconClass");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(bankSerial, "bankSerial");
    Objects.requireNonNull(brokerSerial, "brokerSerial");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(bankValue, "bankValue");
    Objects.requireNonNull(brokerValue, "brokerValue");
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(effect, "effect");
    if (reconClass == ReconClass.MATCHED) {
      throw new IllegalArgumentException("a matched pair is not a discrepancy");
    }
    if (effectFen < 0 || amountFen < 0) {
      throw new IllegalArgumentException("amounts must not be negative");
    }
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("hour out of range: " + hour);
    }
  }

  /** Whether {@link #field()} holds account numbers, which are personal data. */
  public boolean fieldIsAccount() {
    return field.endsWith("account");
  }

  @Override
  public String toString() {
    String bank = fieldIsAccount() ? Masking.account(bankValue) : bankValue;
    String broker = fieldIsAccount() ? Masking.account(brokerValue) : brokerValue;
    return "Discrepancy["
        + reconClass
        + " side="
        + side
        + " key="
        + bankSerial
        + "/"
        + brokerSerial
        + (field.isEmpty() ? "" : " " + field + ": bank=" + bank + " broker=" + broker)
        + " -> "
        + resolution
        + " "
        + effect
        + " "
        + effectFen
        + (fallback ? " (fallback match)" : "")
        + "]";
  }
}
