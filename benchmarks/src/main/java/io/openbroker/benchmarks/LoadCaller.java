package io.openbroker.benchmarks;

import io.openbroker.banksim.BankSimulator;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** One caller: its client at the bank and its pre-signed withdrawals of 0.01. */
final class LoadCaller {
  private final int port;
  private final int index;
  private final MessageSigner signer;
  private final String card;
  private final String fund;
  private final List<byte[]> requests = new ArrayList<>();
  long[] latencies = new long[0];
  int measured;
  long errors;
  boolean exhausted;

  LoadCaller(int port, int index, MessageSigner signer) {
    this.port = port;
    this.index = index;
    this.signer = signer;
    this.card = String.format(java.util.Locale.ROOT, "62128271%08d", index);
    this.fund = String.format(java.util.Locale.ROOT, "01%010d", index);
  }

  /** Opens the client's card and binds it; funds its management account (not timed). */
  void prepare(BankSimulator sim, AsymmetricKeyPair bank) throws IOException {
    sim.openAccount(
        card,
        "客户" + index,
        "11010119900307" + String.format(java.util.Locale.ROOT, "%04d", index),
        "138" + String.format(java.util.Locale.ROOT, "%08d", index),
        "135790",
        Money.parse("1000000.00"));
    String password =
        Base64.getEncoder()
            .encodeToString(
                bank.publicKey()
                    .encrypt("135790".getBytes(StandardCharsets.UTF_8), RandomSource.secure()));
    exchange(
        sign(
            "/v1/bindings/designate",
            "{\"brokerSerial\":\"D"
                + index
                + "\",\"fundAccount\":\""
                + fund
                + "\",\"customerName\":\"客户"
                + index
                + "\",\"idNumber\":\"11010119900307"
                + String.format(java.util.Locale.ROOT, "%04d", index)
                + "\",\"mobile\":\"138"
                + String.format(java.util.Locale.ROOT, "%08d", index)
                + "\",\"bankAccount\":\""
                + card
                + "\",\"bankPassword\":\""
                + password
                + "\"}"),
        true);
    exchange(
        sign(
            "/v1/transfers",
            "{\"brokerSerial\":\"F"
                + index
                + "\",\"direction\":\"BANK_TO_SECURITIES\",\"fundAccount\":\""
                + fund
                + "\",\"bankAccount\":\""
                + card
                + "\",\"amount\":\"500000.00\",\"currency\":\"CNY\",\"bankPassword\":\""
                + password
                + "\"}"),
        true);
  }

  void presign(int count) {
    for (int i = 0; i < count; i++) {
      requests.add(
          sign(
              "/v1/transfers",
              "{\"brokerSerial\":\"L"
                  + index
                  + "-"
                  + i
                  + "\",\"direction\":\"SECURITIES_TO_BANK\",\"fundAccount\":\""
                  + fund
                  + "\",\"bankAccount\":\""
                  + card
                  + "\",\"amount\":\"0.01\",\"currency\":\"CNY\"}"));
    }
    latencies = new long[count];
  }

  private byte[] sign(String path, String body) {
    String ts = Long.toString(System.currentTimeMillis());
    String nonce = HexFormat.of().formatHex(RandomSource.secure().nextBytes(16));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String toSign = "POST\n" + path + "\n" + ts + "\n" + nonce + "\n" + body + "\n";
    String sig =
        Base64.getEncoder().encodeToString(signer.sign(toSign.getBytes(StandardCharsets.UTF_8)));
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
            + bytes.length
            + "\r\nOB-Key-Id: broker-1-sm2\r\nOB-Timestamp: "
            + ts
            + "\r\nOB-Nonce: "
            + nonce
            + "\r\nOB-Signature-Alg: SM3withSM2\r\nOB-Signature: "
            + sig
            + "\r\n\r\n";
    byte[] h = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(h, h.length + bytes.length);
    System.arraycopy(bytes, 0, all, h.length, bytes.length);
    return all;
  }

  private Socket socket;
  private InputStream in;
  private OutputStream out;

  private int exchange(byte[] request, boolean requireSuccess) throws IOException {
    if (socket == null) {
      socket = new Socket("127.0.0.1", port);
      socket.setTcpNoDelay(true);
      in = socket.getInputStream();
      out = socket.getOutputStream();
    }
    out.write(request);
    out.flush();
    int status = readResponse(requireSuccess);
    return status;
  }

  private final byte[] buffer = new byte[16 * 1024];
  private int filled;

  /** Reads one answer: the head up to the blank line, then Content-Length bytes. */
  private int readResponse(boolean requireSuccess) throws IOException {
    int headEnd;
    while ((headEnd = headEnd()) < 0) {
      fill();
    }
    // Up to the last header's CRLF: Content-Length may be the last header.
    String head = new String(buffer, 0, headEnd + 2, StandardCharsets.ISO_8859_1);
    int status = Integer.parseInt(head.substring(9, 12));
    int at = indexOfIgnoreCase(head, "content-length:");
    int length = Integer.parseInt(head.substring(at + 15, head.indexOf('\r', at)).trim());
    int total = headEnd + 4 + length;
    while (filled < total) {
      fill();
    }
    String body = new String(buffer, headEnd + 4, length, StandardCharsets.UTF_8);
    System.arraycopy(buffer, total, buffer, 0, filled - total);
    filled -= total;
    if (requireSuccess && (status != 200 || !body.contains("\"SUCCESS\""))) {
      throw new IOException("setup request failed: " + status + " " + body);
    }
    return status;
  }

  private int headEnd() {
    for (int i = 0; i + 3 < filled; i++) {
      if (buffer[i] == '\r'
          && buffer[i + 1] == '\n'
          && buffer[i + 2] == '\r'
          && buffer[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void fill() throws IOException {
    int n = in.read(buffer, filled, buffer.length - filled);
    if (n < 0) {
      throw new IOException("connection closed");
    }
    filled += n;
  }

  private static int indexOfIgnoreCase(String text, String needle) {
    return text.toLowerCase(java.util.Locale.ROOT).indexOf(needle);
  }

  List<byte[]> requests() {
    return requests;
  }

  /** Records one answer read by {@link LoadLoop}; counted only while measuring. */
  void record(boolean success, long latencyNanos, boolean measuring) {
    if (!measuring) {
      return;
    }
    if (!success) {
      errors++;
    }
    latencies[measured++] = latencyNanos;
  }

  /** Closes the set-up connection (the load runs on connections of its own). */
  void closeSetup() throws IOException {
    if (socket != null) {
      socket.close();
    }
  }
}
