package io.openbroker.transfer;

import io.openbroker.transfer.spi.InvestorClass;
import java.util.Objects;
import java.util.Optional;

/**
 * What the channel knows about who asks for a transfer, for the risk policy.
 *
 * @param clientIp the client's address as the channel saw it, if any
 * @param investorClass the client's investor class
 */
public record TransferContext(Optional<String> clientIp, InvestorClass investorClass) {

  /** No address, an ordinary investor. */
  public static final TransferContext NONE =
      new TransferContext(Optional.empty(), InvestorClass.ORDINARY);

  public TransferContext {
    Objects.requireNonNull(clientIp, "clientIp");
    Objects.requireNonNull(investorClass, "investorClass");
  }
}
