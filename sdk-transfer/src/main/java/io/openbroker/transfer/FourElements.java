package io.openbroker.transfer;

import io.openbroker.core.id.BankCardNumber;
import io.openbroker.core.id.MobileNumber;
import io.openbroker.core.id.PersonName;
import io.openbroker.core.id.ResidentIdNumber;
import java.util.Objects;

/**
 * 四要素 — the four elements the bank checks when binding: name, ID number, bank card, mobile. Each
 * prints masked.
 *
 * @param name the client's name
 * @param idNumber the client's resident ID number
 * @param bankCard the client's bank card
 * @param mobile the mobile number the bank holds for the card
 */
public record FourElements(
    PersonName name, ResidentIdNumber idNumber, BankCardNumber bankCard, MobileNumber mobile) {

  public FourElements {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(idNumber, "idNumber");
    Objects.requireNonNull(bankCard, "bankCard");
    Objects.requireNonNull(mobile, "mobile");
  }
}
