package io.openbroker.recon;

import java.util.Objects;

/**
 * One discrepancy a drill injected on purpose, as the matcher must report it.
 *
 * @param reconClass the class it must end in
 * @param side the side it must be reported for
 * @param bankSerial the key's bank serial
 * @param brokerSerial the key's broker serial
 */
public record DrillExpectation(
    ReconClass reconClass, Side side, String bankSerial, String brokerSerial) {

  public DrillExpectation {
    Objects.requireNonNull(reconClass, "reconClass");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(bankSerial, "bankSerial");
    Objects.requireNonNull(brokerSerial, "brokerSerial");
  }

  /** What a reported discrepancy looks like from a drill's point of view. */
  public static DrillExpectation of(Discrepancy d) {
    return new DrillExpectation(d.reconClass(), d.side(), d.bankSerial(), d.brokerSerial());
  }
}
