package io.openbroker.examples;

import io.openbroker.core.Effects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code openbroker demo}: the README's main job, on embedded defaults, no setup. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Run the demo: a tour of the SDK on embedded defaults.")
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    DemoOutput out = new DemoOutput(spec.commandLine().getOut());
    out.section("OpenBroker demo");
    new CoreTour(out, Effects.system()).run();
    out.section("done");
    return 0;
  }
}
