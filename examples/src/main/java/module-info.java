/** The openbroker command-line program. */
module io.openbroker.examples {
  requires io.openbroker.core;
  requires io.openbroker.kyc;
  requires io.openbroker.transfer;
  requires io.openbroker.recon;
  requires io.openbroker.banksim;
  requires info.picocli;
  // openbroker inbound: the broker's endpoint for bank-initiated messages on the JDK HTTP server.
  requires jdk.httpserver;
  requires org.slf4j;
  requires org.bouncycastle.provider;
  requires org.bouncycastle.pkix;
  // Compile-time only: the tests compile the README's example through javax.tools.
  requires static java.compiler;

  opens io.openbroker.examples to
      info.picocli;
}
