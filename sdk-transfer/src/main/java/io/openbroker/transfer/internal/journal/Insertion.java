package io.openbroker.transfer.internal.journal;

/** What inserting a new transfer into the journal did. */
public sealed interface Insertion {

  /** The row is new. */
  record Inserted() implements Insertion {}

  /** A row under that serial was already there (nothing written). */
  record Existing(JournalRow row) implements Insertion {}

  /** The condition run with the insert did not hold (nothing written). */
  record NotHeld() implements Insertion {}
}
