package io.openbroker.core.crypto;

import java.util.Objects;
import java.util.Optional;

/**
 * A private key and (when the file has one) its certificate, as read from a PKCS#12 file by {@link
 * KeyReader#pkcs12(byte[], char[])}.
 *
 * @param alias the entry's friendly name in the file
 * @param privateKey the key
 * @param certificate the key's certificate, if present
 */
public record KeyStoreEntry(
    String alias, PrivateKeyMaterial privateKey, Optional<CertificateInfo> certificate) {

  public KeyStoreEntry {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(certificate, "certificate");
  }
}
