package io.openbroker.banksim.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.BankSimulator;
import io.openbroker.banksim.BankSimulatorKeys;
import io.openbroker.banksim.BankSimulatorTest;
import io.openbroker.banksim.testing.SignedClient;
import io.openbroker.core.RandomSource;
import io.openbroker.core.money.Money;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The README's JUnit 5 example, run: one bank for the class, injected with its keys. */
@BankSimulatorTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BankSimulatorExtensionTest {

  private static int firstPort;

  @Test
  @Order(1)
  void injectsARunningBankAndKeysThatSpeakToIt(BankSimulator bank, BankSimulatorKeys keys)
      throws Exception {
    bank.openAccount(
        "6212827110199152",
        "张三",
        "11010119900307123X",
        "13812345678",
        "135790",
        Money.parse("500.00"));
    SignedClient broker =
        new SignedClient(
            bank.baseUri(),
            keys.brokerKeyId(),
            keys.brokerKey().signer(RandomSource.secure()),
            keys.bankPublicKey().verifier(),
            Clock.systemUTC());
    Map<String, Object> designate = new LinkedHashMap<>();
    designate.put("brokerSerial", "D1");
    designate.put("fundAccount", "012345678901");
    designate.put("customerName", "张三");
    designate.put("idNumber", "11010119900307123X");
    designate.put("mobile", "13812345678");
    designate.put("bankAccount", "6212827110199152");
    designate.put(
        "bankPassword",
        Base64.getEncoder()
            .encodeToString(
                keys.bankPublicKey()
                    .encrypt("135790".getBytes(StandardCharsets.UTF_8), RandomSource.secure())));

    SignedClient.Reply r = broker.post("/v1/bindings/designate", designate);

    assertThat(r.signatureValid()).isTrue();
    assertThat(r.code()).isEqualTo("SUCCESS");
    firstPort = bank.port();
  }

  @Test
  @Order(2)
  void theSameBankServesTheWholeClass(BankSimulator bank) {
    assertThat(bank.port()).isEqualTo(firstPort);
    assertThat(bank.bankBalanceFen("6212827110199152")).isEqualTo(50_000);
  }
}
