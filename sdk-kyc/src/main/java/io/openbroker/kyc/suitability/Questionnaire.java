package io.openbroker.kyc.suitability;

import io.openbroker.core.InvalidInputException;
import io.openbroker.kyc.KycErrorCode;
import java.util.List;
import java.util.Objects;

/**
 * A versioned risk questionnaire: each question's options carry points, the total falls into one of
 * five bands (C1–C5). A new version is a new value; old answers keep the version they were scored
 * with.
 *
 * <pre>{@code
 * SuitabilityProfile p = Questionnaire.standard().score(List.of(2, 3, 1, 2, 3), false);
 * }</pre>
 *
 * @param version e.g. {@code 2026-01}, 1 to 64 characters
 * @param optionPoints per question, the points of each option
 * @param bandFloors the lowest total of C2, C3, C4 and C5 (ascending, four values)
 */
public record Questionnaire(
    String version, List<List<Integer>> optionPoints, List<Integer> bandFloors) {

  public Questionnaire {
    Objects.requireNonNull(version, "version");
    if (version.isEmpty() || version.length() > 64) {
      throw new IllegalArgumentException("questionnaire version must be 1 to 64 characters");
    }
    optionPoints = optionPoints.stream().map(List::copyOf).toList();
    bandFloors = List.copyOf(bandFloors);
    if (optionPoints.isEmpty() || bandFloors.size() != 4) {
      throw new IllegalArgumentException("a questionnaire needs questions and four band floors");
    }
    for (int i = 1; i < 4; i++) {
      if (bandFloors.get(i) <= bandFloors.get(i - 1)) {
        throw new IllegalArgumentException("band floors must ascend");
      }
    }
  }

  /** The built-in questionnaire (version {@code OB-2026-01}): six questions, 0–4 points each. */
  public static Questionnaire standard() {
    List<Integer> fivePoint = List.of(0, 1, 2, 3, 4);
    return new Questionnaire(
        "OB-2026-01",
        List.of(fivePoint, fivePoint, fivePoint, fivePoint, fivePoint, fivePoint),
        List.of(5, 10, 15, 20));
  }

  /**
   * Scores {@code answers} (the chosen option index per question).
   *
   * @throws InvalidInputException ({@code KYC_STEP_INPUT_INVALID}) for a missing answer or an
   *     option that does not exist
   */
  public SuitabilityProfile score(List<Integer> answers, boolean professional) {
    if (answers.size() != optionPoints.size()) {
      throw new InvalidInputException(
          KycErrorCode.STEP_INPUT_INVALID,
          "questionnaire "
              + version
              + " has "
              + optionPoints.size()
              + " questions, got "
              + answers.size()
              + " answers");
    }
    int total = 0;
    for (int q = 0; q < answers.size(); q++) {
      int option = answers.get(q);
      List<Integer> points = optionPoints.get(q);
      if (option < 0 || option >= points.size()) {
        throw new InvalidInputException(
            KycErrorCode.STEP_INPUT_INVALID, "question " + (q + 1) + " has no option " + option);
      }
      total += points.get(option);
    }
    int band = 0;
    while (band < 4 && total >= bandFloors.get(band)) {
      band++;
    }
    InvestorClass cls = professional ? InvestorClass.PROFESSIONAL : InvestorClass.ORDINARY;
    return new SuitabilityProfile(version, total, RiskTolerance.values()[band], cls);
  }
}
