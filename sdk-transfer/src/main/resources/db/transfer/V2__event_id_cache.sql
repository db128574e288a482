-- Event ids are drawn 1000 at a time: H2 writes its store each time an identity sequence refills,
-- which at the default of 32 cost a fifth of the journal writer's time under load. A restart skips
-- the rest of a drawn range (gaps are harmless: ids only order the decision log).
ALTER TABLE transfer_event ALTER COLUMN event_id SET CACHE 1000;
