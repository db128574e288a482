package io.openbroker.transfer.testing;

import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.spi.FundLedger;
import io.openbroker.transfer.spi.LedgerBalance;
import java.util.concurrent.atomic.AtomicReference;

/** A fund ledger that "dies" once, before the named posting, then behaves. */
public final class CrashingLedger implements FundLedger {

  private final FundLedger real;
  private final AtomicReference<String> crashBefore = new AtomicReference<>("");

  public CrashingLedger(FundLedger real) {
    this.real = real;
  }

  /** The next call of {@code posting} ("freeze", "settle", "release", "credit") crashes. */
  public void crashBefore(String posting) {
    crashBefore.set(posting);
  }

  private void maybeCrash(String posting) {
    if (crashBefore.compareAndSet(posting, "")) {
      throw new SimulatedCrash("before " + posting);
    }
  }

  @Override
  public boolean freeze(BusinessSerial serial, FundAccount account, Money amount) {
    maybeCrash("freeze");
    return real.freeze(serial, account, amount);
  }

  @Override
  public void settle(BusinessSerial serial) {
    maybeCrash("settle");
    real.settle(serial);
  }

  @Override
  public void release(BusinessSerial serial) {
    maybeCrash("release");
    real.release(serial);
  }

  @Override
  public void credit(BusinessSerial serial, FundAccount account, Money amount) {
    maybeCrash("credit");
    real.credit(serial, account, amount);
  }

  @Override
  public boolean debit(BusinessSerial serial, FundAccount account, Money amount) {
    return real.debit(serial, account, amount);
  }

  @Override
  public boolean move(BusinessSerial serial, FundAccount from, FundAccount to, Money amount) {
    return real.move(serial, from, to, amount);
  }

  @Override
  public void undo(BusinessSerial serial) {
    real.undo(serial);
  }

  @Override
  public LedgerBalance balance(FundAccount account) {
    return real.balance(account);
  }
}
