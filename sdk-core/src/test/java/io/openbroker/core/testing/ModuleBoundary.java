package io.openbroker.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks SPEC §3 from the compiled {@code module-info.class}: which of OpenBroker's own modules a
 * module may read. Run from a module's base directory (Surefire's working directory).
 */
public final class ModuleBoundary {

  private static final String OURS = "io.openbroker.";

  private ModuleBoundary() {}

  /** The compiled descriptor of the module under test. */
  public static ModuleDescriptor compiledDescriptor() throws IOException {
    Path path = Path.of("target", "classes", "module-info.class");
    try (InputStream in = Files.newInputStream(path)) {
      return ModuleDescriptor.read(in);
    }
  }

  /** The OpenBroker modules the compiled module requires. */
  public static Set<String> requiredOpenBrokerModules() throws IOException {
    Set<String> ours = new TreeSet<>();
    for (ModuleDescriptor.Requires requires : compiledDescriptor().requires()) {
      if (requires.name().startsWith(OURS)) {
        ours.add(requires.name());
      }
    }
    return ours;
  }

  /**
   * Asserts that the module under test reads exactly {@code allowed} among OpenBroker's modules.
   */
  public static void assertRequiresExactly(String module, String... allowed) throws IOException {
    ModuleDescriptor descriptor = compiledDescriptor();
    assertThat(descriptor.name()).isEqualTo(module);
    assertThat(requiredOpenBrokerModules()).containsExactlyInAnyOrder(allowed);
  }
}
