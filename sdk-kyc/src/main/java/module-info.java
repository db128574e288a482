/** OpenBroker sdk-kyc: the online account-opening state machine and CSDC rules. */
module io.openbroker.kyc {
  requires io.openbroker.core;
}
