package io.openbroker.banksim.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.FaultKind;
import io.openbroker.banksim.FaultPlan;
import io.openbroker.banksim.FaultRule;
import io.openbroker.banksim.InjectedFault;
import io.openbroker.banksim.testing.BankFixture;
import io.openbroker.banksim.testing.SignedClient.Reply;
import java.io.IOException;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each injected fault, over real HTTP: what the broker sees and what the books say. */
class FaultInjectionTest {

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

  private void strikeThird(FaultKind kind) {
    f.bank.setFaultPlan(
        new FaultPlan(1, List.of(FaultRule.onNth(BankOperation.TRANSFER, kind, 3))));
  }

  private long managed() {
    return f.bank.managementBalanceFen(BankFixture.BROKER, BankFixture.FUND);
  }

  @Test
  void dropAfterCommitAppliesTheTransferButSendsNoAnswer() throws Exception {
    strikeThird(FaultKind.DROP_AFTER_COMMIT);
    f.deposit("T1", "1.00");
    f.deposit("T2", "1.00");
    assertThatThrownBy(() -> f.deposit("T3", "1.00")).isInstanceOf(IOException.class);

    assertThat(managed()).isEqualTo(300);
    assertThat(f.deposit("T3", "1.00").code())
        .as("the resend finds the original")
        .isEqualTo("SUCCESS");
    assertThat(managed()).isEqualTo(300);
    assertThat(f.bank.faultLog())
        .containsExactly(
            new InjectedFault(1, BankOperation.TRANSFER, 3, FaultKind.DROP_AFTER_COMMIT, "T3"));
  }

  @Test
  void connectionResetAndTimeoutApplyNothing() throws Exception {
    f.bank.setFaultPlan(
        new FaultPlan(
            1,
            List.of(
                FaultRule.onNth(BankOperation.TRANSFER, FaultKind.CONNECTION_RESET, 1),
                FaultRule.onNth(BankOperation.TRANSFER, FaultKind.TIMEOUT, 2)
                    .lasting(Duration.ofMillis(1)))));
    assertThatThrownBy(() -> f.deposit("T1", "1.00")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> f.deposit("T2", "1.00")).isInstanceOf(IOException.class);
    assertThat(managed()).isZero();
    assertThat(f.deposit("T1", "1.00").code()).isEqualTo("SUCCESS");
    assertThat(f.bank.faultLog())
        .extracting(InjectedFault::kind)
        .containsExactly(FaultKind.CONNECTION_RESET, FaultKind.TIMEOUT);
  }

  @Test
  void connectionResetIsATcpResetNotACleanClose() throws Exception {
    f.bank.setFaultPlan(
        new FaultPlan(
            1,
            List.of(
                FaultRule.onNth(BankOperation.TRANSFER, FaultKind.CONNECTION_RESET, 1),
                FaultRule.onNth(BankOperation.TRANSFER, FaultKind.DROP_AFTER_COMMIT, 2))));
    Map<String, Object> first = BankFixture.transfer("T1", "BANK_TO_SECURITIES", "1.00");
    Map<String, Object> second = BankFixture.transfer("T2", "BANK_TO_SECURITIES", "1.00");

    assertThatThrownBy(() -> f.broker.rawExchange("/v1/transfers", first))
        .isInstanceOf(SocketException.class)
        .hasMessageContaining("reset");
    assertThat(f.broker.rawExchange("/v1/transfers", second))
        .as("a dropped answer is a clean close: end of stream, no bytes")
        .isEmpty();
    assertThat(managed()).as("the reset applied nothing; the drop applied T2").isEqualTo(100);
  }

  @Test
  void failBeforeCommitIsASigned500AndNothingApplied() throws Exception {
    strikeThird(FaultKind.FAIL_BEFORE_COMMIT);
    f.deposit("T1", "1.00");
    f.deposit("T2", "1.00");
    Reply r = f.deposit("T3", "1.00");
    assertThat(r.status()).isEqualTo(500);
    assertThat(r.signatureValid()).isTrue();
    assertThat(r.code()).isEqualTo("SERVICE_UNAVAILABLE");
    assertThat(managed()).isEqualTo(200);
  }

