package io.openbroker.core.id;

import io.openbroker.core.CoreErrorCode;

/**
 * The kinds of validated identifier, each with the field name used in error messages and the stable
 * error code raised when a value is refused.
 */
public enum IdentifierType {
  /** 居民身份证号码, see {@link ResidentIdNumber}. */
  RESIDENT_ID_NUMBER("residentIdNumber", CoreErrorCode.ID_NUMBER_INVALID),
  /** 港澳台居民居住证号码, see {@link ResidencePermitNumber}. */
  RESIDENCE_PERMIT_NUMBER("residencePermitNumber", CoreErrorCode.RESIDENCE_PERMIT_INVALID),
  /** 银行卡号, see {@link BankCardNumber}. */
  BANK_CARD_NUMBER("bankCardNumber", CoreErrorCode.BANK_CARD_INVALID),
  /** 手机号码, see {@link MobileNumber}. */
  MOBILE_NUMBER("mobileNumber", CoreErrorCode.MOBILE_INVALID),
  /** 资金账户, see {@link FundAccount}. */
  FUND_ACCOUNT("fundAccount", CoreErrorCode.FUND_ACCOUNT_INVALID),
  /** 流水号, see {@link BusinessSerial}. */
  BUSINESS_SERIAL("businessSerial", CoreErrorCode.SERIAL_INVALID),
  /** 客户姓名, see {@link PersonName}. */
  PERSON_NAME("personName", CoreErrorCode.PERSON_NAME_INVALID);

  private final String fieldName;
  private final CoreErrorCode errorCode;

  IdentifierType(String fieldName, CoreErrorCode errorCode) {
    this.fieldName = fieldName;
    this.errorCode = errorCode;
  }

  /** The field name that error messages use, e.g. {@code residentIdNumber}. */
  public String fieldName() {
    return fieldName;
  }

  /** The code raised when a value of this kind is refused. */
  public CoreErrorCode errorCode() {
    return errorCode;
  }
}
