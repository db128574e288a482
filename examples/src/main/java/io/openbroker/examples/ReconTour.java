package io.openbroker.examples;

import io.openbroker.recon.BusinessWindow;
import io.openbroker.recon.ClassTotals;
import io.openbroker.recon.Discrepancy;
import io.openbroker.recon.ReconClass;
import io.openbroker.recon.ReconListener;
import io.openbroker.recon.ReconSummary;
import io.openbroker.recon.Reconciler;
import io.openbroker.transfer.BankAnswer;
import io.openbroker.transfer.BankReconFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sdk-recon part of the demo: the bank's transfer detail file for the business date, fetched
 * over the signed protocol, against the broker's file exported from its journal.
 */
final class ReconTour {

  private final DemoOutput out;
  private final DemoBank world;
  private final Path dir;

  ReconTour(DemoOutput out, DemoBank world, Path dir) {
    this.out = out;
    this.world = world;
    this.dir = dir;
  }

  void run(LocalDate date) throws IOException {
    out.section("sdk-recon: the day's reconciliation (对账)");
    BankAnswer<BankReconFile> answer = world.client.reconciliationFile(date, "TRANSFER_DETAIL");
    out.check(
        answer instanceof BankAnswer.Verified<BankReconFile> v && v.isSuccess(),
        "the bank sends its file: " + answer);
    BankReconFile file = ((BankAnswer.Verified<BankReconFile>) answer).reply();
    Path bankFile =
        Files.writeString(dir.resolve("bank.csv"), file.content(), StandardCharsets.UTF_8);
    out.step("bank's transfer detail file", file.recordCount() + " records, SHA-256 verified");
    Path brokerFile = dir.resolve("broker.csv");
    int rows = JournalExport.write(world.service.journal(), DemoBank.NAME, brokerFile);
    out.step("broker's file from the transfer journal", rows + " records");

    List<Discrepancy> exceptions = new ArrayList<>();
    ReconSummary summary =
        Reconciler.builder(BusinessWindow.dayCut(date, DemoBank.DAY_CUT))
            .threads(1)
            .build()
            .reconcile(bankFile, brokerFile, exceptions::add, new ReconListener() {});
    for (Map.Entry<ReconClass, ClassTotals> e : summary.totals().entrySet()) {
      if (e.getValue().count() > 0) {
        out.step(e.getKey().name(), e.getValue().count() + " records");
      }
    }
    for (Discrepancy d : exceptions) {
      out.detail(d.toString());
    }
    out.check(summary.matched() == rows, "every broker record matched");
    out.check(summary.exceptions() == 0, "no exceptions");
    out.step("result", "books agree: " + summary.matched() + " matched, 0 exceptions");
  }
}
