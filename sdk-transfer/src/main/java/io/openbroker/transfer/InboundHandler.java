package io.openbroker.transfer;

import io.openbroker.core.Effects;
import io.openbroker.core.InvalidInputException;
import io.openbroker.core.OpenBrokerException;
import io.openbroker.core.TransientException;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.crypto.PublicKeyMaterial;
import io.openbroker.core.envelope.EnvelopeSigner;
import io.openbroker.core.envelope.EnvelopeVerdict;
import io.openbroker.core.envelope.EnvelopeVerifier;
import io.openbroker.core.envelope.KeyResolver;
import io.openbroker.core.store.SchemaMigrator;
import io.openbroker.core.store.Transactor;
import io.openbroker.transfer.internal.inbound.BankMessage;
import io.openbroker.transfer.internal.inbound.InboundAnswer;
import io.openbroker.transfer.internal.inbound.InboundDesk;
import io.openbroker.transfer.internal.inbound.InboundStore;
import io.openbroker.transfer.internal.journal.JdbcTransferJournal;
import io.openbroker.transfer.internal.wire.WireJson;
import io.openbroker.transfer.spi.FundLedger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Takes bank-initiated messages (bank-channel transfers and their reversals, docs/PROTOCOL.md §5)
 * independently of any web framework: bytes and headers in, a signed answer out. Each message is
 * verified (the bank's key, freshness, replay), applied to the fund ledger exactly once (keyed by
 * the bank serial: a repeat gets the first answer), and answered signed with the broker's key,
 * bound to the request.
 *
 * <pre>{@code
 * InboundHandler inbound = InboundHandler.builder()
 *     .bankKey("bank-sm2", bankPublicKey)
 *     .brokerKey("broker-1-sm2", brokerSigner)
 *     .ledger(ledger)
 *     .journal(dataSource)
 *     .build();
 * InboundResponse answer = inbound.handle(new InboundRequest("POST", path, headers::get, body));
 * }</pre>
 */
public final class InboundHandler {

  /** Path of bank-channel transfers. */
  public static final String TRANSFERS = "/v1/bank-initiated/transfers";

  /** Path of reversals of bank-channel transfers. */
  public static final String REVERSALS = "/v1/bank-initiated/reversals";

  private static final String ZERO_NONCE = "0".repeat(32);

  private final EnvelopeVerifier verifier;
  private final EnvelopeSigner signer;
  private final InboundDesk desk;

  private InboundHandler(EnvelopeVerifier verifier, EnvelopeSigner signer, InboundDesk desk) {
    this.verifier = verifier;
    this.signer = signer;
    this.desk = desk;
  }

  /** A builder; every setting is required except effects. */
  public static Builder builder() {
    return new Builder();
  }

  /** Verifies, applies once, and answers one message. Never throws for a bad message. */
  public InboundResponse handle(InboundRequest request) {
    EnvelopeVerdict verdict =
        verifier.verifyRequest(request.method(), request.path(), request.headers(), request.body());
    if (verdict instanceof EnvelopeVerdict.Refused refused) {
      return error(401, ZERO_NONCE, refused.code().code(), refused.reason());
    }
    String nonce = ((EnvelopeVerdict.Accepted) verdict).nonce();
    boolean reversal = REVERSALS.equals(request.path());
    if (!"POST".equals(request.method()) || !(reversal || TRANSFERS.equals(request.path()))) {
      return error(404, nonce, "NO_SUCH_OPERATION", "no operation " + request.path());
    }
    Optional<BankMessage> message = WireJson.read(request.body(), BankMessage.class);
    if (message.isEmpty()) {
      return error(400, nonce, "BAD_REQUEST", "body is not a bank-initiated message");
    }
    try {
      return signed(200, nonce, desk.apply(message.get(), reversal));
    } catch (TransientException e) {
      return error(503, nonce, "SERVICE_UNAVAILABLE", "not applied now; send it again");
    } catch (InvalidInputException e) {
      return error(400, nonce, "BAD_REQUEST", reasonOf(e));
    }
  }

  private InboundResponse error(int status, String nonce, String code, String reason) {
    return signed(status, nonce, WireJson.write(new InboundAnswer(code, reason, null)));
  }

  private InboundResponse signed(int status, String nonce, byte[] body) {
    String bound = nonce.matches("(?:[0-9a-fA-F]{2}){16,64}") ? nonce : ZERO_NONCE;
    Map<String, String> headers =
        new LinkedHashMap<>(signer.signResponse(status, bound, body).asMap());
    headers.put("Content-Type", "application/json; charset=utf-8");
    return new InboundResponse(status, headers, body);
  }

  private static String reasonOf(OpenBrokerException e) {
    String m = e.getMessage();
    return m.substring(m.indexOf(": ") + 2);
  }

  /** Configures an {@link InboundHandler}. */
  public static final class Builder {
    private String bankKeyId;
    private PublicKeyMaterial bankKey;
    private String brokerKeyId;
    private MessageSigner brokerSigner;
    private FundLedger ledger;
    private DataSource journal;
    private Effects effects = Effects.system();

    private Builder() {}

    /** The bank's key id and public key: requests must be signed by it. */
    public Builder bankKey(String keyId, PublicKeyMaterial key) {
      this.bankKeyId = Objects.requireNonNull(keyId, "keyId");
      this.bankKey = Objects.requireNonNull(key, "key");
      return this;
    }

    /** The broker's key id (the one the bank knows) and signer for the answers. */
    public Builder brokerKey(String keyId, MessageSigner signer) {
      this.brokerKeyId = Objects.requireNonNull(keyId, "keyId");
      this.brokerSigner = Objects.requireNonNull(signer, "signer");
      return this;
    }

    /** The fund ledger the messages are booked in. */
    public Builder ledger(FundLedger value) {
      this.ledger = Objects.requireNonNull(value, "ledger");
      return this;
    }

    /** Where the first answer to each bank serial is kept (the transfer journal's database). */
    public Builder journal(DataSource value) {
      this.journal = Objects.requireNonNull(value, "journal");
      return this;
    }

    /** Clock and randomness (freshness window, nonces). */
    public Builder effects(Effects value) {
      this.effects = Objects.requireNonNull(value, "effects");
      return this;
    }

    /** Builds the handler, creating its table if needed. */
    public InboundHandler build() {
      if (bankKey == null || brokerSigner == null || ledger == null || journal == null) {
        throw new IllegalStateException("bankKey, brokerKey, ledger and journal are required");
      }
      Transactor tx = new Transactor(journal);
      new SchemaMigrator(tx, "transfer-journal", InboundHandler.class)
          .migrate(JdbcTransferJournal.MIGRATIONS);
      EnvelopeVerifier verifier =
          EnvelopeVerifier.builder(KeyResolver.of(Map.of(bankKeyId, bankKey.verifier())))
              .clock(effects.clock())
              .build();
      EnvelopeSigner signer = new EnvelopeSigner(brokerKeyId, brokerSigner, effects);
      return new InboundHandler(
          verifier, signer, new InboundDesk(ledger, new InboundStore(tx), effects.clock()));
    }
  }
}
