package io.openbroker.kyc.spi;

import io.openbroker.kyc.IdDocument;
import io.openbroker.kyc.MediaDigest;

/** 人脸比对 — compares a captured head photo with the document holder's registered photo. */
public interface FaceMatch {

  /** Compares {@code headPhoto} with the photo on record for {@code document}. */
  FaceMatchResult compare(IdDocument document, MediaDigest headPhoto);
}
