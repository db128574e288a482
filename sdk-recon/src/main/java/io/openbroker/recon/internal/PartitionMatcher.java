package io.openbroker.recon.internal;

import io.openbroker.recon.BusinessWindow;
import io.openbroker.recon.Discrepancy;
import io.openbroker.recon.Side;
import io.openbroker.recon.TransferRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Matches one partition by key (SPEC §9.2): loads both sides' records into one hash map, then
 * classifies each key. Duplicated keys first (reported once per side, then out of the game), then
 * the window, then the pair's fields. Records left on one side go to the residue for the fallback
 * rule.
 */
public final class PartitionMatcher {

  /** Both sides' records under one key. */
  private static final class Slot {
    TransferRecord bank;
    TransferRecord broker;
    int bankCount;
    int brokerCount;
  }

  private final BusinessWindow window;
  private final Residue residue;

  /**
   * @param window the business-date window
   * @param residue where one-sided records go for the fallback rule
   */
  public PartitionMatcher(BusinessWindow window, Residue residue) {
    this.window = window;
    this.residue = residue;
  }

  /** Matches the partition spilled to {@code bankFile} and {@code brokerFile}. */
  public MatchOutput match(Path bankFile, Path brokerFile) throws IOException {
    // Sized up front from the spill files (a spilled record takes ~100 bytes): no rehashing.
    long expected = (Files.size(bankFile) + Files.size(brokerFile)) / 100;
    Map<SerialKey, Slot> slots = new HashMap<>((int) Math.min(1 << 28, expected * 4 / 3 + 16));
    try (SpillInput in = new SpillInput(bankFile)) {
      for (TransferRecord r = in.next(); r != null; r = in.next()) {
        Slot slot = slots.computeIfAbsent(SerialKey.of(r), k -> new Slot());
        slot.bank = slot.bank == null ? r : slot.bank;
        slot.bankCount++;
      }
    }
    try (SpillInput in = new SpillInput(brokerFile)) {
      for (TransferRecord r = in.next(); r != null; r = in.next()) {
        Slot slot = slots.computeIfAbsent(SerialKey.of(r), k -> new Slot());
        slot.broker = slot.broker == null ? r : slot.broker;
        slot.brokerCount++;
      }
    }
    MatchOutput out = new MatchOutput();
    for (Slot slot : slots.values()) {
      classify(slot, out);
    }
    return out;
  }

  private void classify(Slot slot, MatchOutput out) throws IOException {
    if (slot.bankCount > 1 || slot.brokerCount > 1) {
      if (slot.bankCount > 1) {
        out.exception(
            Discrepancies.duplicate(slot.bank, Side.BANK, slot.bankCount, slot.brokerCount));
      }
      if (slot.brokerCount > 1) {
        out.exception(
            Discrepancies.duplicate(slot.broker, Side.BROKER, slot.brokerCount, slot.bankCount));
      }
      return;
    }
    TransferRecord bank = inWindow(slot.bank, Side.BANK, out);
    TransferRecord broker = inWindow(slot.broker, Side.BROKER, out);
    if (bank != null && broker != null) {
      Discrepancy d = Discrepancies.pair(bank, broker, false);
      if (d == null) {
        out.matched(bank.amountFen(), false);
      } else {
        out.exception(d);
      }
    } else if (bank != null) {
      residue.add(Side.BANK, bank);
    } else if (broker != null) {
      residue.add(Side.BROKER, broker);
    }
  }

  /** The record if it is in the window; otherwise reports it {@code OUT_OF_WINDOW}, null. */
  private TransferRecord inWindow(TransferRecord r, Side side, MatchOutput out) {
    if (r == null || window.contains(r.tradeTime())) {
      return r;
    }
    out.exception(Discrepancies.outOfWindow(r, side));
    return null;
  }
}
