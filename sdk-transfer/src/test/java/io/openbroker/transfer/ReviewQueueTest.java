package io.openbroker.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.openbroker.core.InvalidInputException;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.money.Money;
import io.openbroker.core.testing.AdjustableClock;
import io.openbroker.transfer.spi.RiskDecision;
import io.openbroker.transfer.spi.RiskPolicy;
import io.openbroker.transfer.testing.BankWorld;
import io.openbroker.transfer.testing.Customer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Risk reviews against the simulator: a held transfer touches neither the bank nor the ledger, an
 * approval runs it once (also when two nodes approve at once), a rejection is a definite refusal
 * with nothing booked, and a held deposit needs the bank password again.
 */
class ReviewQueueTest {

  /** Holds every transfer of 1,000.00 CNY or more for review. */
  private static final RiskPolicy LARGE_FOR_REVIEW =
      context ->
          context.request().amount().isLessThan(Money.parse("1000.00"))
              ? new RiskDecision.Allow()
              : new RiskDecision.Review("LARGE_AMOUNT", "1,000.00 or more needs a review");

  private BankWorld world;
  private TransferService nodeA;
  private TransferService nodeB;

  @BeforeEach
  void start() {
    world = new BankWorld(1);
    nodeA = service("node-a");
    nodeB = service("node-b");
  }

  @AfterEach
  void stop() {
    nodeA.close();
    nodeB.close();
    world.close();
  }

  private TransferService service(String node) {
    return TransferService.builder()
        .client(world.client(world.bank.baseUri().toString()))
        .journal(world.db)
        .ledger(world.ledger)
        .effects(world.effects)
        .nodeId(node)
        .lease(Duration.ofSeconds(30))
        .riskPolicy(LARGE_FOR_REVIEW)
        .build();
  }

  private Customer fundedCustomer() {
    Customer c = world.customers.get(0);
    for (int i = 0; i < 2; i++) {
      assertThat(nodeA.transfer(world.deposit(c, "900.00")))
          .isInstanceOf(TransferOutcome.Succeeded.class);
    }
    return c;
  }

  private long bankSends(BusinessSerial serial) {
    return world.bank.transfers().stream()
        .filter(t -> t.brokerSerial().equals(serial.value()))
        .count();
  }

  private long managementFen(Customer c) {
    return world.bank.managementBalanceFen(BankWorld.BROKER, c.fund().value());
  }

  @Test
  void aHeldWithdrawalTouchesNeitherTheBankNorTheLedgerUntilApproved() {
    Customer c = fundedCustomer();
    TransferRequest w = world.withdrawal(c, "1200.00");

    TransferOutcome held = nodeA.transfer(w);
    TransferOutcome again = nodeB.transfer(w);
    RecoveryReport recovered = nodeB.recover();

    assertThat(held)
        .isEqualTo(
            new TransferOutcome.HeldForReview(
                w.serial(), "LARGE_AMOUNT", "1,000.00 or more needs a review"));
    assertThat(again).isEqualTo(held);
    assertThat(recovered.driven()).isZero();
    assertThat(nodeB.reviews().pending())
        .extracting(TransferRecord::serial)
        .containsExactly(w.serial());
    assertThat(world.ledger.balance(c.fund()).available()).isEqualTo(Money.parse("1800.00"));
    assertThat(world.ledger.balance(c.fund()).frozen()).isEqualTo(Money.ofFen(0));
    assertThat(bankSends(w.serial())).isZero();

    TransferOutcome approved = nodeB.reviews().approve(w.serial(), "reviewer-7");

    assertThat(approved).isInstanceOf(TransferOutcome.Succeeded.class);
    assertThat(world.ledger.balance(c.fund()).available()).isEqualTo(Money.parse("600.00"));
    assertThat(managementFen(c)).isEqualTo(60_000);
    assertThat(nodeA.reviews().pending()).isEmpty();
    assertThat(nodeA.decisions(w.serial()))
        .startsWith("HELD: journaled SECURITIES_TO_BANK", "HELD: held for review: LARGE_AMOUNT")
        .contains("CREATED: approved by reviewer-7");
    world.assertBooksAgree(nodeA);
  }

