package io.openbroker.core.crypto.internal;

import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;

/** One raw SM4 block operation (GB/T 32907), for known-answer tests only: never a mode of use. */
public final class Sm4Block {

  /** SM4's block and key size in bytes. */
  public static final int BYTES = 16;

  private Sm4Block() {}

  /** Encrypts {@code block} {@code times} times in a row under {@code key}. */
  public static byte[] encrypt(byte[] key, byte[] block, int times) {
    SM4Engine engine = new SM4Engine();
    engine.init(true, new KeyParameter(key));
    byte[] current = block.clone();
    byte[] next = new byte[BYTES];
    for (int i = 0; i < times; i++) {
      engine.processBlock(current, 0, next, 0);
      byte[] swap = current;
      current = next;
      next = swap;
    }
    return current;
  }
}
