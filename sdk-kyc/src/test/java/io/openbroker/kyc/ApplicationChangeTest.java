package io.openbroker.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.kyc.internal.store.ApplicationChange;
import io.openbroker.kyc.internal.store.ApplicationCodec;
import io.openbroker.kyc.sim.SimulationScript;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JDBC store's per-step change rows: what they hold, and when a version must be whole. */
class ApplicationChangeTest {

  private final ApplicationCodec codec = new ApplicationCodec();

  @Test
  void everyStepOfEveryMethodIsAChangeThatRoundTripsThroughJson() {
    for (OpeningMethod method : OpeningMethod.values()) {
      KycFixture f =
          new KycFixture(
              SimulationScript.defaults(), BrokerPolicy.defaults(), new InMemoryApplicationStore());
      List<StepOutcome> outcomes = f.walk(ApplicationId.of("A-" + method.ordinal()), method);
      for (int i = 1; i < outcomes.size(); i++) {
        OnboardingApplication before = outcomes.get(i - 1).application();
        OnboardingApplication after = outcomes.get(i).application();
        ApplicationChange change = ApplicationChange.between(before, after).orElseThrow();
        String json = codec.encode(change);
        assertThat(codec.decodeChange(json).applyTo(before)).as(method + " " + i).isEqualTo(after);
        assertThat(json.length()).isLessThan(codec.encode(after).length());
      }
    }
  }

  @Test
  void aVersionThatTakesSomethingAwayOrSkipsOneIsNoChange() {
    OnboardingApplication v1 =
        new OnboardingApplication(
            ApplicationId.of("A-1"),
            1,
            OpeningMethod.WITNESS,
            BrokerPolicy.defaults().callbackOrder(),
            KycFixture.person(),
            Channel.ON_SITE,
            ApplicationState.REGISTERED,
            LocalDate.of(2026, 11, 20),
            List.of(new Fact.Submitted()),
            Map.of(MediaKind.HEAD_PHOTO, MediaDigest.of("p".getBytes(StandardCharsets.UTF_8))),
            List.of("e1"));
    OnboardingApplication v2 =
        v1.next(ApplicationState.ABANDONED, new Fact.Activated(), Map.of(), "e2");
    assertThat(ApplicationChange.between(v1, v2)).isPresent();

    OnboardingApplication v3 = v2.next(ApplicationState.ABANDONED, null, Map.of(), "e3");
    assertThat(ApplicationChange.between(v1, v3)).as("skips a version").isEmpty();
    assertThat(ApplicationChange.between(v1, with(v2, List.of(new Fact.Activated()), v2.media())))
        .as("drops a fact")
        .isEmpty();
    assertThat(ApplicationChange.between(v1, with(v2, v2.facts(), Map.of())))
        .as("drops a digest")
        .isEmpty();
  }

  private static OnboardingApplication with(
      OnboardingApplication a, List<Fact> facts, Map<MediaKind, MediaDigest> media) {
    return new OnboardingApplication(
        a.id(),
        a.version(),
        a.method(),
        a.callbackOrder(),
        a.applicant(),
        a.channel(),
        a.state(),
        a.appliedOn(),
        facts,
        media,
        a.appliedEvents());
  }
}
