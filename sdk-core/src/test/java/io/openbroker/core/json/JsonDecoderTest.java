package io.openbroker.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.Effects;
import io.openbroker.core.InvalidInputException;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.id.InvalidIdentifierException;
import io.openbroker.core.id.ResidentIdNumber;
import io.openbroker.core.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class JsonDecoderTest {

  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), Effects.CHINA);
  private static final String ID = "11010519491231002X";
  private static final String BAD_ID = "110105194912310021";

  record Payer(ResidentIdNumber idNumber, FundAccount fundAccount) {}

  record Line(String memo, Money amount) {}

  record Order(Payer payer, List<Line> lines, int count) {}

  record Named(String name) {
    Named {
      Objects.requireNonNull(name, "name");
    }
  }

  private final JsonDecoder strict = new JsonDecoder(OpenBrokerJson.strict(TODAY));
  private final JsonDecoder lenient = new JsonDecoder(OpenBrokerJson.lenient(TODAY));

  @Test
  void decodesAValidDocument() {
    Order order =
        strict.decode(order("\"" + ID + "\"", "\"008812345678\"", "\"1000.5\"", "2"), Order.class);
    assertThat(order.payer().idNumber().value()).isEqualTo(ID);
    assertThat(order.payer().fundAccount().value()).isEqualTo("008812345678");
    assertThat(order.lines().get(1).amount()).isEqualTo(Money.parse("1000.50"));
    assertThat(order.count()).isEqualTo(2);
  }

  @Test
  void decodesGenericTypes() {
    List<Money> amounts =
        strict.decode("[\"1\",\"2.5\"]".getBytes(UTF_8), new TypeReference<List<Money>>() {});
    assertThat(amounts).containsExactly(Money.parse("1"), Money.parse("2.50"));
  }

  @Test
  void anInvalidIdentifierNamesTheFieldPathAndReasonButNotTheValue() {
    InvalidInputException e =
        refused(strict, order("\"" + BAD_ID + "\"", "\"008812345678\"", "\"1\"", "2"), Order.class);
    assertThat(e.code()).isEqualTo(CoreErrorCode.JSON_INVALID_VALUE);
    assertThat(e.getMessage())
        .contains("payer.idNumber")
        .contains("ID_NUMBER_INVALID")
        .contains("check character")
        .doesNotContain(BAD_ID)
        .doesNotContain("19491231");
    assertThat(e.getCause()).isInstanceOf(InvalidIdentifierException.class);
  }

  @Test
  void anInvalidAmountInAListNamesItsIndex() {
    InvalidInputException e =
        refused(strict, order("\"" + ID + "\"", "\"008812345678\"", "\"1e3\"", "2"), Order.class);
    assertThat(e.code()).isEqualTo(CoreErrorCode.JSON_INVALID_VALUE);
    assertThat(e.getMessage()).contains("lines[1].amount").contains("MONEY_MALFORMED");
  }

  @Test
  void anIdentifierAsAJsonNumberIsRefusedInBothModes() {
    byte[] json = order("\"" + ID + "\"", "8812345678", "\"1\"", "2");
    assertThat(refused(strict, json, Order.class).getMessage()).contains("payer.fundAccount");
    assertThat(refused(lenient, json, Order.class).code())
        .isEqualTo(CoreErrorCode.JSON_INVALID_VALUE);
  }

  @Test
  void unknownFieldsAreRefusedStrictlyAndIgnoredLeniently() {
    byte[] json = "{\"memo\":\"m\",\"amount\":\"1\",\"extra\":\"13812341234\"}".getBytes(UTF_8);
    InvalidInputException e = refused(strict, json, Line.class);
    assertThat(e.code()).isEqualTo(CoreErrorCode.JSON_UNKNOWN_FIELD);
    assertThat(e.getMessage()).contains("extra").doesNotContain("13812341234");
    assertThat(lenient.decode(json, Line.class).amount()).isEqualTo(Money.parse("1"));
  }

  @Test
  void missingFieldsAreNamed() {
    byte[] json = "{\"memo\":\"m\"}".getBytes(UTF_8);
    InvalidInputException e = refused(strict, json, Line.class);
    assertThat(e.code()).isEqualTo(CoreErrorCode.JSON_MISSING_FIELD);
    assertThat(e.getMessage()).contains("amount");
    assertThat(lenient.decode(json, Line.class).amount()).isNull();
    InvalidInputException byConstructor = refused(lenient, "{}".getBytes(UTF_8), Named.class);
    assertThat(byConstructor.code()).isEqualTo(CoreErrorCode.JSON_MISSING_FIELD);
    assertThat(byConstructor.getMessage()).contains("name");
  }

  @Test
  void nullForAPrimitiveIsRefused() {
    byte[] json = order("\"" + ID + "\"", "\"008812345678\"", "\"1\"", "null");
    InvalidInputException e = refused(strict, json, Order.class);
    assertThat(e.code()).isIn(CoreErrorCode.JSON_INVALID_VALUE, CoreErrorCode.JSON_MISSING_FIELD);
    assertThat(e.getMessage()).contains("count");
  }

  @Test
  void malformedDocumentsAreMalformed() {
    for (String text :
        new String[] {
          "",
          "{",
          "{\"memo\":\"m\",}",
          "{'memo':'m'}",
          "{\"memo\":\"a\",\"memo\":\"b\",\"amount\":\"1\"}",
          "{\"memo\":\"m\",\"amount\":\"1\"} {}",
          "{\"memo\":\"m\",\"amount\":\"1\"} x",
          "null"
        }) {
      InvalidInputException e = refused(strict, text.getBytes(UTF_8), Line.class);
      assertThat(e.code()).as(text).isEqualTo(CoreErrorCode.JSON_MALFORMED);
      assertThat(e.getCause()).as(text).isNull();
    }
  }

  @Test
  void aTypeMismatchIsAnInvalidValueWithoutEchoingIt() {
    byte[] json = order("\"" + ID + "\"", "\"008812345678\"", "\"1\"", "\"13812341234\"");
    InvalidInputException e = refused(strict, json, Order.class);
    assertThat(e.code()).isEqualTo(CoreErrorCode.JSON_INVALID_VALUE);
    assertThat(e.getMessage()).contains("count").doesNotContain("13812341234");
    assertThat(e.getCause()).isNull();
  }

  private static byte[] order(String id, String account, String secondAmount, String count) {
    return ("{\"payer\":{\"idNumber\":"
            + id
            + ",\"fundAccount\":"
            + account
            + "},\"lines\":[{\"memo\":\"a\",\"amount\":\"1\"},{\"memo\":\"b\",\"amount\":"
            + secondAmount
            + "}],\"count\":"
            + count
            + "}")
        .getBytes(UTF_8);
  }

  private static InvalidInputException refused(JsonDecoder decoder, byte[] json, Class<?> type) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> decoder.decode(json, type));
    assertThat(e).as("refusal of %s", new String(json, UTF_8)).isNotNull();
    return e;
  }
}
