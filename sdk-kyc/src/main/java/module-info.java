/** OpenBroker sdk-kyc: the online account-opening state machine and CSDC rules. */
module io.openbroker.kyc {
  requires transitive io.openbroker.core;
  requires org.slf4j;

  exports io.openbroker.kyc;
  exports io.openbroker.kyc.spi;
  exports io.openbroker.kyc.sim;
  exports io.openbroker.kyc.suitability;
  exports io.openbroker.kyc.scenario;

  // Jackson reads and writes stored applications and scenario files reflectively.
  opens io.openbroker.kyc to
      com.fasterxml.jackson.databind;
  opens io.openbroker.kyc.suitability to
      com.fasterxml.jackson.databind;
  opens io.openbroker.kyc.internal.store to
      com.fasterxml.jackson.databind;
}
