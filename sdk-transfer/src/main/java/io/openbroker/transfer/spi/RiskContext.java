package io.openbroker.transfer.spi;

import io.openbroker.transfer.TransferRequest;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What a risk policy sees of one transfer.
 *
 * @param request the transfer
 * @param at when it was asked for, in China time
 * @param clientIp the channel's client address, if known
 * @param investorClass the client's investor class
 * @param activity the fund account's recent transfers
 */
public record RiskContext(
    TransferRequest request,
    ZonedDateTime at,
    Optional<String> clientIp,
    InvestorClass investorClass,
    AccountActivity activity) {

  public RiskContext {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(clientIp, "clientIp");
    Objects.requireNonNull(investorClass, "investorClass");
    Objects.requireNonNull(activity, "activity");
  }
}
