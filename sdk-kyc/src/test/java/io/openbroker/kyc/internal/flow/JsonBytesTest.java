package io.openbroker.kyc.internal.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBytesTest {

  @Test
  void writesTheSameBytesAsStringGetBytesIncludingNonAsciiAndGrowth() {
    String longAscii = "x".repeat(300);
    String text = "{\"event\":\"回访-1\"," + longAscii + "}";
    byte[] bytes =
        new JsonBytes()
            .append("{\"event\":\"")
            .append("回访-1")
            .append('"')
            .append(',')
            .append(longAscii)
            .append('}')
            .toBytes();

    assertThat(bytes).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void numbersBooleansAndObjectsPrintAsText() {
    byte[] bytes =
        new JsonBytes()
            .append(12L)
            .append(7)
            .append(true)
            .append((Object) "A")
            .append('é')
            .toBytes();
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("127trueAé");
  }
}
