package io.openbroker.kyc.spi;

/** How a document's authenticity is checked (Art. 13). */
public enum IdCheckMeans {
  /** 公安部身份信息核查系统. */
  MPS,
  /** 身份证阅读器, on site. */
  CARD_READER,
  /** Other appropriate means, for documents other than resident IDs and permits. */
  OTHER_APPROPRIATE
}
