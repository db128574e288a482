package io.openbroker.examples;

import io.openbroker.core.id.BankCardNumber;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.BankPassword;
import io.openbroker.transfer.TransferClient;
import io.openbroker.transfer.TransferRequest;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code openbroker transfer}: one signed transfer request (银转证 / 证转银) to a running simulator, sent
 * once. Without a journal this is a protocol tool: on no answer, resend with the same {@code
 * --serial} (the bank returns the original's result) or {@code openbroker reverse} it.
 */
@Command(
    name = "transfer",
    mixinStandardHelpOptions = true,
    description = {
      "Send one transfer in (银转证) or out (证转银) to a running simulator.",
      "`in` needs the bank --password. Exit 0 succeeded, 1 refused by the bank, 2 bad input,",
      "3 no answer: resend with the same --serial, or reverse it."
    })
final class TransferCommand implements Callable<Integer> {

  enum Way {
    in,
    out
  }

  @Spec CommandSpec spec;
  @Mixin BankConnection bank;

  @Parameters(
      index = "0",
      paramLabel = "in|out",
      description = "Direction: ${COMPLETION-CANDIDATES}.")
  Way way;

  @Option(names = "--fund", required = true, description = "Fund account.")
  String fund;

  @Option(names = "--card", required = true, description = "Bound bank card.")
  String card;

  @Option(names = "--amount", required = true, description = "Amount in yuan, e.g. 100.50.")
  String amount;

  @Option(names = "--password", description = "Bank password (deposits).")
  String password;

  @Option(names = "--serial", description = "Business serial; the same one again is a resend.")
  String serial;

  @Override
  public Integer call() throws IOException {
    BusinessSerial s = serial == null ? bank.newSerial() : BusinessSerial.parse(serial);
    TransferRequest request = request(s);
    TransferClient client = bank.client();
    bank.signIn(client);
    spec.commandLine().getErr().println("serial " + s);
    return bank.print(
        client.transfer(request),
        spec.commandLine().getOut(),
        spec.commandLine().getErr(),
        "transfer");
  }

  private TransferRequest request(BusinessSerial s) {
    FundAccount f = FundAccount.parse(fund);
    BankCardNumber c = BankCardNumber.parse(card);
    Money m = Money.parse(amount);
    if (way == Way.out) {
      return TransferRequest.withdrawal(s, f, c, m);
    }
    if (password == null) {
      throw new IllegalArgumentException("a deposit (in) needs --password");
    }
    return TransferRequest.deposit(s, f, c, m, new BankPassword(password));
  }
}
