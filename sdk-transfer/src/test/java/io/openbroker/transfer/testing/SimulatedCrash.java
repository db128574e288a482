package io.openbroker.transfer.testing;

/**
 * Thrown by a test fake to stop a drive dead at a chosen point, as a process death would. An {@link
 * Error}, so that no clean-up in the code under test runs (a dead process cleans nothing up).
 */
public final class SimulatedCrash extends Error {

  public SimulatedCrash(String where) {
    super("simulated crash: " + where);
  }
}
