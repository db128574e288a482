package io.openbroker.banksim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.testing.BankFixture;
import io.openbroker.banksim.testing.SignedClient.Reply;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transfers over real loopback HTTP: both directions, every refusal, idempotency. */
class TransferProtocolTest {

  private BankFixture f;

  @BeforeEach
  void start() throws Exception {
    f = new BankFixture();
    assertThat(f.designate("D1").code()).isEqualTo("SUCCESS");
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void aDepositMovesMoneyFromTheBankAccountToTheManagementAccount() throws Exception {
    Reply r = f.deposit("T1", "1000.00");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.signatureValid()).isTrue();
    assertThat(r.code()).isEqualTo("SUCCESS");
    assertThat(r.body().path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(r.body().path("bankSerial").asText()).startsWith("B20261120");
    assertThat(r.body().path("businessDate").asText()).isEqualTo("2026-11-20");
    assertThat(r.body().path("amount").asText()).isEqualTo("1000.00");
    assertThat(f.bank.bankBalanceFen(BankFixture.CARD)).isEqualTo(900_000);
    assertThat(f.bank.managementBalanceFen(BankFixture.BROKER, BankFixture.FUND))
        .isEqualTo(100_000);
    assertThat(f.bank.summaryBalanceFen(BankFixture.BROKER)).isEqualTo(100_000);
    assertThat(f.bank.checkBooks().balanced()).isTrue();
  }

  @Test
  void aWithdrawalMovesItBack() throws Exception {
    f.deposit("T1", "1000.00");
    Reply r = f.withdraw("T2", "400.50");

    assertThat(r.code()).isEqualTo("SUCCESS");
    assertThat(f.bank.bankBalanceFen(BankFixture.CARD)).isEqualTo(900_000 + 40_050);
    assertThat(f.bank.managementBalanceFen(BankFixture.BROKER, BankFixture.FUND))
        .isEqualTo(100_000 - 40_050);
    assertThat(f.bank.checkBooks().balanced()).isTrue();
  }

  @Test
  void refusesAWithdrawalAboveTheManagementBalance() throws Exception {
    Reply r = f.withdraw("T1", "0.01");

    assertThat(r.code()).isEqualTo("INSUFFICIENT_FUNDS");
    assertThat(r.body().path("status").asText()).isEqualTo("FAILED");
    assertThat(r.body().path("bankSerial").asText()).isNotEmpty();
  }

  @Test
  void refusesADepositAboveTheBankBalance() throws Exception {
    assertThat(f.deposit("T1", "10000.01").code()).isEqualTo("INSUFFICIENT_FUNDS");
    assertThat(f.bank.bankBalanceFen(BankFixture.CARD)).isEqualTo(1_000_000);
  }

  @Test
  void refusesADepositWithTheWrongPassword() throws Exception {
    Map<String, Object> body = BankFixture.transfer("T1", "BANK_TO_SECURITIES", "1.00");
    body.put("bankPassword", BankFixture.encrypted("000000"));
    assertThat(f.broker.post("/v1/transfers", body).code()).isEqualTo("BAD_PASSWORD");
    body.remove("bankPassword");
    body.put("brokerSerial", "T2");
    assertThat(f.broker.post("/v1/transfers", body).code()).isEqualTo("BAD_PASSWORD");
  }

  @Test
  void refusesAPasswordThatIsNotEncryptedForTheBank() throws Exception {
    Map<String, Object> body = BankFixture.transfer("T1", "BANK_TO_SECURITIES", "1.00");
    body.put("bankPassword", "bm90IGVuY3J5cHRlZA==");
    Reply r = f.broker.post("/v1/transfers", body);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("DECRYPTION_FAILED");
  }

  @Test
  void refusesATransferForAnUnboundFundAccount() throws Exception {
    Map<String, Object> body = BankFixture.transfer("T1", "SECURITIES_TO_BANK", "1.00");
    body.put("fundAccount", "099999999999");
    assertThat(f.broker.post("/v1/transfers", body).code()).isEqualTo("NOT_BOUND");
  }

  @Test
  void refusesAnotherCurrency() throws Exception {
    Map<String, Object> body = BankFixture.transfer("T1", "SECURITIES_TO_BANK", "1.00");
    body.put("currency", "USD");
    assertThat(f.broker.post("/v1/transfers", body).code()).isEqualTo("CURRENCY_NOT_SUPPORTED");
  }

  @Test
  void refusesMalformedAmountsAndUnknownFieldsWithoutRecordingTheSerial() throws Exception {
    Map<String, Object> body = BankFixture.transfer("T1", "SECURITIES_TO_BANK", "1.001");
    Reply r = f.broker.post("/v1/transfers", body);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("BAD_REQUEST");
    assertThat(r.body().path("message").asText()).contains("amount");

    body.put("amount", "1.00");
    body.put("colour", "red");
    Reply unknown = f.broker.post("/v1/transfers", body);
    assertThat(unknown.code()).isEqualTo("UNKNOWN_FIELD");
    assertThat(unknown.body().path("message").asText()).contains("colour");

    Reply malformed =
        f.broker.post(
            "/v1/transfers",
            "{\"brokerSerial\":",
            System.currentTimeMillis() * 0 + f.clock.millis(),
            f.broker.nextNonce());
    assertThat(malformed.code()).isEqualTo("BAD_REQUEST");

    body.remove("colour");
    f.deposit("T0", "5.00");
    assertThat(f.broker.post("/v1/transfers", body).code())
        .as("serial still unused")
        .isEqualTo("SUCCESS");
  }

  @Test
  void aResendWithTheSameContentGetsTheOriginalAnswerByteForByte() throws Exception {
    Reply first = f.deposit("T1", "100.00");
    Reply again = f.deposit("T1", "100.00");

    assertThat(again.raw()).isEqualTo(first.raw());
    assertThat(f.bank.bankBalanceFen(BankFixture.CARD)).isEqualTo(990_000);
    assertThat(f.bank.transfers()).hasSize(1);
  }

  @Test
  void theSameSerialWithDifferentContentIsRefused() throws Exception {
    f.deposit("T1", "100.00");
    Reply r = f.deposit("T1", "200.00");

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.code()).isEqualTo("EXISTS_WITH_DIFFERENT_CONTENT");
    assertThat(f.bank.bankBalanceFen(BankFixture.CARD)).isEqualTo(990_000);
  }

