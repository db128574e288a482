package io.openbroker.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.FaultKind;
import io.openbroker.banksim.FaultPlan;
import io.openbroker.banksim.FaultRule;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import io.openbroker.core.envelope.EnvelopeHeaders;
import io.openbroker.core.envelope.EnvelopeSigner;
import io.openbroker.core.envelope.HeaderLookup;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.testing.Await;
import io.openbroker.transfer.testing.BankWorld;
import io.openbroker.transfer.testing.Customer;
import io.openbroker.transfer.testing.JdkInboundServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bank-initiated transfers and reversals from the simulator, through the inbound handler mounted on
 * the JDK HTTP server: applied exactly once (also when delivered twice), answered signed.
 */
class InboundHandlerTest {

  private static JdkInboundServer server;
  private static BankWorld world;
  private static InboundHandler handler;
  private static TransferService service;

  @BeforeAll
  static void start() throws Exception {
    server = new JdkInboundServer();
    world = new BankWorld(6, server.uri());
    handler =
        InboundHandler.builder()
            .bankKey("bank-sm2", BankWorld.BANK_KEY.publicKey())
            .brokerKey(
                "broker-1-sm2", BankWorld.BROKER_KEY.privateKey().signer(RandomSource.secure()))
            .ledger(world.ledger)
            .journal(world.db)
            .build();
    server.use(handler);
    service = world.service(RetryPolicy.DEFAULT);
  }

  @AfterAll
  static void stop() {
    service.close();
    world.close();
    server.close();
  }

  private static void delivered() {
    Await.until(
        Duration.ofSeconds(20),
        "the bank's messages delivered",
        () -> world.bank.pendingBankInitiated() == 0);
  }

  @Test
  void aBankChannelDepositIsCreditedOnce() {
    Customer c = world.customers.get(0);

    world.bank.originateTransfer(
        BankWorld.BROKER,
        io.openbroker.banksim.TransferDirection.BANK_TO_SECURITIES,
        c.fund().value(),
        c.card().value(),
        Money.parse("120.00"));
    delivered();

    assertThat(world.ledger.balance(c.fund()).available()).isEqualTo(Money.parse("120.00"));
    world.assertBooksAgree(service);
  }

  @Test
  void aBankChannelWithdrawalIsDebitedIfWithdrawableAndRefusedOtherwise() {
    Customer c = world.customers.get(1);
    service.transfer(world.deposit(c, "100.00"));
    // A buy order holds 50.00: the bank still sees 100.00, the broker lets only 50.00 leave.
    BusinessSerial order = BusinessSerial.parse("ORDER1");
    assertThat(world.ledger.freeze(order, c.fund(), Money.parse("50.00"))).isTrue();

    world.bank.originateTransfer(
        BankWorld.BROKER,
        io.openbroker.banksim.TransferDirection.SECURITIES_TO_BANK,
        c.fund().value(),
        c.card().value(),
        Money.parse("60.00"));
    delivered();
    assertThat(world.ledger.balance(c.fund()).withdrawable()).isEqualTo(Money.parse("50.00"));
    world.bank.originateTransfer(
        BankWorld.BROKER,
        io.openbroker.banksim.TransferDirection.SECURITIES_TO_BANK,
        c.fund().value(),
        c.card().value(),
        Money.parse("40.00"));
    delivered();

    assertThat(world.ledger.balance(c.fund()).withdrawable()).isEqualTo(Money.parse("10.00"));
    world.ledger.release(order);
    assertThat(world.ledger.balance(c.fund()).available()).isEqualTo(Money.parse("60.00"));
    world.assertBooksAgree(service);
  }

  @Test
  void aMessageDeliveredTwiceIsAppliedOnce() {
    Customer c = world.customers.get(2);
    world.bank.setFaultPlan(
        new FaultPlan(
            1,
            List.of(
                FaultRule.withProbability(
                    BankOperation.BANK_INITIATED, FaultKind.DUPLICATE_DELIVERY, 1.0))));

    world.bank.originateTransfer(
        BankWorld.BROKER,
        io.openbroker.banksim.TransferDirection.BANK_TO_SECURITIES,
        c.fund().value(),
        c.card().value(),
        Money.parse("33.00"));
    delivered();
    assertThat(world.bank.faultLog()).isNotEmpty();
    world.noFaults();

    assertThat(world.ledger.balance(c.fund()).available()).isEqualTo(Money.parse("33.00"));
    world.assertBooksAgree(service);
  }

  @Test
  void aBankChannelReversalUndoesTheDeposit() {
    Customer c = world.customers.get(3);
    String deposit =
        world.bank.originateTransfer(
            BankWorld.BROKER,
            io.openbroker.banksim.TransferDirection.BANK_TO_SECURITIES,
            c.fund().value(),
            c.card().value(),
            Money.parse("80.00"));
    delivered();

    world.bank.originateReversal(deposit);
    delivered();

    assertThat(world.ledger.balance(c.fund()).total().isZero()).isTrue();
    world.assertBooksAgree(service);
  }

  @Test
  void aBadlySignedMessageIsRefusedWith401AndChangesNothing() {
    AsymmetricKeyPair forger = AsymmetricKeyPair.generateSm2(RandomSource.secure());
    byte[] body =
        ("{\"bankSerial\":\"B1\",\"direction\":\"BANK_TO_SECURITIES\",\"fundAccount\":\"018800000004\","
                + "\"bankAccount\":\"6212827100000004\",\"amount\":\"1.00\",\"currency\":\"CNY\"}")
            .getBytes(StandardCharsets.UTF_8);
    EnvelopeHeaders headers =
        new EnvelopeSigner(
                "bank-sm2", forger.privateKey().signer(RandomSource.secure()), world.effects)
            .signRequest("POST", InboundHandler.TRANSFERS, body);

    InboundResponse r =
        handler.handle(
            new InboundRequest("POST", InboundHandler.TRANSFERS, headers.lookup(), body));

    assertThat(r.status()).isEqualTo(401);
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("SIGNATURE_INVALID");
    assertThat(world.ledger.balance(world.customers.get(4).fund()).total().isZero()).isTrue();
  }

  @Test
  void anUnknownPathIsRefusedWith404() {
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    EnvelopeHeaders headers =
        new EnvelopeSigner(
                "bank-sm2",
                BankWorld.BANK_KEY.privateKey().signer(RandomSource.secure()),
                world.effects)
            .signRequest("POST", "/v1/bank-initiated/other", body);

    InboundResponse r =
        handler.handle(
            new InboundRequest(
                "POST", "/v1/bank-initiated/other", HeaderLookup.of(headers.asMap()), body));

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.headers()).containsKey(EnvelopeHeaders.SIGNATURE);
  }
}
