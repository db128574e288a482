package io.openbroker.kyc;

import java.util.Objects;

/**
 * One broken rule: its id, article and message in Chinese and English.
 *
 * @param ruleId e.g. {@code CSDC-ART-18-4}
 * @param article the article number (0 for general eligibility rules outside the CSDC text)
 * @param consequence what breaking it does
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
public record Violation(
    String ruleId, int article, Consequence consequence, String messageZh, String messageEn) {
  public Violation {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(consequence, "consequence");
    Objects.requireNonNull(messageZh, "messageZh");
    Objects.requireNonNull(messageEn, "messageEn");
  }

  @Override
  public String toString() {
    return ruleId + " (Art. " + article + "): " + messageEn;
  }
}
