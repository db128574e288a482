package io.openbroker.kyc;

import io.openbroker.core.testing.ModuleBoundary;
import org.junit.jupiter.api.Test;

/** SPEC §3: which of OpenBroker's modules this one may read. */
class ModuleBoundaryTest {

  @Test
  void readsOnlyTheModulesSpecThreeAllows() throws Exception {
    ModuleBoundary.assertRequiresExactly("io.openbroker.kyc", "io.openbroker.core");
  }
}
