package io.openbroker.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.Effects;
import io.openbroker.core.testing.CoreArbitraries;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ResidentIdNumberProperties {

  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), Effects.CHINA);
  private static final String ALPHABET = "0123456789Xx";

  @Property
  void generatedNumbersAreAcceptedWithTheirEncodedFields(@ForAll("ids") String text) {
    ResidentIdNumber id = ResidentIdNumber.parse(text, TODAY);
    assertThat(id.value()).isEqualTo(text);
    assertThat(DateTimeFormatter.BASIC_ISO_DATE.format(id.birthDate()))
        .isEqualTo(text.substring(6, 14));
    assertThat(id.gender() == Gender.MALE).isEqualTo((text.charAt(16) - '0') % 2 == 1);
    assertThat(id.toString())
        .hasSize(18)
        .startsWith(text.substring(0, 4))
        .endsWith(text.substring(14));
    assertThat(id.toString().substring(4, 14)).isEqualTo("**********");
  }

  @Property
  void everySingleCharacterChangeIsRefused(@ForAll("ids") String text) {
    for (int position = 0; position < text.length(); position++) {
      for (char replacement : ALPHABET.toCharArray()) {
        if (replacement == text.charAt(position)) {
          continue;
        }
        String changed = text.substring(0, position) + replacement + text.substring(position + 1);
        assertThatThrownBy(() -> ResidentIdNumber.parse(changed, TODAY))
            .as("changed position %d", position)
            .isInstanceOf(InvalidIdentifierException.class);
      }
    }
  }

  @Property
  void generatedPermitsAreAcceptedAsPermitsOnlyAndNeverAsResidentIds(
      @ForAll("permits") String text) {
    ResidencePermitNumber permit = ResidencePermitNumber.parse(text, TODAY);
    assertThat(permit.region().code()).isEqualTo(text.substring(0, 6));
    assertThatThrownBy(() -> ResidentIdNumber.parse(text, TODAY))
        .isInstanceOf(InvalidIdentifierException.class);
  }

  @Provide
  Arbitrary<String> ids() {
    return CoreArbitraries.residentIdTexts(LocalDate.of(1900, 1, 1), LocalDate.of(2026, 11, 20));
  }

  @Provide
  Arbitrary<String> permits() {
    return CoreArbitraries.residencePermitTexts();
  }
}
