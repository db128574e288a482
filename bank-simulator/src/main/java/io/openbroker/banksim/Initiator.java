package io.openbroker.banksim;

/** Which side started a transfer (SPEC §9.1 column {@code initiator}). */
public enum Initiator {
  BANK,
  BROKER
}
