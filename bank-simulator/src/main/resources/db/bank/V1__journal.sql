-- The bank simulator's journal: one row per book event, applied in seq order on start-up.
CREATE TABLE IF NOT EXISTS bank_event (
  seq BIGINT PRIMARY KEY,
  body CHARACTER VARYING(1000000) NOT NULL
);
