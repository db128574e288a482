/** OpenBroker sdk-transfer: bank-securities transfers under third-party depository. */
module io.openbroker.transfer {
  requires io.openbroker.core;
}
