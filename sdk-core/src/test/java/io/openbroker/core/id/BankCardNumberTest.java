package io.openbroker.core.id;

import static io.openbroker.core.id.IdAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankCardNumberTest {

  private static final IdentifierType TYPE = IdentifierType.BANK_CARD_NUMBER;
  private static final String LUHN_VALID = "6228480402564890018"; // 19 digits, a common test card
  private static final String LUHN_INVALID = "6212821234567899152";

  @Test
  void aLuhnFailureIsOnlyAWarningByDefault() {
    BankCardNumber card = BankCardNumber.parse(LUHN_INVALID);
    assertThat(card.value()).isEqualTo(LUHN_INVALID);
    assertThat(card.luhnValid()).isFalse();
    assertThat(BankCardNumber.parse(LUHN_INVALID, CardCheck.LUHN_WARNING).luhnValid()).isFalse();
  }

  @Test
  void strictModeRefusesALuhnFailure() {
    assertRefused(
        () -> BankCardNumber.parse(LUHN_INVALID, CardCheck.LUHN_STRICT),
        TYPE,
        "Luhn",
        LUHN_INVALID);
  }

  @Test
  void strictModeAcceptsLuhnValidCards() {
    assertThat(BankCardNumber.parse(LUHN_VALID, CardCheck.LUHN_STRICT).luhnValid()).isTrue();
    assertThat(BankCardNumber.parse("4111111111111111", CardCheck.LUHN_STRICT).luhnValid())
        .isTrue();
  }

  @Test
  void printsFirstSixAndLastFour() {
    assertThat(BankCardNumber.parse("6212820000009152")).hasToString("621282******9152");
    assertThat(BankCardNumber.parse(LUHN_VALID)).hasToString("622848*********0018");
  }

  @Test
  void shortCardsKeepAtLeastFourDigitsHidden() {
    assertThat(BankCardNumber.parse("621282009152")).hasToString("6212****9152");
    assertThat(BankCardNumber.parse("6212820009152")).hasToString("62128****9152");
  }

  @ParameterizedTest
  @ValueSource(strings = {"62128200915", "62284804025648900181"})
  void refusesLengthsOutsideTwelveToNineteen(String text) {
    assertRefused(() -> BankCardNumber.parse(text), TYPE, "12 to 19", text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "6228 4804 0256 4890",
        "6228-480402564890",
        "622848040256489O",
        "６228480402564890"
      })
  void refusesNonDigits(String text) {
    assertRefused(() -> BankCardNumber.parse(text), TYPE, "must be a digit", text);
  }

  @Test
  void refusesMissing() {
    assertRefused(() -> BankCardNumber.parse(null), TYPE, "missing", null);
    assertRefused(() -> BankCardNumber.parse(""), TYPE, "missing", null);
  }
}
