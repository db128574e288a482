package io.openbroker.recon.internal;

import io.openbroker.recon.Discrepancy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What one worker found for one partition: its exceptions (bounded by the partition's size) and its
 * counts, handed to the shared sink in one go.
 */
public final class MatchOutput {

  private final List<Discrepancy> exceptions = new ArrayList<>();
  private final SummaryCounter counter = new SummaryCounter();

  /** Records an exception. */
  public void exception(Discrepancy d) {
    exceptions.add(d);
    counter.add(d);
  }

  /** Records a matched pair. */
  public void matched(long amountFen, boolean byFallback) {
    counter.matched(amountFen, byFallback);
  }

  /** This partition's counts. */
  public SummaryCounter counter() {
    return counter;
  }

  /** Hands the exceptions to {@code sink}, in the order found. */
  public void drainTo(Consumer<Discrepancy> sink) {
    exceptions.forEach(sink);
    exceptions.clear();
  }
}
