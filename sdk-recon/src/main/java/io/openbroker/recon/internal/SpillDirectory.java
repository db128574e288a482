package io.openbroker.recon.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A private directory for one run's spill files, deleted with its contents on close whatever
 * happened.
 */
public final class SpillDirectory implements AutoCloseable {

  private final Path root;

  private SpillDirectory(Path root) {
    this.root = root;
  }

  /** A fresh directory under {@code parent}, or under the system's temporary directory if null. */
  public static SpillDirectory create(Path parent) throws IOException {
    Path root =
        parent == null
            ? Files.createTempDirectory("openbroker-recon-")
            : Files.createTempDirectory(Files.createDirectories(parent), "openbroker-recon-");
    return new SpillDirectory(root);
  }

  /** {@code n} file paths named {@code prefix-i.spill} (not created). */
  public Path[] files(String prefix, int n) {
    Path[] files = new Path[n];
    for (int i = 0; i < n; i++) {
      files[i] = root.resolve(prefix + "-" + i + ".spill");
    }
    return files;
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> files = Files.list(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(root);
  }
}