  @Test
  void aDefiniteFailureStaysFailedEvenWhenItWouldNowSucceed() throws Exception {
    assertThat(f.withdraw("T1", "50.00").code()).isEqualTo("INSUFFICIENT_FUNDS");
    f.deposit("T2", "100.00");

    Reply resend = f.withdraw("T1", "50.00");
    assertThat(resend.code()).isEqualTo("INSUFFICIENT_FUNDS");
    assertThat(f.bank.managementBalanceFen(BankFixture.BROKER, BankFixture.FUND)).isEqualTo(10_000);
  }

  @Test
  void theQueryReportsTheCurrentStatusOrNotFound() throws Exception {
    f.deposit("T1", "100.00");
    Reply found = f.broker.post("/v1/transfers/query", Map.of("brokerSerial", "T1"));
    assertThat(found.code()).isEqualTo("SUCCESS");
    assertThat(found.body().path("status").asText()).isEqualTo("SUCCEEDED");

    Reply missing = f.broker.post("/v1/transfers/query", Map.of("brokerSerial", "T9"));
    assertThat(missing.status()).isEqualTo(200);
    assertThat(missing.code()).isEqualTo("NOT_FOUND");
  }

  @Test
  void refusesAboveThePerTransferLimit() throws Exception {
    try (BankFixture limited =
        new BankFixture(b -> b.perTransferLimit(io.openbroker.core.money.Money.parse("500.00")))) {
      limited.designate("D1");
      assertThat(limited.deposit("T1", "500.01").code()).isEqualTo("LIMIT_EXCEEDED");
      assertThat(limited.deposit("T2", "500.00").code()).isEqualTo("SUCCESS");
    }
  }

  @Test
  void refusesOutsideTransferHours() throws Exception {
    try (BankFixture hours =
        new BankFixture(
            b -> b.transferHours(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(9, 30)))) {
      hours.designate("D1");
      assertThat(hours.deposit("T1", "1.00").code()).isEqualTo("OUTSIDE_HOURS");
    }
  }

  @Test
  void anOptionalCustomerNameMustBeTheBoundClients() throws Exception {
    Map<String, Object> body = BankFixture.transfer("T1", "BANK_TO_SECURITIES", "1.00");
    body.put("customerName", BankFixture.NAME);
    assertThat(f.broker.post("/v1/transfers", body).code()).isEqualTo("SUCCESS");
    body.put("brokerSerial", "T2");
    body.put("customerName", "李四");
    assertThat(f.broker.post("/v1/transfers", body).code()).isEqualTo("FOUR_ELEMENTS_MISMATCH");
  }
}
