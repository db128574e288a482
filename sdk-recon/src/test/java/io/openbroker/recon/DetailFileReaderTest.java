package io.openbroker.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.InvalidInputException;
import io.openbroker.recon.FileLayout.FixedColumn;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetailFileReaderTest {

  private static final Charset GBK = Charset.forName("GBK");
  @TempDir Path dir;
  private final List<TransferRecord> records = new ArrayList<>();
  private final List<MalformedLine> malformed = new ArrayList<>();

  private ReadSummary read(FileLayout layout, String name, String text, Charset charset)
      throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, text.getBytes(charset));
    return new DetailFileReader(layout, false).read(file, records::add, malformed::add, b -> {});
  }

  @Test
  void columnsAreFoundByHeaderNameInAnyOrder() throws IOException {
    read(
        FileLayout.csv(),
        "f.csv",
        "status,amount,trade_time,direction,initiator,bank_account,fund_account,broker_serial,"
            + "bank_serial\nSUCCESS,100.1,2026-11-20T10:00:00,BANK_TO_SECURITIES,BROKER,"
            + "6222,0088,S1,B1\n",
        StandardCharsets.UTF_8);
    TransferRecord r = records.get(0);
    assertThat(r.bankSerial()).isEqualTo("B1");
    assertThat(r.fundAccount()).as("leading zeros kept").isEqualTo("0088");
    assertThat(r.amountFen()).isEqualTo(10010);
    assertThat(r.customerName()).as("optional column absent").isEmpty();
    assertThat(r.line()).isEqualTo(2);
  }

  @Test
  void renamedColumnsInAPipeDelimitedGbkFileAreRead() throws IOException {
    FileLayout layout =
        FileLayout.delimited('|')
            .withCharset(GBK)
            .withColumnName(DetailField.AMOUNT, "txn_amt")
            .withColumnName(DetailField.CUSTOMER_NAME, "客户姓名");
    read(
        layout,
        "f.txt",
        "bank_serial|broker_serial|客户姓名|fund_account|bank_account|initiator|"
            + "direction|txn_amt|currency|trade_time|status\r\nB1|S1|欧阳倈娜|0088|6222|BANK|"
            + "SECURITIES_TO_BANK|5|CNY|2026-11-20 09:30:00|FAILED\r\n",
        GBK);
    assertThat(records)
        .singleElement()
        .satisfies(
            r -> {
              // 倈 is 0x82 0x7C in GBK: its second byte is '|', which must not split the field.
              assertThat(r.customerName()).isEqualTo("欧阳倈娜");
              assertThat(r.amountFen()).isEqualTo(500);
              assertThat(r.status()).isEqualTo(TransferStatus.FAILED);
            });
  }

  @Test
  void fixedWidthColumnsCountGbkBytes() throws IOException {
    Map<DetailField, FixedColumn> columns =
        Map.of(
            DetailField.BANK_SERIAL, new FixedColumn(0, 4),
            DetailField.BROKER_SERIAL, new FixedColumn(4, 4),
            DetailField.CUSTOMER_NAME, new FixedColumn(8, 8),
            DetailField.FUND_ACCOUNT, new FixedColumn(16, 6),
            DetailField.BANK_ACCOUNT, new FixedColumn(22, 6),
            DetailField.INITIATOR, new FixedColumn(28, 6),
            DetailField.DIRECTION, new FixedColumn(34, 18),
            DetailField.AMOUNT, new FixedColumn(52, 10),
            DetailField.TRADE_TIME, new FixedColumn(62, 19),
            DetailField.STATUS, new FixedColumn(81, 8));
    FileLayout layout = FileLayout.fixedWidth(columns).withCharset(GBK);
    String line =
        "B1  S1  张三    008800622202BROKERBANK_TO_SECURITIES0000100.102026-11-20T10:00:00"
            + "SUCCESS ";
    read(layout, "f.dat", line + "\r\n" + line.substring(0, 40) + "\r\n", GBK);
    assertThat(records)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.customerName()).isEqualTo("张三");
              assertThat(r.fundAccount()).isEqualTo("008800");
              assertThat(r.amountFen()).isEqualTo(10010);
            });
    assertThat(malformed).singleElement().satisfies(m -> assertThat(m.line()).isEqualTo(2));
  }

  @Test
  void malformedLinesAreReportedWithFileAndLineAndCountedWithoutStoppingTheRead()
      throws IOException {
    ReadSummary summary =
        read(
            FileLayout.csv(),
            "bad.csv",
            header()
                + "B1,S1,n,1,2,BROKER,BANK_TO_SECURITIES,1.001,CNY,2026-11-20T10:00:00,SUCCESS\n"
                + "B2,S2,n,1,2,BROKER,SIDEWAYS,1,CNY,2026-11-20T10:00:00,SUCCESS\n"
                + "B3,S3,n,1,2,BROKER,BANK_TO_SECURITIES,1,CNY,2026-11-20T10:00:00,SUCCESS\n"
                + "B4,S4,n\n",
            StandardCharsets.UTF_8);
    assertThat(summary.records()).isEqualTo(1);
    assertThat(summary.malformed()).isEqualTo(3);
    assertThat(malformed).extracting(MalformedLine::line).containsExactly(2L, 3L, 5L);
    assertThat(malformed).allSatisfy(m -> assertThat(m.file()).isEqualTo("bad.csv"));
    assertThat(malformed.get(0).reason()).contains("amount");
    assertThat(malformed.get(1).reason()).contains("direction");
  }

  @Test
  void strictModeStopsAtTheFirstMalformedLine() throws IOException {
    Path file = dir.resolve("s.csv");
    Files.writeString(file, header() + "B1,S1,n,1,2,BROKER,X,1,CNY,2026-11-20T10:00:00,SUCCESS\n");
    assertThatThrownBy(
            () ->
                new DetailFileReader(FileLayout.csv(), true)
                    .read(file, records::add, malformed::add, b -> {}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("RECON_LINE_MALFORMED")
        .hasMessageContaining("s.csv:2");
  }

  @Test
  void aMissingRequiredColumnIsALayoutMismatch() {
    assertThatThrownBy(
            () ->
                read(
                    FileLayout.csv(),
                    "h.csv",
                    "bank_serial,broker_serial\nB,S\n",
                    StandardCharsets.UTF_8))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("RECON_LAYOUT_MISMATCH")
        .hasMessageContaining("fund_account");
  }

  @Test
  void aTrailerThatAddsUpIsAccepted() throws IOException {
    ReadSummary summary =
        read(
            FileLayout.csv().withTrailer("TOTAL"),
            "t.csv",
            header() + row("B1", "1.10") + row("B2", "2") + "TOTAL,2,3.1\n",
            StandardCharsets.UTF_8);
    assertThat(summary.records()).isEqualTo(2);
    assertThat(summary.totalFen()).isEqualTo(310);
  }

  @Test
  void aFileWithoutItsTrailerIsRefusedAsIncomplete() {
    assertThatThrownBy(
            () ->
                read(
                    FileLayout.csv().withTrailer("TOTAL"),
                    "t.csv",
                    header() + row("B1", "1.10"),
                    StandardCharsets.UTF_8))
        .hasMessageContaining("RECON_FILE_INCOMPLETE");
  }

  @Test
  void aTrailerWhoseTotalDiffersFromTheDetailsIsRefused() {
    assertThatThrownBy(
            () ->
                read(
                    FileLayout.csv().withTrailer("TOTAL"),
                    "t.csv",
                    header() + row("B1", "1.10") + "TOTAL,1,1.11\n",
                    StandardCharsets.UTF_8))
        .hasMessageContaining("RECON_FILE_INCOMPLETE")
        .hasMessageContaining("1.11");
  }

  @Test
  void aTrailerWhoseCountDiffersFromTheDetailsIsRefused() {
    assertThatThrownBy(
            () ->
                read(
                    FileLayout.csv().withTrailer("TOTAL"),
                    "t.csv",
                    header() + row("B1", "1.10") + "TOTAL,2,1.10\n",
                    StandardCharsets.UTF_8))
        .hasMessageContaining("RECON_FILE_INCOMPLETE");
  }

  static String header() {
    return String.join(
            ",",
            "bank_serial",
            "broker_serial",
            "customer_name",
            "fund_account",
            "bank_account",
            "initiator",
            "direction",
            "amount",
            "currency",
            "trade_time",
            "status")
        + "\n";
  }

  static String row(String serial, String amount) {
    return serial
        + ",S"
        + serial
        + ",n,1,2,BROKER,BANK_TO_SECURITIES,"
        + amount
        + ",CNY,2026-11-20T10:00:00,SUCCESS\n";
  }
}
