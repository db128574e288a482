package io.openbroker.kyc;

/** The photos, scans and recordings Art. 14, 15 and 19 require the broker to keep. */
public enum MediaKind {
  /** 身份证件正面影像. */
  ID_FRONT,
  /** 身份证件反面影像. */
  ID_BACK,
  /** 头部正面照. */
  HEAD_PHOTO,
  /** A recording of the witness process's key steps (Art. 14). */
  KEY_STEP_VIDEO,
  /** The two-way video session (Art. 17). */
  WITNESS_VIDEO,
  /** The one-way intent video (Art. 18(5)). */
  INTENT_VIDEO,
  /** An institution's authorisation letter for its agent (授权委托书, Art. 15). */
  AUTHORISATION_LETTER,
  /** Proof of an institution's legal representative (法定代表人证明, Art. 15). */
  LEGAL_REPRESENTATIVE_PROOF,
  /** The callback recording (Art. 8). */
  CALLBACK_RECORDING
}
