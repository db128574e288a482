package io.openbroker.banksim.internal.http;

import io.openbroker.banksim.BankKey;
import io.openbroker.banksim.BankResultCode;
import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.Effects;
import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.crypto.SignatureAlgorithm;
import io.openbroker.core.envelope.EnvelopeHeaders;
import io.openbroker.core.envelope.EnvelopeSigner;
import io.openbroker.core.envelope.EnvelopeVerdict;
import io.openbroker.core.envelope.EnvelopeVerifier;
import io.openbroker.core.envelope.HeaderLookup;
import io.openbroker.core.envelope.KeyResolver;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The signed envelope of SPEC §6 on the bank's side, using sdk-core's envelope: verifies each
 * request (each refusal its own code, nothing applied) and signs each answer, binding it to the
 * request's nonce. Also produces the deliberately broken answers of fault injection.
 */
public final class EnvelopeGate {

  /** The caller id of the admin key. */
  public static final String ADMIN = "admin";

  private static final Pattern WELL_FORMED_NONCE = Pattern.compile("(?:[0-9a-fA-F]{2}){16,64}");

  /** A party allowed to call: its id and the verifier of its key. */
  public record Party(String callerId, MessageVerifier verifier) {}

  private final Map<String, Party> parties;
  private final Map<SignatureAlgorithm, BankKey> bankKeys;
  private final Map<SignatureAlgorithm, EnvelopeSigner> signers =
      new EnumMap<>(SignatureAlgorithm.class);
  private final EnvelopeVerifier verifier;
  private final Effects effects;
  private final SignatureAlgorithm defaultAlgorithm;

  public EnvelopeGate(
      Map<String, Party> parties, Map<SignatureAlgorithm, BankKey> bankKeys, Effects effects) {
    if (bankKeys.isEmpty()) {
      throw new IllegalArgumentException("the bank needs at least one key");
    }
    this.parties = Map.copyOf(parties);
    this.bankKeys = new EnumMap<>(bankKeys);
    this.effects = effects;
    Map<String, MessageVerifier> verifiers = new HashMap<>();
    parties.forEach((keyId, party) -> verifiers.put(keyId, party.verifier()));
    this.verifier =
        EnvelopeVerifier.builder(KeyResolver.of(verifiers)).clock(effects.clock()).build();
    bankKeys.forEach(
        (alg, key) -> signers.put(alg, new EnvelopeSigner(key.keyId(), key.signer(), effects)));
    this.defaultAlgorithm =
        bankKeys.containsKey(SignatureAlgorithm.SM3_WITH_SM2)
            ? SignatureAlgorithm.SM3_WITH_SM2
            : bankKeys.keySet().iterator().next();
  }

  /** Verifies a request; {@code header} reads one header (null when absent). */
  public Caller verify(String method, String path, HeaderLookup header, byte[] body)
      throws EnvelopeRefusal {
    EnvelopeVerdict verdict = verifier.verifyRequest(method, path, header, body);
    if (verdict instanceof EnvelopeVerdict.Refused refused) {
      throw new EnvelopeRefusal(codeOf(refused.code()), refused.reason());
    }
    EnvelopeVerdict.Accepted accepted = (EnvelopeVerdict.Accepted) verdict;
    Party party = parties.get(accepted.keyId());
    return new Caller(party.callerId(), party.verifier().algorithm(), accepted.nonce());
  }

  /**
   * The headers that sign an answer.
   *
   * @param algorithm the caller's algorithm, or empty when the caller is not known
   * @param requestNonce the request's nonce, or "" if it had no usable one
   * @param skew how far the answer's timestamp is off (fault injection; zero normally)
   * @param corrupt whether to break the signature on purpose (fault injection)
   */
  public Map<String, String> sign(
      Optional<SignatureAlgorithm> algorithm,
      int status,
      String requestNonce,
      byte[] body,
      Duration skew,
      boolean corrupt) {
    SignatureAlgorithm alg = algorithm.filter(signers::containsKey).orElse(defaultAlgorithm);
    EnvelopeSigner signer = signer(alg, skew);
    // A request without a well-formed nonce is answered bound to the all-zero nonce.
    String nonce =
        WELL_FORMED_NONCE.matcher(requestNonce).matches() ? requestNonce : "0".repeat(32);
    EnvelopeHeaders headers = signer.signResponse(status, nonce, body);
    Map<String, String> map = new LinkedHashMap<>(headers.asMap());
    if (corrupt) {
      byte[] sig = Base64.getDecoder().decode(headers.signature());
      sig[sig.length / 2] ^= 0x5a;
      map.put(EnvelopeHeaders.SIGNATURE, Base64.getEncoder().encodeToString(sig));
    }
    return map;
  }

  /**
   * Signs a bank-initiated request to a broker with the bank key of the broker's algorithm.
   *
   * @param skew how far the request's timestamp is off (the clock-skew fault; zero normally)
   */
  public Map<String, String> signRequest(
      SignatureAlgorithm algorithm, String path, byte[] body, Duration skew) {
    return signer(algorithm, skew).signRequest("POST", path, body).asMap();
  }

  /** The bank's signer for {@code alg}, on a clock off by {@code skew}. */
  private EnvelopeSigner signer(SignatureAlgorithm alg, Duration skew) {
    if (skew.isZero()) {
      return signers.get(alg);
    }
    return new EnvelopeSigner(
        bankKeys.get(alg).keyId(),
        bankKeys.get(alg).signer(),
        effects.withClock(Clock.offset(effects.clock(), skew)));
  }

  /** Verifies a broker's answer to a bank-initiated request; true if it is the broker's. */
  public boolean verifyBrokerAnswer(
      String brokerKeyId, int status, String requestNonce, HeaderLookup headers, byte[] body) {
    EnvelopeVerdict verdict = verifier.verifyResponse(status, requestNonce, headers, body);
    return verdict instanceof EnvelopeVerdict.Accepted a && a.keyId().equals(brokerKeyId);
  }

  /** The bank key for an algorithm (to decrypt fields a caller of that algorithm sent). */
  public Optional<BankKey> bankKey(SignatureAlgorithm algorithm) {
    return Optional.ofNullable(bankKeys.get(algorithm));
  }

  static BankResultCode codeOf(CoreErrorCode code) {
    return switch (code) {
      case ENVELOPE_BODY_TOO_LARGE -> BankResultCode.BODY_TOO_LARGE;
      case ENVELOPE_MISSING_HEADER -> BankResultCode.SIGNATURE_MISSING;
      case ENVELOPE_UNSUPPORTED_ALGORITHM -> BankResultCode.UNSUPPORTED_ALGORITHM;
      case ENVELOPE_BAD_NONCE -> BankResultCode.BAD_NONCE;
      case ENVELOPE_STALE -> BankResultCode.STALE;
      case ENVELOPE_UNKNOWN_KEY -> BankResultCode.UNKNOWN_KEY;
      case ENVELOPE_REPLAYED -> BankResultCode.REPLAYED;
      default -> BankResultCode.SIGNATURE_INVALID;
    };
  }
}
