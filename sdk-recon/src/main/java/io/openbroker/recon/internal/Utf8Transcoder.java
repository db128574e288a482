package io.openbroker.recon.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Re-encodes text from any charset (GBK, GB18030, UTF-16 ...) as UTF-8 bytes, streaming, so that
 * one byte-level parser reads every encoding. (A GBK trail byte can equal {@code |}, so GBK text
 * cannot be split on bytes as it is.)
 */
public final class Utf8Transcoder extends InputStream {

  private final Reader reader;
  private final CharsetEncoder encoder =
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private final ByteBuffer bytes = ByteBuffer.allocate(4 * 8192 + 16);
  private boolean eof;

  public Utf8Transcoder(Reader reader) {
    this.reader = reader;
    bytes.flip();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!bytes.hasRemaining() && !fill()) {
      return -1;
    }
    int n = Math.min(len, bytes.remaining());
    bytes.get(b, off, n);
    return n;
  }

  private boolean fill() throws IOException {
    bytes.clear();
    while (bytes.position() == 0 && !eof) {
      int n = reader.read(chars);
      chars.flip();
      if (n < 0) {
        eof = true;
        encoder.encode(chars, bytes, true);
        encoder.flush(bytes);
      } else {
        encoder.encode(chars, bytes, false);
      }
      chars.compact();
    }
    bytes.flip();
    return bytes.hasRemaining();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
