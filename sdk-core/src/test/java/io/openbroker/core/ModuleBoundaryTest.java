package io.openbroker.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.testing.ModuleBoundary;
import org.junit.jupiter.api.Test;

class ModuleBoundaryTest {

  @Test
  void coreDependsOnNoOtherOpenBrokerModule() throws Exception {
    ModuleBoundary.assertRequiresExactly("io.openbroker.core");
  }

  @Test
  void coreDoesNotExportItsInternals() throws Exception {
    assertThat(ModuleBoundary.compiledDescriptor().exports())
        .noneMatch(export -> export.source().contains(".internal"));
  }
}
