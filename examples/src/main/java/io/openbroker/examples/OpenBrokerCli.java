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
      SimCommand.class,
      KeysCommand.class,
      OnboardCommand.class,
      BindCommand.class,
      TransferCommand.class,
      ReverseCommand.class,
      QueryCommand.class,
      InboundCommand.class,
      ReconCommand.class,
      CommandLine.HelpCommand.class
    })
public final class OpenBrokerCli {

  /** Runs the CLI and exits with its exit code. */
  public static void main(String[] args) {
    // An application chooses its logging: the SDK's INFO lines (each injected fault, each unknown
    // answer) would bury the demo's output; -Dorg.slf4j.simpleLogger.defaultLogLevel=info shows
    // them.
    defaultProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    // The simulator's HTTP server (Undertow) logs through JBoss Logging, which would otherwise
    // pick java.util.logging: route it to SLF4J so the same level applies.
    defaultProperty("org.jboss.logging.provider", "slf4j");
    // The JDK HTTP server of the simulator reads this once; without it each answer waits ~40 ms.
    defaultProperty("sun.net.httpserver.nodelay", "true");
    System.exit(run(args));
  }

  private static void defaultProperty(String name, String value) {
    if (System.getProperty(name) == null) {
      System.setProperty(name, value);
    }
  }

  /** The CLI with its failure handling (one line on stderr, exit code by kind of failure). */
  static CommandLine commandLine() {
    return new CommandLine(new OpenBrokerCli()).setExecutionExceptionHandler(new FailureHandler());
  }

  /** Runs the CLI and returns its exit code (for tests). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }
}
