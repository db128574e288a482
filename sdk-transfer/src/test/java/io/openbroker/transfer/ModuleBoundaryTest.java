package io.openbroker.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.testing.ModuleBoundary;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** SPEC §3: which modules this one may read, and that only the API packages are exported. */
class ModuleBoundaryTest {

  @Test
  void readsOnlyTheModulesSpecThreeAllows() throws Exception {
    ModuleBoundary.assertRequiresExactly("io.openbroker.transfer", "io.openbroker.core");
  }

  @Test
  void dependsOnlyOnSdkCoreOkHttpAndJdbc() throws Exception {
    Set<String> required = new TreeSet<>();
    for (ModuleDescriptor.Requires r : ModuleBoundary.compiledDescriptor().requires()) {
      required.add(r.name());
    }
    assertThat(required)
        .containsExactlyInAnyOrder(
            "java.base", "io.openbroker.core", "okhttp3", "org.slf4j", "java.sql");
  }

  @Test
  void exportsOnlyTheApiPackages() throws Exception {
    Set<String> exported = new TreeSet<>();
    for (ModuleDescriptor.Exports e : ModuleBoundary.compiledDescriptor().exports()) {
      exported.add(e.source());
    }
    assertThat(exported)
        .containsExactlyInAnyOrder("io.openbroker.transfer", "io.openbroker.transfer.spi");
  }
}
