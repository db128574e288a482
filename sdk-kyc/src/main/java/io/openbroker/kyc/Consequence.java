package io.openbroker.kyc;

/** What breaking a rule does to the application. */
public enum Consequence {
  /** The step is refused; the application stays as it was and the step may be tried again. */
  REFUSE_STEP,
  /** The application is rejected ({@link ApplicationState#REJECTED}). */
  REJECT_APPLICATION,
  /**
   * The investor is sent to another method ({@link ApplicationState#REROUTED}): two-way video,
   * witness or the counter (Art. 18(4)).
   */
  REROUTE
}
