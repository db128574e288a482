package io.openbroker.banksim.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.banksim.testing.BankFixture;
import io.openbroker.banksim.testing.SignedClient.Reply;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The signed admin API: accounts, cash, faults and their log, the books check. */
class AdminApiTest {

  private BankFixture f;

  @BeforeEach
  void start() throws Exception {
    f = new BankFixture(b -> b.wireSleeper(d -> {}));
    f.designate("D1");
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void opensAnAccountAndPaysCash() throws Exception {
    Map<String, Object> account = new LinkedHashMap<>();
    account.put("bankAccount", "6222021234567890128");
    account.put("customerName", "李四");
    account.put("idNumber", "11010119900307456X");
    account.put("mobile", "13912345678");
    account.put("password", "246810");
    account.put("balance", "10.00");
    assertThat(f.admin.post("/v1/admin/accounts", account).code()).isEqualTo("SUCCESS");
    Reply cash =
        f.admin.post(
            "/v1/admin/cash", Map.of("bankAccount", "6222021234567890128", "amount", "-2.50"));
    assertThat(cash.body().path("bankBalance").asText()).isEqualTo("7.50");
    assertThat(
            f.admin
                .post(
                    "/v1/admin/cash",
                    Map.of("bankAccount", "6222021234567890128", "amount", "-8.00"))
                .code())
        .isEqualTo("INSUFFICIENT_FUNDS");
  }

  @Test
  void setsAFaultPlanAndReportsTheLog() throws Exception {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("operation", "TRANSFER");
    rule.put("kind", "CONNECTION_RESET");
    rule.put("ordinals", List.of(2));
    assertThat(f.admin.post("/v1/admin/faults", Map.of("seed", 5, "rules", List.of(rule))).code())
        .isEqualTo("SUCCESS");

    f.deposit("T1", "1.00");
    assertThatThrownBy(() -> f.deposit("T2", "1.00")).isInstanceOf(IOException.class);

    Reply log = f.admin.post("/v1/admin/faults/log", Map.of());
    assertThat(log.body().path("faults")).hasSize(1);
    assertThat(log.body().path("faults").get(0).path("kind").asText())
        .isEqualTo("CONNECTION_RESET");
    assertThat(log.body().path("faults").get(0).path("detail").asText()).isEqualTo("T2");
  }

  @Test
  void refusesABadFaultRule() throws Exception {
    Map<String, Object> rule =
        Map.of("operation", "TRANSFER", "kind", "DUPLICATE_DELIVERY", "ordinals", List.of(1));
    Reply r = f.admin.post("/v1/admin/faults", Map.of("seed", 5, "rules", List.of(rule)));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("BAD_REQUEST");
  }

  @Test
  void reportsTheBooksCheck() throws Exception {
    f.deposit("T1", "12.34");
    Reply books = f.admin.post("/v1/admin/books", Map.of());
    assertThat(books.body().path("balanced").asBoolean()).isTrue();
    assertThat(books.body().path("summaryBalances").path("broker-1").asLong()).isEqualTo(1234);
  }
}