  @Test
  void http5xxIsAnUnsigned503AndNothingApplied() throws Exception {
    strikeThird(FaultKind.HTTP_5XX);
    f.deposit("T1", "1.00");
    f.deposit("T2", "1.00");
    Reply r = f.deposit("T3", "1.00");
    assertThat(r.status()).isEqualTo(503);
    assertThat(r.signatureValid()).isFalse();
    assertThat(managed()).isEqualTo(200);
  }

  @Test
  void aCorruptSignatureAnswersAfterApplying() throws Exception {
    strikeThird(FaultKind.CORRUPT_SIGNATURE);
    f.deposit("T1", "1.00");
    f.deposit("T2", "1.00");
    Reply r = f.deposit("T3", "1.00");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.signatureValid()).isFalse();
    assertThat(managed()).isEqualTo(300);
  }

  @Test
  void clockSkewMovesTheAnswersTimestamp() throws Exception {
    f.bank.setFaultPlan(
        new FaultPlan(
            1,
            List.of(
                FaultRule.onNth(BankOperation.TRANSFER_QUERY, FaultKind.CLOCK_SKEW, 1)
                    .lasting(Duration.ofMinutes(10)))));
    Reply r = f.broker.post("/v1/transfers/query", Map.of("brokerSerial", "T1"));
    assertThat(r.signatureValid()).isTrue();
    long ts = Long.parseLong(r.headers().get("ob-timestamp").get(0));
    assertThat(ts - f.clock.millis()).isEqualTo(Duration.ofMinutes(10).toMillis());
  }

  @Test
  void delayAndSlowResponseStillAnswerCorrectly() throws Exception {
    f.bank.setFaultPlan(
        new FaultPlan(
            1,
            List.of(
                FaultRule.onNth(BankOperation.TRANSFER, FaultKind.DELAY, 1),
                FaultRule.onNth(BankOperation.TRANSFER, FaultKind.SLOW_RESPONSE, 2)
                    .lasting(Duration.ofMillis(1)))));
    assertThat(f.deposit("T1", "1.00").code()).isEqualTo("SUCCESS");
    Reply slow = f.deposit("T2", "1.00");
    assertThat(slow.code()).isEqualTo("SUCCESS");
    assertThat(slow.signatureValid()).isTrue();
  }

  @Test
  void crashAndRestartKeepsWhatWasCommitted() throws Exception {
    strikeThird(FaultKind.CRASH_RESTART);
    f.deposit("T1", "1.00");
    f.deposit("T2", "1.00");
    assertThatThrownBy(() -> f.deposit("T3", "1.00")).isInstanceOf(IOException.class);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (f.bank.restarts() < 1 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(f.bank.restarts()).isEqualTo(1);
    Reply resend = awaitAnswer(() -> f.deposit("T3", "1.00"));
    assertThat(resend.code()).isEqualTo("SUCCESS");
    assertThat(managed()).isEqualTo(300);
    assertThat(f.bank.checkBooks().balanced()).isTrue();
  }

  @Test
  void probabilityRulesStrikeTheSameRequestsForTheSameSeed() throws Exception {
    List<Long> first = struck(42);
    List<Long> second = struck(42);
    assertThat(first).isEqualTo(second).isNotEmpty();
    assertThat(struck(43)).isNotEqualTo(first);
  }

  private List<Long> struck(long seed) throws Exception {
    f.bank.setFaultPlan(
        new FaultPlan(
            seed,
            List.of(
                FaultRule.withProbability(
                    BankOperation.TRANSFER_QUERY, FaultKind.FAIL_BEFORE_COMMIT, 0.3))));
    for (int i = 0; i < 40; i++) {
      f.broker.post("/v1/transfers/query", Map.of("brokerSerial", "Q" + i));
    }
    return f.bank.faultLog().stream().map(InjectedFault::ordinal).toList();
  }

  private interface Call {
    Reply call() throws Exception;
  }

  private static Reply awaitAnswer(Call call) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      try {
        return call.call();
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
      }
    }
  }
}
