ALTER TABLE item ADD COLUMN IF NOT EXISTS note VARCHAR(64);
UPDATE item SET note = 'migrated'
  WHERE id = 1;
