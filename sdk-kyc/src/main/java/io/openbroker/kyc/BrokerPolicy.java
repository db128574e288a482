package io.openbroker.kyc;

import io.openbroker.kyc.suitability.Questionnaire;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The broker's own settings that rules consult.
 *
 * <pre>{@code
 * BrokerPolicy policy = BrokerPolicy.defaults().withCallbackOrder(CallbackOrder.CALLBACK_FIRST);
 * }</pre>
 *
 * @param faceMatchThreshold the lowest face-match score that passes (0 to 1)
 * @param callbackOrder callback before or after opening (Art. 8)
 * @param closingMethods the closing methods the broker offers (Art. 22 wants the opening method
 *     among them)
 * @param questionnaire the current suitability questionnaire
 * @param requiredAgreements the agreements every investor must sign
 * @param rerouteAlternatives where a failed one-way video is sent (Art. 18(4))
 */
public record BrokerPolicy(
    double faceMatchThreshold,
    CallbackOrder callbackOrder,
    Set<OpeningMethod> closingMethods,
    Questionnaire questionnaire,
    List<String> requiredAgreements,
    List<String> rerouteAlternatives) {

  public BrokerPolicy {
    if (!(faceMatchThreshold > 0 && faceMatchThreshold <= 1)) {
      throw new IllegalArgumentException("faceMatchThreshold must be in (0, 1]");
    }
    Objects.requireNonNull(callbackOrder, "callbackOrder");
    closingMethods = Set.copyOf(closingMethods);
    Objects.requireNonNull(questionnaire, "questionnaire");
    requiredAgreements = List.copyOf(requiredAgreements);
    rerouteAlternatives = List.copyOf(rerouteAlternatives);
  }

  /**
   * Threshold 0.80, open first then callback, every closing method, the standard questionnaire, the
   * account agreement and risk disclosure, reroute to two-way video, witness or counter.
   */
  public static BrokerPolicy defaults() {
    return new BrokerPolicy(
        0.80,
        CallbackOrder.OPEN_FIRST,
        Set.of(OpeningMethod.values()),
        Questionnaire.standard(),
        List.of("ACCOUNT_AGREEMENT", "RISK_DISCLOSURE"),
        List.of("TWO_WAY_VIDEO", "WITNESS", "COUNTER"));
  }

  /** A copy with another callback order. */
  public BrokerPolicy withCallbackOrder(CallbackOrder order) {
    return new BrokerPolicy(
        faceMatchThreshold,
        order,
        closingMethods,
        questionnaire,
        requiredAgreements,
        rerouteAlternatives);
  }

  /** A copy with another face-match threshold. */
  public BrokerPolicy withFaceMatchThreshold(double threshold) {
    return new BrokerPolicy(
        threshold,
        callbackOrder,
        closingMethods,
        questionnaire,
        requiredAgreements,
        rerouteAlternatives);
  }

  /** A copy offering only {@code methods} for closing. */
  public BrokerPolicy withClosingMethods(Set<OpeningMethod> methods) {
    return new BrokerPolicy(
        faceMatchThreshold,
        callbackOrder,
        methods,
        questionnaire,
        requiredAgreements,
        rerouteAlternatives);
  }
}
