-- Line ids are drawn 1000 at a time (as transfer_event's): a refill of an identity sequence writes
-- H2's store. A restart skips the rest of a drawn range; ids only order the lines.
ALTER TABLE fund_ledger_line ALTER COLUMN line_id SET CACHE 1000;
