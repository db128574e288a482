package io.openbroker.transfer;

import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.PublicKeyMaterial;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.transfer.internal.SignedCall;
import io.openbroker.transfer.internal.wire.WireBodies;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The broker's side of the wire protocol (SPEC §6): one method per operation, every request signed,
 * every answer verified. A method returns the bank's verified answer or {@link BankAnswer.Unknown};
 * it does not retry (that is {@link TransferService}'s policy) and never throws for a network
 * failure.
 *
 * <pre>{@code
 * TransferClient client = TransferClient.builder()
 *     .baseUrl(URI.create("https://bank.example/"))
 *     .brokerKey("broker-1-sm2", brokerKey.signer(RandomSource.secure()))
 *     .bankKey("bank-sm2", bankPublicKey)
 *     .build();
 * BankAnswer<BankTransferReply> answer = client.transfer(request);
 * }</pre>
 */
public final class TransferClient {

  private final SignedCall call;
  private final PublicKeyMaterial bankEncryptionKey;
  private final RandomSource random;

  TransferClient(SignedCall call, PublicKeyMaterial bankEncryptionKey, RandomSource random) {
    this.call = call;
    this.bankEncryptionKey = bankEncryptionKey;
    this.random = random;
  }

  /** A builder; base URL, broker key and bank key are required. */
  public static TransferClientBuilder builder() {
    return new TransferClientBuilder();
  }

  /** Sends a transfer; the bank password (deposits) is encrypted for the bank's key. */
  public BankAnswer<BankTransferReply> transfer(TransferRequest request) {
    return call.post("/v1/transfers", body(request), BankTransferReply.class);
  }

  /** As {@link #transfer}, asynchronously; the future never completes exceptionally. */
  public CompletableFuture<BankAnswer<BankTransferReply>> transferAsync(TransferRequest request) {
    return call.postAsync("/v1/transfers", body(request), BankTransferReply.class);
  }

  /** The bank's current record of the transfer {@code serial} ({@code NOT_FOUND} if none). */
  public BankAnswer<BankTransferReply> queryTransfer(BusinessSerial serial) {
    return call.post(
        "/v1/transfers/query", new WireBodies.Query(serial.value()), BankTransferReply.class);
  }

  /** As {@link #queryTransfer}, asynchronously. */
  public CompletableFuture<BankAnswer<BankTransferReply>> queryTransferAsync(
      BusinessSerial serial) {
    return call.postAsync(
        "/v1/transfers/query", new WireBodies.Query(serial.value()), BankTransferReply.class);
  }

  /** 冲正: asks the bank to undo {@code original} (or block it, if it never arrived). */
  public BankAnswer<BankReversalReply> reverse(
      BusinessSerial reversalSerial, BusinessSerial original) {
    return call.post(
        "/v1/transfers/reversal",
        new WireBodies.Reversal(reversalSerial.value(), original.value()),
        BankReversalReply.class);
  }

  /** As {@link #reverse}, asynchronously. */
  public CompletableFuture<BankAnswer<BankReversalReply>> reverseAsync(
      BusinessSerial reversalSerial, BusinessSerial original) {
    return call.postAsync(
        "/v1/transfers/reversal",
        new WireBodies.Reversal(reversalSerial.value(), original.value()),
        BankReversalReply.class);
  }

  /** 签到: signs in to the bank's business date {@code date} after its day-cut. */
  public BankAnswer<BankSignInReply> signIn(BusinessSerial serial, LocalDate date) {
    return call.post(
        "/v1/sign-in",
        new WireBodies.SignIn(serial.value(), date.toString()),
        BankSignInReply.class);
  }

  /** 预指定: pre-designates this bank for the fund account (no card yet). */
  public BankAnswer<BankBindingReply> preDesignate(
      BusinessSerial serial, FundAccount fund, FourElements client) {
    return binding("/v1/bindings/pre-designate", serial, fund, client, false, null);
  }

  /** 指定: binds the fund account to the client's card, checking the four elements and password. */
  public BankAnswer<BankBindingReply> designate(
      BusinessSerial serial, FundAccount fund, FourElements client, BankPassword password) {
    return binding("/v1/bindings/designate", serial, fund, client, true, password);
  }

  /** 变更银行账户: moves the binding to another card of the same client. */
  public BankAnswer<BankBindingReply> changeBankAccount(
      BusinessSerial serial, FundAccount fund, FourElements client, BankPassword password) {
    return binding("/v1/bindings/change-bank-account", serial, fund, client, true, password);
  }

  /** 撤销存管: revokes the binding (the management account must be empty). */
  public BankAnswer<BankBindingReply> revoke(BusinessSerial serial, FundAccount fund) {
    return call.post(
        "/v1/bindings/revoke",
        new WireBodies.Binding(serial.value(), fund.value(), null, null, null, null, null),
        BankBindingReply.class);
  }

  /** The binding of {@code fund} at the bank. */
  public BankAnswer<BankBindingReply> queryBinding(BusinessSerial serial, FundAccount fund) {
    return call.post(
        "/v1/bindings/query",
        new WireBodies.Binding(serial.value(), fund.value(), null, null, null, null, null),
        BankBindingReply.class);
  }

  /** The management account's balance; with the bank password, the bank account's too. */
  public BankAnswer<BankBalanceReply> balance(FundAccount fund, Optional<BankPassword> password) {
    return call.post(
        "/v1/accounts/balance",
        new WireBodies.Balance(fund.value(), password.map(this::encrypt).orElse(null)),
        BankBalanceReply.class);
  }

  /** The fund account's transfers with business dates in {@code [from, to]}. */
  public BankAnswer<BankHistoryReply> history(FundAccount fund, LocalDate from, LocalDate to) {
    return call.post(
        "/v1/transfers/history",
        new WireBodies.History(fund.value(), from.toString(), to.toString()),
        BankHistoryReply.class);
  }

  /**
   * A reconciliation file ({@code TRANSFER_DETAIL}, {@code ACCOUNT_STATUS}, {@code
   * ACCOUNT_TRANSACTIONS}) for {@code date}. A file whose content does not match its SHA-256 is
   * {@link BankAnswer.Unknown}.
   */
  public BankAnswer<BankReconFile> reconciliationFile(LocalDate date, String kind) {
    BankAnswer<BankReconFile> answer =
        call.post(
            "/v1/reconciliation/files",
            new WireBodies.ReconFile(date.toString(), kind),
            BankReconFile.class);
    if (answer instanceof BankAnswer.Verified<BankReconFile> v
        && v.isSuccess()
        && !sha256(v.reply().content()).equalsIgnoreCase(String.valueOf(v.reply().sha256()))) {
      return new BankAnswer.Unknown<>("reconciliation file does not match its SHA-256");
    }
    return answer;
  }

  private BankAnswer<BankBindingReply> binding(
      String path,
      BusinessSerial serial,
      FundAccount fund,
      FourElements client,
      boolean withCard,
      BankPassword password) {
    WireBodies.Binding body =
        new WireBodies.Binding(
            serial.value(),
            fund.value(),
            client.name().value(),
            client.idNumber().value(),
            client.mobile().value(),
            withCard ? client.bankCard().value() : null,
            password == null ? null : encrypt(password));
    return call.post(path, body, BankBindingReply.class);
  }

  private WireBodies.Transfer body(TransferRequest r) {
    return new WireBodies.Transfer(
        r.serial().value(),
        r.direction().name(),
        r.fundAccount().value(),
        r.bankAccount().value(),
        r.amount().toPlainString(),
        r.amount().currency().name(),
        r.bankPassword().map(this::encrypt).orElse(null));
  }

  private String encrypt(BankPassword password) {
    byte[] plain = password.value().getBytes(StandardCharsets.UTF_8);
    return Base64.getEncoder().encodeToString(bankEncryptionKey.encrypt(plain, random));
  }

  private static String sha256(String content) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
