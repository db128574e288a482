package io.openbroker.examples;

import io.openbroker.core.testing.ModuleBoundary;
import org.junit.jupiter.api.Test;

/** SPEC §3: examples is the one module that may read all the others. */
class ModuleBoundaryTest {

  @Test
  void readsEveryOpenBrokerModule() throws Exception {
    ModuleBoundary.assertRequiresExactly(
        "io.openbroker.examples",
        "io.openbroker.core",
        "io.openbroker.kyc",
        "io.openbroker.transfer",
        "io.openbroker.recon",
        "io.openbroker.banksim");
  }
}
