package io.openbroker.kyc;

/**
 * Where an application comes in. Art. 5: online opening only through the broker's own website or
 * mobile terminal, never through a third party.
 */
public enum Channel {
  OWN_APP,
  OWN_WEBSITE,
  /** A third party's platform: refused for online opening. */
  THIRD_PARTY,
  /** On site with the broker's staff (witness opening). */
  ON_SITE;

  /** Whether this is the broker's own website or app. */
  public boolean brokerOwned() {
    return this == OWN_APP || this == OWN_WEBSITE;
  }
}
