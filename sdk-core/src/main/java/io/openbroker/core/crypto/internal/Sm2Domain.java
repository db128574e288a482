package io.openbroker.core.crypto.internal;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;

/** The SM2 curve (GB/T 32918.5, OID 1.2.156.10197.1.301) and checks against it. */
public final class Sm2Domain {

  /** The curve's OID, written into PKCS#8 and SubjectPublicKeyInfo as the named curve. */
  public static final ASN1ObjectIdentifier CURVE_OID = GMObjectIdentifiers.sm2p256v1;

  /** The curve with its name, so that encoded keys carry the OID rather than explicit params. */
  public static final ECNamedDomainParameters PARAMETERS =
      new ECNamedDomainParameters(CURVE_OID, GMNamedCurves.getByOID(CURVE_OID));

  /** Bytes of one coordinate (and of a private scalar). */
  public static final int FIELD_BYTES = 32;

  private Sm2Domain() {}

  /** Whether {@code domain} is the SM2 curve, whether named by OID or given explicitly. */
  public static boolean isSm2(ECDomainParameters domain) {
    if (domain instanceof ECNamedDomainParameters named) {
      return CURVE_OID.equals(named.getName());
    }
    return domain.getCurve().equals(PARAMETERS.getCurve())
        && domain.getG().equals(PARAMETERS.getG())
        && domain.getN().equals(PARAMETERS.getN());
  }

  /** A printable name for a non-SM2 curve in an error message (curves are public facts). */
  public static String describe(ECDomainParameters domain) {
    if (domain instanceof ECNamedDomainParameters named) {
      return named.getName().getId();
    }
    return "explicit parameters (" + domain.getCurve().getFieldSize() + "-bit field)";
  }
}
