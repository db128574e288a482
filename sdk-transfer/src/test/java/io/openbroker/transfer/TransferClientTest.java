package io.openbroker.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.FaultKind;
import io.openbroker.banksim.FaultPlan;
import io.openbroker.banksim.FaultRule;
import io.openbroker.core.Effects;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import io.openbroker.core.id.BankCardNumber;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.id.PersonName;
import io.openbroker.core.money.CurrencyCode;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.testing.Await;
import io.openbroker.transfer.testing.BankWorld;
import io.openbroker.transfer.testing.Customer;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every broker → bank operation over loopback, and every refusal the bank gives. */
class TransferClientTest {

  private static BankWorld world;
  private static TransferClient client;

  @BeforeAll
  static void start() {
    world = new BankWorld(3);
    client = world.client(world.bank.baseUri().toString());
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  private static String code(BankAnswer<?> answer) {
    assertThat(answer).isInstanceOf(BankAnswer.Verified.class);
    return ((BankAnswer.Verified<?>) answer).resultCode();
  }

  private static <T> T reply(BankAnswer<T> answer) {
    return ((BankAnswer.Verified<T>) answer).reply();
  }

  private static BusinessSerial serial() {
    return world.nextSerial();
  }

  @Test
  void bindsChangesAndRevokesAFundAccount() {
    Customer c = Customer.number(100);
    world.bank.openAccount(
        c.card().value(),
        Customer.NAME,
        Customer.ID,
        Customer.MOBILE,
        "135790",
        Money.parse("50.00"));
    BankCardNumber other = BankCardNumber.parse("6212827199999901");
    world.bank.openAccount(
        other.value(), Customer.NAME, Customer.ID, Customer.MOBILE, "135790", Money.parse("0.00"));
    FourElements four = c.fourElements();

    assertThat(reply(client.preDesignate(serial(), c.fund(), four)).status())
        .isEqualTo("PRE_DESIGNATED");
    assertThat(code(client.designate(serial(), c.fund(), four, new BankPassword("999"))))
        .isEqualTo("BAD_PASSWORD");
    FourElements stranger =
        new FourElements(PersonName.parse("李四"), four.idNumber(), four.bankCard(), four.mobile());
    assertThat(code(client.designate(serial(), c.fund(), stranger, Customer.PASSWORD)))
        .isEqualTo("FOUR_ELEMENTS_MISMATCH");
    assertThat(reply(client.designate(serial(), c.fund(), four, Customer.PASSWORD)).status())
        .isEqualTo("ACTIVE");
    assertThat(code(client.designate(serial(), c.fund(), four, Customer.PASSWORD)))
        .isEqualTo("ALREADY_BOUND");
    assertThat(code(client.queryBinding(serial(), c.fund()))).isEqualTo("SUCCESS");
    FourElements moved = new FourElements(four.name(), four.idNumber(), other, four.mobile());
    assertThat(code(client.changeBankAccount(serial(), c.fund(), moved, Customer.PASSWORD)))
        .isEqualTo("SUCCESS");
    TransferRequest deposit =
        TransferRequest.deposit(
            serial(), c.fund(), c.card(), Money.parse("1.00"), Customer.PASSWORD);
    assertThat(code(client.transfer(deposit))).isEqualTo("NOT_BOUND");
    assertThat(code(client.revoke(serial(), c.fund()))).isEqualTo("SUCCESS");
    assertThat(code(client.revoke(serial(), c.fund()))).isEqualTo("NOT_BOUND");
  }

  @Test
  void revokingAFundAccountThatHoldsMoneyIsRefused() {
    Customer c = world.customers.get(0);
    assertThat(code(client.transfer(world.deposit(c, "1.00")))).isEqualTo("SUCCESS");

    assertThat(code(client.revoke(serial(), c.fund()))).isEqualTo("BALANCE_NOT_ZERO");
  }

  @Test
  void transferRefusalsAreDefiniteAndVerified() {
    Customer c = world.customers.get(1);
    FundAccount unbound = FundAccount.parse("099999999999");
    assertThat(code(client.transfer(world.deposit(c, "10000.01")))).isEqualTo("INSUFFICIENT_FUNDS");
    assertThat(code(client.transfer(world.withdrawal(c, "0.01")))).isEqualTo("INSUFFICIENT_FUNDS");
    assertThat(code(client.transfer(world.deposit(c, "1000000.01")))).isEqualTo("LIMIT_EXCEEDED");
    assertThat(
            code(
                client.transfer(
                    TransferRequest.deposit(
                        serial(), c.fund(), c.card(), Money.parse("1.00"), new BankPassword("1")))))
        .isEqualTo("BAD_PASSWORD");
    assertThat(
            code(
                client.transfer(
                    TransferRequest.withdrawal(serial(), unbound, c.card(), Money.parse("1.00")))))
        .isEqualTo("NOT_BOUND");
    assertThat(
            code(
                client.transfer(
                    TransferRequest.withdrawal(
                        serial(), c.fund(), c.card(), Money.parse("1.00", CurrencyCode.USD)))))
        .isEqualTo("CURRENCY_NOT_SUPPORTED");
  }

  @Test
  void aSerialReusedForOtherContentIsRefusedWith409() {
    Customer c = world.customers.get(2);
    TransferRequest first = world.deposit(c, "2.00");
    assertThat(code(client.transfer(first))).isEqualTo("SUCCESS");
    TransferRequest other =
        TransferRequest.deposit(
            first.serial(), c.fund(), c.card(), Money.parse("3.00"), Customer.PASSWORD);

    BankAnswer<BankTransferReply> answer = client.transfer(other);

    assertThat(code(answer)).isEqualTo("EXISTS_WITH_DIFFERENT_CONTENT");
    assertThat(((BankAnswer.Verified<?>) answer).httpStatus()).isEqualTo(409);
    assertThat(code(client.transfer(first))).isEqualTo("SUCCESS");
  }

  @Test
  void queriesReversesAndRefusesASecondReversal() throws Exception {
    Customer c = world.customers.get(2);
    TransferRequest deposit = world.deposit(c, "5.00");
    assertThat(code(client.transferAsync(deposit).get())).isEqualTo("SUCCESS");
    assertThat(reply(client.queryTransferAsync(deposit.serial()).get()).status())
        .isEqualTo("SUCCEEDED");
    assertThat(code(client.queryTransfer(serial()))).isEqualTo("NOT_FOUND");

    BankReversalReply reversed = reply(client.reverseAsync(serial(), deposit.serial()).get());

    assertThat(reversed.originalStatus()).isEqualTo("REVERSED");
    assertThat(code(client.reverse(serial(), deposit.serial()))).isEqualTo("ALREADY_REVERSED");
    assertThat(reply(client.queryTransfer(deposit.serial())).status()).isEqualTo("REVERSED");
  }

  @Test
  void aReversalBeforeTheOriginalBlocksIt() {
    Customer c = world.customers.get(2);
    TransferRequest late = world.deposit(c, "5.00");

    assertThat(reply(client.reverse(serial(), late.serial())).originalStatus()).isEqualTo("FAILED");
    assertThat(code(client.transfer(late))).isEqualTo("REVERSED_BEFORE_ARRIVAL");
  }

  @Test
  void balanceHistoryAndReconciliationFile() {
    Customer c = world.customers.get(0);
    assertThat(code(client.transfer(world.deposit(c, "3.00")))).isEqualTo("SUCCESS");

    BankBalanceReply withPassword = reply(client.balance(c.fund(), Optional.of(Customer.PASSWORD)));
    BankBalanceReply without = reply(client.balance(c.fund(), Optional.empty()));
    BankHistoryReply history =
        reply(client.history(c.fund(), world.bank.businessDate(), world.bank.businessDate()));
    BankAnswer<BankReconFile> file =
        client.reconciliationFile(world.bank.businessDate(), "TRANSFER_DETAIL");

    assertThat(Money.parse(withPassword.managementBalance()).fen())
        .isEqualTo(world.bank.managementBalanceFen(BankWorld.BROKER, c.fund().value()));
    assertThat(Money.parse(withPassword.bankBalance()).fen())
        .isEqualTo(world.bank.bankBalanceFen(c.card().value()));
    assertThat(without.bankBalance()).isNull();
    assertThat(code(client.balance(c.fund(), Optional.of(new BankPassword("0")))))
        .isEqualTo("BAD_PASSWORD");
    assertThat(code(client.balance(FundAccount.parse("099999999998"), Optional.empty())))
        .isEqualTo("NOT_BOUND");
    assertThat(history.transfers()).isNotEmpty();
    assertThat(history.transfers())
        .allSatisfy(t -> assertThat(t.fundAccount()).isEqualTo(c.fund().value()));
    assertThat(reply(file).recordCount()).isPositive();
    assertThat(reply(file).content()).contains(c.fund().value());
  }

  @Test
  void signingInToAnotherDateIsRefused() {
    assertThat(code(client.signIn(serial(), world.bank.businessDate().plusDays(3))))
        .isEqualTo("BUSINESS_DATE_MISMATCH");
    assertThat(code(client.signIn(serial(), world.bank.businessDate()))).isEqualTo("SUCCESS");
  }

  @Test
  void afterTheBanksDayCutTransfersAreRefusedUntilTheBrokerSignsIn() {
    LocalTime cut = LocalTime.now(Effects.CHINA).plusSeconds(2);
    Assumptions.assumeTrue(cut.isAfter(LocalTime.of(0, 0, 5)), "not across midnight");
    try (BankWorld late = new BankWorld(1, b -> b.dayCut(cut), BankWorld.h2Memory())) {
      TransferClient broker = late.client(late.bank.baseUri().toString());
      LocalDate before = late.bank.businessDate();
      Customer c = late.customers.get(0);
      Await.until(
          Duration.ofSeconds(10),
          "the bank's day-cut",
          () -> late.bank.businessDate().isAfter(before));

      assertThat(code(broker.transfer(late.deposit(c, "1.00")))).isEqualTo("DAY_CUT_IN_PROGRESS");
      assertThat(reply(broker.signIn(serial(), before)).resultCode())
          .isEqualTo("BUSINESS_DATE_MISMATCH");
      try (TransferService service = late.service(RetryPolicy.DEFAULT)) {
        assertThat(service.signIn(serial(), before)).contains(late.bank.businessDate());
      }
      assertThat(code(broker.transfer(late.deposit(c, "1.00")))).isEqualTo("SUCCESS");
    }
  }

  @Test
  void anAnswerWithACorruptSignatureIsUnknownNeverASuccess() {
    Customer c = world.customers.get(0);
    world.bank.setFaultPlan(
        new FaultPlan(
            1, List.of(FaultRule.onNth(BankOperation.TRANSFER, FaultKind.CORRUPT_SIGNATURE, 1))));
    TransferRequest deposit = world.deposit(c, "1.00");

    BankAnswer<BankTransferReply> answer = client.transfer(deposit);
    world.noFaults();

    assertThat(answer).isInstanceOf(BankAnswer.Unknown.class);
    assertThat(((BankAnswer.Unknown<?>) answer).cause()).contains("SIGNATURE_INVALID");
    assertThat(code(client.transfer(deposit))).isEqualTo("SUCCESS");
  }

  @Test
  void aBrokerKeyTheBankDoesNotKnowIsRefusedWith401() {
    AsymmetricKeyPair stranger = AsymmetricKeyPair.generateSm2(RandomSource.secure());
    TransferClient impostor =
        TransferClient.builder()
            .baseUrl(URI.create(world.bank.baseUri().toString()))
            .brokerKey("broker-1-sm2", stranger.privateKey().signer(RandomSource.secure()))
            .bankKey("bank-sm2", BankWorld.BANK_KEY.publicKey())
            .build();

    BankAnswer<BankTransferReply> answer =
        impostor.transfer(world.deposit(world.customers.get(0), "1.00"));

    assertThat(code(answer)).isEqualTo("SIGNATURE_INVALID");
    assertThat(((BankAnswer.Verified<?>) answer).httpStatus()).isEqualTo(401);
  }
}
