package io.openbroker.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Age in completed years on the application date, and document expiry (SPEC §5.2). */
class EligibilityTest {

  @ParameterizedTest(name = "born {0}, applying {1}: adult={2}")
  @CsvSource({
    "110105200811200022, 2026-11-20, true", // the 18th birthday itself qualifies
    "110105200811200022, 2026-11-19, false",
    "110105200802290038, 2026-02-28, false", // 29 Feb birthday: reached on 1 March in 2026
    "110105200802290038, 2026-03-01, true",
    "110105200802290038, 2028-02-28, true"
  })
  void onlineOpeningNeedsEighteenCompletedYearsOnTheApplicationDate(
      String idNumber, LocalDate applied, boolean adult) {
    KycFixture f = new KycFixture();
    f.clock.set(Instant.parse(applied + "T02:00:00Z"));
    ApplicationId id = ApplicationId.of("A-1");
    f.apply(
        id,
        new Step.Register("e1", OpeningMethod.ONE_WAY_VIDEO, KycFixture.person(), Channel.OWN_APP));

    StepOutcome outcome =
        f.apply(
            id,
            new Step.CaptureId(
                "e2",
                IdDocument.residentId(idNumber, LocalDate.of(2040, 1, 1)),
                KycFixture.media(MediaKind.ID_FRONT, MediaKind.ID_BACK)));

    if (adult) {
      assertThat(outcome.applied()).isTrue();
      assertThat(outcome.application().state()).isEqualTo(ApplicationState.ID_CAPTURED);
    } else {
      assertThat(outcome.refusal().orElseThrow().deciding().ruleId()).isEqualTo("KYC-ELIG-ADULT");
      assertThat(outcome.application().state()).isEqualTo(ApplicationState.REJECTED);
    }
  }

  @ParameterizedTest(name = "expires {0}: valid={1}")
  @CsvSource({"2026-11-20, true", "2026-11-19, false", "+999999999-12-31, true"})
  void aDocumentIsValidThroughItsExpiryDay(LocalDate expiresOn, boolean valid) {
    KycFixture f = new KycFixture();
    ApplicationId id = ApplicationId.of("A-1");
    f.apply(
        id, new Step.Register("e1", OpeningMethod.WITNESS, KycFixture.person(), Channel.ON_SITE));

    StepOutcome outcome =
        f.apply(
            id,
            new Step.CaptureId(
                "e2",
                IdDocument.residentId(KycFixture.ADULT_ID, expiresOn),
                KycFixture.media(MediaKind.ID_FRONT, MediaKind.ID_BACK)));

    assertThat(outcome.applied()).isEqualTo(valid);
    if (!valid) {
      assertThat(outcome.refusal().orElseThrow().ruleIds()).containsExactly("KYC-ELIG-ID-VALID");
      assertThat(outcome.application().state()).isEqualTo(ApplicationState.REGISTERED);
      assertThat(outcome.application().version()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @CsvSource({"2008-11-21, 17", "2008-11-20, 18", "1990-03-07, 36"})
  void minorsMayStillOpenByWitness(LocalDate birth, int age) {
    IdDocument id = new IdDocument(IdType.OTHER, "E1234567", birth, IdDocument.LONG_TERM);
    assertThat(id.ageOn(KycFixture.TODAY)).isEqualTo(age);
  }
}
