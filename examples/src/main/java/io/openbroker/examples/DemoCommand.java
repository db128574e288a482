package io.openbroker.examples;

import io.openbroker.core.Effects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code openbroker demo}: the README's main job, on embedded defaults, no setup — the core tour,
 * one investor onboarded by one-way video, their bank account bound, a deposit and a withdrawal, a
 * lost answer resolved by resend and another by reversal, and the day's reconciliation. Every step
 * checks its own result: exit 0 only when all of them held, 1 with the failed check otherwise.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the whole tour on embedded defaults, no setup.",
      "Onboarding by one-way video, binding, a deposit and a withdrawal, a lost answer resolved",
      "by resend and another by reversal, and the day's reconciliation; exit 1 if a check fails."
    })
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    long started = System.nanoTime();
    DemoOutput out =
        new DemoOutput(spec.commandLine().getOut(), spec.commandLine().getColorScheme().ansi());
    out.section("OpenBroker demo: embedded simulator bank, in-memory journal, no setup");
    try {
      run(out);
    } catch (IllegalStateException | IOException e) {
      spec.commandLine().getErr().println("demo: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return 1;
    }
    out.section(
        String.format(
            Locale.ROOT,
            "done in %.1f s: every check passed",
            (System.nanoTime() - started) / 1e9));
    return 0;
  }

  private static void run(DemoOutput out) throws IOException {
    Effects effects = Effects.system();
    new CoreTour(out, effects).run();
    new KycTour(out).run();
    Path dir = Files.createTempDirectory("openbroker-demo");
    try (DemoBank world = new DemoBank(effects)) {
      LocalDate date = new TransferTour(out, world).run();
      new ReconTour(out, world, dir).run(date);
    } finally {
      for (String name : new String[] {"bank.csv", "bank-drill.csv", "broker.csv"}) {
        Files.deleteIfExists(dir.resolve(name));
      }
      Files.deleteIfExists(dir);
    }
  }
}
