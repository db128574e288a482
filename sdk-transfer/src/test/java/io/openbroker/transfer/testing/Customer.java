package io.openbroker.transfer.testing;

import io.openbroker.core.id.BankCardNumber;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.id.MobileNumber;
import io.openbroker.core.id.PersonName;
import io.openbroker.core.id.ResidentIdNumber;
import io.openbroker.transfer.BankPassword;
import io.openbroker.transfer.FourElements;
import java.time.LocalDate;

/** One client of the test world: a bank card at the simulator bound to a fund account. */
public record Customer(int index, FundAccount fund, BankCardNumber card) {

  public static final String NAME = "张三";
  public static final String ID = "110101199003071233";
  public static final String MOBILE = "13812345678";
  public static final BankPassword PASSWORD = new BankPassword("135790");

  /** The {@code index}-th client (0-based). */
  public static Customer number(int index) {
    return new Customer(
        index,
        FundAccount.parse(String.format(java.util.Locale.ROOT, "0188%08d", index)),
        BankCardNumber.parse(String.format(java.util.Locale.ROOT, "62128271%08d", index)));
  }

  public FourElements fourElements() {
    return new FourElements(
        PersonName.parse(NAME),
        ResidentIdNumber.parse(ID, LocalDate.of(2026, 11, 20)),
        card,
        MobileNumber.parse(MOBILE));
  }
}
