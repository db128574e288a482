package io.openbroker.examples;

import io.openbroker.core.Effects;
import io.openbroker.core.id.BankCardNumber;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.id.MobileNumber;
import io.openbroker.core.id.PersonName;
import io.openbroker.core.id.ResidentIdNumber;
import io.openbroker.transfer.BankPassword;
import io.openbroker.transfer.FourElements;
import io.openbroker.transfer.TransferClient;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code openbroker bind}: 指定存管 — binds a fund account to the client's card at the bank. */
@Command(
    name = "bind",
    mixinStandardHelpOptions = true,
    description = {
      "Bind a fund account to a client's bank card at a running simulator.",
      "The bank checks the four elements and the bank password (指定存管).",
      "Exit 0 bound, 1 refused by the bank, 2 bad input, 3 no answer."
    })
final class BindCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin BankConnection bank;

  @Option(names = "--fund", required = true, description = "Fund account (资金账户).")
  String fund;

  @Option(names = "--card", required = true, description = "Bank card number.")
  String card;

  @Option(names = "--name", required = true, description = "The client's name.")
  String name;

  @Option(names = "--id", required = true, description = "Resident ID number.")
  String id;

  @Option(names = "--mobile", required = true, description = "Mobile number.")
  String mobile;

  @Option(names = "--password", required = true, description = "Bank password.")
  String password;

  @Option(names = "--serial", description = "Business serial (default: a new one).")
  String serial;

  @Override
  public Integer call() throws IOException {
    FourElements client =
        new FourElements(
            PersonName.parse(name),
            ResidentIdNumber.parse(id, Effects.system().clock()),
            BankCardNumber.parse(card),
            MobileNumber.parse(mobile));
    TransferClient c = bank.client();
    BusinessSerial s = serial == null ? bank.newSerial() : BusinessSerial.parse(serial);
    return bank.print(
        c.designate(s, FundAccount.parse(fund), client, new BankPassword(password)),
        spec.commandLine().getOut(),
        spec.commandLine().getErr(),
        "bind");
  }
}
