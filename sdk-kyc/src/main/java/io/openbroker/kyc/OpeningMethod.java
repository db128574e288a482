package io.openbroker.kyc;

/**
 * How an account is opened, and the mark every opened account carries (Art. 26).
 *
 * <ul>
 *   <li>{@link #WITNESS} 见证开户 — staff meet the investor (Art. 10–15); the only method for
 *       institutions;
 *   <li>{@link #TWO_WAY_VIDEO} 双向视频见证 — live video with a witness (Art. 17);
 *   <li>{@link #ONE_WAY_VIDEO} 单向视频见证 — recorded video, liveness and face match (Art. 18).
 * </ul>
 */
public enum OpeningMethod {
  WITNESS(10),
  TWO_WAY_VIDEO(17),
  ONE_WAY_VIDEO(18);

  private final int article;

  OpeningMethod(int article) {
    this.article = article;
  }

  /** Whether this is 网上开户 (online opening, Art. 16). */
  public boolean online() {
    return this != WITNESS;
  }

  /** The article that defines this method's steps. */
  public int article() {
    return article;
  }
}
