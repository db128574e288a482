package io.openbroker.core.crypto.internal;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.CredentialException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Collections;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Opens a PKCS#12 file through a private Bouncy Castle provider <em>instance</em> (never registered
 * JVM-wide): the JDK's own PKCS#12 key store cannot build keys on the SM2 curve. Reads OpenSSL 3's
 * default PBES2/AES-256 + HMAC-SHA-256 files as well as the legacy 3DES/RC2 ones.
 */
public final class Pkcs12Reader {

  /** What one key entry holds, as encodings for the lightweight decoders. */
  public record Entry(String alias, byte[] pkcs8, byte[] certificateDer) {}

  private Pkcs12Reader() {}

  /** The first key entry; a wrong password or a corrupt file is {@code KEY_MALFORMED}. */
  public static Entry firstKeyEntry(byte[] pkcs12, char[] password) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12", Provider.INSTANCE);
      store.load(new ByteArrayInputStream(pkcs12), password);
      for (String alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias)) {
          Key key = store.getKey(alias, password);
          Certificate certificate = store.getCertificate(alias);
          return new Entry(
              alias, key.getEncoded(), certificate == null ? null : certificate.getEncoded());
        }
      }
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      throw new CredentialException(
          CoreErrorCode.KEY_MALFORMED, "cannot open PKCS#12 (wrong password or corrupt file)", e);
    }
    throw new CredentialException(CoreErrorCode.KEY_MALFORMED, "PKCS#12 holds no private key");
  }

  /** Creating the provider costs tens of milliseconds: once, on first PKCS#12 use. */
  private static final class Provider {
    static final BouncyCastleProvider INSTANCE = new BouncyCastleProvider();
  }
}
