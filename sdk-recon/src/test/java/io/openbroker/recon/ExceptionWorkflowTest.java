package io.openbroker.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.IdGenerator;
import io.openbroker.core.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ExceptionWorkflowTest {

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-20T09:00:00Z"));
  private final Clock clock =
      new Clock() {
        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };
  private final ExceptionWorkflow workflow =
      new ExceptionWorkflow(clock, IdGenerator.sequential("case-"));
  private final Discrepancy bankOnly =
      new Discrepancy(
          ReconClass.BANK_ONLY,
          Side.BANK,
          "B1",
          "S1",
          "",
          "",
          "",
          Resolution.BROKER_CREDITS_AFTER_CONFIRMATION,
          BalanceEffect.SHORTFALL,
          100,
          100,
          10,
          false);

  @Test
  void aCaseIsAcknowledgedThenResolvedByACorrectingEntryWithWhoAndWhenRecorded() {
    ExceptionCase c = workflow.open(bankOnly, "recon-job");
    now.set(now.get().plus(Duration.ofMinutes(5)));
    workflow.acknowledge(c.id(), "ops.li");
    now.set(now.get().plus(Duration.ofMinutes(30)));
    ExceptionCase done = workflow.resolveByCorrection(c.id(), "ops.wang", "ADJ-7");

    assertThat(done.state()).isEqualTo(CaseState.RESOLVED);
    assertThat(done.history())
        .extracting(CaseEvent::state, CaseEvent::actor, CaseEvent::note)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CaseState.OPEN, "recon-job", ""),
            org.assertj.core.groups.Tuple.tuple(CaseState.ACKNOWLEDGED, "ops.li", ""),
            org.assertj.core.groups.Tuple.tuple(CaseState.RESOLVED, "ops.wang", "ADJ-7"));
    assertThat(done.history())
        .extracting(CaseEvent::at)
        .containsExactly(
            Instant.parse("2026-11-20T09:00:00Z"),
            Instant.parse("2026-11-20T09:05:00Z"),
            Instant.parse("2026-11-20T09:35:00Z"));
    assertThat(workflow.inState(CaseState.RESOLVED)).containsExactly(done);
  }

  @Test
  void anAcknowledgedCaseCanBeAcceptedWithANote() {
    ExceptionCase c = workflow.open(bankOnly, "recon-job");
    workflow.acknowledge(c.id(), "ops.li");
    assertThat(workflow.accept(c.id(), "ops.li", "bank confirmed reversal").state())
        .isEqualTo(CaseState.ACCEPTED);
  }

  @Test
  void skippingAcknowledgementOrReopeningIsRefusedAndChangesNothing() {
    ExceptionCase c = workflow.open(bankOnly, "recon-job");
    assertThatThrownBy(() -> workflow.resolveByCorrection(c.id(), "ops.li", "ADJ-1"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("RECON_ILLEGAL_TRANSITION");
    assertThat(workflow.find(c.id()).orElseThrow().state()).isEqualTo(CaseState.OPEN);
    workflow.acknowledge(c.id(), "ops.li");
    workflow.accept(c.id(), "ops.li", "ok");
    assertThatThrownBy(() -> workflow.acknowledge(c.id(), "ops.li"))
        .hasMessageContaining("RECON_ILLEGAL_TRANSITION");
  }

  @Test
  void acceptingNeedsANoteAndUnknownCasesAreRefused() {
    ExceptionCase c = workflow.open(bankOnly, "recon-job");
    workflow.acknowledge(c.id(), "ops.li");
    assertThatThrownBy(() -> workflow.accept(c.id(), "ops.li", " "))
        .isInstanceOf(InvalidInputException.class);
    assertThat(workflow.find(c.id()).orElseThrow().state()).isEqualTo(CaseState.ACKNOWLEDGED);
    assertThatThrownBy(() -> workflow.acknowledge("case-99", "ops.li"))
        .hasMessageContaining("RECON_UNKNOWN_CASE");
  }
}
