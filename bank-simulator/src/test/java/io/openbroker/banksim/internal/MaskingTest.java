package io.openbroker.banksim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.BankResultCode;
import io.openbroker.banksim.BankTransfer;
import io.openbroker.banksim.Initiator;
import io.openbroker.banksim.TransferDirection;
import io.openbroker.banksim.TransferStatus;
import io.openbroker.banksim.internal.books.BookEvent;
import io.openbroker.banksim.internal.books.Customer;
import io.openbroker.banksim.internal.wire.AdminRequests;
import io.openbroker.banksim.internal.wire.BindingRequest;
import io.openbroker.banksim.internal.wire.TransferRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cards, fund accounts, ID numbers, mobiles, names and passwords never print in clear. */
class MaskingTest {

  private static final String CARD = "6212827110199152";
  private static final String FUND = "012345678901";

  @Test
  void valuesHoldingPersonalDataPrintMasked() {
    List<Object> values =
        List.of(
            new TransferRequest(
                "T1", "BANK_TO_SECURITIES", FUND, CARD, "1.00", "CNY", "张三", "c2VjcmV0"),
            new BindingRequest(
                "D1", FUND, "张三", "11010119900307123X", "13812345678", CARD, "c2VjcmV0"),
            new AdminRequests.OpenAccount(
                CARD, "张三", "11010119900307123X", "13812345678", "135790", "1.00"),
            new Customer(CARD, "张三", "11010119900307123X", "13812345678", "00", "ff"),
            new BookEvent.MoneyMoved(
                "b",
                FUND,
                CARD,
                TransferDirection.BANK_TO_SECURITIES,
                1,
                "B1",
                "T1",
                LocalDate.EPOCH,
                Instant.EPOCH,
                "m"),
            new BankTransfer(
                "b",
                "T1",
                "B1",
                Initiator.BROKER,
                TransferDirection.BANK_TO_SECURITIES,
                FUND,
                CARD,
                1,
                "CNY",
                LocalDate.EPOCH,
                Instant.EPOCH,
                TransferStatus.SUCCEEDED,
                BankResultCode.SUCCESS));
    for (Object v : values) {
      assertThat(v.toString())
          .as(v.getClass().getSimpleName())
          .doesNotContain(
              CARD, FUND, "11010119900307123X", "13812345678", "张三", "135790", "c2VjcmV0");
    }
  }
}
