package io.openbroker.banksim;

/**
 * One fault the bank injected, as logged.
 *
 * @param sequence 1-based position in the fault log since the plan was set
 * @param operation the request's operation
 * @param ordinal the request's number among that operation's requests
 * @param kind the fault
 * @param detail the broker serial or message id it struck, when known
 */
public record InjectedFault(
    long sequence, BankOperation operation, long ordinal, FaultKind kind, String detail) {}
