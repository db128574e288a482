package io.openbroker.core.crypto.internal;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.CredentialException;
import io.openbroker.core.crypto.Sm2CiphertextEncoding;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECFieldElement;
import org.bouncycastle.math.ec.ECMultiplier;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.Arrays;
import org.bouncycastle.util.BigIntegers;
import org.bouncycastle.util.Pack;

/**
 * SM2 public-key encryption (GB/T 32918.4) with SM3 and the C1C3C2 order, both named explicitly:
 * Bouncy Castle defaulted to the obsolete C1C2C3 order for years.
 *
 * <p>Encryption assembles the scheme from Bouncy Castle's curve arithmetic and SM3 instead of
 * calling its {@code SM2Engine}, for one reason: speed on the transfer path. The engine multiplies
 * the recipient's key by the ephemeral scalar with its generic constant-time multiplier, which
 * keeps no table, so each encryption cost nearly four signatures. A recipient key (the bank's) is
 * long-lived, so here both {@code [k]G} and {@code [k]P} use Bouncy Castle's fixed-point comb
 * multiplier — the one its signer uses for the secret {@code [k]G} — whose table is computed once
 * and cached on the key's point. For the same random scalar the bytes equal the engine's (a test
 * checks it, and OpenSSL decrypts them). Decryption, one multiplication by the private key on a
 * fresh point, stays with the engine.
 */
public final class Sm2Encryption {

  private Sm2Encryption() {}

  /** Encrypts {@code plaintext} for {@code key}, in {@code encoding}. */
  public static byte[] encrypt(
      ECPublicKeyParameters key,
      byte[] plaintext,
      Sm2CiphertextEncoding encoding,
      SecureRandom random) {
    if (plaintext.length == 0) {
      throw new IllegalArgumentException("SM2 cannot encrypt an empty plaintext");
    }
    ECDomainParameters domain = key.getParameters();
    ECMultiplier comb = new FixedPointCombMultiplier();
    byte[] c1;
    byte[] c2;
    ECPoint shared;
    do {
      BigInteger k = nextK(domain.getN(), random);
      // Both points made affine with one field inversion (Montgomery's trick). ECPoint.normalize
      // would invert each one separately, blinded with a SecureRandom that Bouncy Castle creates
      // anew on every call (all creations then meet on the JDK's one NativePRNG lock); the
      // inversion of this curve's field is constant-time without it.
      ECPoint[] points = {comb.multiply(domain.getG(), k), comb.multiply(key.getQ(), k)};
      domain.getCurve().normalizeAll(points);
      c1 = points[0].getEncoded(false);
      shared = points[1];
      c2 = plaintext.clone();
      maskWithKdf(shared, c2);
    } while (Arrays.areEqual(c2, plaintext)); // the KDF gave all zeros: GB/T 32918.4 picks a new k
    SM3Digest sm3 = new SM3Digest();
    update(sm3, shared.getAffineXCoord());
    sm3.update(plaintext, 0, plaintext.length);
    update(sm3, shared.getAffineYCoord());
    byte[] c3 = new byte[sm3.getDigestSize()];
    sm3.doFinal(c3, 0);
    byte[] raw = Arrays.concatenate(c1, c3, c2);
    return encoding == Sm2CiphertextEncoding.C1C3C2_DER ? Sm2Ciphertexts.rawToDer(raw) : raw;
  }

  /** A uniform scalar in [1, n-1], drawn as Bouncy Castle's engine draws it. */
  private static BigInteger nextK(BigInteger n, SecureRandom random) {
    BigInteger k;
    do {
      k = BigIntegers.createRandomBigInteger(n.bitLength(), random);
    } while (k.signum() == 0 || k.compareTo(n) >= 0);
    return k;
  }

  /** XORs {@code data} with KDF(x2 ‖ y2): SM3 of the point and a 32-bit counter from 1. */
  private static void maskWithKdf(ECPoint shared, byte[] data) {
    SM3Digest sm3 = new SM3Digest();
    byte[] block = new byte[sm3.getDigestSize()];
    for (int counter = 1, offset = 0; offset < data.length; counter++) {
      update(sm3, shared.getAffineXCoord());
      update(sm3, shared.getAffineYCoord());
      byte[] count = Pack.intToBigEndian(counter);
      sm3.update(count, 0, count.length);
      sm3.doFinal(block, 0);
      int n = Math.min(block.length, data.length - offset);
      for (int i = 0; i < n; i++) {
        data[offset + i] ^= block[i];
      }
      offset += n;
    }
  }

  private static void update(SM3Digest sm3, ECFieldElement coordinate) {
    byte[] bytes =
        BigIntegers.asUnsignedByteArray(Sm2Domain.FIELD_BYTES, coordinate.toBigInteger());
    sm3.update(bytes, 0, bytes.length);
  }

  /** Decrypts; a wrong key, tampering or a wrong encoding is {@code DECRYPTION_FAILED}. */
  public static byte[] decrypt(
      ECPrivateKeyParameters key, byte[] ciphertext, Sm2CiphertextEncoding encoding) {
    byte[] raw =
        encoding == Sm2CiphertextEncoding.C1C3C2_DER
            ? Sm2Ciphertexts.derToRaw(ciphertext)
            : ciphertext;
    SM2Engine engine = new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
    engine.init(false, key);
    try {
      return engine.processBlock(raw, 0, raw.length);
    } catch (InvalidCipherTextException | RuntimeException e) {
      throw new CredentialException(CoreErrorCode.DECRYPTION_FAILED, "SM2 decryption failed", e);
    }
  }
}
