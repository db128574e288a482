package io.openbroker.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskTest {

  @Test
  void keepsHeadAndTailAndStarsTheRest() {
    assertThat(Mask.keep("6212820000009152", 6, 4, 4)).isEqualTo("621282******9152");
  }

  @Test
  void shortValuesGiveUpHeadThenTailToHideTheMinimum() {
    assertThat(Mask.keep("12345678", 6, 4, 4)).isEqualTo("****5678");
    assertThat(Mask.keep("123456", 6, 4, 4)).isEqualTo("****56");
    assertThat(Mask.keep("123", 6, 4, 4)).isEqualTo("***");
    assertThat(Mask.keep("", 6, 4, 4)).isEmpty();
  }

  @Test
  void firstCodePointKeepsSupplementaryCharactersWhole() {
    assertThat(Mask.firstCodePoint("𠮷野家")).isEqualTo("𠮷*");
    assertThat(Mask.firstCodePoint("")).isEqualTo("*");
  }
}
