package io.openbroker.banksim.testing;

import io.openbroker.banksim.BankSimulator;
import io.openbroker.banksim.BankSimulatorBuilder;
import io.openbroker.banksim.BrokerRegistration;
import io.openbroker.core.Effects;
import io.openbroker.core.money.Money;
import java.io.IOException;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A bank with RSA keys, one broker ({@value #BROKER}), an admin key, a hand-moved clock, and one
 * client ({@value #CARD}, password {@value #PASSWORD}, 10,000.00 CNY) ready to bind.
 */
public final class BankFixture implements AutoCloseable {

  public static final String BROKER = "broker-1";
  public static final String CARD = "6212827110199152";
  public static final String FUND = "012345678901";
  public static final String NAME = "张三";
  public static final String ID = "11010119900307123X";
  public static final String MOBILE = "13812345678";
  public static final String PASSWORD = "135790";

  private static final KeyPair BANK = JdkRsaKeys.generate();
  private static final KeyPair BROKER_KEY = JdkRsaKeys.generate();
  private static final KeyPair ADMIN_KEY = JdkRsaKeys.generate();

  public final MutableClock clock =
      new MutableClock(Instant.parse("2026-11-20T02:00:00Z"), Effects.CHINA);
  public final BankSimulator bank;
  public final SignedClient broker;
  public final SignedClient admin;

  public BankFixture() {
    this(b -> b);
  }

  public BankFixture(UnaryOperator<BankSimulatorBuilder> customise) {
    this(Optional.empty(), customise);
  }

  public BankFixture(
      Optional<java.net.URI> brokerEndpoint, UnaryOperator<BankSimulatorBuilder> customise) {
    BankSimulatorBuilder builder =
        BankSimulator.builder()
            .effects(Effects.deterministic(7, clock))
            .bankKey(JdkRsaKeys.bankKey("bank-rsa", BANK))
            .broker(
                new BrokerRegistration(
                    BROKER,
                    "broker-1-rsa",
                    JdkRsaKeys.verifier(BROKER_KEY.getPublic()),
                    brokerEndpoint))
            .adminKey("admin-rsa", JdkRsaKeys.verifier(ADMIN_KEY.getPublic()));
    bank = customise.apply(builder).start();
    broker = client("broker-1-rsa", BROKER_KEY);
    admin = client("admin-rsa", ADMIN_KEY);
    bank.openAccount(CARD, NAME, ID, MOBILE, PASSWORD, Money.parse("10000.00"));
  }

  public SignedClient client(String keyId, KeyPair key) {
    return new SignedClient(
        bank.baseUri(),
        keyId,
        JdkRsaKeys.signer(key.getPrivate()),
        JdkRsaKeys.verifier(BANK.getPublic()),
        clock);
  }

  public static KeyPair bankKey() {
    return BANK;
  }

  public static KeyPair brokerKey() {
    return BROKER_KEY;
  }

  /** The bank password encrypted for the bank's key, base64. */
  public static String encrypted(String password) {
    return Base64.getEncoder()
        .encodeToString(
            JdkRsaKeys.encrypt(
                BANK.getPublic(), password.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** Binds {@link #FUND} to {@link #CARD}. */
  public SignedClient.Reply designate(String serial) throws IOException, InterruptedException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("brokerSerial", serial);
    body.put("fundAccount", FUND);
    body.put("customerName", NAME);
    body.put("idNumber", ID);
    body.put("mobile", MOBILE);
    body.put("bankAccount", CARD);
    body.put("bankPassword", encrypted(PASSWORD));
    return broker.post("/v1/bindings/designate", body);
  }

  public static Map<String, Object> transfer(String serial, String direction, String amount) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("brokerSerial", serial);
    body.put("direction", direction);
    body.put("fundAccount", FUND);
    body.put("bankAccount", CARD);
    body.put("amount", amount);
    body.put("currency", "CNY");
    if (direction.equals("BANK_TO_SECURITIES")) {
      body.put("bankPassword", encrypted(PASSWORD));
    }
    return body;
  }

  public SignedClient.Reply deposit(String serial, String amount)
      throws IOException, InterruptedException {
    return broker.post("/v1/transfers", transfer(serial, "BANK_TO_SECURITIES", amount));
  }

  public SignedClient.Reply withdraw(String serial, String amount)
      throws IOException, InterruptedException {
    return broker.post("/v1/transfers", transfer(serial, "SECURITIES_TO_BANK", amount));
  }

  @Override
  public void close() {
    bank.close();
  }
}
