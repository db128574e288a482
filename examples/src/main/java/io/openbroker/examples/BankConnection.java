package io.openbroker.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.openbroker.core.Effects;
import io.openbroker.core.RandomSource;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.transfer.BankAnswer;
import io.openbroker.transfer.BankSignInReply;
import io.openbroker.transfer.TransferClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options every command talking to a running simulator shares ({@code --bank}, {@code --keys},
 * {@code --json}), the signed client they make, and how a bank answer is shown. Exit codes: 0 the
 * bank said SUCCESS, 1 the bank refused (verified), 3 no verified answer (unreachable, timeout, bad
 * signature).
 */
final class BankConnection {

  static final int REFUSED = 1;
  static final int NO_ANSWER = 3;

  @Option(
      names = "--bank",
      paramLabel = "URL",
      description = "The simulator's base URL (default: ${DEFAULT-VALUE}).")
  URI bank = URI.create("http://127.0.0.1:8088");

  @Option(
      names = "--keys",
      paramLabel = "DIR",
      description = "The key directory `openbroker sim` wrote (default: ${DEFAULT-VALUE}).")
  Path keys = Path.of("bank-data", "keys");

  @Option(names = "--json", description = "Print the bank's answer as JSON.")
  boolean json;

  private final Effects effects = Effects.system();

  TransferClient client() throws IOException {
    KeySet set = new KeySet(keys);
    return TransferClient.builder()
        .baseUrl(bank)
        .brokerKey(KeySet.BROKER_KEY_ID, set.brokerPrivate().signer(effects.random()))
        .bankKey(KeySet.BANK_KEY_ID, set.bankPublic())
        .effects(effects)
        .connectTimeout(Duration.ofSeconds(3))
        .callTimeout(Duration.ofSeconds(10))
        .build();
  }

  /** A fresh serial for a request (the idempotency key: pass it again with --serial to resend). */
  BusinessSerial newSerial() {
    RandomSource random = effects.random();
    return BusinessSerial.parse(
        "CLI" + HexFormat.of().formatHex(random.nextBytes(10)).toUpperCase(Locale.ROOT));
  }

  /** 签到: the bank takes transfers only from a broker signed in to its business date. */
  void signIn(TransferClient client) {
    LocalDate today = LocalDate.now(effects.clock().withZone(Effects.CHINA));
    BankAnswer<BankSignInReply> answer = client.signIn(newSerial(), today);
    if (answer instanceof BankAnswer.Verified<BankSignInReply> v
        && "BUSINESS_DATE_MISMATCH".equals(v.resultCode())
        && v.reply().bankBusinessDate() != null) {
      answer = client.signIn(newSerial(), LocalDate.parse(v.reply().bankBusinessDate()));
    }
    if (!(answer instanceof BankAnswer.Verified<BankSignInReply> v && v.isSuccess())) {
      throw new BankUnavailable(describe(answer));
    }
  }

  /** Prints the answer and returns the exit code. */
  int print(BankAnswer<?> answer, PrintWriter out, PrintWriter err, String command) {
    if (answer instanceof BankAnswer.Verified<?> v) {
      out.println(json ? json(v) : v.resultCode() + ": " + v.reply());
      out.flush();
      return v.isSuccess() ? 0 : REFUSED;
    }
    err.println(command + ": " + describe(answer));
    err.flush();
    return NO_ANSWER;
  }

  private String describe(BankAnswer<?> answer) {
    if (answer instanceof BankAnswer.Unknown<?> u) {
      return "no verified answer from " + bank + ": " + u.cause();
    }
    BankAnswer.Verified<?> v = (BankAnswer.Verified<?>) answer;
    return v.resultCode() + " " + v.message();
  }

  private static String json(BankAnswer.Verified<?> v) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("httpStatus", v.httpStatus());
    map.put("resultCode", v.resultCode());
    map.put("message", v.message());
    map.put("reply", v.reply());
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bank gave no verified answer to a step the command needs first (the sign-in). */
  static final class BankUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BankUnavailable(String message) {
      super(message);
    }
  }
}
