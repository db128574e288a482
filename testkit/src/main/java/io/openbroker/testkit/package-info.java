/**
 * Test support for broker teams' CI: {@link io.openbroker.testkit.OpenBrokerArbitraries} (jqwik)
 * and the reconciliation file pairs of {@link io.openbroker.testkit.ReconFilePairs}; the
 * simulator's JUnit 5 extension is {@code io.openbroker.banksim.BankSimulatorTest}.
 */
package io.openbroker.testkit;
