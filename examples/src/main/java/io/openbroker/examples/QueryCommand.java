package io.openbroker.examples;

import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.transfer.BankAnswer;
import io.openbroker.transfer.BankBalanceReply;
import io.openbroker.transfer.TransferClient;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code openbroker query}: a transfer's status by serial, or a fund account's balance. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Query a transfer's status or a fund account's balance at a running simulator.",
      "Exit 0 found, 1 refused (e.g. NOT_FOUND), 2 bad input, 3 no answer."
    })
final class QueryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin BankConnection bank;

  @ArgGroup(multiplicity = "1")
  What what;

  static final class What {
    @Option(names = "--serial", description = "A transfer's business serial.")
    String serial;

    @Option(names = "--fund", description = "A fund account: its management-account balance.")
    String fund;
  }

  @Override
  public Integer call() throws IOException {
    TransferClient client = bank.client();
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (what.serial != null) {
      return bank.print(client.queryTransfer(BusinessSerial.parse(what.serial)), out, err, "query");
    }
    BankAnswer<BankBalanceReply> balance =
        client.balance(FundAccount.parse(what.fund), Optional.empty());
    if (!bank.json && balance instanceof BankAnswer.Verified<BankBalanceReply> v && v.isSuccess()) {
      out.printf(
          Locale.ROOT,
          "SUCCESS: management account %s %s, business date %s%n",
          v.reply().managementBalance(),
          v.reply().currency(),
          v.reply().businessDate());
      out.flush();
      return 0;
    }
    return bank.print(balance, out, err, "query");
  }
}
