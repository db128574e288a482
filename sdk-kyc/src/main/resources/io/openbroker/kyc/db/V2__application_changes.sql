-- Each applied step as one row holding only what it changed (sdk-kyc): the application row keeps the
-- whole application as of snapshot_version (NULL in rows written before V2: as of version), and
-- the changes after it are replayed in version order to read it back.
ALTER TABLE kyc_application ADD COLUMN IF NOT EXISTS snapshot_version BIGINT;
CREATE TABLE IF NOT EXISTS kyc_application_change (
  id VARCHAR(64) NOT NULL,
  version BIGINT NOT NULL,
  document VARCHAR NOT NULL,
  PRIMARY KEY (id, version)
);
