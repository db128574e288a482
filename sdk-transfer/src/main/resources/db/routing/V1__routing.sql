-- Which depository bank each fund account is bound at (SPEC §7.5: an auxiliary account may have its own).
CREATE TABLE IF NOT EXISTS fund_account_bank (
  fund_account VARCHAR(20) NOT NULL PRIMARY KEY,
  bank_id VARCHAR(32) NOT NULL,
  bound_at BIGINT NOT NULL
);
