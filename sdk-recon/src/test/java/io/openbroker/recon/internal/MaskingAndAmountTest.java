package io.openbroker.recon.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class MaskingAndAmountTest {

  @Test
  void namesKeepTheirFirstCodePointOnly() {
    assertThat(Masking.name("张三丰")).isEqualTo("张**");
    assertThat(Masking.name("𠮷野家")).isEqualTo("𠮷**");
  }

  @Test
  void accountsKeepTheirLastFourCharacters() {
    assertThat(Masking.account("6222020000001234")).isEqualTo("************1234");
    assertThat(Masking.account("123")).isEqualTo("***");
  }

  @Test
  void amountsCompareNumerically() {
    assertThat(YuanAmount.parseFen("100.1")).isEqualTo(YuanAmount.parseFen("100.10"));
    assertThat(YuanAmount.parseFen("100")).isEqualTo(10000);
    assertThat(YuanAmount.format(10010)).isEqualTo("100.10");
  }

  @Test
  void amountsWithThreeDecimalsOrSignsAreRefused() {
    assertThatThrownBy(() -> YuanAmount.parseFen("1.001"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> YuanAmount.parseFen("-1")).isInstanceOf(InvalidInputException.class);
  }
}
