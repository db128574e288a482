package io.openbroker.recon.internal;

import io.openbroker.recon.BalanceEffect;
import io.openbroker.recon.Discrepancy;
import io.openbroker.recon.ReconClass;
import io.openbroker.recon.Resolution;
import io.openbroker.recon.Side;
import io.openbroker.recon.TransferRecord;

/**
 * Builds the {@link Discrepancy} for each way records can fail to match. A pair is compared field
 * by field in a fixed order — accounts, direction, amount (and currency), status — and takes the
 * class of the first difference, so that it ends in exactly one class.
 */
public final class Discrepancies {

  private Discrepancies() {}

  /** The discrepancy of a pair with the same key, or null when the pair matches. */
  public static Discrepancy pair(TransferRecord bank, TransferRecord broker, boolean fallback) {
    if (!bank.fundAccount().equals(broker.fundAccount())) {
      return mismatch(
          ReconClass.ACCOUNT_MISMATCH,
          "fund_account",
          bank.fundAccount(),
          broker.fundAccount(),
          bank,
          broker,
          fallback);
    }
    if (!bank.bankAccount().equals(broker.bankAccount())) {
      return mismatch(
          ReconClass.ACCOUNT_MISMATCH,
          "bank_account",
          bank.bankAccount(),
          broker.bankAccount(),
          bank,
          broker,
          fallback);
    }
    if (bank.direction() != broker.direction()) {
      return mismatch(
          ReconClass.DIRECTION_MISMATCH,
          "direction",
          bank.direction().name(),
          broker.direction().name(),
          bank,
          broker,
          fallback);
    }
    if (bank.amountFen() != broker.amountFen()) {
      return mismatch(
          ReconClass.AMOUNT_MISMATCH,
          "amount",
          YuanAmount.format(bank.amountFen()),
          YuanAmount.format(broker.amountFen()),
          bank,
          broker,
          fallback);
    }
    if (bank.currency() != broker.currency()) {
      return mismatch(
          ReconClass.AMOUNT_MISMATCH,
          "currency",
          bank.currency().name(),
          broker.currency().name(),
          bank,
          broker,
          fallback);
    }
    if (bank.status() != broker.status()) {
      return mismatch(
          ReconClass.STATUS_MISMATCH,
          "status",
          bank.status().name(),
          broker.status().name(),
          bank,
          broker,
          fallback);
    }
    return null;
  }

  private static Discrepancy mismatch(
      ReconClass reconClass,
      String field,
      String bankValue,
      String brokerValue,
      TransferRecord bank,
      TransferRecord broker,
      boolean fallback) {
    // When the two sides disagree on who initiated, the bank's file is the one of record.
    Side initiator = bank.initiator();
    long bankEffect = bank.signedEffectFen();
    long brokerEffect = broker.signedEffectFen();
    return build(
        reconClass,
        initiator,
        bank.bankSerial().isEmpty() ? broker.bankSerial() : bank.bankSerial(),
        broker.brokerSerial().isEmpty() ? bank.brokerSerial() : broker.brokerSerial(),
        field,
        bankValue,
        brokerValue,
        ResolutionRule.propose(initiator, bankEffect, brokerEffect),
        brokerEffect - bankEffect,
        Math.max(bank.amountFen(), broker.amountFen()),
        bank.tradeTime().getHour(),
        fallback);
  }

  /** A record found on one side only (单边账). */
  public static Discrepancy oneSided(TransferRecord r, Side side) {
    long own = r.signedEffectFen();
    long bankEffect = side == Side.BANK ? own : 0;
    long brokerEffect = side == Side.BROKER ? own : 0;
    ReconClass reconClass = side == Side.BANK ? ReconClass.BANK_ONLY : ReconClass.BROKER_ONLY;
    String summary =
        r.direction().name() + " " + YuanAmount.format(r.amountFen()) + " " + r.status().name();
    return build(
        reconClass,
        side,
        r.bankSerial(),
        r.brokerSerial(),
        "",
        side == Side.BANK ? summary : "",
        side == Side.BROKER ? summary : "",
        ResolutionRule.propose(r.initiator(), bankEffect, brokerEffect),
        brokerEffect - bankEffect,
        r.amountFen(),
        r.tradeTime().getHour(),
        false);
  }

  /**
   * A key occurring {@code count} times in {@code side}'s file ({@code otherCount} in the other).
   */
  public static Discrepancy duplicate(
      TransferRecord first, Side side, long count, long otherCount) {
    String own = count + " rows";
    String other = otherCount + " rows";
    return build(
        ReconClass.DUPLICATE,
        side,
        first.bankSerial(),
        first.brokerSerial(),
        "key",
        side == Side.BANK ? own : other,
        side == Side.BANK ? other : own,
        Resolution.SIDE_REISSUES_FILE,
        0,
        first.amountFen(),
        first.tradeTime().getHour(),
        false);
  }

  /** A record whose trade time lies outside the business-date window. */
  public static Discrepancy outOfWindow(TransferRecord r, Side side) {
    String time = r.tradeTime().toString();
    return build(
        ReconClass.OUT_OF_WINDOW,
        side,
        r.bankSerial(),
        r.brokerSerial(),
        "trade_time",
        side == Side.BANK ? time : "",
        side == Side.BROKER ? time : "",
        Resolution.RECONCILE_ON_ITS_DATE,
        0,
        r.amountFen(),
        r.tradeTime().getHour(),
        false);
  }

  private static Discrepancy build(
      ReconClass reconClass,
      Side side,
      String bankSerial,
      String brokerSerial,
      String field,
      String bankValue,
      String brokerValue,
      Resolution resolution,
      long deltaFen,
      long amountFen,
      int hour,
      boolean fallback) {
    BalanceEffect effect =
        deltaFen > 0
            ? BalanceEffect.SURPLUS
            : deltaFen < 0 ? BalanceEffect.SHORTFALL : BalanceEffect.NONE;
    if (effect == BalanceEffect.NONE
        && resolution != Resolution.SIDE_REISSUES_FILE
        && resolution != Resolution.RECONCILE_ON_ITS_DATE) {
      resolution = Resolution.INITIATOR_CORRECTS_RECORD;
    }
    return new Discrepancy(
        reconClass,
        side,
        bankSerial,
        brokerSerial,
        field,
        bankValue,
        brokerValue,
        resolution,
        effect,
        Math.abs(deltaFen),
        amountFen,
        hour,
        fallback);
  }
}
