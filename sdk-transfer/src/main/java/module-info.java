/** OpenBroker sdk-transfer: bank-securities transfers under third-party depository. */
module io.openbroker.transfer {
  requires io.openbroker.core;
  requires okhttp3;
  requires org.slf4j;
  requires java.sql;

  exports io.openbroker.transfer;
  exports io.openbroker.transfer.spi;
}
