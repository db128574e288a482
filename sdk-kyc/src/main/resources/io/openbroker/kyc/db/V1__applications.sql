-- Onboarding applications (sdk-kyc). Portable SQL: H2 2.x and PostgreSQL.
-- document is the application as JSON, SM4-GCM encrypted when the store has a FieldCipher.
CREATE TABLE IF NOT EXISTS kyc_application (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  state VARCHAR(32) NOT NULL,
  method VARCHAR(16) NOT NULL,
  document VARCHAR NOT NULL
);
