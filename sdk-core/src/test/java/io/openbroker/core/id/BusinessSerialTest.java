package io.openbroker.core.id;

import static io.openbroker.core.id.IdAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessSerialTest {

  private static final IdentifierType TYPE = IdentifierType.BUSINESS_SERIAL;

  @ParameterizedTest
  @ValueSource(strings = {"A", "B20261120-0001", "abc_XYZ-09", "12345678901234567890123456789012"})
  void acceptsOneToThirtyTwoSerialCharacters(String text) {
    assertThat(BusinessSerial.parse(text).value()).isEqualTo(text);
  }

  @Test
  void printsInClearBecauseItIsNotPersonalData() {
    assertThat(BusinessSerial.parse("B20261120-0001")).hasToString("B20261120-0001");
  }

  @Test
  void refusesEmptyAndTooLong() {
    assertRefused(() -> BusinessSerial.parse(""), TYPE, "missing", null);
    assertRefused(() -> BusinessSerial.parse(null), TYPE, "missing", null);
    assertRefused(
        () -> BusinessSerial.parse("123456789012345678901234567890123"), TYPE, "32", null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"B 1", "B.1", "B/1", "流水1", "B1\n", "B1;DROP", "Ｂ1"})
  void refusesOtherCharacters(String text) {
    assertRefused(() -> BusinessSerial.parse(text), TYPE, "A-Z a-z 0-9 _ -", null);
  }
}
