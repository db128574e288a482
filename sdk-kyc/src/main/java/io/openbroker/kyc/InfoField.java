package io.openbroker.kyc;

/**
 * Account information a holder may change. Art. 20: online, only non-key information; key
 * information (name, document type and number) needs a witness.
 */
public enum InfoField {
  NAME(true),
  ID_TYPE(true),
  ID_NUMBER(true),
  ID_EXPIRY(false),
  MOBILE(false),
  ADDRESS(false),
  EMAIL(false),
  OCCUPATION(false);

  private final boolean key;

  InfoField(boolean key) {
    this.key = key;
  }

  /** Whether this is 关键信息 (key information). */
  public boolean key() {
    return key;
  }
}
