package io.openbroker.examples;

import io.openbroker.recon.MalformedLine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code malformed.csv} of the recon command: created only when a line is malformed. */
final class MalformedFile implements AutoCloseable {
  private final Path path;
  private BufferedWriter writer;

  MalformedFile(Path path) throws IOException {
    this.path = path;
    Files.deleteIfExists(path);
  }

  void add(MalformedLine line) {
    try {
      if (writer == null) {
        writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        writer.write("file,line,reason\r\n");
      }
      writer.write(
          String.join(",", quote(line.file()), Long.toString(line.line()), quote(line.reason()))
              + "\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quote(String s) {
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  @Override
  public void close() throws IOException {
    if (writer != null) {
      writer.close();
    }
  }
}
