package io.openbroker.banksim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.testing.BankFixture;
import io.openbroker.banksim.testing.SignedClient.Reply;
import io.openbroker.core.money.Money;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Depository binding over real HTTP: pre-designate, designate, change, revoke, query. */
class BindingProtocolTest {

  private static final String OTHER_CARD = "6222021234567890128";
  private BankFixture f;

  @BeforeEach
  void start() {
    f = new BankFixture();
    f.bank.openAccount(
        OTHER_CARD,
        BankFixture.NAME,
        BankFixture.ID,
        BankFixture.MOBILE,
        "246810",
        Money.parse("0"));
  }

  @AfterEach
  void stop() {
    f.close();
  }

  private static Map<String, Object> request(String serial, String card, String password) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("brokerSerial", serial);
    body.put("fundAccount", BankFixture.FUND);
    body.put("customerName", BankFixture.NAME);
    body.put("idNumber", BankFixture.ID);
    body.put("mobile", BankFixture.MOBILE);
    if (card != null) {
      body.put("bankAccount", card);
    }
    if (password != null) {
      body.put("bankPassword", BankFixture.encrypted(password));
    }
    return body;
  }

  private Reply post(String op, Map<String, Object> body) throws Exception {
    return f.broker.post("/v1/bindings/" + op, body);
  }

  @Test
  void preDesignateThenDesignateActivatesTheBinding() throws Exception {
    assertThat(post("pre-designate", request("P1", null, null)).body().path("status").asText())
        .isEqualTo("PRE_DESIGNATED");
    Reply r = post("designate", request("D1", BankFixture.CARD, BankFixture.PASSWORD));
    assertThat(r.code()).isEqualTo("SUCCESS");
    assertThat(r.body().path("status").asText()).isEqualTo("ACTIVE");
    Reply q = post("query", Map.of("fundAccount", BankFixture.FUND));
    assertThat(q.body().path("status").asText()).isEqualTo("ACTIVE");
    assertThat(q.body().path("bankAccount").asText()).isEqualTo(BankFixture.CARD);
  }

  @Test
  void designateChecksTheFourElementsAndThePassword() throws Exception {
    Map<String, Object> wrongMobile = request("D1", BankFixture.CARD, BankFixture.PASSWORD);
    wrongMobile.put("mobile", "13900000000");
    assertThat(post("designate", wrongMobile).code()).isEqualTo("FOUR_ELEMENTS_MISMATCH");
    Map<String, Object> wrongName = request("D2", BankFixture.CARD, BankFixture.PASSWORD);
    wrongName.put("customerName", "李四");
    assertThat(post("designate", wrongName).code()).isEqualTo("FOUR_ELEMENTS_MISMATCH");
    assertThat(post("designate", request("D3", BankFixture.CARD, "999999")).code())
        .isEqualTo("BAD_PASSWORD");
    assertThat(post("designate", request("D4", "6222020000000000000", BankFixture.PASSWORD)).code())
        .isEqualTo("ACCOUNT_NOT_FOUND");
    assertThat(post("query", Map.of("fundAccount", BankFixture.FUND)).code())
        .isEqualTo("NOT_BOUND");
  }

  @Test
  void aSecondDesignateIsRefusedAsAlreadyBound() throws Exception {
    post("designate", request("D1", BankFixture.CARD, BankFixture.PASSWORD));
    assertThat(post("designate", request("D2", OTHER_CARD, "246810")).code())
        .isEqualTo("ALREADY_BOUND");
  }

  @Test
  void changeBankAccountMovesTheBindingToTheNewCard() throws Exception {
    post("designate", request("D1", BankFixture.CARD, BankFixture.PASSWORD));
    Reply r = post("change-bank-account", request("C1", OTHER_CARD, "246810"));
    assertThat(r.code()).isEqualTo("SUCCESS");
    assertThat(r.body().path("bankAccount").asText()).isEqualTo(OTHER_CARD);
    assertThat(f.deposit("T1", "1.00").code())
        .as("old card no longer bound")
        .isEqualTo("NOT_BOUND");
  }

  @Test
  void revokeNeedsAZeroManagementBalance() throws Exception {
    post("designate", request("D1", BankFixture.CARD, BankFixture.PASSWORD));
    f.deposit("T1", "10.00");
    assertThat(post("revoke", request("V1", null, null)).code()).isEqualTo("BALANCE_NOT_ZERO");
    f.withdraw("T2", "10.00");
    Reply r = post("revoke", request("V2", null, null));
    assertThat(r.code()).isEqualTo("SUCCESS");
    assertThat(r.body().path("status").asText()).isEqualTo("REVOKED");
    assertThat(f.withdraw("T3", "1.00").code()).isEqualTo("NOT_BOUND");
    assertThat(post("revoke", request("V3", null, null)).code()).isEqualTo("NOT_BOUND");
  }

  @Test
  void aBindingResendGetsTheSameAnswerAndADifferentReuseIsRefused() throws Exception {
    Reply first = post("designate", request("D1", BankFixture.CARD, BankFixture.PASSWORD));
    assertThat(post("designate", request("D1", BankFixture.CARD, BankFixture.PASSWORD)).raw())
        .isEqualTo(first.raw());
    assertThat(post("revoke", request("D1", null, null)).code())
        .isEqualTo("EXISTS_WITH_DIFFERENT_CONTENT");
  }
}
