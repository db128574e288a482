package io.openbroker.kyc.spi;

/** The face-match service's answer: a similarity score, or no comparison possible. */
public sealed interface FaceMatchResult {

  /**
   * A similarity in [0, 1].
   *
   * @param score the similarity
   */
  record Scored(double score) implements FaceMatchResult {
    public Scored {
      if (!(score >= 0 && score <= 1)) {
        throw new IllegalArgumentException("score must be in [0, 1]: " + score);
      }
    }
  }

  /**
   * 无法比对: e.g. no usable face in the photo.
   *
   * @param reason why, for the record (no personal data)
   */
  record Impossible(String reason) implements FaceMatchResult {}
}
