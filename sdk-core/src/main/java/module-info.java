/** OpenBroker core: money, identifiers, errors, effects, crypto, the signed envelope, evidence. */
module io.openbroker.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.bouncycastle.provider;
  requires org.bouncycastle.pkix;
  requires com.github.benmanes.caffeine;
  requires org.slf4j;
  requires transitive java.sql;

  exports io.openbroker.core;
  exports io.openbroker.core.crypto;
  exports io.openbroker.core.store;
  exports io.openbroker.core.id;
  exports io.openbroker.core.json;
  exports io.openbroker.core.money;
  exports io.openbroker.core.envelope;
  exports io.openbroker.core.evidence;
}
