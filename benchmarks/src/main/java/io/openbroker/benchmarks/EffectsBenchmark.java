package io.openbroker.benchmarks;

import io.openbroker.core.IdGenerator;
import io.openbroker.core.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Cost of a random 128-bit id (every envelope draws one nonce). */
@State(Scope.Benchmark)
public class EffectsBenchmark {

  private final IdGenerator ids = IdGenerator.random(RandomSource.secure());

  @Benchmark
  public String randomId() {
    return ids.nextId();
  }
}
