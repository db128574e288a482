/**
 * The reference depository bank: {@link io.openbroker.banksim.BankSimulator} (the running bank and
 * its handle), its builder, fault plans, and the JUnit 5 extension {@link
 * io.openbroker.banksim.BankSimulatorTest}.
 */
package io.openbroker.banksim;
