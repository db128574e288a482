package io.openbroker.benchmarks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Drives every caller's keep-alive connection from one thread with a selector: each connection has
 * one request in flight and sends its next as soon as it has read the whole answer (head and
 * Content-Length body) and checked it. One thread instead of one per caller keeps the generator's
 * share of the two cores small (no thread wake-up per answer), so the figure charges the bank.
 */
final class LoadLoop {

  private LoadLoop() {}

  /** One connection: its caller's pre-signed requests, what is left to write, what was read. */
  private static final class Conn {
    final LoadCaller caller;
    final SocketChannel channel;
    final ByteBuffer in = ByteBuffer.allocate(16 * 1024);
    ByteBuffer out;
    int next;
    long sentAt;

    Conn(LoadCaller caller, SocketChannel channel) {
      this.caller = caller;
      this.channel = channel;
    }
  }

  static void run(int port, List<LoadCaller> callers, AtomicBoolean measuring, AtomicBoolean stop)
      throws IOException {
    try (Selector selector = Selector.open()) {
      for (LoadCaller c : callers) {
        SocketChannel ch = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
        ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
        ch.configureBlocking(false);
        Conn conn = new Conn(c, ch);
        ch.register(selector, SelectionKey.OP_READ, conn);
        send(conn, selector);
      }
      while (!stop.get()) {
        selector.select(100);
        for (SelectionKey key : selector.selectedKeys()) {
          Conn conn = (Conn) key.attachment();
          if (key.isValid() && key.isWritable()) {
            flush(conn, key);
          }
          if (key.isValid() && key.isReadable() && read(conn, measuring)) {
            send(conn, selector);
          }
        }
        selector.selectedKeys().clear();
      }
      for (SelectionKey key : selector.keys()) {
        key.channel().close();
      }
    }
  }

  private static void send(Conn conn, Selector selector) throws IOException {
    if (conn.next >= conn.caller.requests().size()) {
      conn.caller.exhausted = true; // reported: the figure would then undercount
      return;
    }
    conn.out = ByteBuffer.wrap(conn.caller.requests().get(conn.next++));
    conn.sentAt = System.nanoTime();
    flush(conn, conn.channel.keyFor(selector));
  }

  private static void flush(Conn conn, SelectionKey key) throws IOException {
    conn.channel.write(conn.out);
    key.interestOps(
        conn.out.hasRemaining()
            ? SelectionKey.OP_READ | SelectionKey.OP_WRITE
            : SelectionKey.OP_READ);
  }

  /** Reads what is there; true once a whole answer has been read (and recorded). */
  private static boolean read(Conn conn, AtomicBoolean measuring) throws IOException {
    if (conn.channel.read(conn.in) < 0) {
      throw new IOException("the bank closed a connection");
    }
    byte[] buf = conn.in.array();
    int filled = conn.in.position();
    int headEnd = headEnd(buf, filled);
    if (headEnd < 0) {
      return false;
    }
    // Parsed from the bytes, without building strings: the generator's CPU counts in the figure.
    int length = contentLength(buf, headEnd);
    int total = headEnd + 4 + length;
    if (filled < total) {
      return false;
    }
    long latency = System.nanoTime() - conn.sentAt;
    boolean ok =
        buf[9] == '2'
            && buf[10] == '0'
            && buf[11] == '0'
            && indexOf(buf, headEnd + 4, total, SUCCESS) >= 0;
    conn.caller.record(ok, latency, measuring.get());
    // One request in flight per connection: nothing follows the answer.
    conn.in.clear();
    return true;
  }

  private static final byte[] SUCCESS = "\"SUCCESS\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CONTENT_LENGTH =
      "\r\ncontent-length:".getBytes(StandardCharsets.US_ASCII);

  /** The Content-Length header's value (any case; it may be the last header). */
  private static int contentLength(byte[] buf, int headEnd) throws IOException {
    for (int i = 0; i + CONTENT_LENGTH.length <= headEnd; i++) {
      if (matchesIgnoreCase(buf, i, CONTENT_LENGTH)) {
        int at = i + CONTENT_LENGTH.length;
        while (buf[at] == ' ') {
          at++;
        }
        int value = 0;
        while (buf[at] >= '0' && buf[at] <= '9') {
          value = value * 10 + (buf[at++] - '0');
        }
        return value;
      }
    }
    throw new IOException("an answer without Content-Length");
  }

  private static boolean matchesIgnoreCase(byte[] buf, int at, byte[] lower) {
    for (int k = 0; k < lower.length; k++) {
      int b = buf[at + k];
      if ((b >= 'A' && b <= 'Z' ? b + 32 : b) != lower[k]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] buf, int from, int to, byte[] needle) {
    for (int i = from; i + needle.length <= to; i++) {
      if (Arrays.equals(buf, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }

  private static int headEnd(byte[] buf, int filled) {
    for (int i = 0; i + 3 < filled; i++) {
      if (buf[i] == '\r' && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
