package io.openbroker.banksim.internal.http;

import io.openbroker.banksim.BankKey;
import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.BankResultCode;
import io.openbroker.banksim.internal.books.Fields;
import io.openbroker.banksim.internal.core.BankCore;
import io.openbroker.banksim.internal.core.Decision;
import io.openbroker.banksim.internal.desk.AccountDesk;
import io.openbroker.banksim.internal.desk.BindingDesk;
import io.openbroker.banksim.internal.desk.ReversalDesk;
import io.openbroker.banksim.internal.desk.TransferDesk;
import io.openbroker.banksim.internal.recon.ReconFiles;
import io.openbroker.banksim.internal.wire.BalanceRequest;
import io.openbroker.banksim.internal.wire.BindingRequest;
import io.openbroker.banksim.internal.wire.HistoryRequest;
import io.openbroker.banksim.internal.wire.QueryRequest;
import io.openbroker.banksim.internal.wire.ReconFileRequest;
import io.openbroker.banksim.internal.wire.ReversalRequest;
import io.openbroker.banksim.internal.wire.SignInRequest;
import io.openbroker.banksim.internal.wire.TransferRequest;
import io.openbroker.banksim.internal.wire.WireJson;
import io.openbroker.core.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Maps each broker operation to its desk: parses the JSON, decrypts the bank password with the
 * bank's key for the caller's algorithm, and keys mutating requests by their broker serial.
 */
public final class BankRoutes {

  private final Supplier<BankCore> core;
  private final EnvelopeGate gate;
  private final ReconFiles recon;

  public BankRoutes(Supplier<BankCore> core, EnvelopeGate gate, ReconFiles recon) {
    this.core = core;
    this.gate = gate;
    this.recon = recon;
  }

  /** Decides one verified request of {@code op}; its answer may leave once it is durable. */
  public Decision handle(BankOperation op, Caller caller, byte[] body) {
    String broker = caller.brokerId();
    BankCore bank = core.get();
    return switch (op) {
      case TRANSFER -> {
        TransferRequest r = WireJson.read(body, TransferRequest.class);
        String pw = decrypt(caller, r.bankPassword());
        yield bank.decide(
            broker,
            keyed(ReversalDesk.TRANSFER_OPERATION, r.brokerSerial(), r.withoutPassword()),
            ctx -> TransferDesk.transfer(ctx, broker, r, pw));
      }
      case REVERSAL -> {
        ReversalRequest r = WireJson.read(body, ReversalRequest.class);
        yield bank.decide(
            broker,
            keyed("reversal", r.brokerSerial(), r),
            ctx -> ReversalDesk.reverse(ctx, broker, r));
      }
      case TRANSFER_QUERY -> {
        QueryRequest r = WireJson.read(body, QueryRequest.class);
        yield bank.decide(broker, null, ctx -> AccountDesk.query(ctx, broker, r));
      }
      case HISTORY -> {
        HistoryRequest r = WireJson.read(body, HistoryRequest.class);
        yield bank.decide(broker, null, ctx -> AccountDesk.history(ctx, broker, r));
      }
      case BALANCE -> {
        BalanceRequest r = WireJson.read(body, BalanceRequest.class);
        String pw = decrypt(caller, r.bankPassword());
        yield bank.decide(broker, null, ctx -> AccountDesk.balance(ctx, broker, r, pw));
      }
      case SIGN_IN -> {
        SignInRequest r = WireJson.read(body, SignInRequest.class);
        yield bank.decide(
            broker,
            keyed("sign-in", r.brokerSerial(), r),
            ctx -> AccountDesk.signIn(ctx, broker, r));
      }
      case RECONCILIATION_FILE -> {
        ReconFileRequest r = WireJson.read(body, ReconFileRequest.class);
        yield bank.decide(broker, null, ctx -> recon.serve(ctx, broker, r));
      }
      case PRE_DESIGNATE, DESIGNATE, CHANGE_BANK_ACCOUNT, REVOKE, BINDING_QUERY ->
          binding(op, caller, body, bank);
      case BANK_INITIATED, ANY -> throw new IllegalArgumentException("not a request path: " + op);
    };
  }

  private Decision binding(BankOperation op, Caller caller, byte[] body, BankCore bank) {
    String broker = caller.brokerId();
    BindingRequest r = WireJson.read(body, BindingRequest.class);
    String pw = decrypt(caller, r.bankPassword());
    if (op == BankOperation.BINDING_QUERY) {
      return bank.decide(broker, null, ctx -> BindingDesk.query(ctx, broker, r));
    }
    BankCore.Keyed key =
        keyed(op.name().toLowerCase(java.util.Locale.ROOT), r.brokerSerial(), r.withoutPassword());
    return bank.decide(
        broker,
        key,
        ctx ->
            switch (op) {
              case PRE_DESIGNATE -> BindingDesk.preDesignate(ctx, broker, r);
              case DESIGNATE -> BindingDesk.designate(ctx, broker, r, pw);
              case CHANGE_BANK_ACCOUNT -> BindingDesk.changeBankAccount(ctx, broker, r, pw);
              case REVOKE -> BindingDesk.revoke(ctx, broker, r);
              default -> throw new IllegalArgumentException(op.name());
            });
  }

  private static BankCore.Keyed keyed(String operation, String serial, Object content) {
    Fields.serial("brokerSerial", serial);
    return new BankCore.Keyed(operation, serial, digest(WireJson.write(content)));
  }

  private String decrypt(Caller caller, String base64) {
    if (base64 == null) {
      return null;
    }
    BankKey key =
        gate.bankKey(caller.algorithm())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        BankResultCode.DECRYPTION_FAILED,
                        "the bank has no key for " + caller.algorithm().wireName()));
    try {
      byte[] plain = key.decryptor().decrypt(Base64.getDecoder().decode(base64));
      return new String(plain, StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      throw new InvalidInputException(
          BankResultCode.DECRYPTION_FAILED,
          "bankPassword could not be decrypted with the bank's key");
    }
  }

  static String digest(String content) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
