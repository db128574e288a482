package io.openbroker.recon.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowReaderTest {

  private static List<Row> rows(String text, char delimiter, boolean quoting) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (CsvRowReader reader =
        new CsvRowReader(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), delimiter, quoting)) {
      for (Row row = reader.next(); row != null; row = reader.next()) {
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void quotedFieldsHoldDelimitersDoubledQuotesAndLineBreaks() throws IOException {
    List<Row> rows =
        rows("a,b\n\"x,1\",\"say \"\"hi\"\"\"\n\"two\r\nlines\",z\nlast,row\n", ',', true);
    assertThat(rows).hasSize(4);
    assertThat(rows.get(1).fields()).containsExactly("x,1", "say \"hi\"");
    assertThat(rows.get(2).fields()).containsExactly("two\r\nlines", "z");
    assertThat(rows.get(2).line()).isEqualTo(3);
    assertThat(rows.get(3).line())
        .as("line count continues after a quoted line break")
        .isEqualTo(5);
  }

  @Test
  void crlfLfAndLoneCrEndLinesAndBlankLinesAreSkipped() throws IOException {
    List<Row> rows = rows("a,b\r\n1,2\r3,4\n\n   \n5,6", ',', true);
    assertThat(rows)
        .extracting(r -> String.join("|", r.fields()))
        .containsExactly("a|b", "1|2", "3|4", "5|6");
    assertThat(rows).extracting(Row::line).containsExactly(1L, 2L, 3L, 6L);
  }

  @Test
  void byteOrderMarkIsSkippedAndSurroundingWhitespaceTrimmed() throws IOException {
    List<Row> rows = rows("\uFEFF a , \"b\" ,\u3000c\u3000\n", ',', true);
    assertThat(rows.get(0).fields()).containsExactly("a", "b", "c");
  }

  @Test
  void textAfterClosingQuoteIsMalformedAndReadingGoesOn() throws IOException {
    List<Row> rows = rows("\"a\"x,b\nc,d\n", ',', true);
    assertThat(rows.get(0).ok()).isFalse();
    assertThat(rows.get(0).line()).isEqualTo(1);
    assertThat(rows.get(1).fields()).containsExactly("c", "d");
  }

  @Test
  void unterminatedQuoteIsReportedWithTheLineItStarted() throws IOException {
    List<Row> rows = rows("a,b\nc,\"open\nmore\n", ',', true);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).ok()).isFalse();
    assertThat(rows.get(1).error()).contains("line 2");
  }

  @Test
  void withoutQuotingQuotesAreOrdinaryCharacters() throws IOException {
    List<Row> rows = rows("a|\"b|c\n", '|', false);
    assertThat(rows.get(0).fields()).containsExactly("a", "\"b", "c");
  }

  @Test
  void namesOutsideTheBasicPlaneSurviveIntact() throws IOException {
    List<Row> rows = rows("𠮷野家,x\n", ',', true);
    assertThat(rows.get(0).fields()[0]).isEqualTo("𠮷野家");
  }
}
