/** OpenBroker sdk-recon: end-of-day reconciliation of bank and broker files. */
module io.openbroker.recon {
  requires io.openbroker.core;
  requires org.slf4j;

  exports io.openbroker.recon;
}
