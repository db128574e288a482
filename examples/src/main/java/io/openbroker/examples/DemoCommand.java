package io.openbroker.examples;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code openbroker demo}: the README's main job, on embedded defaults. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run the end-to-end demo.")
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println("OpenBroker demo");
    out.flush();
    return 0;
  }
}
