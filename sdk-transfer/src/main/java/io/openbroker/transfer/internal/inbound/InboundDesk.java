package io.openbroker.transfer.internal.inbound;

import io.openbroker.core.InvalidInputException;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.TransferDirection;
import io.openbroker.transfer.TransferErrorCode;
import io.openbroker.transfer.internal.wire.WireJson;
import io.openbroker.transfer.spi.FundLedger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies bank-initiated messages exactly once: the ledger posting is keyed by the bank serial
 * (idempotent), then the answer is stored; a repeat gets the stored answer. A reversal undoes the
 * original's posting and blocks an original that has not arrived yet.
 */
public final class InboundDesk {

  private static final Logger LOG = LoggerFactory.getLogger(InboundDesk.class);

  private final FundLedger ledger;
  private final InboundStore store;
  private final Clock clock;

  public InboundDesk(FundLedger ledger, InboundStore store, Clock clock) {
    this.ledger = ledger;
    this.store = store;
    this.clock = clock;
  }

  /** The answer JSON to {@code message} ({@code reversal} for the reversal path). */
  public byte[] apply(BankMessage m, boolean reversal) {
    String serial = required("bankSerial", m.bankSerial());
    java.util.Optional<String> known = store.answer(serial);
    if (known.isPresent()) {
      return known.get().getBytes(StandardCharsets.UTF_8);
    }
    InboundAnswer answer = reversal ? reverse(m) : transfer(m);
    LOG.info(
        "bank-initiated {} {}: {}",
        reversal ? "reversal" : "transfer",
        serial,
        answer.resultCode());
    String json = new String(WireJson.write(answer), StandardCharsets.UTF_8);
    String stands =
        store.store(
            serial, reversal ? "REVERSAL" : "TRANSFER", answer.resultCode(), json, clock.millis());
    return stands.getBytes(StandardCharsets.UTF_8);
  }

  private InboundAnswer transfer(BankMessage m) {
    TransferDirection direction = TransferDirection.valueOf(required("direction", m.direction()));
    FundAccount fund = FundAccount.parse(m.fundAccount());
    Money amount = Money.parse(required("amount", m.amount()));
    BusinessSerial posting = posting(m.bankSerial());
    if (!"CNY".equals(m.currency())) {
      return new InboundAnswer("CURRENCY_NOT_SUPPORTED", "CNY only", posting.value());
    }
    if (direction == TransferDirection.BANK_TO_SECURITIES) {
      ledger.credit(posting, fund, amount);
      return new InboundAnswer("SUCCESS", "credited", posting.value());
    }
    if (ledger.debit(posting, fund, amount)) {
      return new InboundAnswer("SUCCESS", "debited", posting.value());
    }
    return new InboundAnswer("INSUFFICIENT_FUNDS", "withdrawable balance too low", posting.value());
  }

  private InboundAnswer reverse(BankMessage m) {
    String original = required("originalBankSerial", m.originalBankSerial());
    ledger.undo(posting(original));
    String block =
        new String(
            WireJson.write(
                new InboundAnswer(
                    "REVERSED_BEFORE_ARRIVAL",
                    "reversed before it arrived",
                    posting(original).value())),
            StandardCharsets.UTF_8);
    store.store(original, "TRANSFER", "REVERSED_BEFORE_ARRIVAL", block, clock.millis());
    return new InboundAnswer("SUCCESS", "reversed", posting(m.bankSerial()).value());
  }

  /** The ledger key of a bank serial, kept apart from the broker's own serials. */
  static BusinessSerial posting(String bankSerial) {
    return BusinessSerial.parse("BANK-" + bankSerial);
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(TransferErrorCode.INBOUND_MALFORMED, field + " is missing");
    }
    return value;
  }
}
