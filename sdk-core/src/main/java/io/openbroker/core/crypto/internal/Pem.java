package io.openbroker.core.crypto.internal;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.CredentialException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/** Reading and writing one PEM block (RFC 7468). */
public final class Pem {

  private Pem() {}

  /**
   * The first PEM block in {@code text}, skipping curve-parameter blocks ({@code openssl ecparam
   * -genkey} writes one before the key); no block, or bad Base64, is {@code malformedCode}. The
   * text itself never goes into the message: it may be a private key.
   */
  public static PemObject read(String text, CoreErrorCode malformedCode) {
    if (text == null) {
      throw new CredentialException(malformedCode, "no PEM text given");
    }
    try (PemReader reader = new PemReader(new StringReader(text))) {
      PemObject object = reader.readPemObject();
      while (object != null && object.getType().endsWith(" PARAMETERS")) {
        object = reader.readPemObject();
      }
      if (object == null) {
        throw new CredentialException(malformedCode, "no PEM block found");
      }
      return object;
    } catch (IOException | RuntimeException e) {
      if (e instanceof CredentialException credential) {
        throw credential;
      }
      throw new CredentialException(malformedCode, "unreadable PEM block", e);
    }
  }

  /** {@code der} as one PEM block with the given label, e.g. {@code PRIVATE KEY}. */
  public static String write(String label, byte[] der) {
    StringWriter out = new StringWriter();
    try (PemWriter writer = new PemWriter(out)) {
      writer.writeObject(new PemObject(label, der));
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a StringWriter cannot fail", e);
    }
    return out.toString();
  }
}
