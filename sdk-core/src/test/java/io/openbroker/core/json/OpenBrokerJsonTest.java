package io.openbroker.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.Effects;
import io.openbroker.core.InvalidInputException;
import io.openbroker.core.id.BankCardNumber;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.id.MobileNumber;
import io.openbroker.core.id.PersonName;
import io.openbroker.core.id.ResidencePermitNumber;
import io.openbroker.core.id.ResidentIdNumber;
import io.openbroker.core.money.CurrencyCode;
import io.openbroker.core.money.Money;
import io.openbroker.core.testing.CoreArbitraries;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenBrokerJsonTest {

  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), Effects.CHINA);
  private static final String ID = "11010519491231002X";
  private static final String PERMIT = "81000019900101006X";

  record Customer(
      BusinessSerial serial,
      PersonName name,
      ResidentIdNumber idNumber,
      ResidencePermitNumber permit,
      MobileNumber mobile,
      BankCardNumber bankAccount,
      FundAccount fundAccount,
      Money amount,
      CurrencyCode currency,
      LocalDate tradeDate,
      Instant at) {}

  record Amount(Money amount) {}

  record Counted(int count, String text, boolean flag) {}

  private final ObjectMapper strict = OpenBrokerJson.strict(TODAY);
  private final ObjectMapper lenient = OpenBrokerJson.lenient(TODAY);

  @Test
  void valuesTravelAsFlatTextAndReadBackEqual() throws Exception {
    Customer customer =
        new Customer(
            BusinessSerial.parse("B202611200000000001"),
            PersonName.parse("𠮷野家"),
            ResidentIdNumber.parse(ID, TODAY),
            ResidencePermitNumber.parse(PERMIT, TODAY),
            MobileNumber.parse("13812341234"),
            BankCardNumber.parse("6212821234567899152"),
            FundAccount.parse("008812345678"),
            Money.parse("1000"),
            CurrencyCode.CNY,
            LocalDate.of(2026, 11, 20),
            Instant.parse("2026-11-20T02:00:00Z"));
    String json = strict.writeValueAsString(customer);
    assertThat(json)
        .contains("\"amount\":\"1000.00\"", "\"currency\":\"CNY\"")
        .contains("\"idNumber\":\"" + ID + "\"", "\"permit\":\"" + PERMIT + "\"")
        .contains("\"fundAccount\":\"008812345678\"", "\"bankAccount\":\"6212821234567899152\"")
        .contains("\"mobile\":\"13812341234\"", "\"name\":\"𠮷野家\"")
        .contains("\"tradeDate\":\"2026-11-20\"", "\"at\":\"2026-11-20T02:00:00Z\"");
    assertThat(strict.readValue(json.getBytes(UTF_8), Customer.class)).isEqualTo(customer);
  }

  @Test
  void strictRefusesAnAmountAsAJsonNumber() {
    for (String number : new String[] {"0.1", "1000", "1e3"}) {
      InvalidInputException e = refused(strict, "{\"amount\":" + number + "}", Amount.class);
      assertThat(e.code()).as(number).isEqualTo(CoreErrorCode.JSON_INVALID_VALUE);
      assertThat(e.getMessage()).contains("amount");
    }
  }

  @Test
  void lenientReadsANumericAmountExactlyNeverThroughDouble() throws Exception {
    assertThat(lenient.readValue("{\"amount\":0.1}", Amount.class).amount().fen()).isEqualTo(10);
    assertThat(lenient.readValue("{\"amount\":1000}", Amount.class).amount().fen())
        .isEqualTo(100_000);
    // Through double, 0.29 * 100 is 28.999999999999996 and 4.35 * 100 is 434.99999999999994.
    assertThat(lenient.readValue("{\"amount\":0.29}", Amount.class).amount().fen()).isEqualTo(29);
    assertThat(lenient.readValue("{\"amount\":4.35}", Amount.class).amount().fen()).isEqualTo(435);
    assertThat(lenient.readValue("{\"amount\":9999999999999.99}", Amount.class).amount().fen())
        .isEqualTo(Money.MAX_FEN);
    InvalidInputException e = refused(lenient, "{\"amount\":1.005}", Amount.class);
    assertThat(e.getMessage()).contains("MONEY_TOO_MANY_DECIMALS");
  }

  @Test
  void amountsAreSignedOnTheWire() throws Exception {
    assertThat(strict.readValue("{\"amount\":\"-5.1\"}", Amount.class).amount().fen())
        .isEqualTo(-510);
    assertThat(strict.writeValueAsString(new Amount(Money.ofFen(-5))))
        .isEqualTo("{\"amount\":\"-0.05\"}");
  }

  @Test
  void untypedDecimalsAreBigDecimalAndWritePlain() throws Exception {
    JsonNode node = strict.readTree("{\"x\":0.1}");
    assertThat(node.get("x").isBigDecimal()).isTrue();
    Map<?, ?> map = strict.readValue("{\"x\":0.1}", Map.class);
    assertThat(map.get("x")).isEqualTo(new BigDecimal("0.1"));
    assertThat(strict.writeValueAsString(Map.of("x", new BigDecimal("1E+3"))))
        .isEqualTo("{\"x\":1000}");
  }

  @Test
  void duplicateKeysAreRefusedEvenInTrees() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                new JsonDecoder(lenient)
                    .decode("{\"x\":1,\"x\":2}".getBytes(UTF_8), JsonNode.class));
    assertThat(e.code()).isEqualTo(CoreErrorCode.JSON_MALFORMED);
  }

  @Test
  void strictDoesNotCoerceScalarsAndLenientDoes() throws Exception {
    assertThat(
            refused(strict, "{\"count\":\"1\",\"text\":\"t\",\"flag\":true}", Counted.class)
                .getMessage())
        .contains("count");
    assertThat(
            refused(strict, "{\"count\":1,\"text\":2,\"flag\":true}", Counted.class).getMessage())
        .contains("text");
    assertThat(
            refused(strict, "{\"count\":1.5,\"text\":\"t\",\"flag\":true}", Counted.class)
                .getMessage())
        .contains("count");
    assertThat(
            refused(strict, "{\"count\":1,\"text\":\"t\",\"flag\":\"true\"}", Counted.class)
                .getMessage())
        .contains("flag");
    Counted coerced =
        lenient.readValue("{\"count\":\"1\",\"text\":2,\"flag\":true}", Counted.class);
    assertThat(coerced).isEqualTo(new Counted(1, "2", true));
  }

  @Test
  void birthDatesAreCheckedAgainstTheInjectedClockWhenThereIsOne() throws Exception {
    String first17 = "11010520261121002";
    String bornTomorrow = first17 + CoreArbitraries.mod11Check(first17);
    String json = "\"" + bornTomorrow + "\"";
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new JsonDecoder(strict).decode(json.getBytes(UTF_8), ResidentIdNumber.class));
    assertThat(e.getMessage()).contains("future").doesNotContain(bornTomorrow);
    assertThat(OpenBrokerJson.strict().readValue(json, ResidentIdNumber.class).value())
        .isEqualTo(bornTomorrow);
  }

  @Test
  void everyCallBuildsItsOwnMapper() {
    assertThat(OpenBrokerJson.strict(TODAY)).isNotSameAs(OpenBrokerJson.strict(TODAY));
  }

  private static InvalidInputException refused(ObjectMapper mapper, String json, Class<?> type) {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new JsonDecoder(mapper).decode(json.getBytes(UTF_8), type));
    assertThat(e).as("refusal of %s", json).isNotNull();
    return e;
  }
}
