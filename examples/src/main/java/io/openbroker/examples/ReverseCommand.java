package io.openbroker.examples;

import io.openbroker.core.id.BusinessSerial;
import io.openbroker.transfer.TransferClient;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code openbroker reverse}: 冲正 — asks the bank to undo (or block) an original transfer. */
@Command(
    name = "reverse",
    mixinStandardHelpOptions = true,
    description = {
      "Reverse (冲正) a transfer by its serial at a running simulator.",
      "Undone if the bank applied it, blocked if it never arrived. Exit 0 reversed, 1 refused,",
      "2 bad input, 3 no answer: send it again with the same --serial."
    })
final class ReverseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin BankConnection bank;

  @Option(names = "--original", required = true, description = "The original's serial.")
  String original;

  @Option(names = "--serial", description = "The reversal's own serial (default: a new one).")
  String serial;

  @Override
  public Integer call() throws IOException {
    BusinessSerial o = BusinessSerial.parse(original);
    BusinessSerial s = serial == null ? bank.newSerial() : BusinessSerial.parse(serial);
    TransferClient client = bank.client();
    bank.signIn(client);
    return bank.print(
        client.reverse(s, o), spec.commandLine().getOut(), spec.commandLine().getErr(), "reverse");
  }
}
