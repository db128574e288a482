package io.openbroker.banksim.internal.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.FaultKind;
import io.openbroker.banksim.FaultPlan;
import io.openbroker.banksim.FaultRule;
import io.openbroker.banksim.InjectedFault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The same seed and the same request order give the same fault sequence. */
class FaultInjectorTest {

  private static final FaultPlan PLAN =
      new FaultPlan(
          1234,
          List.of(
              FaultRule.onNth(BankOperation.TRANSFER, FaultKind.DROP_AFTER_COMMIT, 3, 7),
              FaultRule.withProbability(BankOperation.ANY, FaultKind.DELAY, 0.2)
                  .lasting(Duration.ofMillis(5)),
              FaultRule.withProbability(BankOperation.REVERSAL, FaultKind.CONNECTION_RESET, 0.5)));

  private static List<InjectedFault> run(FaultPlan plan) {
    FaultInjector injector = new FaultInjector();
    injector.set(plan);
    BankOperation[] ops = {
      BankOperation.TRANSFER, BankOperation.TRANSFER_QUERY, BankOperation.REVERSAL
    };
    for (int i = 0; i < 300; i++) {
      injector.next(ops[i % 3], "S" + i);
    }
    return injector.log();
  }

  @Test
  void theSameSeedGivesTheSameFaultSequence() {
    List<InjectedFault> first = run(PLAN);
    assertThat(run(PLAN)).isEqualTo(first);
    assertThat(first)
        .extracting(InjectedFault::kind)
        .contains(FaultKind.DROP_AFTER_COMMIT, FaultKind.DELAY, FaultKind.CONNECTION_RESET);
    assertThat(run(new FaultPlan(4321, PLAN.rules()))).isNotEqualTo(first);
  }

  @Test
  void exactOrdinalsStrikeExactlyThoseRequestsOfThatOperation() {
    FaultInjector injector = new FaultInjector();
    injector.set(
        new FaultPlan(0, List.of(FaultRule.onNth(BankOperation.TRANSFER, FaultKind.HTTP_5XX, 3))));
    List<Optional<FaultInjector.Strike>> strikes = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      injector.next(BankOperation.TRANSFER_QUERY, "Q" + i);
      strikes.add(injector.next(BankOperation.TRANSFER, "T" + i));
    }
    assertThat(strikes)
        .extracting(Optional::isPresent)
        .containsExactly(false, false, true, false, false);
    assertThat(injector.log())
        .containsExactly(new InjectedFault(1, BankOperation.TRANSFER, 3, FaultKind.HTTP_5XX, "T2"));
  }

  @Test
  void settingAPlanRestartsCountersAndLog() {
    FaultInjector injector = new FaultInjector();
    FaultPlan plan =
        new FaultPlan(0, List.of(FaultRule.onNth(BankOperation.TRANSFER, FaultKind.HTTP_5XX, 1)));
    injector.set(plan);
    injector.next(BankOperation.TRANSFER, "T1");
    injector.set(plan);
    assertThat(injector.log()).isEmpty();
    assertThat(injector.next(BankOperation.TRANSFER, "T2")).isPresent();
  }

  @Test
  void anyRulesLeaveBankInitiatedTrafficAlone() {
    FaultInjector injector = new FaultInjector();
    injector.set(
        new FaultPlan(
            0, List.of(FaultRule.withProbability(BankOperation.ANY, FaultKind.HTTP_5XX, 1.0))));
    assertThat(injector.next(BankOperation.BANK_INITIATED, "B1")).isEmpty();
    assertThat(injector.next(BankOperation.BALANCE, "")).isPresent();
  }
}
