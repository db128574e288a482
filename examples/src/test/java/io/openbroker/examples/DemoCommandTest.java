package io.openbroker.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandTest {

  private static int exit;
  private static String text;

  @BeforeAll
  static void runTheDemoOnce() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new OpenBrokerCli());
    cli.setOut(new PrintWriter(out));
    exit = cli.execute("demo");
    text = out.toString();
  }

  @Test
  void demoExitsZeroWhenEveryCheckHeld() {
    assertThat(exit).isZero();
    assertThat(text).contains("every check passed");
  }

  @Test
  void demoRunsTheCoreTourAndShowsEachRefusalWithItsCode() {
    assertThat(text)
        .contains("100.1 + 0.99 = 101.09 CNY (10109 fen)")
        .contains("refused: MONEY_TOO_MANY_DECIMALS")
        .contains("1101**********002X")
        .doesNotContain("11010519491231002X")
        .contains("refused: ID_NUMBER_INVALID")
        .contains("refused: ENVELOPE_REPLAYED")
        .contains("refused: SIGNATURE_INVALID")
        .contains("EDITED at record 1");
  }

  @Test
  void demoOpensAnAccountByOneWayVideoAndRefusesUseBeforeTheCallback() {
    assertThat(text)
        .containsPattern("FACE_MATCH +APPROVE -> FACE_MATCHED")
        .containsPattern("ACTIVATE +APPROVE -> ACTIVE")
        .contains("refused: CSDC-ART-8-USE-AFTER-CALLBACK (Art. 8)");
  }

  @Test
  void demoBindsDepositsWithdrawsAndTheBooksAgree() {
    assertThat(text)
        .contains("four elements checked: ACTIVE")
        .doesNotContain("6212827110199152")
        .containsPattern("deposit 20,000.00 .* SUCCEEDED, bank serial B\\d+")
        .containsPattern("withdrawal 5,000.00 .* SUCCEEDED, bank serial B\\d+")
        .contains("15000.00 = 15000.00 CNY");
  }

  @Test
  void aLostAnswerIsResolvedByResendAndAnotherByReversal() {
    assertThat(text)
        .containsPattern(
            "deposit 3,000.00 .* SUCCEEDED, bank serial B\\d+ \\(resend #2 got the original's answer\\)")
        .contains("SENT: send #2")
        .containsPattern("withdrawal 2,000.00 .* REVERSED by 冲正")
        .contains("UNKNOWN: outcome unknown after 3 sends")
        .contains("REVERSED: decided REVERSED")
        .contains("18000.00 = 18000.00 CNY");
  }

  @Test
  void theDaysReconciliationMatchesEveryTransfer() {
    assertThat(text)
        .contains("bank's transfer detail file")
        .containsPattern("MATCHED +4 records")
        .contains("books agree: 4 matched, 0 exceptions");
  }

  @Test
  void theDrillFindsTheSeededDifferencesAndProposesResolutions() {
    assertThat(text)
        .containsPattern("drill: bank file with 2 seeded differences +2 exceptions found")
        .containsPattern("MISMATCH DEMO\\d+ \\w+ bank \\S+ / broker \\S+ -> BROKER_\\w+");
  }
}
