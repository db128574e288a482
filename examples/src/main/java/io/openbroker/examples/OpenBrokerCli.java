package io.openbroker.examples;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar examples/target/openbroker.jar <command>}: the command-line program a newcomer
 * tries first.
 */
@Command(
    name = "openbroker",
    mixinStandardHelpOptions = true,
    version = "OpenBroker 0.1.0-SNAPSHOT",
    description = "Try OpenBroker's flows from the command line.",
    subcommands = {
      DemoCommand.class,
      OnboardCommand.class,
      ReconCommand.class,
      CommandLine.HelpCommand.class
    })
public final class OpenBrokerCli {

  /** Runs the CLI and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns its exit code (for tests). */
  public static int run(String... args) {
    return new CommandLine(new OpenBrokerCli()).execute(args);
  }
}
