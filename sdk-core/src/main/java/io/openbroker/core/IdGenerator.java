package io.openbroker.core;

import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Opaque unique identifiers (nonces, request ids, evidence record ids), injected. Business serials
 * have their own validated type and generator; this is for ids that only need to be unique.
 *
 * <pre>{@code
 * IdGenerator ids = IdGenerator.sequential("req-"); // req-1, req-2, ...
 * }</pre>
 */
@FunctionalInterface
public interface IdGenerator {

  /** The next id; never null, never repeated by the same generator. */
  String nextId();

  /** 128 random bits as 32 lower-case hex characters, drawn from {@code random}. */
  static IdGenerator random(RandomSource random) {
    HexFormat hex = HexFormat.of();
    return () -> hex.formatHex(random.nextBytes(16));
  }

  /** {@code prefix + 1}, {@code prefix + 2}, ...: deterministic, for tests. Thread-safe. */
  static IdGenerator sequential(String prefix) {
    AtomicLong next = new AtomicLong();
    return () -> prefix + next.incrementAndGet();
  }
}
