package io.openbroker.kyc.spi;

import io.openbroker.core.id.PersonName;
import io.openbroker.kyc.IdDocument;

/** 反洗钱名单筛查 — screens an applicant against sanctions and PEP lists (Art. 3). */
public interface WatchListScreener {

  /** Screens {@code name} with {@code document}. */
  ScreeningOutcome screen(PersonName name, IdDocument document);
}
