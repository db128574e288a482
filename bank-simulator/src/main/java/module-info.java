/** OpenBroker bank-simulator: the reference depository bank. */
module io.openbroker.banksim {
  requires io.openbroker.core;
}
