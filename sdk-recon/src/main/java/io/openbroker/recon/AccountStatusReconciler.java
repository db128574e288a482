package io.openbroker.recon;

import io.openbroker.recon.internal.AccountStatusFiles;
import io.openbroker.recon.internal.Partitioner;
import io.openbroker.recon.internal.SpillDirectory;
import io.openbroker.recon.internal.StatusSpill;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Matches the bank's and the broker's account-status files (designated / pre-designated / revoked,
 * bank account changes) the way transfer files are matched, keyed by fund account: a key repeated
 * in one file is one {@code DUPLICATE} for that side; a change after the window's end is {@code
 * OUT_OF_WINDOW}; then the bound bank account ({@code ACCOUNT_MISMATCH}) and the status ({@code
 * STATUS_MISMATCH}) are compared. The files' format, encoding and delimiter come from a {@link
 * FileLayout}; their columns are {@code fund_account, bank_account, status, change_time} in any
 * order. Large files are hash-partitioned by fund account into spill files and matched partition by
 * partition, so memory stays bounded.
 *
 * <pre>{@code
 * Map<ReconClass, Long> counts = new AccountStatusReconciler(FileLayout.csv(), window)
 *     .reconcile(bankFile, brokerFile, differences::add, malformed::add);
 * }</pre>
 */
public final class AccountStatusReconciler {

  private final FileLayout bankLayout;
  private final FileLayout brokerLayout;
  private final BusinessWindow window;
  private final int partitions;

  /** Both files in {@code layout}. */
  public AccountStatusReconciler(FileLayout layout, BusinessWindow window) {
    this(layout, layout, window);
  }

  /** Each file in its own layout (CSV or delimited). */
  public AccountStatusReconciler(
      FileLayout bankLayout, FileLayout brokerLayout, BusinessWindow window) {
    this(bankLayout, brokerLayout, window, 0);
  }

  private AccountStatusReconciler(
      FileLayout bankLayout, FileLayout brokerLayout, BusinessWindow window, int partitions) {
    this.bankLayout = Objects.requireNonNull(bankLayout, "bankLayout");
    this.brokerLayout = Objects.requireNonNull(brokerLayout, "brokerLayout");
    this.window = Objects.requireNonNull(window, "window");
    this.partitions = partitions;
    if (bankLayout.format() == FileLayout.Format.FIXED_WIDTH
        || brokerLayout.format() == FileLayout.Format.FIXED_WIDTH) {
      throw new IllegalArgumentException("account-status files are CSV or delimited");
    }
  }

  /** Both sides' records under one fund account. */
  private static final class Slot {
    AccountStatusRecord bank;
    AccountStatusRecord broker;
    int bankCount;
    int brokerCount;
  }

  /**
   * This reconciler with {@code partitions} spill partitions (0, the default, sizes them from the
   * files: one per 16 MiB; 1 keeps everything in memory).
   */
  public AccountStatusReconciler withPartitions(int partitions) {
    if (partitions < 0 || partitions > ReconSettings.MAX_PARTITIONS) {
      throw new IllegalArgumentException("partitions must be in [0, 4096]: " + partitions);
    }
    return new AccountStatusReconciler(bankLayout, brokerLayout, window, partitions);
  }

  /** Reconciles the two files; returns the count of each class ({@code MATCHED} included). */
  public Map<ReconClass, Long> reconcile(
      Path bankFile,
      Path brokerFile,
      Consumer<AccountStatusDiscrepancy> differences,
      Consumer<MalformedLine> malformed) {
    Map<ReconClass, Long> counts = new EnumMap<>(ReconClass.class);
    for (ReconClass c : ReconClass.values()) {
      counts.put(c, 0L);
    }
    Consumer<AccountStatusDiscrepancy> counted =
        d -> {
          counts.merge(d.reconClass(), 1L, Long::sum);
          differences.accept(d);
        };
    int n = partitions > 0 ? partitions : partitionsFor(bankFile, brokerFile);
    if (n == 1) {
      Map<String, Slot> slots = new LinkedHashMap<>();
      AccountStatusFiles.read(bankFile, bankLayout, malformed, r -> addBank(slots, r));
      AccountStatusFiles.read(brokerFile, brokerLayout, malformed, r -> addBroker(slots, r));
      slots.forEach((fund, slot) -> classify(fund, slot, counted, counts));
    } else {
      spilled(bankFile, brokerFile, n, counted, malformed, counts);
    }
    return counts;
  }

