package io.openbroker.recon;

/**
 * Counts and amounts of one class.
 *
 * @param count records, pairs or duplicated keys in the class (a matched or mismatched pair counts
 *     once)
 * @param amountFen the amounts involved, in fen
 * @param surplusFen the broker's 长款 from this class, in fen
 * @param shortfallFen the broker's 短款 from this class, in fen
 */
public record ClassTotals(long count, long amountFen, long surplusFen, long shortfallFen) {

  /** No records. */
  public static final ClassTotals EMPTY = new ClassTotals(0, 0, 0, 0);
}
