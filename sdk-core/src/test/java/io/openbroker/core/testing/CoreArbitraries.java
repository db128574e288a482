package io.openbroker.core.testing;

import io.openbroker.core.id.BankCardNumber;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.id.MobileNumber;
import io.openbroker.core.id.PermitRegion;
import io.openbroker.core.id.ResidencePermitNumber;
import io.openbroker.core.id.ResidentIdNumber;
import io.openbroker.core.money.CurrencyCode;
import io.openbroker.core.money.Money;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for OpenBroker's values, for our own properties and for downstream CI. The
 * check characters are computed here from the standards (GB 11643 / ISO 7064 MOD 11-2, Luhn),
 * independently of the production code, so the properties test that code against the standard.
 *
 * <pre>{@code
 * @Property
 * void acceptsEveryAdult(@ForAll("ids") ResidentIdNumber id) { ... }
 *
 * @Provide
 * Arbitrary<ResidentIdNumber> ids() { return CoreArbitraries.residentIds(); }
 * }</pre>
 */
public final class CoreArbitraries {

  /** Mainland province-level codes (GB/T 2260), the first two digits of a resident ID. */
  public static final int[] PROVINCES = {
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65
  };

  /** The default latest birth date: everyone born by then is an adult from 2027 on. */
  public static final LocalDate DEFAULT_LATEST_BIRTH = LocalDate.of(2008, 12, 31);

  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  private CoreArbitraries() {}

  /** Valid resident ID number texts, born 1900-01-01 to {@link #DEFAULT_LATEST_BIRTH}. */
  public static Arbitrary<String> residentIdTexts() {
    return residentIdTexts(EARLIEST_BIRTH, DEFAULT_LATEST_BIRTH);
  }

  /** Valid resident ID number texts with a birth date in {@code [from, to]}. */
  public static Arbitrary<String> residentIdTexts(LocalDate from, LocalDate to) {
    Arbitrary<String> region =
        Combinators.combine(
                Arbitraries.of(boxed(PROVINCES)), Arbitraries.integers().between(0, 9999))
            .as((province, county) -> String.format(Locale.ROOT, "%02d%04d", province, county));
    return gb11643(region, from, to);
  }

  /** Valid resident ID numbers, born 1900-01-01 to {@link #DEFAULT_LATEST_BIRTH}. */
  public static Arbitrary<ResidentIdNumber> residentIds() {
    return residentIdTexts().map(ResidentIdNumber::new);
  }

  /** Valid residence permit number texts for any region, born 1900 to 2008. */
  public static Arbitrary<String> residencePermitTexts() {
    Arbitrary<String> region = Arbitraries.of(PermitRegion.class).map(PermitRegion::code);
    return gb11643(region, EARLIEST_BIRTH, DEFAULT_LATEST_BIRTH);
  }

  /** Valid residence permit numbers for any region, born 1900 to 2008. */
  public static Arbitrary<ResidencePermitNumber> residencePermits() {
    return residencePermitTexts().map(ResidencePermitNumber::new);
  }

  /** Bank card number texts of 12 to 19 digits that pass the Luhn check. */
  public static Arbitrary<String> luhnValidCardTexts() {
    return cardBodies().map(body -> body + luhnCheckDigit(body));
  }

  /** Bank card number texts of 12 to 19 digits that fail the Luhn check. */
  public static Arbitrary<String> luhnInvalidCardTexts() {
    return Combinators.combine(cardBodies(), Arbitraries.integers().between(1, 9))
        .as((body, offset) -> body + (luhnCheckDigit(body) + offset) % 10);
  }

  /** Luhn-valid bank card numbers. */
  public static Arbitrary<BankCardNumber> bankCards() {
    return luhnValidCardTexts().map(BankCardNumber::new);
  }

  /** Bank card numbers that fail the Luhn check (accepted under {@code LUHN_WARNING} only). */
  public static Arbitrary<BankCardNumber> luhnInvalidBankCards() {
    return luhnInvalidCardTexts().map(BankCardNumber::new);
  }

  /** Mainland mobile number texts, {@code 1[3-9]} and 9 digits. */
  public static Arbitrary<String> mobileTexts() {
    return Combinators.combine(
            Arbitraries.integers().between(3, 9), Arbitraries.strings().numeric().ofLength(9))
        .as((second, rest) -> "1" + second + rest);
  }

  /** Mainland mobile numbers. */
  public static Arbitrary<MobileNumber> mobiles() {
    return mobileTexts().map(MobileNumber::new);
  }

  /** Fund account numbers, 6 to 20 digits, often with leading zeros. */
  public static Arbitrary<FundAccount> fundAccounts() {
    return Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(20).map(FundAccount::new);
  }

  /** Non-negative CNY amounts up to {@link Money#MAX_FEN}, biased towards edge cases. */
  public static Arbitrary<Money> money() {
    return Arbitraries.longs().between(0, Money.MAX_FEN).map(Money::ofFen);
  }

  /** Signed amounts in any currency, over the whole range. */
  public static Arbitrary<Money> signedMoney() {
    return Combinators.combine(
            Arbitraries.longs().between(-Money.MAX_FEN, Money.MAX_FEN),
            Arbitraries.of(CurrencyCode.class))
        .as(Money::new);
  }

  /**
   * The equal decimal spellings of a non-negative {@code money}, as files and clients write it:
   * {@code 100.10} may be {@code "100.1"}, {@code "100.10"} or {@code "0100.10"}; {@code 100.00}
   * may also be {@code "100"} or {@code "100.0"}.
   */
  public static Arbitrary<String> yuanSpellings(Money money) {
    long fen = money.fen();
    if (fen < 0) {
      throw new IllegalArgumentException("only non-negative amounts");
    }
    String yuan = Long.toString(fen / 100);
    String cents = String.format(Locale.ROOT, "%02d", fen % 100);
    List<String> spellings = new ArrayList<>();
    spellings.add(yuan + "." + cents);
    spellings.add("0" + yuan + "." + cents);
    if (fen % 10 == 0) {
      spellings.add(yuan + "." + cents.charAt(0));
    }
    if (fen % 100 == 0) {
      spellings.add(yuan);
    }
    return Arbitraries.of(spellings);
  }

  /** The ISO 7064 MOD 11-2 check character of 17 digits, computed from the definition. */
  public static char mod11Check(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int weight = 1 << (17 - i); // 2^(17-i); reduced mod 11 below with the digit product
      sum = (sum + (first17.charAt(i) - '0') * (weight % 11)) % 11;
    }
    int check = (12 - sum) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  /** The digit that makes {@code body + digit} pass the Luhn check. */
  public static int luhnCheckDigit(String body) {
    int sum = 0;
    for (int i = 0; i < body.length(); i++) {
      // Counting from the right of the final number, the body's last digit is doubled.
      boolean doubled = (body.length() - i) % 2 == 1;
      int digit = body.charAt(i) - '0';
      sum += doubled ? (digit * 2) / 10 + (digit * 2) % 10 : digit;
    }
    return (10 - sum % 10) % 10;
  }

  private static Arbitrary<String> cardBodies() {
    return Arbitraries.strings().numeric().ofMinLength(11).ofMaxLength(18);
  }

  private static Arbitrary<String> gb11643(Arbitrary<String> region, LocalDate from, LocalDate to) {
    Arbitrary<LocalDate> birth =
        Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
    return Combinators.combine(region, birth, sequence)
        .as(
            (r, date, seq) -> {
              String first17 = r + YYYYMMDD.format(date) + seq;
              return first17 + mod11Check(first17);
            });
  }

  private static Integer[] boxed(int[] values) {
    Integer[] boxed = new Integer[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }
}
