package io.openbroker.banksim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.testing.BankFixture;
import io.openbroker.banksim.testing.SignedClient.Reply;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Balance, history, sign-in and the bank's day-cut over real HTTP. */
class AccountProtocolTest {

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

  @Test
  void theBalanceShowsTheManagementAccountAndWithThePasswordTheBankAccount() throws Exception {
    f.deposit("T1", "250.00");
    Reply plain = f.broker.post("/v1/accounts/balance", Map.of("fundAccount", BankFixture.FUND));
    assertThat(plain.body().path("managementBalance").asText()).isEqualTo("250.00");
    assertThat(plain.body().has("bankBalance")).isFalse();

    Reply withPassword =
        f.broker.post(
            "/v1/accounts/balance",
            Map.of(
                "fundAccount",
                BankFixture.FUND,
                "bankPassword",
                BankFixture.encrypted(BankFixture.PASSWORD)));
    assertThat(withPassword.body().path("bankBalance").asText()).isEqualTo("9750.00");
    Reply wrong =
        f.broker.post(
            "/v1/accounts/balance",
            Map.of("fundAccount", BankFixture.FUND, "bankPassword", BankFixture.encrypted("1")));
    assertThat(wrong.code()).isEqualTo("BAD_PASSWORD");
    assertThat(f.broker.post("/v1/accounts/balance", Map.of("fundAccount", "099999999999")).code())
        .isEqualTo("NOT_BOUND");
  }

  @Test
  void theHistoryListsTransfersOfTheDatesAskedFor() throws Exception {
    f.deposit("T1", "1.00");
    f.withdraw("T2", "9.00");
    Reply r =
        f.broker.post(
            "/v1/transfers/history",
            Map.of(
                "fundAccount", BankFixture.FUND, "fromDate", "2026-11-20", "toDate", "2026-11-20"));
    assertThat(r.body().path("transfers")).hasSize(2);
    assertThat(r.body().path("transfers").get(0).path("brokerSerial").asText()).isEqualTo("T1");
    assertThat(r.body().path("transfers").get(1).path("status").asText()).isEqualTo("FAILED");
    Reply none =
        f.broker.post(
            "/v1/transfers/history",
            Map.of(
                "fundAccount", BankFixture.FUND, "fromDate", "2026-11-21", "toDate", "2026-11-22"));
    assertThat(none.body().path("transfers")).isEmpty();
  }

  @Test
  void afterTheDayCutTransfersWaitForTheBrokerToSignInToTheNextDate() throws Exception {
    f.clock.advance(Duration.ofHours(6)); // 16:00 China: day-cut
    Reply refused = f.deposit("T1", "1.00");
    assertThat(refused.code()).isEqualTo("DAY_CUT_IN_PROGRESS");
    assertThat(refused.body().path("businessDate").asText()).isEqualTo("2026-11-21");

    Reply wrongDate =
        f.broker.post("/v1/sign-in", Map.of("brokerSerial", "S1", "businessDate", "2026-11-20"));
    assertThat(wrongDate.code()).isEqualTo("BUSINESS_DATE_MISMATCH");
    assertThat(wrongDate.body().path("bankBusinessDate").asText()).isEqualTo("2026-11-21");

    Reply signIn =
        f.broker.post("/v1/sign-in", Map.of("brokerSerial", "S2", "businessDate", "2026-11-21"));
    assertThat(signIn.code()).isEqualTo("SUCCESS");
    Reply ok = f.deposit("T2", "1.00");
    assertThat(ok.code()).isEqualTo("SUCCESS");
    assertThat(ok.body().path("businessDate").asText()).isEqualTo("2026-11-21");
    assertThat(ok.body().path("bankSerial").asText()).startsWith("B20261121");
  }

  @Test
  void aSignInRefusedForTheWrongDateLeavesItsSerialForTheRightDate() throws Exception {
    f.clock.advance(Duration.ofHours(6)); // 16:00 China: day-cut, the bank is at 2026-11-21
    Reply wrongDate =
        f.broker.post("/v1/sign-in", Map.of("brokerSerial", "S1", "businessDate", "2026-11-20"));
    assertThat(wrongDate.code()).isEqualTo("BUSINESS_DATE_MISMATCH");

    Reply retried =
        f.broker.post("/v1/sign-in", Map.of("brokerSerial", "S1", "businessDate", "2026-11-21"));
    assertThat(retried.code()).isEqualTo("SUCCESS");
    assertThat(retried.body().path("signedInDate").asText()).isEqualTo("2026-11-21");
    Reply resend =
        f.broker.post("/v1/sign-in", Map.of("brokerSerial", "S1", "businessDate", "2026-11-21"));
    assertThat(resend.raw())
        .as("a resend of the success is the same answer")
        .isEqualTo(retried.raw());
    Reply reuse =
        f.broker.post("/v1/sign-in", Map.of("brokerSerial", "S1", "businessDate", "2026-11-20"));
    assertThat(reuse.code())
        .as("once used by the success, the serial is taken")
        .isEqualTo("EXISTS_WITH_DIFFERENT_CONTENT");
  }
}
