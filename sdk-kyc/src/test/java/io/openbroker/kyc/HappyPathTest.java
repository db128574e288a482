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
}
