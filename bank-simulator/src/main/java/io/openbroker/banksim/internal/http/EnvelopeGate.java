package io.openbroker.banksim.internal.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.openbroker.banksim.BankKey;
import io.openbroker.banksim.BankResultCode;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.crypto.SignatureAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The signed envelope of SPEC §6 on the bank's side: verifies each request's headers and signature
 * (unknown key, algorithm, staleness beyond ±300 s, replayed nonce — each its own code) and signs
 * each answer, binding it to the request's nonce.
 */
public final class EnvelopeGate {

  /** The caller id of the admin key. */
  public static final String ADMIN = "admin";

  public static final String KEY_ID = "OB-Key-Id";
  public static final String TIMESTAMP = "OB-Timestamp";
  public static final String NONCE = "OB-Nonce";
  public static final String ALGORITHM = "OB-Signature-Alg";
  public static final String SIGNATURE = "OB-Signature";

  /** Requests older or newer than this (by the bank's clock) are stale. */
  public static final Duration WINDOW = Duration.ofSeconds(300);

  private static final Pattern HEX_NONCE = Pattern.compile("(?:[0-9a-fA-F]{2}){16,64}");

  /** A party allowed to call: its id and the verifier of its key. */
  public record Party(String callerId, MessageVerifier verifier) {}

  private final Map<String, Party> parties;
  private final Map<SignatureAlgorithm, BankKey> bankKeys;
  private final RandomSource random;
  private final Cache<String, Boolean> seenNonces =
      Caffeine.newBuilder().maximumSize(2_000_000).expireAfterWrite(WINDOW.multipliedBy(2)).build();

  public EnvelopeGate(
      Map<String, Party> parties, Map<SignatureAlgorithm, BankKey> bankKeys, RandomSource random) {
    this.parties = Map.copyOf(parties);
    this.bankKeys = new LinkedHashMap<>(bankKeys);
    this.random = random;
    if (bankKeys.isEmpty()) {
      throw new IllegalArgumentException("the bank needs at least one key");
    }
  }

  /** Verifies a request; {@code header} reads one header (null when absent). */
  public Caller verify(
      String method, String path, UnaryOperator<String> header, byte[] body, Instant now)
      throws EnvelopeRefusal {
    String keyId = required(header, KEY_ID);
    String timestamp = required(header, TIMESTAMP);
    String nonce = required(header, NONCE);
    String algorithmName = required(header, ALGORITHM);
    String signature = required(header, SIGNATURE);
    Party party = parties.get(keyId);
    if (party == null) {
      throw new EnvelopeRefusal(BankResultCode.UNKNOWN_KEY, "unknown key id");
    }
    SignatureAlgorithm algorithm = party.verifier().algorithm();
    if (!algorithm.wireName().equals(algorithmName)) {
      throw new EnvelopeRefusal(
          BankResultCode.UNSUPPORTED_ALGORITHM, "this key signs with " + algorithm.wireName());
    }
    if (!HEX_NONCE.matcher(nonce).matches()) {
      throw new EnvelopeRefusal(
          BankResultCode.SIGNATURE_INVALID, "OB-Nonce must be 16 to 64 random bytes in hex");
    }
    long millis = parseMillis(timestamp);
    byte[] sig = decodeSignature(signature);
    byte[] signed = stringToSign(method, path, timestamp, nonce, body);
    if (!verifies(party.verifier(), signed, sig)) {
      throw new EnvelopeRefusal(BankResultCode.SIGNATURE_INVALID, "signature does not verify");
    }
    if (Math.abs(now.toEpochMilli() - millis) > WINDOW.toMillis()) {
      throw new EnvelopeRefusal(
          BankResultCode.STALE, "OB-Timestamp is more than 300 s from the bank's clock");
    }
    if (seenNonces
            .asMap()
            .putIfAbsent(keyId + ':' + nonce.toLowerCase(java.util.Locale.ROOT), Boolean.TRUE)
        != null) {
      throw new EnvelopeRefusal(BankResultCode.REPLAYED, "OB-Nonce seen before");
    }
    return new Caller(party.callerId(), algorithm, nonce);
  }

  /**
   * The headers that sign an answer.
   *
   * @param algorithm the caller's algorithm, or empty when the caller is unknown
   * @param requestNonce the request's nonce, or "" if it had none
   * @param corrupt whether to break the signature on purpose (fault injection)
   */
  public Map<String, String> sign(
      Optional<SignatureAlgorithm> algorithm,
      int status,
      String requestNonce,
      byte[] body,
      Instant at,
      boolean corrupt) {
    BankKey key = algorithm.map(bankKeys::get).orElse(bankKeys.values().iterator().next());
    String timestamp = Long.toString(at.toEpochMilli());
    String nonce = HexFormat.of().formatHex(random.nextBytes(16));
    byte[] signed =
        (status + "\n" + requestNonce + "\n" + timestamp + "\n" + nonce + "\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] signature = key.signer().sign(concat(signed, body, new byte[] {'\n'}));
    if (corrupt) {
      signature[signature.length / 2] ^= 0x5a;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(KEY_ID, key.keyId());
    headers.put(TIMESTAMP, timestamp);
    headers.put(NONCE, nonce);
    headers.put(ALGORITHM, key.signer().algorithm().wireName());
    headers.put(SIGNATURE, Base64.getEncoder().encodeToString(signature));
    return headers;
  }

  /** The bank key for an algorithm (for decrypting fields sent by a caller). */
  public Optional<BankKey> bankKey(SignatureAlgorithm algorithm) {
    return Optional.ofNullable(bankKeys.get(algorithm));
  }

  /** {@code METHOD\nPATH\nTIMESTAMP\nNONCE\nBODY\n} in UTF-8. */
  public static byte[] stringToSign(
      String method, String path, String timestamp, String nonce, byte[] body) {
    byte[] head =
        (method + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n")
            .getBytes(StandardCharsets.UTF_8);
    return concat(head, body, new byte[] {'\n'});
  }

  private static boolean verifies(MessageVerifier verifier, byte[] signed, byte[] signature) {
    try {
      return verifier.verify(signed, signature);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String required(UnaryOperator<String> header, String name) throws EnvelopeRefusal {
    String value = header.apply(name);
    if (value == null || value.isEmpty()) {
      throw new EnvelopeRefusal(BankResultCode.SIGNATURE_MISSING, "missing header " + name);
    }
    return value;
  }

  private static long parseMillis(String timestamp) throws EnvelopeRefusal {
    try {
      return Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      throw new EnvelopeRefusal(
          BankResultCode.SIGNATURE_INVALID, "OB-Timestamp must be epoch milliseconds");
    }
  }

  private static byte[] decodeSignature(String signature) throws EnvelopeRefusal {
    try {
      return Base64.getDecoder().decode(signature);
    } catch (IllegalArgumentException e) {
      throw new EnvelopeRefusal(BankResultCode.SIGNATURE_INVALID, "OB-Signature is not base64");
    }
  }

  private static byte[] concat(byte[] a, byte[] b, byte[] c) {
    byte[] all = new byte[a.length + b.length + c.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    System.arraycopy(c, 0, all, a.length + b.length, c.length);
    return all;
  }
}
