package io.openbroker.kyc.spi;

import io.openbroker.core.id.PersonName;
import io.openbroker.kyc.IdDocument;

/**
 * 公安部身份信息核查 — checks a document and name against the national identity system, or reads the card on
 * site. Implementations must be idempotent: the same question may be asked again after a crash.
 */
public interface IdentityCheck {

  /** Checks {@code document} and {@code name} by {@code means}. */
  IdentityVerdict verify(PersonName name, IdDocument document, IdCheckMeans means);
}
