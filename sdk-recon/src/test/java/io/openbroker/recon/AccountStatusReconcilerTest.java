package io.openbroker.recon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountStatusReconcilerTest {

  @TempDir Path dir;

  @Test
  void everyClassOfAccountStatusDifferenceIsFound() throws IOException {
    everyClassIsFoundWith(1);
  }

  @Test
  void spillPartitionsFindTheSame() throws IOException {
    everyClassIsFoundWith(5);
  }

  private void everyClassIsFoundWith(int partitions) throws IOException {
    Path bank = dir.resolve("bank.txt");
    Files.write(
        bank,
        ("status|fund_account|change_time|bank_account\r\n"
                + "DESIGNATED|001|2026-11-20T09:00:00|6222001\r\n"
                + "DESIGNATED|002|2026-11-20T09:00:00|6222002\r\n"
                + "REVOKED|003|2026-11-20T09:00:00|6222003\r\n"
                + "DESIGNATED|004|2026-11-19T09:00:00|6222004\r\n"
                + "DESIGNATED|005|2026-11-20T09:00:00|6222005\r\n"
                + "DESIGNATED|005|2026-11-20T09:00:00|6222005\r\n"
                + "DESIGNATED|007|2026-11-21T00:00:00|6222007\r\n"
                + "SIDEWAYS|008|2026-11-20T09:00:00|6222008\r\n")
            .getBytes(Charset.forName("GBK")));
    Path broker = dir.resolve("broker.csv");
    Files.writeString(
        broker,
        "fund_account,bank_account,status,change_time\n"
            + "001,6222001,DESIGNATED,2026-11-20T09:00:00\n"
            + "002,6222999,DESIGNATED,2026-11-20T10:00:00\n"
            + "003,6222003,DESIGNATED,2026-11-20T09:00:00\n"
            + "005,6222005,DESIGNATED,2026-11-20T09:00:00\n"
            + "006,6222006,PRE_DESIGNATED,2026-11-20T09:00:00\n");
    List<AccountStatusDiscrepancy> found = new ArrayList<>();
    List<MalformedLine> malformed = new ArrayList<>();
    Map<ReconClass, Long> counts =
        new AccountStatusReconciler(
                FileLayout.delimited('|').withCharset(Charset.forName("GBK")),
                FileLayout.csv(),
                BusinessWindow.calendarDay(Fixtures.DAY))
            .withPartitions(partitions)
            .reconcile(bank, broker, found::add, malformed::add);

    assertThat(found)
        .extracting(
            AccountStatusDiscrepancy::reconClass,
            AccountStatusDiscrepancy::fundAccount,
            AccountStatusDiscrepancy::field)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(ReconClass.ACCOUNT_MISMATCH, "002", "bank_account"),
            org.assertj.core.groups.Tuple.tuple(ReconClass.STATUS_MISMATCH, "003", "status"),
            org.assertj.core.groups.Tuple.tuple(ReconClass.BANK_ONLY, "004", ""),
            org.assertj.core.groups.Tuple.tuple(ReconClass.DUPLICATE, "005", ""),
            org.assertj.core.groups.Tuple.tuple(ReconClass.BROKER_ONLY, "006", ""),
            org.assertj.core.groups.Tuple.tuple(ReconClass.OUT_OF_WINDOW, "007", "change_time"));
    assertThat(counts.get(ReconClass.MATCHED)).isEqualTo(1);
    assertThat(malformed)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.line()).isEqualTo(9);
              assertThat(m.reason()).contains("status");
            });
  }
}
