package io.openbroker.recon;

/**
 * What reading one detail file found.
 *
 * @param file the file's name
 * @param records well-formed detail records
 * @param malformed malformed lines (each reported on its own)
 * @param totalFen the sum of the well-formed records' amounts, in fen
 * @param bytes the file's size in bytes
 */
public record ReadSummary(String file, long records, long malformed, long totalFen, long bytes) {}
