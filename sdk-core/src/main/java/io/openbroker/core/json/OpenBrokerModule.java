package io.openbroker.core.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.openbroker.core.id.BankCardNumber;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.id.MobileNumber;
import io.openbroker.core.id.PersonName;
import io.openbroker.core.id.ResidencePermitNumber;
import io.openbroker.core.id.ResidentIdNumber;
import io.openbroker.core.internal.MoneyDeserializer;
import io.openbroker.core.internal.TextValueDeserializer;
import io.openbroker.core.internal.TextValueSerializer;
import io.openbroker.core.money.Money;
import java.time.Clock;
import java.util.function.Function;

/**
 * A Jackson module for OpenBroker's value types, so that records with {@link Money} and identifier
 * fields read and write cleanly. {@link OpenBrokerJson}'s mappers register it already.
 *
 * <p>Wire forms:
 *
 * <ul>
 *   <li>identifiers are their clear value as a JSON string ({@code "fundAccount":"008812345678"});
 *       a JSON number is refused (it would lose leading zeros). Bank cards are read with {@code
 *       LUHN_WARNING}: whether to refuse a Luhn failure is the receiving flow's decision;
 *   <li>{@code Money} is decimal yuan text with two decimals ({@code "amount":"1000.00"}), read as
 *       a signed CNY amount. The currency travels in its own field ({@code "currency":"CNY"}, a
 *       {@code CurrencyCode}), as the wire protocol's messages are flat; a message in another
 *       currency rebuilds its amount in its compact constructor: {@code amount =
 *       Money.ofFen(amount.fen(), currency)}. Flows check the sign where it matters (a transfer
 *       amount is positive; a balance may be overdrawn). In strict mode a JSON number for an amount
 *       is refused; leniently it is read exactly through {@code BigDecimal}, never {@code double}.
 * </ul>
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(OpenBrokerModule.strict(clock)).build();
 * }</pre>
 */
public final class OpenBrokerModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  private OpenBrokerModule(boolean strict, Clock clock) {
    super("OpenBrokerModule");
    addSerializer(Money.class, new TextValueSerializer<>(Money.class, Money::toPlainString));
    addDeserializer(Money.class, new MoneyDeserializer(strict));
    Function<String, ResidentIdNumber> residentId =
        clock == null ? ResidentIdNumber::new : text -> ResidentIdNumber.parse(text, clock);
    Function<String, ResidencePermitNumber> permit =
        clock == null
            ? ResidencePermitNumber::new
            : text -> ResidencePermitNumber.parse(text, clock);
    text(ResidentIdNumber.class, residentId, ResidentIdNumber::value);
    text(ResidencePermitNumber.class, permit, ResidencePermitNumber::value);
    text(BankCardNumber.class, BankCardNumber::parse, BankCardNumber::value);
    text(MobileNumber.class, MobileNumber::parse, MobileNumber::value);
    text(FundAccount.class, FundAccount::parse, FundAccount::value);
    text(BusinessSerial.class, BusinessSerial::parse, BusinessSerial::value);
    text(PersonName.class, PersonName::parse, PersonName::value);
  }

  /**
   * Strict: amounts only as text. {@code clock} supplies "today" for the ID and permit birth-date
   * check; with {@code null}, birth dates are checked to be real dates since 1900 but not against
   * today.
   */
  public static OpenBrokerModule strict(Clock clock) {
    return new OpenBrokerModule(true, clock);
  }

  /** Lenient: amounts also as JSON numbers, read exactly. {@code clock} as for {@link #strict}. */
  public static OpenBrokerModule lenient(Clock clock) {
    return new OpenBrokerModule(false, clock);
  }

  private <T> void text(Class<T> type, Function<String, T> parse, Function<T, String> print) {
    addSerializer(type, new TextValueSerializer<>(type, print));
    addDeserializer(type, new TextValueDeserializer<>(type, parse));
  }
}
