package io.openbroker.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.testing.CoreArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BankCardNumberProperties {

  @Property
  void luhnValidCardsPassStrictMode(@ForAll("valid") String text) {
    BankCardNumber card = BankCardNumber.parse(text, CardCheck.LUHN_STRICT);
    assertThat(card.luhnValid()).isTrue();
    assertThat(card.toString()).hasSize(text.length()).endsWith(text.substring(text.length() - 4));
    assertThat(card.toString()).contains("****");
  }

  @Property
  void luhnInvalidCardsAreAcceptedWithAWarningAndRefusedStrictly(@ForAll("invalid") String text) {
    assertThat(BankCardNumber.parse(text).luhnValid()).isFalse();
    assertThatThrownBy(() -> BankCardNumber.parse(text, CardCheck.LUHN_STRICT))
        .isInstanceOf(InvalidIdentifierException.class);
  }

  @Property
  void everySingleDigitChangeIsRefusedStrictly(@ForAll("valid") String text) {
    for (int position = 0; position < text.length(); position++) {
      for (char digit = '0'; digit <= '9'; digit++) {
        if (digit == text.charAt(position)) {
          continue;
        }
        String changed = text.substring(0, position) + digit + text.substring(position + 1);
        assertThatThrownBy(() -> BankCardNumber.parse(changed, CardCheck.LUHN_STRICT))
            .as("changed position %d", position)
            .isInstanceOf(InvalidIdentifierException.class);
      }
    }
  }

  @Provide
  Arbitrary<String> valid() {
    return CoreArbitraries.luhnValidCardTexts();
  }

  @Provide
  Arbitrary<String> invalid() {
    return CoreArbitraries.luhnInvalidCardTexts();
  }
}
