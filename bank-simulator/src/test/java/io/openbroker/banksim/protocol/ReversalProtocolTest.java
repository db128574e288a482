package io.openbroker.banksim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.TransferStatus;
import io.openbroker.banksim.testing.BankFixture;
import io.openbroker.banksim.testing.SignedClient.Reply;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 冲正 over real HTTP: undo, already reversed, failed original, reversed before arrival. */
class ReversalProtocolTest {

  private BankFixture f;

  @BeforeEach
  void start() throws Exception {
    f = new BankFixture();
    f.designate("D1");
  }

  @AfterEach
  void stop() {
    f.close();
  }

  private Reply reverse(String serial, String original) throws Exception {
    return f.broker.post(
        "/v1/transfers/reversal", Map.of("brokerSerial", serial, "originalSerial", original));
  }

  @Test
  void reversingASucceededDepositPutsTheMoneyBack() throws Exception {
    f.deposit("T1", "300.00");
    Reply r = reverse("R1", "T1");

    assertThat(r.code()).isEqualTo("SUCCESS");
    assertThat(r.body().path("originalStatus").asText()).isEqualTo("REVERSED");
    assertThat(r.body().path("bankSerial").asText()).isNotEmpty();
    assertThat(f.bank.bankBalanceFen(BankFixture.CARD)).isEqualTo(1_000_000);
    assertThat(f.bank.managementBalanceFen(BankFixture.BROKER, BankFixture.FUND)).isZero();
    assertThat(f.bank.transfers())
        .singleElement()
        .extracting(t -> t.status())
        .isEqualTo(TransferStatus.REVERSED);
    Reply query = f.broker.post("/v1/transfers/query", Map.of("brokerSerial", "T1"));
    assertThat(query.body().path("status").asText()).isEqualTo("REVERSED");
    assertThat(f.bank.checkBooks().balanced()).isTrue();
  }

  @Test
  void theReversalAnswerNamesTheOriginalsBankSerialAndBusinessDate() throws Exception {
    Reply deposit = f.deposit("T1", "300.00");
    f.clock.advance(java.time.Duration.ofHours(6)); // the day-cut: the bank moves to 2026-11-21
    f.broker.post("/v1/sign-in", Map.of("brokerSerial", "S1", "businessDate", "2026-11-21"));
    Reply r = reverse("R1", "T1");

    assertThat(r.body().path("originalBankSerial").asText())
        .isEqualTo(deposit.body().path("bankSerial").asText());
    assertThat(r.body().path("originalBusinessDate").asText()).isEqualTo("2026-11-20");
    assertThat(r.body().path("businessDate").asText())
        .as("the reversal's own")
        .isEqualTo("2026-11-21");
    assertThat(r.body().path("bankSerial").asText())
        .as("the reversal's own movement")
        .isNotEqualTo(deposit.body().path("bankSerial").asText());
    assertThat(reverse("R2", "T1").body().path("originalBankSerial").asText())
        .as("also when already reversed")
        .isEqualTo(deposit.body().path("bankSerial").asText());
    assertThat(
            reverse("R3", "NEVER").body().path("originalBankSerial").isMissingNode()
                || reverse("R3", "NEVER").body().path("originalBankSerial").isNull())
        .as("no original booked: no original bank serial")
        .isTrue();
  }

  @Test
  void aReversalIsIdempotentAndASecondReversalSerialFindsItAlreadyReversed() throws Exception {
    f.deposit("T1", "300.00");
    Reply first = reverse("R1", "T1");
    assertThat(reverse("R1", "T1").raw()).isEqualTo(first.raw());
    assertThat(reverse("R2", "T1").code()).isEqualTo("ALREADY_REVERSED");
    assertThat(f.bank.bankBalanceFen(BankFixture.CARD)).isEqualTo(1_000_000);
  }

  @Test
  void theSameReversalSerialForAnotherOriginalIsRefused() throws Exception {
    f.deposit("T1", "1.00");
    f.deposit("T2", "2.00");
    reverse("R1", "T1");
    Reply r = reverse("R1", "T2");
    assertThat(r.code()).isEqualTo("EXISTS_WITH_DIFFERENT_CONTENT");
    assertThat(f.bank.managementBalanceFen(BankFixture.BROKER, BankFixture.FUND)).isEqualTo(200);
  }

  @Test
  void reversingAFailedTransferChangesNothing() throws Exception {
    f.withdraw("T1", "5.00");
    Reply r = reverse("R1", "T1");
    assertThat(r.code()).isEqualTo("SUCCESS");
    assertThat(r.body().path("originalStatus").asText()).isEqualTo("FAILED");
    assertThat(f.bank.bankBalanceFen(BankFixture.CARD)).isEqualTo(1_000_000);
  }

  @Test
  void aReversalBeforeTheOriginalArrivesBlocksItForGood() throws Exception {
    Reply r = reverse("R1", "T1");
    assertThat(r.code()).isEqualTo("SUCCESS");
    assertThat(r.body().path("originalStatus").asText()).isEqualTo("FAILED");

    Reply late = f.deposit("T1", "100.00");
    assertThat(late.code()).isEqualTo("REVERSED_BEFORE_ARRIVAL");
    assertThat(late.body().path("status").asText()).isEqualTo("FAILED");
    assertThat(f.bank.bankBalanceFen(BankFixture.CARD)).isEqualTo(1_000_000);
    assertThat(
            f.broker
                .post("/v1/transfers/query", Map.of("brokerSerial", "T1"))
                .body()
                .path("resultCode")
                .asText())
        .isEqualTo("REVERSED_BEFORE_ARRIVAL");
  }

  @Test
  void aWithdrawalCannotBeUndoneOnceTheClientSpentTheMoney() throws Exception {
    f.deposit("T1", "100.00");
    f.withdraw("T2", "100.00");
    f.bank.cash(BankFixture.CARD, -1_000_000);
    Reply r = reverse("R1", "T2");
    assertThat(r.code()).isEqualTo("INSUFFICIENT_FUNDS");
    assertThat(f.bank.checkBooks().balanced()).isTrue();
  }
}
