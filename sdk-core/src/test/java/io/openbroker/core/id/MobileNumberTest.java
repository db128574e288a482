package io.openbroker.core.id;

import static io.openbroker.core.id.IdAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

  private static final IdentifierType TYPE = IdentifierType.MOBILE_NUMBER;

  @ParameterizedTest
  @ValueSource(strings = {"13812341234", "+8613812341234", "8613812341234", "008613812341234"})
  void acceptsAndNormalisesTheCountryCode(String text) {
    MobileNumber mobile = MobileNumber.parse(text);
    assertThat(mobile.value()).isEqualTo("13812341234");
    assertThat(mobile).isEqualTo(new MobileNumber("13812341234"));
  }

  @Test
  void acceptsEverySecondDigitFromThreeToNine() {
    for (char second = '3'; second <= '9'; second++) {
      assertThat(MobileNumber.parse("1" + second + "812341234").value()).hasSize(11);
    }
  }

  @Test
  void printsMaskedFirstThreeAndLastFour() {
    assertThat(MobileNumber.parse("13812341234")).hasToString("138****1234");
  }

  @Test
  void anElevenDigitNumberStartingWith86IsNotTakenForACountryCode() {
    assertRefused(() -> MobileNumber.parse("86123456789"), TYPE, "13 to 19", "86123456789");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12812341234", "10812341234", "23812341234"})
  void refusesPrefixesOutside13To19(String text) {
    assertRefused(() -> MobileNumber.parse(text), TYPE, "13 to 19", text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1381234123", "138123412345", "+861381234123", "+85291234567"})
  void refusesTheWrongLength(String text) {
    assertRefused(() -> MobileNumber.parse(text), TYPE, "11 digits", text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"138 1234 123", "138-1234-123", "１3812341234", "+86 3812341234"})
  void refusesNonDigits(String text) {
    assertRefused(() -> MobileNumber.parse(text), TYPE, "digit", text);
  }

  @Test
  void refusesMissing() {
    assertRefused(() -> MobileNumber.parse(null), TYPE, "missing", null);
    assertRefused(() -> MobileNumber.parse(""), TYPE, "missing", null);
  }
}
