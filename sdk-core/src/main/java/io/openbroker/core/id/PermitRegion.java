package io.openbroker.core.id;

/**
 * The issuing region of a residence permit for Hong Kong, Macao and Taiwan residents (港澳台居民居住证):
 * the first six characters of its number.
 */
public enum PermitRegion {
  /** 香港, {@code 810000}. */
  HONG_KONG("810000"),
  /** 澳门, {@code 820000}. */
  MACAO("820000"),
  /** 台湾, {@code 830000}. */
  TAIWAN("830000");

  private final String code;

  PermitRegion(String code) {
    this.code = code;
  }

  /** The six-digit region code that starts the permit number. */
  public String code() {
    return code;
  }
}
