package io.openbroker.examples;

import io.openbroker.banksim.ReconFileKind;
import io.openbroker.core.money.Money;
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

  /** Seeds the drill's choice of rows, so every run shows the same kinds of differences. */
  private static final long DRILL_SEED = 3;

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
    ReconSummary summary = reconcile(date, bankFile, brokerFile, exceptions);
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
    drill(date, brokerFile);
  }

  /** The same reconciliation against a bank file with seeded differences, as operations drill. */
  private void drill(LocalDate date, Path brokerFile) throws IOException {
    String drilled =
        world.bank.reconciliationFile(
            DemoBank.BROKER, date, ReconFileKind.TRANSFER_DETAIL, DRILL_SEED, 2);
    Path bankFile =
        Files.writeString(dir.resolve("bank-drill.csv"), drilled, StandardCharsets.UTF_8);
    List<Discrepancy> found = new ArrayList<>();
    ReconSummary summary = reconcile(date, bankFile, brokerFile, found);
    out.step(
        "drill: bank file with 2 seeded differences", summary.exceptions() + " exceptions found");
    for (Discrepancy d : found) {
      out.detail(
          d.reconClass()
              + " "
              + d.brokerSerial()
              + (d.field().isEmpty()
                  ? ""
                  : " " + d.field() + " bank " + d.bankValue() + " / broker " + d.brokerValue())
              + " -> "
              + d.resolution()
              + (d.effectFen() == 0
                  ? ""
                  : ", " + d.effect() + " " + Money.ofFen(d.effectFen()).toPlainString()));
    }
    out.check(summary.exceptions() > 0, "the drill's differences are found");
  }

  private static ReconSummary reconcile(
      LocalDate date, Path bankFile, Path brokerFile, List<Discrepancy> exceptions) {
    return Reconciler.builder(BusinessWindow.dayCut(date, DemoBank.DAY_CUT))
        .threads(1)
        .build()
        .reconcile(bankFile, brokerFile, exceptions::add, new ReconListener() {});
  }
}
