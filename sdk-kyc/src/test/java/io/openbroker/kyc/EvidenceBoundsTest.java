package io.openbroker.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.kyc.suitability.InvestorClass;
import io.openbroker.kyc.suitability.Questionnaire;
import io.openbroker.kyc.suitability.RiskTolerance;
import io.openbroker.kyc.suitability.SuitabilityProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The evidence payload gives each string and count one length byte, so the values behind them are
 * bounded where they are made, never at evidence time (when a refusal would strand a step).
 */
class EvidenceBoundsTest {

  private static Rule rule(String id) {
    return new Rule(
        id,
        0,
        Consequence.REFUSE_STEP,
        Set.of(StepKind.SUBMIT),
        Set.of(OpeningMethod.WITNESS),
        "规则",
        "rule",
        ctx -> true);
  }

  @Test
  void ruleIdsAreAtMost64Characters() {
    String longest = "R-" + "1".repeat(62);

    assertThat(rule(longest).id()).hasSize(64);
    assertThatThrownBy(() -> rule(longest + "1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRuleBookJudgesAStepWithAtMost255Rules() {
    RuleBook book = RuleBook.csdc();
    int already = book.ruleIds(OpeningMethod.WITNESS, StepKind.SUBMIT).size();
    List<Rule> extra = new ArrayList<>();
    for (int i = 0; i < RuleBook.MAX_RULES_PER_STEP - already; i++) {
      extra.add(rule("HOUSE-" + i));
    }
    for (Rule r : extra) {
      book = book.with(r);
    }
    RuleBook full = book;

    assertThat(full.ruleIds(OpeningMethod.WITNESS, StepKind.SUBMIT)).hasSize(255);
    assertThatThrownBy(() -> full.with(rule("HOUSE-X")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("255");
  }

  @Test
  void questionnaireVersionsAreOneTo64Characters() {
    Questionnaire standard = Questionnaire.standard();

    assertThatThrownBy(
            () -> new Questionnaire("v".repeat(65), standard.optionPoints(), standard.bandFloors()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new SuitabilityProfile("", 3, RiskTolerance.C1, InvestorClass.ORDINARY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            new Questionnaire("v".repeat(64), standard.optionPoints(), standard.bandFloors())
                .version())
        .hasSize(64);
  }

  @Test
  void anInPersonWitnessHasAtMost32StaffOnSite() {
    List<StaffId> staff = new ArrayList<>();
    for (int i = 0; i < 33; i++) {
      staff.add(new StaffId("S" + i));
    }

    assertThatThrownBy(
            () ->
                new Step.WitnessInPerson(
                    "e", staff, new StaffId("W1"), false, true, true, KycFixture.media()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            new Step.WitnessInPerson(
                    "e",
                    staff.subList(0, 32),
                    new StaffId("W1"),
                    false,
                    true,
                    true,
                    KycFixture.media())
                .staffOnSite())
        .hasSize(32);
  }
}
