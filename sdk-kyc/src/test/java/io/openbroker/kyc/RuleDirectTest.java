package io.openbroker.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.kyc.scenario.ScenarioRunner;
import io.openbroker.kyc.scenario.Scenarios;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules judged directly on a crafted application, where no sequence of steps can reach them. */
class RuleDirectTest {

  private final RuleBook book = RuleBook.csdc();

  @Test
  void art19RefusesSubmissionWithoutTheOpeningVideo() {
    OnboardingApplication app = atIntentRecorded(OpeningMethod.ONE_WAY_VIDEO);
    Map<MediaKind, MediaDigest> media = new EnumMap<>(app.media());
    media.remove(MediaKind.INTENT_VIDEO);
    OnboardingApplication stripped = withMedia(app, media);

    assertThat(book.rules(context(stripped)))
        .extracting(Violation::ruleId)
        .containsExactly("CSDC-ART-19-MEDIA");
    assertThat(book.rules(context(app))).isEmpty();
  }

  @Test
  void art19RefusesTwoWaySubmissionWithoutTheWitnessVideo() {
    OnboardingApplication app = atIntentRecorded(OpeningMethod.TWO_WAY_VIDEO);
    Map<MediaKind, MediaDigest> media = new EnumMap<>(app.media());
    media.remove(MediaKind.WITNESS_VIDEO);

    assertThat(book.rules(context(withMedia(app, media))))
        .extracting(Violation::ruleId)
        .containsExactly("CSDC-ART-19-MEDIA");
  }

  private static RuleContext context(OnboardingApplication app) {
    return new RuleContext(
        app,
        new Step.SubmitForReview("s"),
        new Observation.Nothing(),
        BrokerPolicy.defaults(),
        KycFixture.TODAY);
  }

  private static OnboardingApplication atIntentRecorded(OpeningMethod method) {
    String json =
        "{\"name\":\"direct-"
            + method.ordinal()
            + "\",\"method\":\""
            + method
            + "\",\"steps\":[{\"step\":\"happyPath\",\"until\":\"submit\"}]}";
    KycFixture f = new KycFixture();
    ApplicationId id = ApplicationId.of("direct");
    io.openbroker.kyc.scenario.ScenarioRunner.drive(
        f.service, Scenarios.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), id);
    OnboardingApplication app = f.service.find(id).orElseThrow();
    assertThat(app.state()).isEqualTo(ApplicationState.INTENT_RECORDED);
    return app;
  }

  private static OnboardingApplication withMedia(
      OnboardingApplication a, Map<MediaKind, MediaDigest> media) {
    return new OnboardingApplication(
        a.id(),
        a.version(),
        a.method(),
        a.callbackOrder(),
        a.applicant(),
        a.channel(),
        a.state(),
        a.appliedOn(),
        a.facts(),
        media,
        a.appliedEvents());
  }

  @Test
  void scenarioRunnerIsUsable() {
    assertThat(ScenarioRunner.run(Scenarios.bundled("one-way-happy-path")).asExpected()).isTrue();
  }
}
