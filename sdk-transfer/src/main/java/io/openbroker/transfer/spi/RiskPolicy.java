package io.openbroker.transfer.spi;

/**
 * Risk controls (SPEC §7.3), pluggable: decides allow / deny / review for each new transfer before
 * anything is frozen or sent. The shipped default is {@link
 * io.openbroker.transfer.StandardRiskPolicy}; {@link #allowAll()} turns controls off (tests).
 */
@FunctionalInterface
public interface RiskPolicy {

  /** The decision on one transfer. Must be fast and must not call the bank. */
  RiskDecision assess(RiskContext context);

  /** How far back {@link AccountActivity#transfersInWindow()} counts (default 10 minutes). */
  default java.time.Duration velocityWindow() {
    return java.time.Duration.ofMinutes(10);
  }

  /**
   * Whether {@link #assess} reads {@link RiskContext#activity()}; a policy that does not saves a
   * journal query per transfer (it then sees zero activity).
   */
  default boolean readsActivity() {
    return true;
  }

  /** A policy that allows everything. */
  static RiskPolicy allowAll() {
    return new RiskPolicy() {
      @Override
      public RiskDecision assess(RiskContext context) {
        return new RiskDecision.Allow();
      }

      @Override
      public boolean readsActivity() {
        return false;
      }
    };
  }
}
