package io.openbroker.core.id;

import static io.openbroker.core.id.IdAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FundAccountTest {

  private static final IdentifierType TYPE = IdentifierType.FUND_ACCOUNT;

  @Test
  void leadingZerosAreSignificant() {
    assertThat(FundAccount.parse("000123").value()).isEqualTo("000123");
    assertThat(FundAccount.parse("000123")).isNotEqualTo(FundAccount.parse("0000123"));
  }

  @Test
  void acceptsSixToTwentyDigits() {
    assertThat(FundAccount.parse("123456").value()).hasSize(6);
    assertThat(FundAccount.parse("12345678901234567890").value()).hasSize(20);
  }

  @Test
  void printsOnlyTheLastFourDigits() {
    assertThat(FundAccount.parse("008812345678")).hasToString("********5678");
  }

  @Test
  void shortAccountsKeepAtLeastHalfHidden() {
    assertThat(FundAccount.parse("123456")).hasToString("***456");
    assertThat(FundAccount.parse("1234567")).hasToString("****567");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "123456789012345678901"})
  void refusesLengthsOutsideSixToTwenty(String text) {
    assertRefused(() -> FundAccount.parse(text), TYPE, "6 to 20", text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345A", "-123456", "123 456", "１23456"})
  void refusesNonDigits(String text) {
    assertRefused(() -> FundAccount.parse(text), TYPE, "digit", text);
  }

  @Test
  void refusesMissing() {
    assertRefused(() -> FundAccount.parse(null), TYPE, "missing", null);
  }
}
