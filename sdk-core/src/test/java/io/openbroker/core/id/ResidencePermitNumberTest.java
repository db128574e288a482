package io.openbroker.core.id;

import static io.openbroker.core.id.IdAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.Effects;
import io.openbroker.core.testing.CoreArbitraries;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidencePermitNumberTest {

  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), Effects.CHINA);
  private static final IdentifierType TYPE = IdentifierType.RESIDENCE_PERMIT_NUMBER;

  @Test
  void namesEachRegion() {
    assertThat(ResidencePermitNumber.parse(withCheck("81000019900101123"), TODAY).region())
        .isEqualTo(PermitRegion.HONG_KONG);
    assertThat(ResidencePermitNumber.parse(withCheck("82000019850505000"), TODAY).region())
        .isEqualTo(PermitRegion.MACAO);
    assertThat(ResidencePermitNumber.parse(withCheck("83000020000229000"), TODAY).region())
        .isEqualTo(PermitRegion.TAIWAN);
  }

  @Test
  void readsBirthDateGenderAndAge() {
    ResidencePermitNumber permit =
        ResidencePermitNumber.parse(withCheck("83000020000229001"), TODAY);
    assertThat(permit.birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(permit.gender()).isEqualTo(Gender.MALE);
    assertThat(permit.ageOn(LocalDate.of(2018, 2, 28))).isEqualTo(17);
    assertThat(permit.ageOn(LocalDate.of(2018, 3, 1))).isEqualTo(18);
  }

  @Test
  void printsMasked() {
    String text = withCheck("81000019900101123");
    assertThat(ResidencePermitNumber.parse(text, TODAY))
        .hasToString("8100**********" + text.substring(14));
  }

  @ParameterizedTest
  @ValueSource(strings = {"81000119900101123", "84000019900101123", "11010519900101123"})
  void refusesOtherRegions(String first17) {
    String text = withCheck(first17);
    assertRefused(() -> ResidencePermitNumber.parse(text, TODAY), TYPE, "810000", text);
  }

  @Test
  void appliesTheSameDateAndChecksumRules() {
    String wrongCheck = "810000199001011231";
    assertThat(CoreArbitraries.mod11Check(wrongCheck.substring(0, 17))).isNotEqualTo('1');
    assertRefused(() -> ResidencePermitNumber.parse(wrongCheck, TODAY), TYPE, "check", wrongCheck);
    String future = withCheck("81000020270101123");
    assertRefused(() -> ResidencePermitNumber.parse(future, TODAY), TYPE, "future", future);
    String notADate = withCheck("81000019900230123");
    assertRefused(() -> ResidencePermitNumber.parse(notADate, TODAY), TYPE, "calendar", notADate);
    String upper = withCheck("81000019900101006");
    assertThat(upper).endsWith("X");
    assertThat(ResidencePermitNumber.parse(upper, TODAY).value()).isEqualTo(upper);
    String lower = upper.replace('X', 'x');
    assertRefused(() -> ResidencePermitNumber.parse(lower, TODAY), TYPE, "upper-case", null);
  }

  private static String withCheck(String first17) {
    return first17 + CoreArbitraries.mod11Check(first17);
  }
}
