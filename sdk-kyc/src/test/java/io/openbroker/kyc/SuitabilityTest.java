package io.openbroker.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.InvalidInputException;
import io.openbroker.kyc.suitability.InvestorClass;
import io.openbroker.kyc.suitability.ProductRisk;
import io.openbroker.kyc.suitability.Questionnaire;
import io.openbroker.kyc.suitability.RiskTolerance;
import io.openbroker.kyc.suitability.SuitabilityProfile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuitabilityTest {

  private final Questionnaire standard = Questionnaire.standard();

  @ParameterizedTest(name = "all answers {0} -> total {1} -> {2}")
  @CsvSource({"0, 0, C1", "1, 6, C2", "2, 12, C3", "3, 18, C4", "4, 24, C5"})
  void totalsFallIntoBands(int option, int total, RiskTolerance expected) {
    SuitabilityProfile p =
        standard.score(List.of(option, option, option, option, option, option), false);
    assertThat(p.score()).isEqualTo(total);
    assertThat(p.tolerance()).isEqualTo(expected);
    assertThat(p.questionnaireVersion()).isEqualTo("OB-2026-01");
  }

  @Test
  void bandFloorsAreInclusive() {
    assertThat(standard.score(List.of(4, 1, 0, 0, 0, 0), false).tolerance())
        .isEqualTo(RiskTolerance.C2); // 5 is the C2 floor
    assertThat(standard.score(List.of(4, 0, 0, 0, 0, 0), false).tolerance())
        .isEqualTo(RiskTolerance.C1);
  }

  @Test
  void ordinaryInvestorsBuyUpToTheirLevelProfessionalsAnything() {
    SuitabilityProfile c3 =
        new SuitabilityProfile("v", 12, RiskTolerance.C3, InvestorClass.ORDINARY);
    assertThat(c3.mayBuy(ProductRisk.R3)).isTrue();
    assertThat(c3.mayBuy(ProductRisk.R4)).isFalse();
    SuitabilityProfile c1 =
        new SuitabilityProfile("v", 0, RiskTolerance.C1, InvestorClass.ORDINARY);
    assertThat(c1.mayBuy(ProductRisk.R1)).isTrue();
    assertThat(c1.mayBuy(ProductRisk.R2)).isFalse();
    SuitabilityProfile pro =
        new SuitabilityProfile("v", 0, RiskTolerance.C1, InvestorClass.PROFESSIONAL);
    assertThat(pro.mayBuy(ProductRisk.R5)).isTrue();
  }

  @Test
  void missingOrImpossibleAnswersAreInvalidInputAndChangeNothing() {
    assertThatThrownBy(() -> standard.score(List.of(1, 1), false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("KYC_STEP_INPUT_INVALID");
    assertThatThrownBy(() -> standard.score(List.of(1, 1, 1, 1, 1, 9), false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("question 6");

    KycFixture f = new KycFixture();
    ApplicationId id = ApplicationId.of("A-1");
    f.walk(id, OpeningMethod.WITNESS);
    OnboardingApplication active = f.service.find(id).orElseThrow();
    KycFixture g = new KycFixture();
    g.apply(
        id, new Step.Register("r", OpeningMethod.WITNESS, KycFixture.person(), Channel.ON_SITE));
    for (StepKind kind :
        List.of(StepKind.CAPTURE_ID, StepKind.VERIFY_IDENTITY, StepKind.IN_PERSON_WITNESS)) {
      g.apply(id, g.goodStep(id, kind, OpeningMethod.WITNESS));
    }
    OnboardingApplication before = g.service.find(id).orElseThrow();
    assertThatThrownBy(
            () -> g.apply(id, new Step.AssessSuitability("bad", "OB-2026-01", List.of(1), false)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(g.service.find(id)).contains(before);
    assertThat(active.fact(Fact.SuitabilityAssessed.class).orElseThrow().profile().tolerance())
        .isEqualTo(RiskTolerance.C3);
    assertThat(active.suitability().orElseThrow().mayBuy(ProductRisk.R3)).isTrue();
    assertThat(active.suitability().orElseThrow().mayBuy(ProductRisk.R4)).isFalse();
  }
}
