-- The unfinished transfers (ledger_done = FALSE), by serial: what recovery and the review queue
-- look through. It replaces the (ledger_done, lease_until) index, which held an entry for every
-- transfer ever made and moved it at each one's end: on H2 that index's pages were a tenth of
-- the journal writer's time under load. This table holds only the transfers in flight.
CREATE TABLE IF NOT EXISTS transfer_open (
  serial VARCHAR(32) NOT NULL PRIMARY KEY
);
INSERT INTO transfer_open (serial)
  SELECT serial FROM transfer_journal j WHERE ledger_done = FALSE
  AND NOT EXISTS (SELECT 1 FROM transfer_open o WHERE o.serial = j.serial);
DROP INDEX IF EXISTS transfer_journal_open;
