package io.openbroker.core.id;

import static io.openbroker.core.id.IdAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

  private static final IdentifierType TYPE = IdentifierType.PERSON_NAME;

  @Test
  void trimsAndKeepsTheName() {
    assertThat(PersonName.parse("  张三 ").value()).isEqualTo("张三");
    assertThat(PersonName.parse("\u3000李四\u3000").value()).isEqualTo("李四");
    assertThat(PersonName.parse("阿卜杜·热合曼").value()).isEqualTo("阿卜杜·热合曼");
  }

  @Test
  void printsTheFirstCharacterAndOneStar() {
    assertThat(PersonName.parse("张三丰")).hasToString("张*");
    assertThat(PersonName.parse("Zhang San")).hasToString("Z*");
  }

  @Test
  void aCharacterOutsideTheBmpIsOneCharacterWhenMaskingAndCounting() {
    PersonName name = PersonName.parse("𠮷野家");
    assertThat(name).hasToString("𠮷*");
    assertThat(PersonName.parse("𠮷".repeat(64)).value().codePointCount(0, 128)).isEqualTo(64);
  }

  @Test
  void refusesMoreThanSixtyFourCharacters() {
    assertRefused(() -> PersonName.parse("𠮷".repeat(65)), TYPE, "64", null);
    assertRefused(() -> PersonName.parse("a".repeat(65)), TYPE, "64", null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", "\u3000"})
  void refusesBlank(String text) {
    assertRefused(() -> PersonName.parse(text), TYPE, "blank", null);
  }

  @Test
  void refusesMissingControlCharactersAndBrokenSurrogates() {
    assertRefused(() -> PersonName.parse(null), TYPE, "missing", null);
    assertRefused(() -> PersonName.parse("张\n三"), TYPE, "control", null);
    assertRefused(() -> PersonName.parse("张\u0000三"), TYPE, "control", null);
    assertRefused(() -> PersonName.parse("张\uD842三"), TYPE, "surrogate", null);
  }
}