  @Test
  void approvingOnTwoNodesAtOnceDrivesTheTransferOnce() throws Exception {
    Customer c = fundedCustomer();
    TransferRequest w = world.withdrawal(c, "1500.00");
    assertThat(nodeA.transfer(w)).isInstanceOf(TransferOutcome.HeldForReview.class);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<TransferOutcome>> approvals = new ArrayList<>();
    try {
      for (TransferService node : List.of(nodeA, nodeB, nodeA, nodeB)) {
        approvals.add(
            pool.submit(
                () -> {
                  go.await();
                  return node.reviews().approve(w.serial(), "reviewer-" + node.hashCode());
                }));
      }
      go.countDown();
      for (Future<TransferOutcome> f : approvals) {
        assertThat(f.get())
            .isInstanceOfAny(TransferOutcome.Succeeded.class, TransferOutcome.Unknown.class);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(nodeB.reviews().approve(w.serial(), "late-reviewer"))
        .isInstanceOf(TransferOutcome.Succeeded.class);
    assertThat(bankSends(w.serial())).isEqualTo(1);
    assertThat(nodeA.decisions(w.serial()))
        .filteredOn(d -> d.startsWith("CREATED: approved"))
        .hasSize(1);
    assertThat(world.ledger.balance(c.fund()).available()).isEqualTo(Money.parse("300.00"));
    world.assertBooksAgree(nodeA);
  }

  @Test
  void aRejectedTransferIsRefusedWithAStableCodeAndNothingIsBooked() {
    Customer c = fundedCustomer();
    TransferRequest w = world.withdrawal(c, "1000.00");
    nodeA.transfer(w);

    TransferOutcome rejected = nodeB.reviews().reject(w.serial(), "reviewer-7", "not confirmed");
    TransferOutcome approvedLater = nodeA.reviews().approve(w.serial(), "reviewer-8");
    TransferOutcome askedAgain = nodeA.transfer(w);

    assertThat(rejected)
        .isEqualTo(
            new TransferOutcome.Refused(
                w.serial(), "REVIEW_REJECTED", "rejected by reviewer-7: not confirmed"));
    assertThat(approvedLater).isEqualTo(rejected);
    assertThat(askedAgain).isEqualTo(rejected);
    assertThat(bankSends(w.serial())).isZero();
    assertThat(world.ledger.balance(c.fund()).available()).isEqualTo(Money.parse("1800.00"));
    assertThat(nodeA.reviews().pending()).isEmpty();
    world.assertBooksAgree(nodeA);
  }

  @Test
  void aHeldDepositIsApprovedOnlyWithTheBankPasswordPassedAgain() throws Exception {
    Customer c = world.customers.get(0);
    TransferRequest d = world.deposit(c, "1500.00");
    assertThat(nodeA.transfer(d)).isInstanceOf(TransferOutcome.HeldForReview.class);

    InvalidInputException noPassword =
        catchThrowableOfType(
            () -> nodeA.reviews().approve(d.serial(), "reviewer-7"), InvalidInputException.class);

    assertThat(noPassword.code()).isEqualTo(TransferErrorCode.REVIEW_PASSWORD_REQUIRED);
    assertThat(nodeA.reviews().pending()).hasSize(1);
    assertThat(storedTextContaining(Customer.PASSWORD.value())).isZero();

    TransferOutcome approved = nodeB.reviews().approve(d.serial(), "reviewer-7", Customer.PASSWORD);

    assertThat(approved).isInstanceOf(TransferOutcome.Succeeded.class);
    assertThat(world.ledger.balance(c.fund()).available()).isEqualTo(Money.parse("1500.00"));
    assertThat(managementFen(c)).isEqualTo(150_000);
    assertThat(storedTextContaining(Customer.PASSWORD.value())).isZero();
    world.assertBooksAgree(nodeA);
  }

  @Test
  void holdsOlderThanTheLimitExpireOnceAndYoungerOnesWait() {
    AdjustableClock clock = AdjustableClock.at(world.effects.clock().instant());
    try (TransferService node =
        TransferService.builder()
            .client(world.client(world.bank.baseUri().toString()))
            .journal(world.db)
            .ledger(world.ledger)
            .effects(world.effects.withClock(clock))
            .nodeId("node-c")
            .riskPolicy(LARGE_FOR_REVIEW)
            .build()) {
      Customer c = world.customers.get(0);
      TransferRequest old = world.withdrawal(c, "1000.00");
      assertThat(node.transfer(old)).isInstanceOf(TransferOutcome.HeldForReview.class);
      clock.advance(Duration.ofMinutes(40));
      TransferRequest young = world.withdrawal(c, "2000.00");
      assertThat(node.transfer(young)).isInstanceOf(TransferOutcome.HeldForReview.class);
      clock.advance(Duration.ofMinutes(30));

      List<BusinessSerial> expired = node.reviews().expire(Duration.ofHours(1));
      List<BusinessSerial> again = node.reviews().expire(Duration.ofHours(1));
      TransferOutcome approvedLate = node.reviews().approve(old.serial(), "reviewer-7");

      assertThat(expired).containsExactly(old.serial());
      assertThat(again).isEmpty();
      assertThat(approvedLate).isInstanceOf(TransferOutcome.Refused.class);
      assertThat(((TransferOutcome.Refused) approvedLate).code()).isEqualTo("REVIEW_EXPIRED");
      assertThat(node.reviews().pending())
          .extracting(TransferRecord::serial)
          .containsExactly(young.serial());
      assertThat(bankSends(old.serial())).isZero();
      assertThat(world.ledger.balance(c.fund()).total().isZero()).isTrue();
    }
  }

  @Test
  void anUnknownSerialIsNotFound() {
    InvalidInputException e =
        catchThrowableOfType(
            () -> nodeA.reviews().approve(BusinessSerial.parse("NEVER-HELD"), "reviewer-7"),
            InvalidInputException.class);

    assertThat(e.code()).isEqualTo(TransferErrorCode.TRANSFER_NOT_FOUND);
  }

  /** Journal rows and decisions whose text contains {@code secret}. */
  private int storedTextContaining(String secret) throws Exception {
    try (Connection conn = world.db.getConnection();
        PreparedStatement s =
            conn.prepareStatement(
                "SELECT (SELECT COUNT(*) FROM transfer_event WHERE detail LIKE ?)"
                    + " + (SELECT COUNT(*) FROM transfer_journal"
                    + " WHERE result_message LIKE ? OR result_code LIKE ?)")) {
      for (int i = 1; i <= 3; i++) {
        s.setString(i, "%" + secret + "%");
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
