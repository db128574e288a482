/** OpenBroker bank-simulator: the reference depository bank. */
module io.openbroker.banksim {
  requires io.openbroker.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.github.benmanes.caffeine;
  // Undertow and XNIO have no module names of their own: these are their jar-derived automatic
  // names.
  requires undertow.core;
  requires xnio.api;
  requires java.net.http;
  requires org.slf4j;
  // The JUnit 5 extension is optional: only tests that use @BankSimulatorTest need JUnit.
  requires static org.junit.jupiter.api;

  exports io.openbroker.banksim;

  // Jackson reads and writes the wire messages and journal rows by reflection.
  opens io.openbroker.banksim to
      com.fasterxml.jackson.databind;
  opens io.openbroker.banksim.internal.books to
      com.fasterxml.jackson.databind;
  opens io.openbroker.banksim.internal.wire to
      com.fasterxml.jackson.databind;
}
