package io.openbroker.banksim.recon;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.ReconFileKind;
import io.openbroker.banksim.testing.BankFixture;
import io.openbroker.banksim.testing.SignedClient.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three reconciliation files of a business date, over the protocol and on disk, and drills. */
class ReconciliationFileTest {

  private static final LocalDate DAY = LocalDate.parse("2026-11-20");
  private BankFixture f;

  @BeforeEach
  void start() throws Exception {
    f = new BankFixture();
    f.designate("D1");
    f.deposit("T1", "1000.00");
    f.withdraw("T2", "250.50");
    f.withdraw("T3", "99999.00");
    f.broker.post("/v1/transfers/reversal", Map.of("brokerSerial", "R1", "originalSerial", "T2"));
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void theTransferDetailFileHasTheSpecColumnsAndOneRowPerTransfer() throws Exception {
    Reply r =
        f.broker.post(
            "/v1/reconciliation/files",
            Map.of("businessDate", "2026-11-20", "kind", "TRANSFER_DETAIL"));

    assertThat(r.signatureValid()).isTrue();
    String content = r.body().path("content").asText();
    List<String> lines = content.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "bank_serial,broker_serial,customer_name,fund_account,bank_account,initiator,direction,amount,currency,trade_time,status");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1))
        .contains(
            ",T1,张三,012345678901,6212827110199152,BROKER,BANK_TO_SECURITIES,1000.00,CNY,2026-11-20T10:00,SUCCESS");
    assertThat(lines.get(2)).contains(",T2,").endsWith(",REVERSED");
    assertThat(lines.get(3)).contains(",T3,").endsWith(",FAILED");
    assertThat(r.body().path("recordCount").asInt()).isEqualTo(3);
    assertThat(r.body().path("sha256").asText()).isEqualTo(sha256(content));
  }

  @Test
  void theAccountFilesShowTheEndOfDayBalanceAndEveryMovement() {
    String status =
        f.bank.reconciliationFile(BankFixture.BROKER, DAY, ReconFileKind.ACCOUNT_STATUS);
    assertThat(status.lines().toList().get(1))
        .isEqualTo("012345678901,6212827110199152,张三,ACTIVE,1000.00,CNY,2026-11-20");

    List<String> moves =
        f.bank
            .reconciliationFile(BankFixture.BROKER, DAY, ReconFileKind.ACCOUNT_TRANSACTIONS)
            .lines()
            .toList();
    assertThat(moves).hasSize(4);
    assertThat(moves.get(3))
        .contains(",R1,")
        .contains(",BANK_TO_SECURITIES,250.50,")
        .contains("REVERSAL");
  }

  @Test
  void aFileOfAnotherDateIsEmptyButForTheHeader() {
    assertThat(
            f.bank
                .reconciliationFile(
                    BankFixture.BROKER, DAY.plusDays(1), ReconFileKind.TRANSFER_DETAIL)
                .lines())
        .hasSize(1);
  }

  @Test
  void drillsInjectTheSameDiscrepanciesForTheSameSeed() {
    String clean =
        f.bank.reconciliationFile(BankFixture.BROKER, DAY, ReconFileKind.TRANSFER_DETAIL);
    String drill =
        f.bank.reconciliationFile(BankFixture.BROKER, DAY, ReconFileKind.TRANSFER_DETAIL, 9, 2);
    assertThat(drill).isNotEqualTo(clean);
    assertThat(
            f.bank.reconciliationFile(BankFixture.BROKER, DAY, ReconFileKind.TRANSFER_DETAIL, 9, 2))
        .isEqualTo(drill);
  }

  @Test
  void writesTheFileToDisk(@TempDir Path dir) throws Exception {
    Path file =
        f.bank.writeReconciliationFile(BankFixture.BROKER, DAY, ReconFileKind.TRANSFER_DETAIL, dir);
    assertThat(file.getFileName().toString()).isEqualTo("broker-1_20261120_transfer_detail.csv");
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(
            f.bank.reconciliationFile(BankFixture.BROKER, DAY, ReconFileKind.TRANSFER_DETAIL));
  }

  private static String sha256(String s) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
