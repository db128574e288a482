package io.openbroker.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HappyPathTest {

  @ParameterizedTest
  @EnumSource(OpeningMethod.class)
  void everyMethodReachesActiveThroughItsMandatorySteps(OpeningMethod method) {
    KycFixture f = new KycFixture();
    ApplicationId id = ApplicationId.of("A-1");
    List<StepOutcome> outcomes = f.walk(id, method);

    assertThat(outcomes).allSatisfy(o -> assertThat(o.refusal()).isEmpty());
    OnboardingApplication done = f.service.find(id).orElseThrow();
    assertThat(done.state()).isEqualTo(ApplicationState.ACTIVE);
    assertThat(done.version()).isEqualTo(outcomes.size());
    assertThat(done.accounts().orElseThrow().mark()).isEqualTo(method);
    assertThat(done.facts().stream().map(Fact::kind).toList())
        .isEqualTo(OnboardingService.mandatorySteps(done));
  }

  @ParameterizedTest
  @EnumSource(OpeningMethod.class)
  void theInvestorIsToldTheNumbersAndCanDownloadAConfirmation(OpeningMethod method) {
    KycFixture f = new KycFixture();
    ApplicationId id = ApplicationId.of("A-1");
    assertThat(f.service.confirmation(id)).isEmpty();
    f.walk(id, method);

    AccountNumbers accounts = f.service.find(id).orElseThrow().accounts().orElseThrow();
    var notifier = (io.openbroker.kyc.sim.SimulatedNotifier) f.integrations.notifier();
    assertThat(notifier.sentTo(id)).isEqualTo(accounts);
    String text = f.service.confirmation(id).orElseThrow().text();
    assertThat(text)
        .contains(accounts.unified())
        .contains(accounts.subAccounts().get(AccountNumbers.Market.SH))
        .contains(accounts.subAccounts().get(AccountNumbers.Market.SZ))
        .contains("Opening method: " + method)
        .contains("张*")
        .doesNotContain("张三");
  }
}
