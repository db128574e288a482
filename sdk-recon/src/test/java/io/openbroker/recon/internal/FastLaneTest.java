package io.openbroker.recon.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.recon.DetailField;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast lane writes exactly what the general path writes, and declines what it cannot read. */
class FastLaneTest {

  private static final String HEADER =
      "amount,bank_serial,broker_serial,customer_name,"
          + "fund_account,bank_account,initiator,direction,currency,trade_time,status";
  @TempDir Path dir;

  private static Map<DetailField, String> names() {
    Map<DetailField, String> names = new EnumMap<>(DetailField.class);
    for (DetailField f : DetailField.values()) {
      names.put(f, f.defaultHeader());
    }
    return names;
  }

  /** Encodes {@code row} both ways; returns null when the fast lane declines it. */
  private byte[][] bothWays(String row) throws IOException {
    CsvRowReader reader =
        new CsvRowReader(
            new ByteArrayInputStream((HEADER + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8)),
            ',',
            true);
    DetailRecordParser parser = DetailRecordParser.fromHeader(reader.next().fields(), names());
    reader.advance();
    FastLane lane = new FastLane(parser, "");
    if (!lane.encode(reader, 2)) {
      return null;
    }
    Path file = dir.resolve("slow.spill");
    try (SpillOutput out = new SpillOutput(file, 1024)) {
      out.write(parser.parse(reader.current().fields(), 2));
    }
    int hash = SerialKey.partitionHash(parser.parse(reader.current().fields(), 2));
    assertThat(lane.partitionHash()).isEqualTo(hash);
    return new byte[][] {Arrays.copyOf(lane.bytes(), lane.length()), Files.readAllBytes(file)};
  }

  @Test
  void canonicalRowsEncodeToTheSameBytesAsTheGeneralPath() throws IOException {
    for (String row :
        new String[] {
          "100.1,B1,S1,张三,0088,6222,BROKER,BANK_TO_SECURITIES,CNY,2026-11-20T10:00:00,SUCCESS",
          "7,B2,,𠮷,1,2,BANK,SECURITIES_TO_BANK,,2026-02-28 23:59:59,REVERSED",
          " 0.05 ,,S3,n,1,2,BANK,SECURITIES_TO_BANK,USD,2024-02-29T00:00:00,FAILED"
        }) {
      byte[][] both = bothWays(row);
      assertThat(both).as(row).isNotNull();
      assertThat(both[0]).as(row).isEqualTo(both[1]);
    }
  }

  @Test
  void unusualRowsAreLeftToTheGeneralParser() throws IOException {
    for (String row :
        new String[] {
          "1,B1,S1,n,1,2,broker,BANK_TO_SECURITIES,CNY,2026-11-20T10:00:00,SUCCESS",
          "1.005,B1,S1,n,1,2,BROKER,BANK_TO_SECURITIES,CNY,2026-11-20T10:00:00,SUCCESS",
          "1,B1,S1,n,1,2,BROKER,BANK_TO_SECURITIES,CNY,2026-11-20T10:00,SUCCESS",
          "1,B1,S1,n,1,2,BROKER,BANK_TO_SECURITIES,CNY,2026-02-30T10:00:00,SUCCESS",
          "1,B1,S1,n,１,2,BROKER,BANK_TO_SECURITIES,CNY,2026-11-20T10:00:00,SUCCESS",
          "1,B1,S1,n,,2,BROKER,BANK_TO_SECURITIES,CNY,2026-11-20T10:00:00,SUCCESS",
          "-1,B1,S1,n,1,2,BROKER,BANK_TO_SECURITIES,CNY,2026-11-20T10:00:00,SUCCESS",
          "1,B1,S1,n,1,2,BROKER,BANK_TO_SECURITIES,CNY,2026-11-20T10:00:00"
        }) {
      assertThat(bothWaysOrDeclined(row)).as(row).isTrue();
    }
  }

  private boolean bothWaysOrDeclined(String row) {
    try {
      return bothWays(row) == null;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }
}
