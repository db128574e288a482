package io.openbroker.transfer;

import io.openbroker.core.InvalidInputException;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Routes each transfer to the {@link TransferService} of the depository bank its fund account is
 * bound at ({@link FundAccountBanks}), for clients whose auxiliary fund accounts have a bank of
 * their own (SPEC §7.5). One {@code TransferService} per bank, each with that bank's {@link
 * TransferClient} and <b>its own journal database</b> (a service recovers every unfinished row of
 * its journal against its own bank, so two banks must never share one journal); the fund ledger is
 * shared. A serial is unique across the banks: one already journaled at another bank is {@code
 * SERIAL_REUSED}.
 *
 * <pre>{@code
 * TransferRouter router = TransferRouter.builder(banks)
 *     .bank("ICBC", icbcTransfers)
 *     .bank("CMB", cmbTransfers)
 *     .build();
 * TransferOutcome o = router.transfer(TransferRequest.withdrawal(serial, auxiliary, card, amount));
 * }</pre>
 */
public final class TransferRouter {

  private final FundAccountBanks registry;
  private final Map<String, TransferService> services;

  private TransferRouter(FundAccountBanks registry, Map<String, TransferService> services) {
    this.registry = registry;
    this.services = Map.copyOf(services);
  }

  /** A builder over {@code registry}. */
  public static Builder builder(FundAccountBanks registry) {
    return new Builder(Objects.requireNonNull(registry, "registry"));
  }

  /**
   * Runs {@code request} through its fund account's bank, as {@link
   * TransferService#transfer(TransferRequest, TransferContext)} does.
   *
   * @throws InvalidInputException {@code FUND_ACCOUNT_NOT_ROUTED} if the account's bank is not
   *     recorded or has no service here; {@code SERIAL_REUSED} if another bank journaled the serial
   */
  public TransferOutcome transfer(TransferRequest request, TransferContext context) {
    String bank = bankOf(request.fundAccount());
    for (Map.Entry<String, TransferService> other : services.entrySet()) {
      if (!other.getKey().equals(bank) && other.getValue().find(request.serial()).isPresent()) {
        throw new InvalidInputException(
            TransferErrorCode.SERIAL_REUSED,
            "serial " + request.serial() + " was used at another bank");
      }
    }
    return services.get(bank).transfer(request, context);
  }

  /** As {@link #transfer(TransferRequest, TransferContext)} with {@link TransferContext#NONE}. */
  public TransferOutcome transfer(TransferRequest request) {
    return transfer(request, TransferContext.NONE);
  }

  /** The service of the bank {@code account} is bound at. */
  public TransferService serviceFor(FundAccount account) {
    return services.get(bankOf(account));
  }

  /** The journal record of {@code serial}, whichever bank it went to. */
  public Optional<TransferRecord> find(BusinessSerial serial) {
    return services.values().stream().flatMap(s -> s.find(serial).stream()).findFirst();
  }

  private String bankOf(FundAccount account) {
    Optional<String> bank = registry.bankOf(account);
    if (bank.isEmpty() || !services.containsKey(bank.get())) {
      throw new InvalidInputException(
          TransferErrorCode.FUND_ACCOUNT_NOT_ROUTED,
          account + " is not bound at a bank this router knows");
    }
    return bank.get();
  }

  /** Configures a {@link TransferRouter}. */
  public static final class Builder {
    private final FundAccountBanks registry;
    private final Map<String, TransferService> services = new LinkedHashMap<>();

    private Builder(FundAccountBanks registry) {
      this.registry = registry;
    }

    /** The service (client + own journal) of bank {@code bankId}. */
    public Builder bank(String bankId, TransferService service) {
      String id = FundAccountBanks.checkedBankId(bankId);
      Objects.requireNonNull(service, "service");
      if (services.containsKey(id)) {
        throw new IllegalArgumentException("bank " + id + " given twice");
      }
      services.put(id, service);
      return this;
    }

    /** Builds the router; at least one bank is required. */
    public TransferRouter build() {
      if (services.isEmpty()) {
        throw new IllegalStateException("at least one bank is required");
      }
      return new TransferRouter(registry, services);
    }
  }
}