  /** The same matching, partition by partition through spill files. */
  private void spilled(
      Path bankFile,
      Path brokerFile,
      int n,
      Consumer<AccountStatusDiscrepancy> out,
      Consumer<MalformedLine> malformed,
      Map<ReconClass, Long> counts) {
    try (SpillDirectory dir = SpillDirectory.create(null)) {
      Path[] bank = dir.files("status-bank", n);
      Path[] broker = dir.files("status-broker", n);
      try (StatusSpill spill = new StatusSpill(bank)) {
        AccountStatusFiles.read(bankFile, bankLayout, malformed, spill);
      }
      try (StatusSpill spill = new StatusSpill(broker)) {
        AccountStatusFiles.read(brokerFile, brokerLayout, malformed, spill);
      }
      for (int i = 0; i < n; i++) {
        Map<String, Slot> slots = new LinkedHashMap<>();
        StatusSpill.read(bank[i], r -> addBank(slots, r));
        StatusSpill.read(broker[i], r -> addBroker(slots, r));
        slots.forEach((fund, slot) -> classify(fund, slot, out, counts));
      }
    } catch (IOException | UncheckedIOException e) {
      throw Partitioner.spillFailed(
          e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
    }
  }

  private static int partitionsFor(Path bankFile, Path brokerFile) {
    try {
      long biggest = Math.max(Files.size(bankFile), Files.size(brokerFile));
      return (int) Math.max(1, Math.min(ReconSettings.MAX_PARTITIONS / 4, biggest / (16 << 20)));
    } catch (IOException e) {
      return 1; // the reader reports the unreadable file with its own code
    }
  }

  private static void addBank(Map<String, Slot> slots, AccountStatusRecord r) {
    Slot s = slots.computeIfAbsent(r.fundAccount(), k -> new Slot());
    s.bank = s.bank == null ? r : s.bank;
    s.bankCount++;
  }

  private static void addBroker(Map<String, Slot> slots, AccountStatusRecord r) {
    Slot s = slots.computeIfAbsent(r.fundAccount(), k -> new Slot());
    s.broker = s.broker == null ? r : s.broker;
    s.brokerCount++;
  }

  private void classify(
      String fund, Slot s, Consumer<AccountStatusDiscrepancy> out, Map<ReconClass, Long> counts) {
    if (s.bankCount > 1 || s.brokerCount > 1) {
      if (s.bankCount > 1) {
        out.accept(new AccountStatusDiscrepancy(ReconClass.DUPLICATE, Side.BANK, fund, "", "", ""));
      }
      if (s.brokerCount > 1) {
        out.accept(
            new AccountStatusDiscrepancy(ReconClass.DUPLICATE, Side.BROKER, fund, "", "", ""));
      }
      return;
    }
    AccountStatusRecord bank = inWindow(s.bank, Side.BANK, out);
    AccountStatusRecord broker = inWindow(s.broker, Side.BROKER, out);
    if (bank != null && broker != null) {
      AccountStatusDiscrepancy d = compare(fund, bank, broker);
      if (d == null) {
        counts.merge(ReconClass.MATCHED, 1L, Long::sum);
      } else {
        out.accept(d);
      }
    } else if (bank != null) {
      out.accept(
          new AccountStatusDiscrepancy(
              ReconClass.BANK_ONLY, Side.BANK, fund, "", bank.status().name(), ""));
    } else if (broker != null) {
      out.accept(
          new AccountStatusDiscrepancy(
              ReconClass.BROKER_ONLY, Side.BROKER, fund, "", "", broker.status().name()));
    }
  }

  /** The pair's difference — the bound bank account first, then the status — or null. */
  private static AccountStatusDiscrepancy compare(
      String fund, AccountStatusRecord bank, AccountStatusRecord broker) {
    if (!bank.bankAccount().equals(broker.bankAccount())) {
      return new AccountStatusDiscrepancy(
          ReconClass.ACCOUNT_MISMATCH,
          Side.BANK,
          fund,
          "bank_account",
          bank.bankAccount(),
          broker.bankAccount());
    }
    if (bank.status() != broker.status()) {
      return new AccountStatusDiscrepancy(
          ReconClass.STATUS_MISMATCH,
          Side.BANK,
          fund,
          "status",
          bank.status().name(),
          broker.status().name());
    }
    return null;
  }

  /** A status changed after the window's end belongs to a later date's reconciliation. */
  private AccountStatusRecord inWindow(
      AccountStatusRecord r, Side side, Consumer<AccountStatusDiscrepancy> out) {
    if (r == null || r.changeTime().isBefore(window.end())) {
      return r;
    }
    out.accept(
        new AccountStatusDiscrepancy(
            ReconClass.OUT_OF_WINDOW,
            side,
            r.fundAccount(),
            "change_time",
            side == Side.BANK ? r.changeTime().toString() : "",
            side == Side.BROKER ? r.changeTime().toString() : ""));
    return null;
  }
}
