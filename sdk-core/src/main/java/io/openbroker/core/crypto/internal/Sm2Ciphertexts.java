package io.openbroker.core.crypto.internal;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.CredentialException;
import io.openbroker.core.InternalException;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.util.BigIntegers;

/**
 * Converts SM2 ciphertexts between the raw form {@code 04 || x || y || C3 || C2} (what Bouncy
 * Castle's {@code SM2Engine} in C1C3C2 mode reads and writes) and the GM/T 0009 ASN.1 DER form
 * {@code SEQUENCE { INTEGER x, INTEGER y, OCTET STRING C3, OCTET STRING C2 }} (what OpenSSL 3's
 * {@code pkeyutl -encrypt} writes).
 */
public final class Sm2Ciphertexts {

  private static final int POINT_BYTES = 1 + 2 * Sm2Domain.FIELD_BYTES;
  private static final int HASH_BYTES = 32;
  private static final int UNCOMPRESSED = 0x04;

  private Sm2Ciphertexts() {}

  /** Raw C1C3C2 to DER. */
  public static byte[] rawToDer(byte[] raw) {
    if (raw.length <= POINT_BYTES + HASH_BYTES || raw[0] != UNCOMPRESSED) {
      throw new InternalException(CoreErrorCode.INTERNAL_ERROR, "unexpected raw SM2 ciphertext");
    }
    int y = 1 + Sm2Domain.FIELD_BYTES;
    int c3 = POINT_BYTES;
    int c2 = c3 + HASH_BYTES;
    ASN1EncodableVector fields = new ASN1EncodableVector(4);
    fields.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, 1, y))));
    fields.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, y, c3))));
    fields.add(new DEROctetString(Arrays.copyOfRange(raw, c3, c2)));
    fields.add(new DEROctetString(Arrays.copyOfRange(raw, c2, raw.length)));
    try {
      return new DERSequence(fields).getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new InternalException(CoreErrorCode.INTERNAL_ERROR, "DER encoding failed", e);
    }
  }

  /** DER to raw C1C3C2; anything but strict DER of the GM/T 0009 structure is a failure. */
  public static byte[] derToRaw(byte[] der) {
    try {
      ASN1Sequence sequence = ASN1Sequence.getInstance(der);
      if (sequence.size() != 4 || !Arrays.equals(sequence.getEncoded(ASN1Encoding.DER), der)) {
        throw malformed();
      }
      byte[] x = coordinate(sequence.getObjectAt(0));
      byte[] y = coordinate(sequence.getObjectAt(1));
      byte[] hash = ASN1OctetString.getInstance(sequence.getObjectAt(2)).getOctets();
      byte[] body = ASN1OctetString.getInstance(sequence.getObjectAt(3)).getOctets();
      if (hash.length != HASH_BYTES || body.length == 0) {
        throw malformed();
      }
      byte[] raw = new byte[POINT_BYTES + HASH_BYTES + body.length];
      raw[0] = UNCOMPRESSED;
      System.arraycopy(x, 0, raw, 1, x.length);
      System.arraycopy(y, 0, raw, 1 + x.length, y.length);
      System.arraycopy(hash, 0, raw, POINT_BYTES, HASH_BYTES);
      System.arraycopy(body, 0, raw, POINT_BYTES + HASH_BYTES, body.length);
      return raw;
    } catch (IOException | RuntimeException e) {
      if (e instanceof CredentialException credential) {
        throw credential;
      }
      throw new CredentialException(
          CoreErrorCode.DECRYPTION_FAILED, "malformed SM2 DER ciphertext", e);
    }
  }

  private static byte[] coordinate(ASN1Encodable field) {
    BigInteger value = ASN1Integer.getInstance(field).getValue();
    if (value.signum() < 0 || value.bitLength() > 8 * Sm2Domain.FIELD_BYTES) {
      throw malformed();
    }
    return BigIntegers.asUnsignedByteArray(Sm2Domain.FIELD_BYTES, value);
  }

  private static CredentialException malformed() {
    return new CredentialException(CoreErrorCode.DECRYPTION_FAILED, "malformed SM2 DER ciphertext");
  }
}
